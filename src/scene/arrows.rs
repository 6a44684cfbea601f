//! Connections drawn as arrows: solid for the usual next step, dashed for another route, in the
//! map's warning colour for an exit, quieter and dotted for backstage work set going; each label
//! on a small plate of the map's paper.

use super::{Drawing, text};
use crate::layout::Arrow;
use crate::model::{CardId, ConnectionId, ConnectionKind, LaneKind};
use egui::epaint::{CornerRadius, PathShape, PathStroke, Shape, Stroke, StrokeKind};
use egui::{Color32, Pos2, Rect, Vec2};
use std::collections::HashSet;

/// How an arrow of a kind is drawn: colour, width, and dashes (dash, gap) if any.
fn look(map: Drawing, kind: ConnectionKind) -> (Color32, f32, Option<(f32, f32)>) {
    let theme = map.theme;
    match kind {
        ConnectionKind::Next => (theme.text, 1.6, None),
        ConnectionKind::Alternative => (theme.text, 1.6, Some((7.0, 4.0))),
        ConnectionKind::Exit => {
            let (_, warning) = theme.card_colors(LaneKind::PainPoints, None);
            (warning, 2.0, None)
        }
        ConnectionKind::Triggers => (theme.muted, 1.2, Some((2.0, 3.0))),
    }
}

/// Paints the arrows that reach into `area`: only their pieces in it, so a long arrow across a
/// big map costs what the view shows of it. Labels go over every line, so no arrow runs through
/// another's label.
pub(super) fn paint_arrows(map: Drawing, area: Rect, out: &mut Vec<Shape>) {
    let area = area.expand(8.0);
    let reaches = |arrow: &&Arrow| {
        let bounds = Rect::from_points(&arrow.points).expand(8.0);
        let label = arrow.label.as_ref().map(|l| l.rect());
        area.intersects(label.map_or(bounds, |l| bounds.union(l)))
    };
    paint_some(map, area, 1.0, reaches, out);
}

/// Paints the arrows `which` picks that reach into `area` (already grown by a margin), lines
/// `weight` times as wide as usual, then their labels.
fn paint_some(
    map: Drawing,
    area: Rect,
    weight: f32,
    which: impl Fn(&&Arrow) -> bool,
    out: &mut Vec<Shape>,
) {
    for arrow in map.layout.arrows.iter().filter(&which) {
        paint_line(map, arrow, area, weight, out);
    }
    for arrow in map.layout.arrows.iter().filter(&which) {
        paint_label(map, arrow, area, out);
    }
}

/// Over a presentation's veil: the paths of the stage in the spotlight at full strength, and
/// the highlighted fork's card outlined and its branches drawn heavier, over everything.
pub(super) fn paint_spotlight_paths(map: Drawing, area: Rect, out: &mut Vec<Shape>) {
    let Some(stage) = map.options.spotlight else {
        return;
    };
    let journey = map.journey;
    let in_stage = |card: CardId| journey.card(card).is_some_and(|c| c.stage == stage);
    let touching: HashSet<ConnectionId> = journey
        .connections
        .iter()
        .filter(|c| in_stage(c.from) || c.to.is_some_and(in_stage))
        .map(|c| c.id)
        .collect();
    let area = area.expand(8.0);
    paint_some(map, area, 1.0, |a| touching.contains(&a.connection), out);
    let Some(fork) = map.options.fork else {
        return;
    };
    if let Some(card) = map.layout.cards.iter().find(|c| c.id == fork) {
        out.push(Shape::rect_stroke(
            card.rect.expand(4.0),
            CornerRadius::same(9),
            Stroke::new(3.0, map.theme.text),
            StrokeKind::Outside,
        ));
    }
    let branches: HashSet<ConnectionId> = journey
        .connections
        .iter()
        .filter(|c| c.from == fork)
        .map(|c| c.id)
        .collect();
    paint_some(map, area, 2.0, |a| branches.contains(&a.connection), out);
}

fn paint_line(map: Drawing, arrow: &Arrow, area: Rect, weight: f32, out: &mut Vec<Shape>) {
    let (color, width, dashes) = look(map, arrow.kind);
    let width = width * weight;
    let points = &arrow.points;
    let (Some(&end), Some(&before)) = (points.last(), points.iter().rev().nth(1)) else {
        return;
    };
    let stroke = Stroke::new(width, color);
    for (piece, walked) in visible_pieces(points, area) {
        match dashes {
            Some((dash, gap)) => out.extend(Shape::dashed_line_with_offset(
                &piece,
                stroke,
                &[dash],
                &[gap],
                walked % (dash + gap),
            )),
            None => out.push(Shape::line(piece, PathStroke::new(width, color))),
        }
    }
    if area.contains(end) {
        out.push(head(before, end, color));
    }
}

/// The label of `arrow` on a small plate of the map's paper, if it reaches into `area`.
fn paint_label(map: Drawing, arrow: &Arrow, area: Rect, out: &mut Vec<Shape>) {
    let Some(label) = &arrow.label else {
        return;
    };
    if !area.intersects(label.rect()) {
        return;
    }
    let plate = label.rect().expand2(Vec2::new(3.0, 1.0));
    out.push(Shape::rect_filled(
        plate,
        CornerRadius::same(3),
        map.theme.background,
    ));
    let color = if arrow.kind == ConnectionKind::Exit {
        look(map, arrow.kind).0
    } else {
        map.theme.muted
    };
    text(out, label, color);
}

/// The arrows as the overview draws them, far out: plain lines in their colours, without
/// dashes, heads or labels, wide enough to be seen at a quarter of full size.
pub(super) fn overview_arrows(map: Drawing) -> Vec<Shape> {
    map.layout
        .arrows
        .iter()
        .map(|arrow| {
            let (color, width, _) = look(map, arrow.kind);
            Shape::line(arrow.points.clone(), PathStroke::new(width * 2.5, color))
        })
        .collect()
}

/// The pieces of the path `points` (horizontal and vertical segments) inside `area`, each with
/// how far along the path it starts, so dashes keep their place however the view cuts them.
fn visible_pieces(points: &[Pos2], area: Rect) -> Vec<(Vec<Pos2>, f32)> {
    let mut pieces: Vec<(Vec<Pos2>, f32)> = Vec::new();
    let mut walked = 0.0;
    let mut joined = false;
    for segment in points.windows(2) {
        let (a, b) = (segment[0], segment[1]);
        let length = a.distance(b);
        let clipped = Rect::from_two_pos(a, b).intersect(area);
        if clipped.is_negative() {
            joined = false;
        } else {
            // Clipping an axis-aligned segment keeps its direction: from the end nearer `a`.
            let start = pos2_clamp(a, clipped);
            let stop = pos2_clamp(b, clipped);
            match pieces.last_mut() {
                Some((piece, _)) if joined => piece.push(stop),
                _ => pieces.push((vec![start, stop], walked + a.distance(start))),
            }
            joined = stop == b;
        }
        walked += length;
    }
    pieces
}

/// `point` moved into `rect`.
fn pos2_clamp(point: Pos2, rect: Rect) -> Pos2 {
    Pos2::new(
        point.x.clamp(rect.min.x, rect.max.x),
        point.y.clamp(rect.min.y, rect.max.y),
    )
}

/// A filled arrowhead at `tip`, pointing away from `from`.
fn head(from: Pos2, tip: Pos2, color: Color32) -> Shape {
    let direction = (tip - from).normalized();
    let side = Vec2::new(-direction.y, direction.x);
    let back = tip - direction * 8.0;
    Shape::Path(PathShape::convex_polygon(
        vec![tip, back + side * 4.0, back - side * 4.0],
        color,
        Stroke::NONE,
    ))
}
