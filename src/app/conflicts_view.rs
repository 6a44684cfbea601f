//! Merge conflicts in the editor: a map with recorded conflicts shows each conflicting card,
//! stage and lane outlined, and the side panel lists the conflicts with both sides' values; for
//! each the user keeps ours (after editing it, if they like) or takes theirs — an undoable edit.
//! When none remain the file is a plain map again.

use super::JourneyApp;
use super::actions::{Action, Actions};
use super::shown;
use crate::i18n::{tr, tr_args};
use crate::merge::settle::{self, Pick};
use crate::model::Journey;
use crate::scene::compare::Comparison;
use egui::Ui;
use std::sync::Arc;

impl JourneyApp {
    /// Marks the map's conflicts on the canvas, once per revision (compare mode has its own
    /// marks).
    pub(super) fn refresh_conflict_marks(&mut self) {
        if self.comparing.is_some() {
            return;
        }
        let revision = self.document.revision();
        if self.conflict_marks == Some(revision) {
            return;
        }
        self.conflict_marks = Some(revision);
        let journey = self.document.journey();
        self.canvas.options.compare = (!journey.conflicts.is_empty())
            .then(|| Comparison::new(Arc::new(crate::diff::marks::of_conflicts(journey))));
    }

    /// Settles the `index`th conflict by `pick`, as one undoable step.
    pub(super) fn settle_conflict(&mut self, index: usize, pick: Pick) {
        match settle::settle(self.document.journey(), index, pick) {
            Ok(edit) => {
                self.document.apply(edit);
                self.title_buffer = self.document.journey().title.clone();
            }
            Err(message) => self.status = Some(message.to_string()),
        }
    }

    /// Selects what the `index`th conflict is about and brings it into view.
    pub(super) fn show_conflict(&mut self, index: usize, now: f64) {
        if let Some(item) = self.document.journey().conflicts.get(index).map(|c| c.item) {
            self.select_and_show(item, now);
        }
    }
}

/// The conflicts section at the top of the inspector's panel; nothing when there are none.
pub(super) fn panel(ui: &mut Ui, journey: &Journey, out: &mut Actions) {
    if journey.conflicts.is_empty() {
        return;
    }
    shown::column(ui, |ui| {
        let count = crate::i18n::Arg::Count(journey.conflicts.len());
        shown::heading(ui, &tr_args("conflicts-heading", &[("count", count)]));
        shown::label(ui, &tr("conflicts-hint"));
        egui::ScrollArea::vertical()
            .id_salt("conflicts")
            .max_height(ui.available_height() * 0.45)
            .show(ui, |ui| {
                for (index, conflict) in journey.conflicts.iter().enumerate() {
                    ui.separator();
                    let words = crate::merge::describe::describe(conflict, journey).to_string();
                    if shown::selectable(ui, false, &words).clicked() {
                        out.push(Action::ShowConflict(index));
                    }
                    if let Some((ours, theirs)) = settle::values(journey, conflict) {
                        shown::label(ui, &tr_args("conflicts-ours", &[("value", ours.into())]));
                        shown::label(
                            ui,
                            &tr_args("conflicts-theirs", &[("value", theirs.into())]),
                        );
                    }
                    shown::row(ui, |ui| {
                        let keep = tr_args(
                            "conflicts-keep-ours",
                            &[("n", crate::i18n::Arg::Count(index + 1))],
                        );
                        if shown::button(ui, &keep).clicked() {
                            out.push(Action::SettleConflict(index, Pick::Ours));
                        }
                        let take = tr_args(
                            "conflicts-take-theirs",
                            &[("n", crate::i18n::Arg::Count(index + 1))],
                        );
                        if shown::button(ui, &take).clicked() {
                            out.push(Action::SettleConflict(index, Pick::Theirs));
                        }
                    });
                }
            });
        ui.separator();
    });
}
