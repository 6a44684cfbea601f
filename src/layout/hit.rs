//! What is under a point of the map, and which cards are in a part of it.

use super::{CardBox, Layout};
use crate::model::{CardId, ConnectionId, LaneId, PersonaId, StageId};
use egui::{Pos2, Rect};
use std::sync::Arc;

/// The part of a map under a point, most specific first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hit {
    /// A face on an emotion curve.
    CurvePoint {
        /// The scored card.
        card: CardId,
        /// Whose curve.
        persona: PersonaId,
    },
    /// A card.
    Card(CardId),
    /// An arrow, or its label.
    Connection(ConnectionId),
    /// A stage header.
    StageHeader(StageId),
    /// A lane label.
    LaneLabel(LaneId),
    /// An empty spot of a cell.
    Cell {
        /// The column.
        stage: StageId,
        /// The row.
        lane: LaneId,
    },
}

/// How far a card may lie outside its cell's bounds: a card laid out again in place (see
/// `patch`) may end a rounding error away from where the old box did.
const SPAN_SLACK: f32 = 1.0;

impl Layout {
    /// The cards whose rectangles meet `area` (in map units), with their places in
    /// [`Layout::cards`], in that order. Only the cards of the cells that reach into `area` are
    /// read: a frame showing part of a long map does not read every card.
    pub fn cards_meeting(&self, area: Rect) -> impl Iterator<Item = (usize, &Arc<CardBox>)> {
        let near = area.expand(SPAN_SLACK);
        (self.cell_spans.iter())
            .filter(move |span| near.intersects(span.bounds))
            .flat_map(move |span| span.cards.clone().zip(&self.cards[span.cards.clone()]))
            .filter(move |(_, card)| area.intersects(card.rect))
    }

    /// What is under `pos` (in map units), if anything.
    pub fn hit(&self, pos: Pos2) -> Option<Hit> {
        // Later curves are drawn on top, so they are hit first.
        for curve in self.curves.iter().rev() {
            if let Some(point) = curve
                .points
                .iter()
                .rev()
                .find(|p| p.pos.distance(pos) <= self.style.face_hit_radius)
            {
                return Some(Hit::CurvePoint {
                    card: point.card,
                    persona: curve.persona,
                });
            }
        }
        let point = Rect::from_min_max(pos, pos);
        let mut under = self.cards_meeting(point).map(|(_, card)| card);
        if let Some(card) = under.find(|c| c.rect.contains(pos)) {
            return Some(Hit::Card(card.id));
        }
        if let Some(arrow) = self.arrows.iter().rev().find(|a| self.on_arrow(a, pos)) {
            return Some(Hit::Connection(arrow.connection));
        }
        if let Some(stage) = self.stages.iter().find(|s| s.header.contains(pos)) {
            return Some(Hit::StageHeader(stage.id));
        }
        let lane = self.lanes.iter().find(|l| l.rect.contains(pos))?;
        if lane.label.contains(pos) {
            return Some(Hit::LaneLabel(lane.id));
        }
        let stage = self
            .stages
            .iter()
            .find(|s| s.body.x_range().contains(pos.x))?;
        Some(Hit::Cell {
            stage: stage.id,
            lane: lane.id,
        })
    }

    /// Whether `pos` is on `arrow`'s line (within a few units) or its label.
    fn on_arrow(&self, arrow: &super::Arrow, pos: Pos2) -> bool {
        let near = self.style.arrow_hit_distance;
        let on_line = arrow.points.windows(2).any(|segment| {
            let line = egui::Rect::from_two_pos(segment[0], segment[1]);
            line.expand(near).contains(pos)
        });
        on_line || arrow.label.as_ref().is_some_and(|l| l.rect().contains(pos))
    }
}
