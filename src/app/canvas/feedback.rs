//! What a drag would do, drawn while it is under way, and what it does when the button is
//! released: where cards and palette entries land, the rubber band, the new place of a header.
//! Where things land is worked out by [`crate::layout::drop_target`] and its neighbours.

use super::{Canvas, CanvasAction, Frame, Gesture};
use crate::app::actions::{Action, Actions};
use crate::app::palette::PaletteItem;
use crate::layout::{self, DropTarget, Layout};
use crate::model::CardId;
use egui::{Painter, Pos2, Rect, Stroke, StrokeKind, Ui, Vec2};

impl Canvas {
    /// Draws what the current drag would do, and finishes it when the button is released.
    pub(super) fn drag_feedback(&mut self, ui: &Ui, f: &Frame<'_>, out: &mut Actions) {
        let Some(pointer) = f.pointer else { return };
        let painter = ui.painter();
        let released = ui.input(|i| i.pointer.primary_released() || !i.pointer.primary_down());
        if let Some(item) = egui::DragAndDrop::payload::<PaletteItem>(ui.ctx()) {
            let target = layout::drop_target(f.layout, &f.layout.style, pointer, &[]);
            show_target(painter, f, target);
            if ui.input(|i| i.pointer.any_released())
                && let Some(t) = target
            {
                egui::DragAndDrop::clear_payload(ui.ctx());
                out.push(Action::Canvas(CanvasAction::DropPalette {
                    item: *item,
                    stage: t.stage,
                    lane: t.lane,
                    index: t.index,
                }));
            }
            return;
        }
        let Some(gesture) = self.gesture.clone() else {
            return;
        };
        let action = match gesture {
            Gesture::Cards { cards, grab } => {
                cards_feedback(painter, f, pointer, cards, grab, released)
            }
            Gesture::Band { start } => {
                band_feedback(painter, f, Rect::from_two_pos(start, pointer), released)
            }
            Gesture::Stage(id) => {
                let from = f.journey.stage_index(id).unwrap_or(0);
                let reorder = layout::stage_reorder(f.layout, f.journey.direction, from, pointer.x);
                if let Some(stage) = f.layout.stages.get(reorder.shown_at) {
                    outline_target(painter, f, stage.header);
                }
                (released && reorder.moves).then_some(CanvasAction::MoveStage(id, reorder.to))
            }
            Gesture::Connect { from } => connect_feedback(painter, f, pointer, from, released),
            Gesture::Lane(id) => {
                let reorder = layout::lane_reorder(f.layout, f.journey, id, pointer.y);
                if let Some(lane) = reorder.and_then(|r| f.layout.lanes.get(r.shown_at)) {
                    outline_target(painter, f, lane.label);
                }
                reorder
                    .filter(|r| released && r.moves)
                    .map(|r| CanvasAction::MoveLane(id, r.to))
            }
        };
        if released {
            self.gesture = None;
        }
        if let Some(action) = action {
            out.push(Action::Canvas(action));
        }
    }
}

/// A line from the card being connected to the pointer, the card it would go to outlined; on
/// release, the connection: to that card, or out of the map past its edge, or none.
fn connect_feedback(
    painter: &Painter,
    f: &Frame<'_>,
    pointer: Pos2,
    from: CardId,
    released: bool,
) -> Option<CanvasAction> {
    let start = card_rect(f.layout, Some(from))?.center();
    let stroke = Stroke::new(f.layout.style.selection_width, f.accent);
    painter.line_segment([start, pointer], stroke);
    let target = match f.layout.hit(pointer) {
        Some(crate::layout::Hit::Card(id)) if id != from => Some(id),
        _ => None,
    };
    if let Some(rect) = card_rect(f.layout, target) {
        outline_target(painter, f, rect);
    }
    let past_edge = !f.layout.grid.x_range().contains(pointer.x);
    match (released, target) {
        (true, Some(to)) => Some(CanvasAction::Connect { from, to: Some(to) }),
        (true, None) if past_edge => Some(CanvasAction::Connect { from, to: None }),
        _ => None,
    }
}

/// Cards under way: the target cell and a shadow of each card under the pointer.
fn cards_feedback(
    painter: &Painter,
    f: &Frame<'_>,
    pointer: Pos2,
    cards: Vec<CardId>,
    grab: Vec2,
    released: bool,
) -> Option<CanvasAction> {
    let target = layout::drop_target(f.layout, &f.layout.style, pointer, &cards);
    show_target(painter, f, target);
    let first = card_rect(f.layout, cards.first().copied());
    for rect in cards.iter().filter_map(|id| card_rect(f.layout, Some(*id))) {
        let offset = pointer - grab - first.unwrap_or(rect).min;
        let shadow = f.accent.gamma_multiply(0.25);
        painter.rect_filled(rect.translate(offset), f.layout.style.card_corner, shadow);
    }
    let t = target.filter(|_| released)?;
    Some(CanvasAction::MoveCards {
        cards,
        stage: t.stage,
        lane: t.lane,
        index: t.index,
    })
}

/// A rubber band: the cards it touches are selected when the button is released.
fn band_feedback(
    painter: &Painter,
    f: &Frame<'_>,
    band: Rect,
    released: bool,
) -> Option<CanvasAction> {
    painter.rect(
        band,
        0.0,
        f.accent.gamma_multiply(0.1),
        Stroke::new(1.0, f.accent),
        StrokeKind::Inside,
    );
    if !released {
        return None;
    }
    let inside: Vec<CardId> = f
        .layout
        .cards
        .iter()
        .filter(|c| band.intersects(c.rect))
        .map(|c| c.id)
        .collect();
    Some(CanvasAction::SelectCards(
        inside,
        f.modifiers.shift || f.modifiers.command,
    ))
}

fn card_rect(layout: &Layout, id: Option<CardId>) -> Option<Rect> {
    let id = id?;
    layout.cards.iter().find(|c| c.id == id).map(|c| c.rect)
}

/// The cell a drop lands in, lit up, with a line where it lands.
fn show_target(painter: &Painter, f: &Frame<'_>, target: Option<DropTarget>) {
    let Some(t) = target else { return };
    let style = &f.layout.style;
    painter.rect_filled(t.cell, 0.0, f.accent.gamma_multiply(0.18));
    let outline = Stroke::new(style.drop_cell_width, f.accent);
    painter.rect_stroke(t.cell, 0.0, outline, StrokeKind::Inside);
    let line = Stroke::new(style.drop_line_width, f.accent);
    painter.hline(t.cell.shrink(style.block_gap).x_range(), t.line_y, line);
}

/// The header or label at the place a dragged one would go.
fn outline_target(painter: &Painter, f: &Frame<'_>, rect: Rect) {
    let stroke = Stroke::new(f.layout.style.drop_line_width, f.accent);
    painter.rect_stroke(rect, 0.0, stroke, StrokeKind::Inside);
}
