//! Files: opening, importing, saving, exporting, and noticing when another program changed the
//! open file.

use super::{DiskChoice, DiskConflict, Document, JourneyApp};
use crate::export::{self, ExportOptions};
use crate::file;
use crate::interop;
use crate::scene::ThemeKind;
use std::path::{Path, PathBuf};

impl JourneyApp {
    pub(super) fn open_path(&mut self, path: &Path) {
        if interop::ImportFormat::of(path).is_some() {
            self.import_path(path);
            return;
        }
        match file::load(path) {
            Ok(journey) => {
                self.replace_document(Document::opened(journey, path.to_owned()));
                self.remember(path);
            }
            Err(error) => self.error(error.to_string()),
        }
    }

    /// Opens a Mermaid or CSV file as a new, unsaved map; the source file is never written.
    pub(super) fn import_path(&mut self, path: &Path) {
        match interop::import(path) {
            Ok(imported) => {
                let cards = imported.journey.cards.len();
                self.replace_document(Document::untitled(imported.journey));
                self.status = Some(format!(
                    "Imported {cards} cards from {}; save to keep them as a map",
                    path.display()
                ));
                if !imported.warnings.is_empty() {
                    self.notice = Some((
                        "Imported with warnings".to_owned(),
                        interop::Note::join(&imported.warnings, "\n"),
                    ));
                }
            }
            Err(error) => self.error(error.to_string()),
        }
    }

    pub(super) fn copy_as_mermaid(&mut self, ctx: &egui::Context) {
        let (text, notes) = interop::mermaid::export(self.document.journey());
        ctx.copy_text(text);
        self.status = Some(if notes.is_empty() {
            "Copied the map as a Mermaid journey".to_owned()
        } else {
            format!(
                "Copied the map as a Mermaid journey; {}",
                interop::Note::join(&notes, "; ")
            )
        });
    }

    pub(super) fn export_text(&mut self, markdown: bool) {
        let (extension, kind) = if markdown {
            ("md", "Markdown report")
        } else {
            ("mmd", "Mermaid journey")
        };
        let name = format!("{}.{extension}", file_stem(&self.document.journey().title));
        let Some(path) = save_dialog(&format!("Export a {kind}"), kind, extension, name) else {
            return;
        };
        let text = if markdown {
            interop::markdown::export(self.document.journey())
        } else {
            let (text, notes) = interop::mermaid::export(self.document.journey());
            if !notes.is_empty() {
                self.status = Some(interop::Note::join(&notes, "; "));
            }
            text
        };
        if let Err(error) = file::write_atomic(&path, text.as_bytes()) {
            self.error(format!("{}: cannot write: {error}", path.display()));
        }
    }

    pub(super) fn remember(&mut self, path: &Path) {
        if let Err(message) = self.recent.add(path) {
            eprintln!("journeymap: {message}");
        }
    }

    /// Reads the open file again, replacing the document (after the user chose to).
    pub(super) fn reload(&mut self) {
        let Some(path) = self.document.path().map(Path::to_owned) else {
            return;
        };
        match file::load(&path) {
            Ok(journey) => self.replace_document(Document::opened(journey, path)),
            Err(error) => self.error(format!("{error}\nThe open map is kept as it was.")),
        }
    }

    /// Answers the "changed on disk" question: overwrite, reload, or keep the open version.
    pub(super) fn resolve_disk_conflict(&mut self, choice: DiskChoice) {
        let Some(conflict) = self.disk_conflict.take() else {
            return;
        };
        match choice {
            DiskChoice::Overwrite => {
                if let Some(path) = self.document.path().map(Path::to_owned) {
                    self.save_to(&path);
                }
            }
            DiskChoice::Reload => self.reload(),
            DiskChoice::Keep if conflict == DiskConflict::Noticed => {
                self.document.accept_disk_version()
            }
            DiskChoice::Keep => {}
        }
    }

    /// When the user comes back to the window, checks whether another program changed the file.
    pub(super) fn check_disk_on_focus(&mut self, ctx: &egui::Context) {
        let focused = ctx.input(|i| {
            i.events
                .iter()
                .any(|e| matches!(e, egui::Event::WindowFocused(true)))
        });
        if focused && !self.modal_open() && self.document.changed_on_disk() {
            self.disk_conflict = Some(DiskConflict::Noticed);
        }
    }

    /// Saves to the current file or asks where; true when the document is saved.
    pub(super) fn save(&mut self) -> bool {
        match self.document.path().map(Path::to_owned) {
            Some(_) if self.document.changed_on_disk() => {
                self.disk_conflict = Some(DiskConflict::Saving);
                false
            }
            Some(path) => self.save_to(&path),
            None => self.save_as(),
        }
    }

    pub(super) fn save_as(&mut self) -> bool {
        let name = format!(
            "{}.{}",
            file_stem(&self.document.journey().title),
            file::EXTENSION
        );
        let Some(path) = save_dialog("Save the journey map", "Journey map", "ron", name) else {
            return false;
        };
        self.save_to(&with_map_extension(path))
    }

    pub(super) fn save_to(&mut self, path: &Path) -> bool {
        match self.document.save_to(path) {
            Ok(()) => {
                self.drop_recovery_copy();
                self.rekey_recovery();
                self.remember(path);
                true
            }
            Err(error) => {
                self.error(format!(
                    "{error}\nThe map is still open and unsaved; try Save As."
                ));
                false
            }
        }
    }

    pub(super) fn export_png(&mut self, scale: f32, theme: ThemeKind) {
        let name = format!("{}.png", file_stem(&self.document.journey().title));
        let Some(path) = save_dialog("Export the map as PNG", "PNG image", "png", name) else {
            return;
        };
        if let Err(error) = export::export_png(
            self.document.journey(),
            &path,
            &ExportOptions { scale, theme },
        ) {
            self.error(error.to_string());
        }
    }
}

/// Asks where to save a file; `None` when the user cancels.
pub(super) fn save_dialog(
    title: &str,
    kind: &str,
    extension: &str,
    name: String,
) -> Option<PathBuf> {
    rfd::FileDialog::new()
        .set_title(title)
        .add_filter(kind, &[extension])
        .set_file_name(name)
        .save_file()
}

/// A file name made from a map title: safe characters only.
pub(super) fn file_stem(title: &str) -> String {
    let stem: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if stem.is_empty() {
        "journey".to_owned()
    } else {
        stem.chars().take(60).collect()
    }
}

/// Adds `.journey.ron` when the chosen name lacks it.
pub(super) fn with_map_extension(path: PathBuf) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if name.ends_with(".journey.ron") {
        path
    } else if let Some(stem) = name.strip_suffix(".ron") {
        path.with_file_name(format!("{stem}.journey.ron"))
    } else {
        path.with_file_name(format!("{name}.journey.ron"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_from_titles() {
        assert_eq!(
            file_stem("Hotel stay: service blueprint"),
            "Hotel-stay-service-blueprint"
        );
        assert_eq!(file_stem("  "), "journey");
        assert_eq!(file_stem("سفر مشتری"), "سفر-مشتری");
        assert_eq!(
            with_map_extension(PathBuf::from("/t/a")),
            PathBuf::from("/t/a.journey.ron")
        );
        assert_eq!(
            with_map_extension(PathBuf::from("/t/a.ron")),
            PathBuf::from("/t/a.journey.ron")
        );
        assert_eq!(
            with_map_extension(PathBuf::from("/t/a.journey.ron")),
            PathBuf::from("/t/a.journey.ron")
        );
    }
}
