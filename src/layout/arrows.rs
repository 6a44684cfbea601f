//! Connections laid out as arrows. An arrow runs in the gaps: out of its card's side into the gap
//! between stage columns, along the gap between lanes, and down the gap beside its target, so it
//! never crosses a card. Arrows that share a gap run side by side. Laid out left to right; a
//! right-to-left map mirrors them with everything else.

use super::{CardBox, LaneBox, StageBox, TextBlock};
use crate::model::{CardId, ConnectionId, ConnectionKind, Journey, StageId};
use egui::{Pos2, Rect, pos2};
use std::collections::HashMap;

/// A connection as drawn.
#[derive(Clone, Debug)]
pub struct Arrow {
    /// The connection.
    pub connection: ConnectionId,
    /// Its kind, which sets how it is drawn.
    pub kind: ConnectionKind,
    /// The path, from the edge of the card it leaves to the edge of its target (or past the
    /// map's edge, for an exit out of the map). Every segment is horizontal or vertical.
    pub points: Vec<Pos2>,
    /// Its label and share, where the arrow runs along a gap between lanes.
    pub label: Option<TextBlock>,
}

/// A gap arrows run in: between stage columns (by the index of the boundary, 0 at the left of
/// the first stage) or along the top of a lane (by the lane's index).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Gap {
    Column(usize),
    Lane(usize),
}

/// Where one arrow goes, before the gaps it shares are shared out.
struct Route {
    connection: ConnectionId,
    kind: ConnectionKind,
    from: Rect,
    /// The target's box, or none for an exit out of the map.
    to: Option<Rect>,
    /// Whether the arrow leaves its card on the left (to an earlier stage).
    backwards: bool,
    /// The column gap beside the card it leaves, and its place there.
    out: (Gap, usize),
    /// The lane gap it runs along, and its place there, if it changes columns.
    along: Option<(Gap, usize)>,
    /// The column gap beside its target, and its place there, if it is another gap.
    into: Option<(Gap, usize)>,
    label: String,
}

/// Lays out the arrows of `journey`'s connections between `cards`; `shape` shapes a label.
pub(super) fn arrows(
    journey: &Journey,
    cards: &[CardBox],
    stages: &[StageBox],
    lanes: &[LaneBox],
    style: &super::Style,
    mut shape: impl FnMut(&str) -> TextBlock,
) -> Vec<Arrow> {
    if journey.connections.is_empty() || stages.is_empty() {
        return Vec::new();
    }
    let boxes: HashMap<CardId, &CardBox> = cards.iter().map(|c| (c.id, c)).collect();
    let stage_index: HashMap<StageId, usize> =
        stages.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let lane_index: HashMap<_, usize> = lanes.iter().enumerate().map(|(i, l)| (l.id, i)).collect();
    let place: HashMap<CardId, (usize, usize)> = journey
        .cards
        .iter()
        .filter_map(|c| {
            Some((
                c.id,
                (*stage_index.get(&c.stage)?, *lane_index.get(&c.lane)?),
            ))
        })
        .collect();
    let mut used: HashMap<Gap, usize> = HashMap::new();
    let mut take = |gap: Gap| {
        let count = used.entry(gap).or_insert(0);
        *count += 1;
        (gap, *count - 1)
    };
    let mut routes = Vec::new();
    for connection in &journey.connections {
        // Cards in hidden lanes are not laid out: their arrows are hidden with them.
        let (Some(from), Some(&(s, ls))) =
            (boxes.get(&connection.from), place.get(&connection.from))
        else {
            continue;
        };
        let target = match connection.to {
            Some(to) => match (boxes.get(&to), place.get(&to)) {
                (Some(b), Some(&p)) => Some((b.rect, p)),
                _ => continue,
            },
            None => None,
        };
        let mut label = connection.label.clone();
        if let Some(share) = connection.share {
            label = if label.is_empty() {
                format!("{share} %")
            } else {
                format!("{label} ({share} %)")
            };
        }
        let labelled = !label.is_empty();
        let (backwards, out, along, into) = match target {
            Some((_, (d, ld))) if d == s => {
                // A label needs the gap along a lane: the column gap is too narrow for it.
                let along = labelled.then(|| take(Gap::Lane(ld)));
                (false, take(Gap::Column(s + 1)), along, None)
            }
            Some((_, (d, ld))) if d == s + 1 || d + 1 == s => {
                let gap = Gap::Column(s.max(d));
                let along = labelled.then(|| take(Gap::Lane(ld)));
                (d < s, take(gap), along, None)
            }
            Some((_, (d, ld))) => {
                let backwards = d < s;
                let (first, last) = if backwards { (s, d + 1) } else { (s + 1, d) };
                let out = take(Gap::Column(first));
                let along = take(Gap::Lane(ld));
                (backwards, out, Some(along), Some(take(Gap::Column(last))))
            }
            None => (
                false,
                take(Gap::Column(s + 1)),
                Some(take(Gap::Lane(ls))),
                None,
            ),
        };
        routes.push(Route {
            connection: connection.id,
            kind: connection.kind,
            from: from.rect,
            to: target.map(|(rect, _)| rect),
            backwards,
            out,
            along,
            into,
            label,
        });
    }
    let gaps = Gaps {
        stages,
        lanes,
        used: &used,
        room: style.padding * 2.0,
        exit_length: style.stage_width * 0.5,
    };
    let mut arrows: Vec<Arrow> = routes
        .into_iter()
        .map(|route| gaps.arrow(route, &mut shape))
        .collect();
    keep_labels_apart(&mut arrows, style.stage_width);
    arrows
}

/// Labels on the same gap that would overlap are moved along it, each after the one before,
/// at most `room` from where they were; a label with no room within that is left out (the
/// arrow stays, and the inspector shows the label).
fn keep_labels_apart(arrows: &mut [Arrow], room: f32) {
    let mut order: Vec<usize> = (0..arrows.len())
        .filter(|&i| arrows[i].label.is_some())
        .collect();
    let start = |i: usize| arrows[i].label.as_ref().map_or(Pos2::ZERO, |l| l.pos);
    order.sort_by(|&a, &b| {
        let (a, b) = (start(a), start(b));
        (a.y, a.x)
            .partial_cmp(&(b.y, b.x))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    // Labels collide only with labels on their own gap: per gap, where the last one ends.
    let mut ends: HashMap<i32, f32> = HashMap::new();
    for i in order {
        let Some(label) = arrows[i].label.as_mut() else {
            continue;
        };
        let rect = label.rect();
        let end = ends
            .entry(rect.center().y.round() as i32)
            .or_insert(f32::MIN);
        let x = rect.min.x.max(*end + 8.0);
        if x - rect.min.x > room {
            arrows[i].label = None;
            continue;
        }
        label.pos.x = x;
        *end = x + rect.width();
    }
}

/// The area the arrows and their labels reach, beyond the grid for exits out of the map.
pub(super) fn reach(arrows: &[Arrow]) -> Option<Rect> {
    arrows
        .iter()
        .flat_map(|a| {
            let line = Rect::from_points(&a.points);
            std::iter::once(line).chain(a.label.as_ref().map(TextBlock::rect))
        })
        .reduce(|a, b| a.union(b))
}

/// Where the gaps are and how many arrows share each.
struct Gaps<'a> {
    stages: &'a [StageBox],
    lanes: &'a [LaneBox],
    used: &'a HashMap<Gap, usize>,
    /// How wide a gap is.
    room: f32,
    /// How far an exit out of the map reaches past the last stage.
    exit_length: f32,
}

impl Gaps<'_> {
    /// The line the arrow at `place` among the arrows in `gap` runs on: side by side, centred
    /// on the gap's middle.
    fn line(&self, (gap, place): (Gap, usize)) -> f32 {
        self.middle(gap) + self.offset((gap, place))
    }

    /// The middle of `gap`: the boundary between two columns, or the top of a lane.
    fn middle(&self, gap: Gap) -> f32 {
        match gap {
            Gap::Column(boundary) => match self.stages.get(boundary) {
                Some(stage) => stage.body.min.x,
                None => self.stages.last().map_or(0.0, |s| s.body.max.x),
            },
            Gap::Lane(lane) => self.lanes.get(lane).map_or(0.0, |l| l.rect.min.y),
        }
    }

    /// How far the arrow at `place` in `gap` runs from the gap's middle.
    fn offset(&self, (gap, place): (Gap, usize)) -> f32 {
        let count = self.used.get(&gap).copied().unwrap_or(1) as f32;
        let spacing = (self.room / (count + 1.0)).min(6.0);
        (place as f32 - (count - 1.0) / 2.0) * spacing
    }

    fn arrow(&self, route: Route, shape: &mut impl FnMut(&str) -> TextBlock) -> Arrow {
        let (a, ys) = (route.from, route.from.center().y);
        let start_x = if route.backwards { a.min.x } else { a.max.x };
        let x1 = self.line(route.out);
        let mut points = vec![pos2(start_x, ys), pos2(x1, ys)];
        let mut label_at = None;
        if let Some(along) = route.along {
            let y = self.line(along);
            points.push(pos2(x1, y));
            let x2 = match (route.into, route.to) {
                (Some(into), _) => self.line(into),
                (None, Some(_)) => x1,
                (None, None) => {
                    let right = self.stages.last().map_or(x1, |s| s.body.max.x);
                    right + self.exit_length
                }
            };
            // Labels sit on the middle of the gap, where there is most room above and below.
            let middle = self.middle(along.0);
            label_at = Some(pos2(x1.min(x2), middle));
            points.push(pos2(x2, y));
        }
        if let Some(b) = route.to {
            let x = points.last().map_or(x1, |p| p.x);
            let yd = b.center().y;
            points.push(pos2(x, yd));
            let end_x = if x <= b.min.x { b.min.x } else { b.max.x };
            points.push(pos2(end_x, yd));
        }
        points.dedup();
        let label = (!route.label.is_empty()).then(|| {
            let block = shape(&route.label);
            let at = label_at.unwrap_or(points[points.len() / 2]);
            // On the gap's line, a little along from where the arrow turns into it.
            let size = block.galley.size();
            TextBlock {
                pos: pos2(at.x + 6.0, at.y - size.y / 2.0),
                ..block
            }
        });
        Arrow {
            connection: route.connection,
            kind: route.kind,
            points,
            label,
        }
    }
}
