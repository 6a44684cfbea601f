//! The answers to dialogs, and what was waiting for them.

use crate::app::modal::{AfterSave, Answer, DiskChoice, DiskConflict, Modal, recovery_name};
use crate::app::{Document, JourneyApp};
use crate::file::recovery::{Recovery, RecoveryStore};
use crate::i18n::tr_args;
use std::path::Path;

impl JourneyApp {
    /// Carries out the answer to the dialog on screen, which then closes.
    pub(super) fn answer(&mut self, ctx: &egui::Context, answer: Answer) {
        let Some(modal) = self.modals.close() else {
            return;
        };
        match (modal, answer) {
            (Modal::SaveChanges(after), Answer::SaveChanges(Some(save_first))) => {
                if save_first && !self.save() {
                    return;
                }
                self.after_save(ctx, after);
            }
            (Modal::DiskChanged(conflict), Answer::Disk(choice)) => {
                self.resolve_disk_conflict(conflict, choice);
            }
            (Modal::ExportPng(_), Answer::Export(Some(options))) => self.export_png(&options),
            (Modal::Restore(recovery), Answer::Restore(restore)) => {
                self.restore(ctx, &recovery, restore);
            }
            (Modal::ReadTable(question), Answer::ReadTable(Some(options))) => {
                self.import_path_with(&question.path, options);
            }
            (Modal::Pictures(dialog), Answer::RemovePictures(names)) => {
                self.remove_stored_pictures(&dialog.folder, &names);
            }
            // Cancel, OK, and answers to a dialog no longer shown.
            _ => {}
        }
    }

    fn after_save(&mut self, ctx: &egui::Context, after: AfterSave) {
        match after {
            // The user has chosen: saved, or discard the changes.
            AfterSave::Run(action) => self.replace_now(ctx, *action),
            AfterSave::Close => {
                self.window.close_confirmed = true;
                self.drop_recovery_copy();
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Answers the "changed on disk" question: overwrite, reload, or keep the open version.
    fn resolve_disk_conflict(&mut self, conflict: DiskConflict, choice: DiskChoice) {
        match choice {
            DiskChoice::Overwrite => {
                if let Some(path) = self.document.path().map(Path::to_owned) {
                    self.save_to(&path);
                }
            }
            DiskChoice::Reload => self.reload(),
            DiskChoice::Keep if conflict == DiskConflict::Noticed => {
                self.document.accept_disk_version();
            }
            DiskChoice::Keep => {}
        }
    }

    /// Restores a recovery copy found at start, or deletes it.
    fn restore(&mut self, ctx: &egui::Context, recovery: &Recovery, restore: bool) {
        let Some(store) = self.autosave.store().cloned() else {
            return;
        };
        if !restore {
            store.discard(recovery);
            return;
        }
        let name = recovery_name(recovery);
        match RecoveryStore::load(recovery) {
            Ok(journey) => {
                self.replace_document(Document::recovered(journey, recovery.origin.clone()));
                // The restored map is autosaved under its own key from now on.
                store.discard(recovery);
                self.autosave(ctx.input(|i| i.time), true);
                self.status = Some(tr_args("dialog-restored", &[("name", name.into())]));
            }
            Err(error) => {
                let args = [
                    ("error", error.to_string().into()),
                    ("file", recovery.path.display().to_string().into()),
                ];
                self.error(tr_args("dialog-damaged-copy", &args));
            }
        }
    }
}
