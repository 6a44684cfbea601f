//! Connections laid out as arrows. An arrow runs in the gaps: out of its card's side into the gap
//! between stage columns, along the gap between lanes, and down the gap beside its target, so it
//! never crosses a card. Arrows that share a gap run side by side. Laid out left to right; a
//! right-to-left map mirrors them with everything else.

use super::{CardBox, TextBlock};
use crate::model::{
    CardId, Connection, ConnectionId, ConnectionKind, Digits, Journey, LaneId, Language, StageId,
};
use ahash::HashMap;
use egui::{Pos2, Rect, pos2};

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
    from: CardId,
    /// The target, or none for an exit out of the map.
    to: Option<CardId>,
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

/// Which gaps each arrow takes, decided from the stage and lane of its cards alone, before
/// anything is placed: the layout widens the gaps that more arrows share than fit.
pub(super) struct Plan {
    routes: Vec<Route>,
    /// How many arrows run in each gap.
    used: HashMap<Gap, usize>,
    /// A gap's width between the cards on either side, before widening.
    room: f32,
    /// How far apart arrows in a gap run.
    spacing: f32,
}

/// The label of `connection`'s arrow on a map in `language`: its label and share, the share in
/// the language's digits (a Persian or Arabic map writes ٣٠٪ as its KPIs do).
fn label_of(connection: &Connection, language: Language) -> String {
    let Some(share) = connection.share else {
        return connection.label.clone();
    };
    let share = match language.digits() {
        Digits::Latin => format!("{share} %"),
        digits => format!("{}٪", digits.format(f64::from(share))),
    };
    if connection.label.is_empty() {
        share
    } else {
        format!("{} ({share})", connection.label)
    }
}

impl Plan {
    /// The routes of `journey`'s connections through the gaps of a map whose visible lanes are
    /// `lanes`, top to bottom. Cards in hidden lanes are not laid out: their arrows are hidden
    /// with them.
    pub(super) fn new(journey: &Journey, lanes: &[LaneId], style: &super::Style) -> Plan {
        let mut plan = Plan {
            routes: Vec::new(),
            used: HashMap::default(),
            room: style.padding * 2.0,
            spacing: style.arrow_spacing,
        };
        if journey.connections.is_empty() || journey.stages.is_empty() {
            return plan;
        }
        let stage_index: HashMap<StageId, usize> = journey
            .stages
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id, i))
            .collect();
        let lane_index: HashMap<LaneId, usize> =
            lanes.iter().enumerate().map(|(i, &l)| (l, i)).collect();
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
        for connection in &journey.connections {
            let Some(&from) = place.get(&connection.from) else {
                continue;
            };
            let target = match connection.to {
                Some(to) => match place.get(&to) {
                    Some(&p) => Some(p),
                    None => continue,
                },
                None => None,
            };
            let route = plan.route(connection, journey.language, from, target);
            plan.routes.push(route);
        }
        plan
    }

    /// The route of `connection` from the card at `(stage, lane)` to the one at `target`.
    fn route(
        &mut self,
        connection: &Connection,
        language: Language,
        (s, ls): (usize, usize),
        target: Option<(usize, usize)>,
    ) -> Route {
        let label = label_of(connection, language);
        let labelled = !label.is_empty();
        let (backwards, out, along, into) = match target {
            Some((d, ld)) if d == s => {
                // A label needs the gap along a lane: the column gap is too narrow for it.
                let along = labelled.then(|| self.take(Gap::Lane(ld)));
                (false, self.take(Gap::Column(s + 1)), along, None)
            }
            Some((d, ld)) if d == s + 1 || d + 1 == s => {
                let out = self.take(Gap::Column(s.max(d)));
                let along = labelled.then(|| self.take(Gap::Lane(ld)));
                (d < s, out, along, None)
            }
            Some((d, ld)) => {
                let backwards = d < s;
                let (first, last) = if backwards { (s, d + 1) } else { (s + 1, d) };
                let out = self.take(Gap::Column(first));
                let along = self.take(Gap::Lane(ld));
                (
                    backwards,
                    out,
                    Some(along),
                    Some(self.take(Gap::Column(last))),
                )
            }
            None => {
                let out = self.take(Gap::Column(s + 1));
                (false, out, Some(self.take(Gap::Lane(ls))), None)
            }
        };
        Route {
            connection: connection.id,
            kind: connection.kind,
            from: connection.from,
            to: connection.to,
            backwards,
            out,
            along,
            into,
            label,
        }
    }

    /// A place in `gap` for one more arrow.
    fn take(&mut self, gap: Gap) -> (Gap, usize) {
        let count = self.used.entry(gap).or_insert(0);
        *count += 1;
        (gap, *count - 1)
    }

    /// How much wider than usual `gap` must be for its arrows to run side by side.
    fn widening(&self, gap: Gap) -> f32 {
        let count = self.used.get(&gap).copied().unwrap_or(0);
        if count == 0 {
            return 0.0;
        }
        ((count + 1) as f32 * self.spacing - self.room).max(0.0)
    }

    /// How much wider than usual the gap between columns must be at `boundary` (0 before the
    /// first stage, the number of stages after the last).
    pub(super) fn column_widening(&self, boundary: usize) -> f32 {
        self.widening(Gap::Column(boundary))
    }

    /// How much taller than usual the gap at the top of the `lane`th visible lane must be.
    pub(super) fn lane_widening(&self, lane: usize) -> f32 {
        self.widening(Gap::Lane(lane))
    }

    /// The arrows, laid out between `cards` placed around the gaps in `middles`; `shape`
    /// shapes a label.
    pub(super) fn arrows(
        self,
        cards: &[std::sync::Arc<CardBox>],
        middles: &GapMiddles,
        style: &super::Style,
        mut shape: impl FnMut(&str) -> TextBlock,
    ) -> Vec<Arrow> {
        if self.routes.is_empty() {
            return Vec::new();
        }
        let boxes: HashMap<CardId, Rect> = cards.iter().map(|c| (c.id, c.rect)).collect();
        let gaps = Gaps {
            middles,
            plan: &self,
            exit_length: style.stage_width * 0.5,
        };
        let mut arrows: Vec<Arrow> = self
            .routes
            .iter()
            .filter_map(|route| gaps.arrow(route, &boxes, &mut shape))
            .collect();
        keep_labels_apart(&mut arrows, style.stage_width);
        arrows
    }
}

/// Where the middle of each gap lies once the map is placed.
pub(super) struct GapMiddles {
    /// The middle of each gap between columns, from before the first stage to after the last.
    pub columns: Vec<f32>,
    /// The middle of the gap at the top of each visible lane.
    pub lanes: Vec<f32>,
    /// The end of the last stage, where exits out of the map leave.
    pub right: f32,
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
    let mut ends: HashMap<i32, f32> = HashMap::default();
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
    middles: &'a GapMiddles,
    plan: &'a Plan,
    /// How far an exit out of the map reaches past the last stage.
    exit_length: f32,
}

impl Gaps<'_> {
    /// The line the arrow at `place` among the arrows in `gap` runs on: side by side, centred
    /// on the gap's middle.
    fn line(&self, (gap, place): (Gap, usize)) -> f32 {
        self.middle(gap) + self.offset((gap, place))
    }

    /// The middle of `gap`.
    fn middle(&self, gap: Gap) -> f32 {
        let (list, index) = match gap {
            Gap::Column(boundary) => (&self.middles.columns, boundary),
            Gap::Lane(lane) => (&self.middles.lanes, lane),
        };
        list.get(index).or(list.last()).copied().unwrap_or(0.0)
    }

    /// How far the arrow at `place` in `gap` runs from the gap's middle.
    fn offset(&self, (gap, place): (Gap, usize)) -> f32 {
        let plan = self.plan;
        let count = plan.used.get(&gap).copied().unwrap_or(1) as f32;
        let room = plan.room + plan.widening(gap);
        let spacing = (room / (count + 1.0)).min(plan.spacing);
        (place as f32 - (count - 1.0) / 2.0) * spacing
    }

    fn arrow(
        &self,
        route: &Route,
        boxes: &HashMap<CardId, Rect>,
        shape: &mut impl FnMut(&str) -> TextBlock,
    ) -> Option<Arrow> {
        let a = *boxes.get(&route.from)?;
        let to = match route.to {
            Some(to) => Some(*boxes.get(&to)?),
            None => None,
        };
        let ys = a.center().y;
        let start_x = if route.backwards { a.min.x } else { a.max.x };
        let x1 = self.line(route.out);
        let mut points = vec![pos2(start_x, ys), pos2(x1, ys)];
        let mut label_at = None;
        if let Some(along) = route.along {
            let y = self.line(along);
            points.push(pos2(x1, y));
            let x2 = match (route.into, to) {
                (Some(into), _) => self.line(into),
                (None, Some(_)) => x1,
                (None, None) => self.middles.right + self.exit_length,
            };
            // Labels sit on the middle of the gap, where there is most room above and below.
            let middle = self.middle(along.0);
            label_at = Some(pos2(x1.min(x2), middle));
            points.push(pos2(x2, y));
        }
        if let Some(b) = to {
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
        Some(Arrow {
            connection: route.connection,
            kind: route.kind,
            points,
            label,
        })
    }
}
