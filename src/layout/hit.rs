//! What is under a point of the map.

use super::Layout;
use crate::model::{CardId, ConnectionId, LaneId, PersonaId, StageId};
use egui::Pos2;

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

impl Layout {
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
        if let Some(card) = self.cards.iter().find(|c| c.rect.contains(pos)) {
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
