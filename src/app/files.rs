//! Files: opening, importing, saving, exporting, and noticing when another program changed the
//! open file.

use super::modal::{DiskConflict, Modal};
use super::{Document, JourneyApp};
use crate::export::{self, ExportOptions};
use crate::file;
use crate::i18n::tr;
use crate::interop;
use std::path::{Path, PathBuf};

/// The words of files and dialogs, in one place.
mod words {
    pub const OPEN_TITLE: &str = "files-open-title";
    pub const ALL_KINDS: &str = "files-all-kinds";
    pub const MAP: &str = "files-map";
    pub const MERMAID: &str = "files-mermaid";
    pub const CSV: &str = "files-csv";
    pub const MARKDOWN: &str = "files-markdown";
    pub const PNG: &str = "files-png";
    pub const SAVE_TITLE: &str = "files-save-title";
    pub const EXPORT_PNG_TITLE: &str = "files-export-png-title";
    pub const WARNINGS: &str = "files-warnings";
    pub const COPIED_MERMAID: &str = "files-copied-mermaid";
    pub const STILL_OPEN: &str = "files-still-open";
    pub const KEPT: &str = "files-kept";
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
        .set_title(tr(words::OPEN_TITLE))
        .add_filter(
            tr(words::ALL_KINDS),
            &["ron", "mmd", "mermaid", "md", "csv"],
        )
        .add_filter(tr(words::MAP), &["ron"])
        .add_filter(tr(words::MERMAID), &["mmd", "mermaid", "md"])
        .add_filter(tr(words::CSV), &["csv"])
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
        self.import_path_with(path, interop::table::TableOptions::default());
    }

    /// Opens a Mermaid or table file as a new, unsaved map, a table read as `options` say where
    /// it cannot tell; when it still cannot, asks how it is written.
    pub(super) fn import_path_with(&mut self, path: &Path, options: interop::table::TableOptions) {
        match interop::import_with(path, options) {
            Ok(mut imported) => {
                // An imported map is not saved yet: its pictures wait in the data folder.
                if let Some(assets) = &self.unsaved_assets {
                    imported.store_pictures(assets);
                }
                let cards = imported.journey.cards.len();
                self.replace_document(Document::untitled(imported.journey));
                self.status = Some(crate::i18n::tr_args(
                    "files-imported",
                    &[
                        ("cards", crate::i18n::Arg::Count(cards)),
                        ("file", path.display().to_string().into()),
                    ],
                ));
                if !imported.warnings.is_empty() {
                    self.modals.push(Modal::Notice(
                        tr(words::WARNINGS).to_owned(),
                        interop::Note::join(&imported.warnings, "\n"),
                    ));
                }
            }
            Err(interop::ImportError::Ambiguous {
                encodings,
                separators,
                ..
            }) => self.ask_how_to_read(path, &encodings, &separators),
            Err(error) => self.error(error.to_string()),
        }
    }

    /// Asks how a table file is written, showing what each reading gives.
    fn ask_how_to_read(
        &mut self,
        path: &Path,
        encodings: &[interop::table::TextEncoding],
        separators: &[interop::table::Separator],
    ) {
        let bytes = match crate::file::read_capped_bytes(path) {
            Ok(bytes) => bytes,
            Err(error) => return self.error(error.to_string()),
        };
        let rows = super::table_question::PREVIEW_ROWS;
        let readings = interop::table::readings(&bytes, encodings, separators, rows);
        self.modals
            .push(Modal::ReadTable(super::table_question::TableQuestion {
                path: path.to_owned(),
                readings,
                chosen: 0,
            }));
    }

    /// The selected cards, or all, as tab-separated cells with a header row: what a spreadsheet
    /// pastes as a table, and what pasting back onto a map reads.
    pub(super) fn copy_as_table(&mut self, ctx: &egui::Context) {
        let ids = self.selection.card_list();
        let only = (!ids.is_empty()).then_some(ids.as_slice());
        let journey = self.document.journey();
        let text = interop::table::export(journey, only, interop::table::Separator::Tab, "\n");
        ctx.copy_text(text);
        let count = if ids.is_empty() {
            journey.cards.len()
        } else {
            ids.len()
        };
        self.status = Some(crate::i18n::tr_args(
            "files-copied-table",
            &[("count", crate::i18n::Arg::Count(count))],
        ));
    }

    pub(super) fn copy_as_mermaid(&mut self, ctx: &egui::Context) {
        let (text, notes) = interop::mermaid::export(self.document.journey());
        ctx.copy_text(text);
        self.status = Some(if notes.is_empty() {
            tr(words::COPIED_MERMAID).to_owned()
        } else {
            format!(
                "{}; {}",
                tr(words::COPIED_MERMAID),
                interop::Note::join(&notes, "; ")
            )
        });
    }

    pub(super) fn export_text(&mut self, format: TextFormat) {
        let (extension, kind) = match format {
            TextFormat::Markdown => ("md", tr(words::MARKDOWN)),
            TextFormat::Mermaid => ("mmd", tr(words::MERMAID)),
        };
        let name = format!("{}.{extension}", file_stem(&self.document.journey().title));
        let title = crate::i18n::tr_args("files-export-title", &[("kind", kind.clone().into())]);
        let Some(path) = save_dialog(&title, &kind, extension, name) else {
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
            let file = path.display().to_string();
            let args = [("file", file.into()), ("error", error.to_string().into())];
            self.error(crate::i18n::tr_args("files-cannot-write", &args));
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
            Err(error) => self.error(format!("{error}\n{}", tr(words::KEPT))),
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
        let asked =
            self.ask_file(|| save_dialog(&tr(words::SAVE_TITLE), &tr(words::MAP), "ron", name));
        let Some(path) = asked else {
            return false;
        };
        self.save_to(&with_map_extension(path))
    }

    pub(super) fn save_to(&mut self, path: &Path) -> bool {
        // The pictures first: a saved map never names a picture its folder lacks.
        if let Err(error) = self.carry_pictures_to(path) {
            self.error(format!("{error}\n{}", tr(words::STILL_OPEN)));
            return false;
        }
        match self.document.save_to(path) {
            Ok(()) => {
                self.drop_recovery_copy();
                self.rekey_recovery();
                self.remember(path);
                true
            }
            Err(error) => {
                self.error(format!("{error}\n{}", tr(words::STILL_OPEN)));
                false
            }
        }
    }

    /// Copies the pictures the map uses into the assets folder beside `path`, from where they
    /// are now (beside the map's file, or in the data folder for a map not saved yet).
    fn carry_pictures_to(&self, path: &Path) -> Result<usize, file::pictures::PictureError> {
        let Some(from) = self.assets() else {
            return Ok(0);
        };
        let to = file::pictures::assets_dir(path);
        let names = self.document.journey().pictures().map(|p| p.name.as_str());
        file::pictures::copy_pictures(&from, &to, names)
    }

    pub(super) fn export_png(&mut self, options: &ExportOptions) {
        let name = format!("{}.png", file_stem(&self.document.journey().title));
        let Some(path) = save_dialog(&tr(words::EXPORT_PNG_TITLE), &tr(words::PNG), "png", name)
        else {
            return;
        };
        match export::export_png(self.document.journey(), &path, options) {
            Ok(problems) => {
                if let Some(first) = problems.first() {
                    self.status = Some(first.to_string());
                }
            }
            Err(error) => self.error(error.to_string()),
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
