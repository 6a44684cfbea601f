//! Changes to the map and the selection: gestures on the canvas, commands on the selection,
//! titles typed in place, the clipboard.

use crate::app::canvas::CanvasAction;
use crate::app::commands::Command;
use crate::app::selection::Selection;
use crate::app::{InPlace, JourneyApp};
use crate::edit::ops::{self, CardSeed};
use crate::edit::{Edit, MergeKey};
use crate::i18n::tr;
use crate::layout::Hit;
use crate::model::{CardId, LaneKind, Score};
use egui::Vec2;

/// The words of editing, in one place.
mod words {
    pub const TITLE_NEEDED: &str = "edit-title-needed";
}

impl JourneyApp {
    /// Applies a gesture on the map.
    pub(super) fn canvas_gesture(&mut self, gesture: CanvasAction) {
        let journey = self.document.journey();
        match gesture {
            CanvasAction::Click(hit, modifiers) => {
                let add = modifiers.shift || modifiers.command;
                match hit {
                    Some(Hit::Card(id)) if add => self.selection.toggle_card(id),
                    Some(Hit::Card(id)) => self.selection.only_card(id),
                    Some(Hit::StageHeader(id)) => self.selection = Selection::Stage(id),
                    Some(Hit::LaneLabel(id)) => self.selection = Selection::Lane(id),
                    Some(Hit::Connection(id)) => self.selection = Selection::Connection(id),
                    _ if add => {}
                    _ => self.selection.clear(),
                }
            }
            CanvasAction::DoubleClick(Hit::Card(id)) => self.start_in_place(id),
            CanvasAction::DoubleClick(Hit::Cell { stage, lane }) => {
                let seed = CardSeed {
                    // Text put on the map speaks the map's language.
                    title: journey
                        .lane(lane)
                        .map_or("", |l| journey.language.new_card(l.kind))
                        .to_owned(),
                    channel: None,
                };
                let (edit, id) = ops::add_card(journey, stage, lane, usize::MAX, seed);
                self.document.apply(edit);
                self.selection.only_card(id);
                self.start_in_place(id);
            }
            CanvasAction::DoubleClick(_) => {}
            CanvasAction::ZoomTo(view, now) => self.canvas.animate_to(view, now),
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
                let (edit, id) =
                    ops::add_card(journey, stage, lane, index, item.seed(journey.language));
                self.document.apply(edit);
                self.selection.only_card(id);
            }
            CanvasAction::SelectCards(ids, add) => {
                if add {
                    self.selection.add_cards(ids);
                } else {
                    self.selection.only_cards(ids);
                }
            }
            CanvasAction::Score {
                card,
                persona,
                score,
                done,
            } => self.score(card, persona, score, done),
            CanvasAction::MoveStage(id, to) => self.document.apply(Edit::MoveStage(id, to)),
            CanvasAction::MoveLane(id, to) => self.document.apply(Edit::MoveLane(id, to)),
            CanvasAction::Connect { from, to } => {
                if let Some((edit, id)) = ops::connect(journey, from, to) {
                    self.document.apply(edit);
                    self.selection = Selection::Connection(id);
                }
            }
        }
    }

    /// A curve point dragged to `score`: one undo step for the whole drag.
    fn score(&mut self, card: CardId, persona: crate::model::PersonaId, score: i8, done: bool) {
        let journey = self.document.journey();
        let new = Score::clamped(i64::from(score));
        let current = journey
            .card(card)
            .and_then(|c| c.emotions.get(&persona).copied());
        // Every frame of the drag reports the score under the pointer; only a new score is an
        // edit (and a new layout of the map).
        if current != Some(new) {
            let edit = ops::set_score(journey, card, persona, Some(new));
            let key = MergeKey(format!("curve {} {}", card.0, persona.0));
            self.document.apply_merging(edit, Some(key));
        }
        if done {
            self.document.seal();
        }
    }

    /// Carries out a command on the map or the selection; false if `command` is not one.
    pub(super) fn run_editing(&mut self, command: Command) -> bool {
        if self.connect_by_keyboard(command) {
            return true;
        }
        let direction = match command {
            Command::Delete => {
                self.delete_selection();
                return true;
            }
            Command::Duplicate => {
                self.duplicate_selection();
                return true;
            }
            Command::EditTitle => {
                if let Some(id) = self.selection.single_card() {
                    self.start_in_place(id);
                }
                return true;
            }
            Command::ClearSelection => {
                self.selection.clear();
                return true;
            }
            Command::SelectUp => Vec2::new(0.0, -1.0),
            Command::SelectDown => Vec2::new(0.0, 1.0),
            Command::SelectLeft => Vec2::new(-1.0, 0.0),
            Command::SelectRight => Vec2::new(1.0, 0.0),
            _ => return false,
        };
        self.step_selection(direction);
        true
    }

    /// Connecting by keyboard: L starts from the selected card with the nearest card to the
    /// right (or left, in a right-to-left map) as target; arrow keys move the target, Enter makes
    /// the connection, Esc gives up. True if `command` was taken for it.
    fn connect_by_keyboard(&mut self, command: Command) -> bool {
        let step = |command| match command {
            Command::SelectUp => Some(Vec2::new(0.0, -1.0)),
            Command::SelectDown => Some(Vec2::new(0.0, 1.0)),
            Command::SelectLeft => Some(Vec2::new(-1.0, 0.0)),
            Command::SelectRight => Some(Vec2::new(1.0, 0.0)),
            _ => None,
        };
        match (command, self.canvas.connecting) {
            (Command::Connect, _) => {
                let Some(from) = self.selection.single_card() else {
                    return true;
                };
                let rtl = self.document.journey().direction == crate::model::Direction::RightToLeft;
                let ahead = Vec2::new(if rtl { -1.0 } else { 1.0 }, 0.0);
                let target = self
                    .nearest_card(from, ahead)
                    .or_else(|| self.nearest_card(from, -ahead));
                self.canvas.connecting = target.map(|to| (from, to));
                true
            }
            (Command::ConfirmConnection, Some((from, to))) => {
                self.canvas.connecting = None;
                self.canvas_gesture(CanvasAction::Connect { from, to: Some(to) });
                true
            }
            (Command::ClearSelection, Some(_)) => {
                self.canvas.connecting = None;
                true
            }
            (command, Some((from, to))) => match step(command) {
                Some(direction) => {
                    let next = self.nearest_card(to, direction).filter(|id| *id != from);
                    self.canvas.connecting = Some((from, next.unwrap_or(to)));
                    true
                }
                None => false,
            },
            _ => command == Command::ConfirmConnection,
        }
    }

    pub(super) fn add_stage(&mut self, index: usize) {
        let journey = self.document.journey();
        let (edit, id) = ops::add_stage(journey, index, journey.language.new_stage());
        self.document.apply(edit);
        self.selection = Selection::Stage(id);
    }

    pub(super) fn add_lane(&mut self, index: usize, kind: LaneKind) {
        let (edit, id) = ops::add_lane(self.document.journey(), index, kind);
        self.document.apply(edit);
        self.selection = Selection::Lane(id);
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
            self.status = Some(tr(words::TITLE_NEEDED).to_owned());
            return;
        }
        card.title = editing.text;
        self.document.apply(Edit::ReplaceCard(Box::new(card)));
    }

    /// Delete the selection: cards, or a stage or lane (never the last one).
    fn delete_selection(&mut self) {
        let journey = self.document.journey();
        let result = match &self.selection {
            Selection::Cards(cards) => Ok(ops::delete_cards(
                &cards.iter().copied().collect::<Vec<_>>(),
            )),
            Selection::Stage(stage) => ops::delete_stage(journey, *stage),
            Selection::Lane(lane) => ops::delete_lane(journey, *lane),
            Selection::Connection(id) => Ok(Edit::RemoveConnection(*id)),
            Selection::Nothing => return,
        };
        match result {
            Ok(edit) => {
                self.document.apply(edit);
                self.selection.clear();
            }
            Err(message) => self.status = Some(message.to_string()),
        }
    }

    fn duplicate_selection(&mut self) {
        if self.selection.cards().is_empty() {
            return;
        }
        let (edit, copies) =
            ops::duplicate_cards(self.document.journey(), &self.selection.card_list());
        self.document.apply(edit);
        self.selection.only_cards(copies);
    }

    /// Puts the selected cards on the clipboard; with `cut`, deletes them.
    pub(super) fn copy_cards(&mut self, ctx: &egui::Context, cut: bool) {
        if self.selection.cards().is_empty() {
            return;
        }
        let ids = self.selection.card_list();
        let assets = self.assets();
        ctx.copy_text(crate::interop::clipboard::copy_from(
            self.document.journey(),
            &ids,
            assets.as_deref(),
        ));
        if cut {
            self.delete_selection();
        }
    }

    /// Pastes clipboard text: journeymap's own cards where the map has their stages and lanes;
    /// else cells from a spreadsheet (or plain text, as one card) into the cell under `pointer`
    /// (screen points), or the selected card's cell, or the first cell.
    pub(super) fn paste(&mut self, text: &str, pointer: Option<egui::Pos2>) {
        let journey = self.document.journey();
        let selected = self
            .selection
            .single_card()
            .and_then(|id| journey.card(id))
            .map(|c| (c.stage, c.lane));
        let first = || {
            let stage = self
                .selection
                .stage()
                .or(journey.stages.first().map(|s| s.id))?;
            Some((stage, journey.lanes.first()?.id))
        };
        let Some(fallback) = selected.or_else(first) else {
            return;
        };
        let pasted = match crate::interop::clipboard::paste(journey, text, fallback) {
            Ok(pasted) => Some(pasted),
            Err(message) if message.id() == "paste-no-cards" => {
                self.status = Some(message.to_string());
                return;
            }
            Err(_) => {
                let under = pointer.and_then(|p| self.canvas.cell_at(p));
                let (stage, lane) = under.unwrap_or(fallback);
                let target = crate::interop::table::PasteTarget { stage, lane };
                crate::interop::table::paste(journey, text, target)
            }
        };
        if let Some((edit, ids)) = pasted {
            self.copy_pasted_pictures(text);
            self.document.apply(edit);
            self.selection.only_cards(ids);
        }
    }

    /// Copies the pictures of cards pasted from another map into this map's folder first; a
    /// picture that cannot be copied shows its placeholder, and the first problem is told.
    fn copy_pasted_pictures(&mut self, text: &str) {
        let (Some((from, names)), Some(to)) =
            (crate::interop::clipboard::pictures(text), self.assets())
        else {
            return;
        };
        let names = names.iter().map(String::as_str);
        if let Err(error) = crate::file::pictures::copy_pictures(&from, &to, names) {
            self.status = Some(error.to_string());
        }
    }

    /// Moves the selection to the nearest card in `direction` (a unit vector on screen).
    fn step_selection(&mut self, direction: Vec2) {
        let Some(layout) = self.canvas.layout() else {
            return;
        };
        let Some(current) = self.selection.cards().iter().next_back().copied() else {
            if let Some(first) = layout.cards.first() {
                self.selection.only_card(first.id);
            }
            return;
        };
        if let Some(id) = self.nearest_card(current, direction) {
            self.selection.only_card(id);
        }
    }

    /// The card nearest `from` in `direction` (a unit vector on screen), favouring cards
    /// straight ahead over cards off to the side.
    fn nearest_card(
        &self,
        from: crate::model::CardId,
        direction: Vec2,
    ) -> Option<crate::model::CardId> {
        let layout = self.canvas.layout()?;
        let start = layout.cards.iter().find(|c| c.id == from)?.rect.center();
        layout
            .cards
            .iter()
            .filter(|c| c.id != from)
            .filter_map(|c| {
                let delta = c.rect.center() - start;
                let ahead = delta.dot(direction);
                (ahead > 1.0).then(|| (ahead + 3.0 * (delta - direction * ahead).length(), c.id))
            })
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, id)| id)
    }
}
