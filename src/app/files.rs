//! Files: opening, importing, saving, exporting, and noticing when another program changed the
//! open file.

use super::modal::{DiskConflict, Modal};
use super::{Document, JourneyApp};
use crate::export::{self, ExportOptions};
use crate::file;
use crate::interop;
use std::path::{Path, PathBuf};

/// The words of files and dialogs, in one place.
mod words {
    pub const OPEN_TITLE: &str = "Open a journey map";
    pub const ALL_KINDS: &str = "Journey maps and imports";
    pub const MAP: &str = "Journey map";
    pub const MERMAID: &str = "Mermaid journey";
    pub const CSV: &str = "CSV cards";
    pub const MARKDOWN: &str = "Markdown report";
    pub const PNG: &str = "PNG image";
    pub const SAVE_TITLE: &str = "Save the journey map";
    pub const EXPORT_PNG_TITLE: &str = "Export the map as PNG";
    pub const WARNINGS: &str = "Imported with warnings";
    pub const COPIED_MERMAID: &str = "Copied the map as a Mermaid journey";
    pub const STILL_OPEN: &str = "The map is still open and unsaved; try Save As.";
    pub const KEPT: &str = "The open map is kept as it was.";
}

/// The text formats a map is exported to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextFormat {
    /// A Mermaid journey (`.mmd`).
    Mermaid,
    /// A Markdown report (`.md`).
    Markdown,
}

/// Asks which file to open; `None` when the user cancels.
pub(super) fn open_dialog() -> Option<PathBuf> {
    rfd::FileDialog::new()
        .set_title(words::OPEN_TITLE)
        .add_filter(words::ALL_KINDS, &["ron", "mmd", "mermaid", "md", "csv"])
        .add_filter(words::MAP, &["ron"])
        .add_filter(words::MERMAID, &["mmd", "mermaid", "md"])
        .add_filter(words::CSV, &["csv"])
        .pick_file()
}

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
                    self.modals.push(Modal::Notice(
                        words::WARNINGS.to_owned(),
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
            words::COPIED_MERMAID.to_owned()
        } else {
            format!(
                "{}; {}",
                words::COPIED_MERMAID,
                interop::Note::join(&notes, "; ")
            )
        });
    }

    pub(super) fn export_text(&mut self, format: TextFormat) {
        let (extension, kind) = match format {
            TextFormat::Markdown => ("md", words::MARKDOWN),
            TextFormat::Mermaid => ("mmd", words::MERMAID),
        };
        let name = format!("{}.{extension}", file_stem(&self.document.journey().title));
        let Some(path) = save_dialog(&format!("Export a {kind}"), kind, extension, name) else {
            return;
        };
        let text = match format {
            TextFormat::Markdown => interop::markdown::export(self.document.journey()),
            TextFormat::Mermaid => {
                let (text, notes) = interop::mermaid::export(self.document.journey());
                if !notes.is_empty() {
                    self.status = Some(interop::Note::join(&notes, "; "));
                }
                text
            }
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
            Err(error) => self.error(format!("{error}\n{}", words::KEPT)),
        }
    }

    /// Saves to the current file or asks where; true when the document is saved.
    pub(super) fn save(&mut self) -> bool {
        match self.document.path().map(Path::to_owned) {
            Some(_) if self.document.changed_on_disk() => {
                self.modals.push(Modal::DiskChanged(DiskConflict::Saving));
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
        let Some(path) = save_dialog(words::SAVE_TITLE, words::MAP, "ron", name) else {
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
                self.error(format!("{error}\n{}", words::STILL_OPEN));
                false
            }
        }
    }

    pub(super) fn export_png(&mut self, options: &ExportOptions) {
        let name = format!("{}.png", file_stem(&self.document.journey().title));
        let Some(path) = save_dialog(words::EXPORT_PNG_TITLE, words::PNG, "png", name) else {
            return;
        };
        if let Err(error) = export::export_png(self.document.journey(), &path, options) {
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
