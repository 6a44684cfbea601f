//! Clicks and drags on the map: the background (select, rubber band, double-click), stage
//! headers and lane labels (select, reorder), and cards (select, edit, move).

use super::access::{card_label, card_title, words};
use super::{Canvas, CanvasAction, Frame, Gesture};
use crate::app::actions::{Action, Actions};
use crate::layout::Hit;
use egui::{Id, PointerButton, Rect, Response, Sense, Stroke, StrokeKind, Ui, Vec2};

/// A header or label on the map: where it is, what it is called, and what dragging it does.
struct Header {
    rect: Rect,
    id: Id,
    label: String,
    hit: Hit,
    gesture: Gesture,
    selected: bool,
}

impl Canvas {
    /// The map's background: clicks clear the selection, double-clicks add cards, drags
    /// select with a rubber band (or, in the overview, move the card they start on).
    pub(super) fn background(&mut self, ui: &mut Ui, f: &Frame<'_>, out: &mut Actions) -> Response {
        let layout = f.layout;
        let background = ui.interact(
            layout.bounds,
            Id::unique("map background"),
            Sense::click_and_drag(),
        );
        self.pan_with(&background, f.space_held);
        let hit = f.pointer.and_then(|p| layout.hit(p));
        if background.clicked() {
            out.push(Action::Canvas(CanvasAction::Click(hit, f.modifiers)));
        }
        if background.double_clicked()
            && let Some(point) = f.pointer
        {
            if !f.readable {
                // Nothing can be read or typed at this zoom: a double-click zooms in on the
                // spot, to where card titles read at their own size.
                let view = Rect::from_center_size(point, self.screen_size());
                let now = ui.input(|i| i.time);
                out.push(Action::Canvas(CanvasAction::ZoomTo(view, now)));
            } else if let Some(hit @ Hit::Cell { .. }) = hit {
                out.push(Action::Canvas(CanvasAction::DoubleClick(hit)));
            }
        }
        if background.drag_started_by(PointerButton::Primary)
            && !f.space_held
            && let Some(start) = f.press.or(f.pointer)
        {
            // In the overview cards have no widgets of their own: a drag that starts on one
            // moves it (and the selection it belongs to), as it does closer in.
            self.gesture = Some(match layout.hit(start) {
                Some(Hit::Card(id)) if !f.readable => {
                    let rect = layout.cards.iter().find(|c| c.id == id).map(|c| c.rect);
                    Gesture::Cards {
                        cards: dragged_cards(f, id),
                        grab: rect.map_or(Vec2::ZERO, |r| start - r.min),
                    }
                }
                _ => Gesture::Band { start },
            });
        }
        background
    }

    /// Stage headers and lane labels: click to select, drag to reorder.
    pub(super) fn headers(&mut self, ui: &mut Ui, f: &Frame<'_>, out: &mut Actions) {
        let stages = f.layout.stages.iter().enumerate().map(|(index, stage)| {
            let name = f.journey.stage(stage.id).map_or("", |s| s.name.as_str());
            Header {
                rect: stage.header,
                id: Id::unique(("stage", stage.id.0)),
                label: words::stage(index + 1, name),
                hit: Hit::StageHeader(stage.id),
                gesture: Gesture::Stage(stage.id),
                selected: f.selection.stage() == Some(stage.id),
            }
        });
        let lanes = f.layout.lanes.iter().map(|lane| {
            let name = f.journey.lane(lane.id).map_or("", |l| l.name.as_str());
            Header {
                rect: lane.label,
                id: Id::unique(("lane", lane.id.0)),
                label: words::lane(name),
                hit: Hit::LaneLabel(lane.id),
                gesture: Gesture::Lane(lane.id),
                selected: f.selection.lane() == Some(lane.id),
            }
        });
        let headers: Vec<Header> = stages.chain(lanes).collect();
        for header in headers {
            self.header(ui, f, header, out);
        }
    }

    fn header(&mut self, ui: &mut Ui, f: &Frame<'_>, header: Header, out: &mut Actions) {
        let response = ui.interact(header.rect, header.id, Sense::click_and_drag());
        let label = header.label;
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
        self.screen_bounds(ui, response.id, response.rect);
        self.pan_with(&response, false);
        if response.clicked() {
            out.push(Action::Canvas(CanvasAction::Click(
                Some(header.hit),
                f.modifiers,
            )));
        }
        if response.drag_started_by(PointerButton::Primary) {
            self.gesture = Some(header.gesture);
        }
        if header.selected {
            let stroke = Stroke::new(f.layout.style.selection_width, f.accent);
            ui.painter()
                .rect_stroke(header.rect, 0.0, stroke, StrokeKind::Inside);
        }
    }

    /// Cards: in full detail each is a widget (click, double-click, drag); in the overview they
    /// are outlined when selected or hovered, and the background takes their clicks.
    pub(super) fn cards(
        &mut self,
        ui: &mut Ui,
        f: &Frame<'_>,
        background: &Response,
        out: &mut Actions,
    ) {
        // The scene's clip rect is already in map units.
        let visible = ui.clip_rect().expand(40.0);
        let style = &f.layout.style;
        let pixel = 1.0 / self.zoom().max(f32::EPSILON);
        let hit = f.pointer.and_then(|p| f.layout.hit(p));
        for (_, card) in f.layout.cards_meeting(visible) {
            let selected = f.selection.cards().contains(&card.id);
            if !f.readable {
                // Outlines a few pixels wide whatever the zoom, so a selected or hovered block
                // stands out however small it is.
                let hovered = background.hovered() && hit == Some(Hit::Card(card.id));
                let unit = pixel;
                self.outline(ui, f, card.rect, selected, hovered, (unit, 0.0));
                continue;
            }
            let title = card_title(f.journey, card.id);
            let response = ui.interact(
                card.rect,
                Id::unique(("card", card.id.0)),
                Sense::click_and_drag(),
            );
            response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Button, true, card_label(title))
            });
            self.screen_bounds(ui, response.id, response.rect);
            self.pan_with(&response, f.space_held);
            if response.clicked() {
                let click = CanvasAction::Click(Some(Hit::Card(card.id)), f.modifiers);
                out.push(Action::Canvas(click));
            }
            if response.double_clicked() {
                out.push(Action::Canvas(CanvasAction::DoubleClick(Hit::Card(
                    card.id,
                ))));
            }
            if response.drag_started_by(PointerButton::Primary) && !f.space_held {
                let grab = f.pointer.map_or(Vec2::ZERO, |p| p - card.rect.min);
                let cards = dragged_cards(f, card.id);
                self.gesture = Some(Gesture::Cards { cards, grab });
            }
            response.context_menu(|ui| connect_menu(ui, f, card.id, out));
            if selected && f.selection.single_card() == Some(card.id) {
                self.connect_handle(ui, f, card.rect, card.id);
            }
            let corner = style.card_corner;
            self.outline(
                ui,
                f,
                card.rect,
                selected,
                response.hovered(),
                (1.0, corner),
            );
        }
        if f.readable {
            self.arrows(ui, f, visible, out);
        }
        // Connecting by keyboard: a line to the target picked so far, which is outlined.
        if let Some((from, to)) = self.connecting {
            let rect = |id| f.layout.cards.iter().find(|c| c.id == id).map(|c| c.rect);
            if let (Some(a), Some(b)) = (rect(from), rect(to)) {
                let stroke = Stroke::new(style.selection_width * pixel * 2.0, f.accent);
                ui.painter().line_segment([a.center(), b.center()], stroke);
                self.outline(ui, f, b, true, false, (1.0, style.card_corner));
            }
        }
        // The selected connection's arrow, traced in the accent colour.
        if let Some(id) = f.selection.connection()
            && let Some(arrow) = f.layout.arrows.iter().find(|a| a.connection == id)
        {
            let stroke = Stroke::new(style.selection_width * pixel * 2.0, f.accent);
            ui.painter().line(arrow.points.clone(), stroke);
        }
    }

    /// Each arrow in view is a small widget at the middle of its longest stretch: screen readers
    /// name the connection, and a click there selects it (as a click anywhere on the arrow does).
    fn arrows(&mut self, ui: &mut Ui, f: &Frame<'_>, visible: Rect, out: &mut Actions) {
        let size = Vec2::splat(f.layout.style.arrow_hit_distance * 2.0);
        for arrow in &f.layout.arrows {
            let Some(longest) = arrow
                .points
                .windows(2)
                .max_by(|a, b| a[0].distance(a[1]).total_cmp(&b[0].distance(b[1])))
            else {
                continue;
            };
            let anchor = longest[0] + (longest[1] - longest[0]) / 2.0;
            if !visible.contains(anchor) {
                continue;
            }
            let Some(connection) = f.journey.connection(arrow.connection) else {
                continue;
            };
            let id = Id::unique(("arrow", arrow.connection.0));
            let response = ui.interact(Rect::from_center_size(anchor, size), id, Sense::click());
            let label = super::access::connection_label(f.journey, connection);
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
            self.screen_bounds(ui, response.id, response.rect);
            if response.clicked() {
                let hit = Some(Hit::Connection(arrow.connection));
                out.push(Action::Canvas(CanvasAction::Click(hit, f.modifiers)));
            }
        }
    }

    /// The handle on the trailing edge of the selected card: drag it to another card to connect
    /// the two, or past the map's edge for an exit.
    fn connect_handle(&mut self, ui: &mut Ui, f: &Frame<'_>, card: Rect, id: crate::model::CardId) {
        let radius = f.layout.style.connect_handle_radius;
        let rtl = f.journey.direction == crate::model::Direction::RightToLeft;
        let x = if rtl { card.min.x } else { card.max.x };
        let center = egui::pos2(x, card.center().y);
        let rect = Rect::from_center_size(center, Vec2::splat(radius * 2.0));
        let response = ui.interact(rect, Id::unique(("connect", id.0)), Sense::drag());
        let label = crate::i18n::tr("canvas-connect-handle");
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
        self.screen_bounds(ui, response.id, response.rect);
        if response.drag_started_by(PointerButton::Primary) {
            self.gesture = Some(Gesture::Connect { from: id });
        }
        let fill = if response.hovered() {
            f.accent
        } else {
            f.accent.gamma_multiply(0.8)
        };
        ui.painter().circle_filled(center, radius, fill);
        ui.painter()
            .circle_stroke(center, radius, Stroke::new(1.5, egui::Color32::WHITE));
    }

    /// The outline of a selected or hovered card; `unit` scales widths (one screen pixel in
    /// the overview), `corner` is the card's corner radius.
    fn outline(
        &self,
        ui: &Ui,
        f: &Frame<'_>,
        rect: Rect,
        selected: bool,
        hovered: bool,
        (unit, corner): (f32, f32),
    ) {
        let style = &f.layout.style;
        if selected {
            let gap = style.selection_gap * unit;
            ui.painter().rect_stroke(
                rect.expand(gap),
                corner + gap / 2.0,
                Stroke::new(style.selection_width * unit, f.accent),
                StrokeKind::Outside,
            );
        } else if hovered && self.gesture.is_none() {
            ui.painter().rect_stroke(
                rect,
                corner,
                Stroke::new(style.hover_width * unit, f.accent.gamma_multiply(0.6)),
                StrokeKind::Outside,
            );
        }
    }

    /// Middle or right drags, and left drags with Space held, pan the view wherever they start.
    pub(super) fn pan_with(&mut self, response: &Response, space_held: bool) {
        use PointerButton::{Middle, Primary, Secondary};
        if response.dragged_by(Middle)
            || response.dragged_by(Secondary)
            || (space_held && response.dragged_by(Primary))
        {
            self.view.pan += response.drag_delta();
        }
    }
}

/// A card's context menu: "Connect to…" the cards of the next stage (a next step) or out of the
/// map (an exit), for those who do not drag the handle.
fn connect_menu(ui: &mut Ui, f: &Frame<'_>, from: crate::model::CardId, out: &mut Actions) {
    /// The most cards the menu lists.
    const MOST: usize = 30;
    let stage = f.journey.card(from).map(|c| c.stage);
    let next_stage = stage
        .and_then(|s| f.journey.stage_index(s))
        .and_then(|i| f.journey.stages.get(i + 1))
        .map(|s| s.id);
    let targets: Vec<(crate::model::CardId, String)> = f
        .layout
        .cards
        .iter()
        .filter_map(|c| f.journey.card(c.id))
        .filter(|c| Some(c.stage) == next_stage)
        .take(MOST)
        .map(|c| (c.id, card_label(&c.title)))
        .collect();
    crate::app::shown::submenu(ui, &crate::i18n::tr("canvas-connect-to"), |ui| {
        for (to, title) in targets {
            if crate::app::shown::menu_text_entry(ui, &title).clicked() {
                out.push(Action::Canvas(CanvasAction::Connect { from, to: Some(to) }));
                ui.close();
            }
        }
        ui.separator();
        let exit = crate::i18n::tr("canvas-connect-exit");
        if crate::app::shown::menu_text_entry(ui, &exit).clicked() {
            out.push(Action::Canvas(CanvasAction::Connect { from, to: None }));
            ui.close();
        }
    });
}

/// The cards a drag starting on `card` moves: the selection it belongs to, or the card alone.
fn dragged_cards(f: &Frame<'_>, card: crate::model::CardId) -> Vec<crate::model::CardId> {
    if f.selection.cards().contains(&card) {
        f.selection.card_list()
    } else {
        vec![card]
    }
}
