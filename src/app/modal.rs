//! Dialogs: one [`Modal`] at a time, drawn by [`show`]. A dialog that comes up while another is
//! showing waits in the queue and is shown next, never dropped. The user's answer is recorded as
//! an [`Action::Answer`] and carried out with the rest of the frame's actions.

use super::actions::{Action, Actions};
use crate::app::shown;
use crate::export::ExportOptions;
use crate::file::recovery::Recovery;
use crate::i18n::tr;
use crate::scene::ThemeKind;
use egui::Ui;
use std::collections::VecDeque;
use std::time::SystemTime;

/// What waits for the answer to "save changes?".
#[derive(Clone, Debug, PartialEq)]
pub enum AfterSave {
    /// An action that replaces the open map (new, open).
    Run(Box<Action>),
    /// Closing the window.
    Close,
}

/// When the change on disk was noticed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DiskConflict {
    /// The user asked to save: overwrite the other version, reload it, or cancel.
    Saving,
    /// On returning to the window: reload it, or keep the open version.
    Noticed,
}

/// The answers to "the file changed on disk".
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DiskChoice {
    /// Write this version over the other one.
    Overwrite,
    /// Read the other version, dropping this one.
    Reload,
    /// Keep this version open (and, when saving, do not save).
    Keep,
}

/// A dialog.
#[derive(Clone, Debug)]
pub enum Modal {
    /// The map has unsaved changes and something would replace or close it.
    SaveChanges(AfterSave),
    /// Another program changed the open file.
    DiskChanged(DiskConflict),
    /// A message: heading and text.
    Notice(String, String),
    /// The PNG export's options.
    ExportPng(ExportOptions),
    /// A recovery copy found at start.
    Restore(Recovery),
    /// A table whose encoding or separator cannot be told.
    ReadTable(super::table_question::TableQuestion),
    /// File › Pictures…: the folder's pictures.
    Pictures(super::pictures_dialog::PicturesDialog),
}

/// The user's answer to the dialog on screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// Save first (`Some(true)`), don't save (`Some(false)`) or cancel (`None`).
    SaveChanges(Option<bool>),
    /// What to do about the file changed on disk.
    Disk(DiskChoice),
    /// The notice was read.
    Dismiss,
    /// Export with these options, or cancel (`None`).
    Export(Option<ExportOptions>),
    /// Restore the recovery copy (`true`) or delete it.
    Restore(bool),
    /// Read the table this way, or cancel (`None`).
    ReadTable(Option<crate::interop::table::TableOptions>),
    /// Remove these stored pictures (no map uses them; the user confirmed).
    RemovePictures(Vec<String>),
}

/// The dialogs: the first is on screen, the others wait their turn.
#[derive(Debug, Default)]
pub struct Modals {
    queue: VecDeque<Modal>,
}

impl Modals {
    /// Shows `modal` after the ones already waiting. A question already asked is not asked twice.
    pub fn push(&mut self, modal: Modal) {
        let asked = |m: &Modal| match (m, &modal) {
            (Modal::DiskChanged(_), Modal::DiskChanged(_))
            | (Modal::SaveChanges(_), Modal::SaveChanges(_))
            | (Modal::ExportPng(_), Modal::ExportPng(_))
            | (Modal::Pictures(_), Modal::Pictures(_)) => true,
            (Modal::Notice(a, b), Modal::Notice(c, d)) => a == c && b == d,
            _ => false,
        };
        if !self.queue.iter().any(asked) {
            self.queue.push_back(modal);
        }
    }

    /// Whether a dialog is on screen (keys then go to it, not to the map).
    pub fn is_open(&self) -> bool {
        !self.queue.is_empty()
    }

    /// The dialog on screen, taken away so the next one shows.
    pub fn close(&mut self) -> Option<Modal> {
        self.queue.pop_front()
    }

    /// The text of the first notice waiting or shown.
    pub fn notice(&self) -> Option<&str> {
        self.queue.iter().find_map(|m| match m {
            Modal::Notice(_, text) => Some(text.as_str()),
            _ => None,
        })
    }
}

/// The words of the dialogs, in one place.
mod words {
    pub const SAVE_CHANGES: &str = "dialog-save-changes";
    pub const SAVE: &str = "dialog-save";
    pub const DONT_SAVE: &str = "dialog-dont-save";
    pub const CANCEL: &str = "dialog-cancel";
    pub const DISK_HEADING: &str = "dialog-disk-heading";
    pub const OVERWRITE: &str = "dialog-overwrite";
    pub const RELOAD: &str = "dialog-reload";
    pub const RELOAD_LOSING: &str = "dialog-reload-losing";
    pub const KEEP: &str = "dialog-keep";
    pub const OK: &str = "dialog-ok";
    pub const EXPORT_HEADING: &str = "dialog-export-heading";
    pub const SCALE: &str = "dialog-scale";
    pub const THEME: &str = "dialog-theme";
    pub const LIGHT: &str = "dialog-light";
    pub const DARK: &str = "dialog-dark";
    pub const EXPORT: &str = "dialog-export";
    pub const RESTORE_HEADING: &str = "dialog-restore-heading";
    pub const RESTORE: &str = "dialog-restore";
    pub const DISCARD: &str = "dialog-discard";
    pub const DISCARD_TIP: &str = "dialog-discard-tip";
    pub const UNTITLED: &str = "dialog-untitled";

    use crate::i18n::tr_args;

    pub fn unsaved(name: &str, closing: bool) -> String {
        let id = if closing {
            "dialog-unsaved-closing"
        } else {
            "dialog-unsaved-opening"
        };
        tr_args(id, &[("name", name.into())])
    }

    pub fn changed_on_disk(name: &str) -> String {
        tr_args("dialog-changed-on-disk", &[("name", name.into())])
    }

    pub fn restore(name: &str, ago: &str) -> String {
        tr_args(
            "dialog-restore-text",
            &[("name", name.into()), ("ago", ago.into())],
        )
    }

    /// How long ago, in words: `id` names the unit.
    pub fn ago(id: &str, n: usize) -> String {
        tr_args(id, &[("n", crate::i18n::Arg::Count(n))])
    }
}

/// What a dialog needs to know about the open map.
pub struct Context<'a> {
    /// The map's name for messages.
    pub name: &'a str,
    /// Whether it has unsaved changes.
    pub dirty: bool,
}

/// Draws the dialog on screen, if any, and records the user's answer.
pub fn show(ctx: &egui::Context, modals: &mut Modals, map: &Context<'_>, out: &mut Actions) {
    let Some(modal) = modals.queue.front_mut() else {
        return;
    };
    let escape = ctx.input(|i| i.key_pressed(egui::Key::Escape));
    let mut answer = None;
    egui::Modal::new(egui::Id::unique("journeymap dialog")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        answer = match modal {
            Modal::SaveChanges(after) => save_changes(ui, after, map, escape),
            Modal::DiskChanged(conflict) => disk_changed(ui, *conflict, map, escape),
            Modal::Notice(heading, text) => notice(ui, heading, text),
            Modal::ExportPng(options) => export_png(ui, options, escape),
            Modal::Restore(recovery) => restore(ui, recovery),
            Modal::ReadTable(question) => super::table_question::show(ui, question, escape),
            Modal::Pictures(dialog) => super::pictures_dialog::show(ui, dialog, escape),
        };
    });
    if let Some(answer) = answer {
        out.push(Action::Answer(answer));
    }
}

fn save_changes(ui: &mut Ui, after: &AfterSave, map: &Context<'_>, escape: bool) -> Option<Answer> {
    shown::heading(ui, &tr(words::SAVE_CHANGES));
    let closing = matches!(after, AfterSave::Close);
    super::shown::label(ui, &words::unsaved(map.name, closing));
    ui.add_space(8.0);
    let mut answer = None;
    super::shown::row(ui, |ui| {
        if shown::button(ui, &tr(words::SAVE)).clicked() {
            answer = Some(Answer::SaveChanges(Some(true)));
        }
        if shown::button(ui, &tr(words::DONT_SAVE)).clicked() {
            answer = Some(Answer::SaveChanges(Some(false)));
        }
        if shown::button(ui, &tr(words::CANCEL)).clicked() || escape {
            answer = Some(Answer::SaveChanges(None));
        }
    });
    answer
}

fn disk_changed(
    ui: &mut Ui,
    conflict: DiskConflict,
    map: &Context<'_>,
    escape: bool,
) -> Option<Answer> {
    shown::heading(ui, &tr(words::DISK_HEADING));
    super::shown::label(ui, &words::changed_on_disk(map.name));
    ui.add_space(8.0);
    let mut choice = None;
    super::shown::row(ui, |ui| {
        if conflict == DiskConflict::Saving && shown::button(ui, &tr(words::OVERWRITE)).clicked() {
            choice = Some(DiskChoice::Overwrite);
        }
        let reload = if map.dirty {
            tr(words::RELOAD_LOSING)
        } else {
            tr(words::RELOAD)
        };
        if super::shown::button(ui, &reload).clicked() {
            choice = Some(DiskChoice::Reload);
        }
        let keep = match conflict {
            DiskConflict::Saving => tr(words::CANCEL),
            DiskConflict::Noticed => tr(words::KEEP),
        };
        if super::shown::button(ui, &keep).clicked() || escape {
            choice = Some(DiskChoice::Keep);
        }
    });
    choice.map(Answer::Disk)
}

fn notice(ui: &mut Ui, heading: &str, text: &str) -> Option<Answer> {
    ui.heading(super::shown::shown(heading));
    super::shown::label(ui, text);
    ui.add_space(8.0);
    let keys = ui.input(|i| i.key_pressed(egui::Key::Escape) || i.key_pressed(egui::Key::Enter));
    (shown::button(ui, &tr(words::OK)).clicked() || keys).then_some(Answer::Dismiss)
}

fn export_png(ui: &mut Ui, options: &mut ExportOptions, escape: bool) -> Option<Answer> {
    shown::heading(ui, &tr(words::EXPORT_HEADING));
    super::shown::row(ui, |ui| {
        shown::label(ui, &tr(words::SCALE));
        for scale in [1.0, 2.0, 4.0] {
            // Whole scales, written in the reader's digits.
            let shown = crate::i18n::digits(crate::i18n::language(), scale as usize);
            ui.radio_value(&mut options.scale, scale, format!("{shown}×"));
        }
    });
    super::shown::row(ui, |ui| {
        shown::label(ui, &tr(words::THEME));
        for (theme, label) in [
            (ThemeKind::Light, words::LIGHT),
            (ThemeKind::Dark, words::DARK),
        ] {
            if super::shown::radio(ui, options.theme == theme, &tr(label)).clicked() {
                options.theme = theme;
            }
        }
    });
    ui.add_space(8.0);
    let mut answer = None;
    super::shown::row(ui, |ui| {
        if shown::button(ui, &tr(words::EXPORT)).clicked() {
            answer = Some(Answer::Export(Some(options.clone())));
        }
        if shown::button(ui, &tr(words::CANCEL)).clicked() || escape {
            answer = Some(Answer::Export(None));
        }
    });
    answer
}

fn restore(ui: &mut Ui, recovery: &Recovery) -> Option<Answer> {
    let name = recovery_name(recovery);
    shown::heading(ui, &tr(words::RESTORE_HEADING));
    super::shown::label(ui, &words::restore(&name, &ago(recovery.written)));
    ui.add_space(8.0);
    let mut answer = None;
    super::shown::row(ui, |ui| {
        if shown::button(ui, &tr(words::RESTORE)).clicked() {
            answer = Some(Answer::Restore(true));
        }
        if super::shown::button(ui, &tr(words::DISCARD))
            .on_hover_text(shown::shown(&tr(words::DISCARD_TIP)))
            .clicked()
        {
            answer = Some(Answer::Restore(false));
        }
    });
    answer
}

/// The name of the map a recovery copy belongs to, for messages.
pub fn recovery_name(recovery: &Recovery) -> String {
    recovery
        .origin
        .as_ref()
        .and_then(|p| p.file_name())
        .map_or_else(
            || tr(words::UNTITLED).to_owned(),
            |n| n.to_string_lossy().into_owned(),
        )
}

/// A short "how long ago" for a file time.
fn ago(time: Option<SystemTime>) -> String {
    let Some(seconds) = time.and_then(|t| t.elapsed().ok()).map(|d| d.as_secs()) else {
        return tr("dialog-ago-unknown");
    };
    let seconds = usize::try_from(seconds).unwrap_or(usize::MAX);
    match seconds {
        0..=59 => tr("dialog-ago-seconds"),
        60..=3599 => words::ago("dialog-ago-minutes", seconds / 60),
        3600..=86_399 => words::ago("dialog-ago-hours", seconds / 3600),
        _ => words::ago("dialog-ago-days", seconds / 86_400),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dialog_that_comes_up_while_another_shows_waits_its_turn() {
        let mut modals = Modals::default();
        modals.push(Modal::DiskChanged(DiskConflict::Noticed));
        modals.push(Modal::Notice("A".into(), "first".into()));
        modals.push(Modal::DiskChanged(DiskConflict::Saving));
        modals.push(Modal::Notice("B".into(), "second".into()));
        assert_eq!(modals.notice(), Some("first"));
        assert!(matches!(modals.close(), Some(Modal::DiskChanged(_))));
        assert!(matches!(modals.close(), Some(Modal::Notice(_, t)) if t == "first"));
        assert!(matches!(modals.close(), Some(Modal::Notice(_, t)) if t == "second"));
        assert!(!modals.is_open(), "the same question is not asked twice");
    }
}
