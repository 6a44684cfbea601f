//! Where a drag would land: the cell and place among its cards for dragged cards and palette
//! entries, and the new position of a dragged stage header or lane label. Pure geometry, so the
//! canvas only draws what these say.

use super::{Hit, Layout, Style};
use crate::model::{CardId, Direction, Journey, LaneId, StageId};
use egui::{Pos2, Rect};

/// Where a drop at a point would land.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DropTarget {
    /// The stage of the cell.
    pub stage: StageId,
    /// The lane of the cell.
    pub lane: LaneId,
    /// The place among the cell's cards (not counting the cards being moved).
    pub index: usize,
    /// The cell, to light up.
    pub cell: Rect,
    /// Where the line showing the place is drawn.
    pub line_y: f32,
}

/// The cell under `pointer` and the place among its cards, leaving out `moving` (the cards
/// being dragged). `None` outside the grid.
pub fn drop_target(
    layout: &Layout,
    style: &Style,
    pointer: Pos2,
    moving: &[CardId],
) -> Option<DropTarget> {
    let (stage, lane) = match layout.hit(pointer)? {
        Hit::Cell { stage, lane } => (stage, lane),
        Hit::Card(_) | Hit::CurvePoint { .. } => {
            let lane = layout
                .lanes
                .iter()
                .find(|l| l.rect.y_range().contains(pointer.y))?;
            let stage = layout
                .stages
                .iter()
                .find(|s| s.body.x_range().contains(pointer.x))?;
            (stage.id, lane.id)
        }
        _ => return None,
    };
    let lane_box = layout.lanes.iter().find(|l| l.id == lane)?;
    let stage_box = layout.stages.iter().find(|s| s.id == stage)?;
    let cell = Rect::from_x_y_ranges(stage_box.body.x_range(), lane_box.rect.y_range());
    let cards: Vec<Rect> = layout
        .cards
        .iter()
        .filter(|c| cell.contains(c.rect.center()) && !moving.contains(&c.id))
        .map(|c| c.rect)
        .collect();
    let index = cards.iter().filter(|r| r.center().y < pointer.y).count();
    let gap = style.card_gap / 2.0;
    let line_y = match (
        index.checked_sub(1).and_then(|i| cards.get(i)),
        cards.get(index),
    ) {
        (Some(above), _) => above.max.y + gap,
        (None, Some(below)) => below.min.y - gap,
        (None, None) => lane_box.curve_band.map_or(cell.min.y, |b| b.max.y) + style.card_gap,
    };
    Some(DropTarget {
        stage,
        lane,
        index,
        cell,
        line_y,
    })
}

/// Where a dragged header or label would go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reorder {
    /// The header or label at the new place (in the layout's list), to outline.
    pub shown_at: usize,
    /// The new index in the journey's list.
    pub to: usize,
    /// Whether that is another place than where it is.
    pub moves: bool,
}

/// Where the stage at index `from` goes when its header is dropped at `pointer_x`. In a
/// right-to-left map the first stage is on the right.
pub fn stage_reorder(
    layout: &Layout,
    direction: Direction,
    from: usize,
    pointer_x: f32,
) -> Reorder {
    let before = layout
        .stages
        .iter()
        .filter(|s| s.header.center().x < pointer_x)
        .count();
    let index = match direction {
        Direction::LeftToRight => before,
        Direction::RightToLeft => layout.stages.len() - before,
    };
    let to = if index > from { index - 1 } else { index };
    Reorder {
        shown_at: to,
        to,
        moves: to != from,
    }
}

/// Where `lane` goes when its label is dropped at `pointer_y`. Only visible lanes are on the
/// map; hidden lanes keep their place in the journey's list.
pub fn lane_reorder(
    layout: &Layout,
    journey: &Journey,
    lane: LaneId,
    pointer_y: f32,
) -> Option<Reorder> {
    let index = layout
        .lanes
        .iter()
        .filter(|l| l.rect.center().y < pointer_y)
        .count();
    let from = layout.lanes.iter().position(|l| l.id == lane)?;
    let shown_at = if index > from { index - 1 } else { index };
    let to = journey.lane_index(layout.lanes.get(shown_at)?.id)?;
    Some(Reorder {
        shown_at,
        to,
        moves: shown_at != from,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LaneKind;

    fn layout_of(journey: &Journey) -> Layout {
        let ctx = crate::fonts::context();
        let mut layout = None;
        let output = ctx.run_ui(egui::RawInput::default(), |ui| {
            let built = ui
                .ctx()
                .fonts_mut(|f| super::super::build(journey, &Style::default(), f));
            layout = Some(built);
        });
        output.drop_without_applying_deltas();
        layout.expect("the pass ran")
    }

    fn lifecycle() -> Journey {
        crate::templates::find("lifecycle")
            .unwrap()
            .journey()
            .unwrap()
    }

    #[test]
    fn a_drop_below_the_cards_of_a_cell_lands_last() {
        let journey = lifecycle();
        let layout = layout_of(&journey);
        let lane = layout
            .lanes
            .iter()
            .find(|l| l.kind == LaneKind::Touchpoints)
            .unwrap();
        let stage = &layout.stages[1];
        let point = egui::pos2(stage.body.center().x, lane.rect.max.y - 2.0);
        let target = drop_target(&layout, &Style::default(), point, &[]).unwrap();
        let count = journey.cards_in(stage.id, lane.id).len();
        assert_eq!(
            (target.stage, target.lane, target.index),
            (stage.id, lane.id, count)
        );
        let top = egui::pos2(stage.body.center().x, lane.rect.min.y + 1.0);
        assert_eq!(
            drop_target(&layout, &Style::default(), top, &[])
                .unwrap()
                .index,
            0
        );
        let outside = egui::pos2(layout.bounds.max.x + 50.0, lane.rect.center().y);
        assert_eq!(drop_target(&layout, &Style::default(), outside, &[]), None);
    }

    #[test]
    fn moved_cards_do_not_count_where_they_are_dropped() {
        let journey = lifecycle();
        let layout = layout_of(&journey);
        let card = &layout.cards[0];
        let below = egui::pos2(card.rect.center().x, card.rect.max.y + 1.0);
        let with = drop_target(&layout, &Style::default(), below, &[]).unwrap();
        let without = drop_target(&layout, &Style::default(), below, &[card.id]).unwrap();
        assert_eq!(with.index, without.index + 1);
    }

    #[test]
    fn stages_reorder_in_reading_order() {
        let layout = layout_of(&lifecycle());
        let first_x = layout.stages[0].header.center().x;
        let before_first = first_x - 10.0;
        let moved = stage_reorder(&layout, Direction::LeftToRight, 3, before_first);
        assert_eq!(
            moved,
            Reorder {
                shown_at: 0,
                to: 0,
                moves: true
            }
        );
        let in_place = layout.stages[3].header.center().x - 1.0;
        assert!(!stage_reorder(&layout, Direction::LeftToRight, 3, in_place).moves);
        // Right to left: the leftmost place on screen is the last stage.
        let last = layout.stages.len() - 1;
        assert_eq!(
            stage_reorder(&layout, Direction::RightToLeft, 0, before_first).to,
            last
        );
    }

    #[test]
    fn lanes_reorder_among_the_visible_ones_and_keep_hidden_ones_in_place() {
        let mut journey = lifecycle();
        journey.lanes[1].hidden = true;
        let layout = layout_of(&journey);
        let last = layout.lanes.last().unwrap();
        let top = layout.lanes[0].rect.min.y + 1.0;
        let moved = lane_reorder(&layout, &journey, last.id, top).unwrap();
        assert_eq!((moved.shown_at, moved.to, moved.moves), (0, 0, true));
        let second_visible = layout.lanes[1].id;
        let above_second = layout.lanes[1].rect.min.y + 1.0;
        let moved = lane_reorder(&layout, &journey, last.id, above_second).unwrap();
        assert_eq!(
            moved.to,
            journey.lane_index(second_visible).unwrap(),
            "index in the full list"
        );
    }
}
