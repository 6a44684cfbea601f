//! The marks on a card's top edge: a diamond for a decision point, a flag for a milestone, each
//! on a disc of the map's paper so it reads over the card's edge.

use crate::layout::{Badge, VOTE_DOT_RADIUS};
use crate::scene::Theme;
use egui::epaint::{PathShape, Shape, Stroke};
use egui::{Color32, Pos2, pos2, vec2};

/// A decision point's amber and a milestone's green, the same in every theme.
const DECISION: Color32 = Color32::from_rgb(0xe0, 0x8a, 0x00);
const MILESTONE: Color32 = Color32::from_rgb(0x2f, 0xa8, 0x5a);

/// Paints `badge` centred at `at`.
pub(super) fn paint(badge: Badge, at: Pos2, theme: &Theme, out: &mut Vec<Shape>) {
    let r = VOTE_DOT_RADIUS + 1.0;
    out.push(Shape::circle_filled(at, r, theme.background));
    match badge {
        Badge::Decision => out.push(Shape::Path(PathShape::convex_polygon(
            vec![
                at + vec2(0.0, -r + 1.0),
                at + vec2(r - 1.0, 0.0),
                at + vec2(0.0, r - 1.0),
                at + vec2(-r + 1.0, 0.0),
            ],
            DECISION,
            Stroke::NONE,
        ))),
        Badge::Milestone => {
            let pole = at.x - r * 0.45;
            out.push(Shape::line_segment(
                [pos2(pole, at.y - r + 1.0), pos2(pole, at.y + r - 1.0)],
                Stroke::new(1.5, MILESTONE),
            ));
            out.push(Shape::Path(PathShape::convex_polygon(
                vec![
                    pos2(pole, at.y - r + 1.0),
                    pos2(at.x + r * 0.7, at.y - r * 0.35),
                    pos2(pole, at.y + r * 0.3),
                ],
                MILESTONE,
                Stroke::NONE,
            )));
        }
    }
}
