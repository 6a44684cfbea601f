//! Turning canvas gestures, keys and clipboard events into edits of the open document.

use super::canvas::CanvasAction;
use super::{Command, InPlace, JourneyApp, Outbox};
use crate::edit::ops::{self, CardSeed};
use crate::edit::{Edit, MergeKey};
use crate::layout::{Hit, Layout};
use crate::model::{CardId, Score};
use egui::{Key, Modifiers, Ui};

/// The text field that edits a card title in place, over the card on the map. Enter commits,
/// Shift+Enter starts a new line, Esc cancels.
pub(super) fn in_place_editor(
    ui: &mut Ui,
    layout: &Layout,
    in_place: &mut Option<InPlace>,
    out: &mut Outbox,
) {
    let Some(editing) = in_place else { return };
    let Some(card) = layout.cards.iter().find(|c| c.id == editing.card) else {
        *in_place = None;
        return;
    };
    let id = egui::Id::unique("in-place title");
    let focused = ui.memory(|m| m.has_focus(id));
    // Enter without Shift commits: take it before the text field turns it into a new line.
    let commit = focused && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter));
    let cancel = focused && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape));
    let rect = card.rect.expand(2.0);
    let align = super::fields::alignment(&editing.text);
    let response = ui.put(
        rect,
        egui::TextEdit::multiline(&mut editing.text)
            .id(id)
            .align(align)
            .font(egui::FontId::proportional(14.0))
            .desired_width(rect.width())
            .hint_text("Card title"),
    );
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Card title on the map")
    });
    if std::mem::take(&mut editing.focus_requested) {
        response.request_focus();
        // Start with the whole title selected, so typing replaces it.
        let mut state = egui::text_edit::TextEditState::load(ui.ctx(), id).unwrap_or_default();
        let end = egui::text::CCursor::new(editing.text.chars().count());
        state
            .cursor
            .set_char_range(Some(egui::text::CCursorRange::two(
                egui::text::CCursor::new(0),
                end,
            )));
        state.store(ui.ctx(), id);
    }
    if cancel {
        *in_place = None;
    } else if commit || response.lost_focus() {
        out.command(Command::CommitTitle);
    }
}

impl JourneyApp {
    /// Applies everything the canvas reported this frame.
    pub(super) fn apply_canvas_actions(&mut self, actions: Vec<CanvasAction>) {
        for action in actions {
            let journey = self.document.journey();
            match action {
                CanvasAction::Click(hit, modifiers) => {
                    let add = modifiers.shift || modifiers.command;
                    match hit {
                        Some(Hit::Card(id)) if add => self.selection.toggle_card(id),
                        Some(Hit::Card(id)) => self.selection.only_card(id),
                        Some(Hit::StageHeader(id)) => {
                            self.selection.clear();
                            self.selection.stage = Some(id);
                        }
                        Some(Hit::LaneLabel(id)) => {
                            self.selection.clear();
                            self.selection.lane = Some(id);
                        }
                        _ if add => {}
                        _ => self.selection.clear(),
                    }
                }
                CanvasAction::DoubleClick(Hit::Card(id)) => self.start_in_place(id),
                CanvasAction::DoubleClick(Hit::Cell { stage, lane }) => {
                    let seed = CardSeed {
                        title: "New card".to_owned(),
                        channel: None,
                    };
                    let (edit, id) = ops::add_card(journey, stage, lane, usize::MAX, seed);
                    self.document.apply(edit);
                    self.selection.only_card(id);
                    self.start_in_place(id);
                }
                CanvasAction::DoubleClick(_) => {}
                CanvasAction::MoveCards {
                    cards,
                    stage,
                    lane,
                    index,
                } => {
                    let edit = ops::move_cards(journey, &cards, stage, lane, index);
                    self.document.apply(edit);
                }
                CanvasAction::DropPalette {
                    item,
                    stage,
                    lane,
                    index,
                } => {
                    let (edit, id) = ops::add_card(journey, stage, lane, index, item.seed());
                    self.document.apply(edit);
                    self.selection.only_card(id);
                }
                CanvasAction::SelectCards(ids, add) => {
                    if !add {
                        self.selection.clear();
                    }
                    self.selection.cards.extend(ids);
                }
                CanvasAction::Score {
                    card,
                    persona,
                    score,
                    done,
                } => {
                    let new = Score::clamped(i64::from(score));
                    let current = journey
                        .card(card)
                        .and_then(|c| c.emotions.get(&persona).copied());
                    // Every frame of the drag reports the score under the pointer; only a new
                    // score is an edit (and a new layout of the map).
                    if current != Some(new) {
                        let edit = ops::set_score(journey, card, persona, Some(new));
                        let key = MergeKey(format!("curve {} {}", card.0, persona.0));
                        self.document.apply_merging(edit, Some(key));
                    }
                    if done {
                        self.document.seal();
                    }
                }
                CanvasAction::MoveStage(id, to) => self.document.apply(Edit::MoveStage(id, to)),
                CanvasAction::MoveLane(id, to) => self.document.apply(Edit::MoveLane(id, to)),
            }
        }
    }

    /// Applies the edits and commands the panels queued this frame.
    pub(super) fn apply_outbox(&mut self) {
        let outbox = std::mem::take(&mut self.outbox);
        for (edit, merge) in outbox.edits {
            self.document.apply_merging(edit, merge);
        }
        self.pending.extend(outbox.commands);
    }

    pub(super) fn start_in_place(&mut self, id: CardId) {
        if let Some(card) = self.document.journey().card(id) {
            self.in_place = Some(InPlace {
                card: id,
                text: card.title.clone(),
                focus_requested: true,
            });
        }
    }

    /// Ends in-place editing, applying the new title; an empty title keeps the old one.
    pub(super) fn commit_in_place(&mut self) {
        let Some(editing) = self.in_place.take() else {
            return;
        };
        let Some(mut card) = self.document.journey().card(editing.card).cloned() else {
            return;
        };
        if editing.text.trim().is_empty() {
            self.status = Some("A card needs a title; the old title is kept.".to_owned());
            return;
        }
        card.title = editing.text;
        self.document.apply(Edit::ReplaceCard(Box::new(card)));
    }

    /// Delete the selection: cards, or a stage or lane (never the last one).
    pub(super) fn delete_selection(&mut self) {
        let journey = self.document.journey();
        let result = if !self.selection.cards.is_empty() {
            Ok(ops::delete_cards(&self.selection.card_list()))
        } else if let Some(stage) = self.selection.stage {
            ops::delete_stage(journey, stage)
        } else if let Some(lane) = self.selection.lane {
            ops::delete_lane(journey, lane)
        } else {
            return;
        };
        match result {
            Ok(edit) => {
                self.document.apply(edit);
                self.selection.clear();
            }
            Err(message) => self.status = Some(message),
        }
    }

    pub(super) fn duplicate_selection(&mut self) {
        if self.selection.cards.is_empty() {
            return;
        }
        let (edit, copies) =
            ops::duplicate_cards(self.document.journey(), &self.selection.card_list());
        self.document.apply(edit);
        self.selection.clear();
        self.selection.cards.extend(copies);
    }

    /// Keys that act on the selection, and copy, cut and paste, while no text field has focus.
    pub(super) fn handle_editing_keys(&mut self, ctx: &egui::Context) {
        if ctx.egui_wants_keyboard_input() || self.in_place.is_some() {
            return;
        }
        let events = ctx.input(|i| i.events.clone());
        for event in events {
            match event {
                egui::Event::Copy | egui::Event::Cut if !self.selection.cards.is_empty() => {
                    let ids = self.selection.card_list();
                    ctx.copy_text(crate::interop::clipboard::copy(
                        self.document.journey(),
                        &ids,
                    ));
                    if matches!(event, egui::Event::Cut) {
                        self.delete_selection();
                    }
                }
                egui::Event::Paste(text) => self.paste(&text),
                egui::Event::Key {
                    key: Key::Backspace,
                    pressed: true,
                    modifiers,
                    ..
                } if modifiers.is_none() => {
                    self.delete_selection();
                }
                egui::Event::Key {
                    key,
                    pressed: true,
                    modifiers,
                    ..
                } if modifiers.is_none() => match key {
                    Key::ArrowUp | Key::ArrowDown | Key::ArrowLeft | Key::ArrowRight => {
                        self.step_selection(key)
                    }
                    Key::Escape => self.selection.clear(),
                    _ => {}
                },
                _ => {}
            }
        }
    }

    fn paste(&mut self, text: &str) {
        let journey = self.document.journey();
        let fallback = self
            .selection
            .single_card()
            .and_then(|id| journey.card(id))
            .map(|c| (c.stage, c.lane))
            .or_else(|| {
                Some((
                    self.selection
                        .stage
                        .or(journey.stages.first().map(|s| s.id))?,
                    journey.lanes.first()?.id,
                ))
            });
        let Some(fallback) = fallback else { return };
        match crate::interop::clipboard::paste(journey, text, fallback) {
            Ok((edit, ids)) => {
                self.document.apply(edit);
                self.selection.clear();
                self.selection.cards.extend(ids);
            }
            Err(message) => self.status = Some(message),
        }
    }

    /// Moves the selection to the nearest card in the direction of an arrow key.
    fn step_selection(&mut self, key: Key) {
        let Some(layout) = self.canvas.layout() else {
            return;
        };
        let Some(current) = self
            .selection
            .cards
            .iter()
            .next_back()
            .and_then(|id| layout.cards.iter().find(|c| c.id == *id))
        else {
            if let Some(first) = layout.cards.first() {
                self.selection.only_card(first.id);
            }
            return;
        };
        let from = current.rect.center();
        let direction = match key {
            Key::ArrowUp => egui::vec2(0.0, -1.0),
            Key::ArrowDown => egui::vec2(0.0, 1.0),
            Key::ArrowLeft => egui::vec2(-1.0, 0.0),
            _ => egui::vec2(1.0, 0.0),
        };
        // Nearest card ahead, favouring cards straight ahead over cards off to the side.
        let next = layout
            .cards
            .iter()
            .filter(|c| c.id != current.id)
            .filter_map(|c| {
                let delta = c.rect.center() - from;
                let ahead = delta.dot(direction);
                (ahead > 1.0).then(|| (ahead + 3.0 * (delta - direction * ahead).length(), c.id))
            })
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, id)| id);
        if let Some(id) = next {
            self.selection.only_card(id);
        }
    }
}
