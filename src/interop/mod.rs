//! Other formats in and out: Mermaid `journey` diagrams, CSV card lists, Markdown reports.

mod build;
pub mod clipboard;
pub mod markdown;
pub mod mermaid;
pub mod table;

use crate::i18n::Message;
use crate::model::Journey;
use std::path::{Path, PathBuf};

/// Why a file could not be imported. Messages name the file and the line or row, and are worded
/// when shown (in the window's language; English on the command line).
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// Reading the file failed (missing, too large, not text…).
    #[error(transparent)]
    Read(#[from] crate::file::LoadError),
    /// A line or row that does not fit the format.
    #[error("{}:{line}: {message}", path.display())]
    Syntax {
        /// The file.
        path: std::path::PathBuf,
        /// Line (Mermaid) or line of the row (CSV), from 1.
        line: usize,
        /// What was wrong and what was expected.
        message: Message,
    },
    /// The file is not something this importer reads.
    #[error("{}: {message}", path.display())]
    Unsupported {
        /// The file.
        path: std::path::PathBuf,
        /// Why.
        message: Message,
    },
    /// A table whose encoding or separator cannot be told: the user chooses (`--encoding`,
    /// `--separator`, or the window's question), before anything is imported.
    #[error("{}: {}", path.display(), ambiguity(encodings, separators))]
    Ambiguous {
        /// The file.
        path: std::path::PathBuf,
        /// The encodings it could be in, the likeliest first; empty when that is settled.
        encodings: Vec<table::TextEncoding>,
        /// The separators it could have, the likeliest first; empty when that is settled.
        separators: Vec<table::Separator>,
    },
}

/// What cannot be told of a table, and how to choose.
fn ambiguity(encodings: &[table::TextEncoding], separators: &[table::Separator]) -> String {
    let mut parts = Vec::new();
    if encodings.len() > 1 {
        let names: Vec<&str> = encodings.iter().map(|e| e.name()).collect();
        let message = Message::new("table-unsure-encoding").text("choices", names.join(", "));
        parts.push(message.to_string());
    }
    if separators.len() > 1 {
        let names: Vec<&str> = separators.iter().map(|s| s.name()).collect();
        let message = Message::new("table-unsure-separator").text("choices", names.join(" "));
        parts.push(message.to_string());
    }
    parts.join(&crate::i18n::tr("list-separator"))
}

/// A document made by an importer, with warnings about what it skipped.
#[derive(Debug)]
pub struct Imported {
    /// The new document.
    pub journey: Journey,
    /// Things worth telling the user (unknown columns, …).
    pub warnings: Vec<Note>,
    /// Pictures the imported file names for its cards, not yet stored: see
    /// [`Imported::store_pictures`].
    pub pictures: Pictures,
}

/// The pictures an imported table names, relative to its folder.
#[derive(Debug, Default)]
pub struct Pictures {
    /// The folder paths are relative to (and must stay inside).
    pub folder: PathBuf,
    /// The imported file, for messages.
    pub file: PathBuf,
    /// One per card with a picture.
    pub pending: Vec<PendingPicture>,
}

/// A picture named by a row of an imported table.
#[derive(Debug)]
pub struct PendingPicture {
    /// The card it goes on.
    pub card: crate::model::CardId,
    /// The path as the table writes it.
    pub written: String,
    /// The row's line.
    pub line: usize,
}

impl Imported {
    /// Copies the pictures the imported file names into `assets` and puts them on their
    /// cards. A path must stay inside the file's folder (no absolute paths, `..`, or links
    /// leading out: an imported file is not trusted); one that does not, or is not a picture,
    /// leaves its card without one and is told in a warning with its line.
    pub fn store_pictures(&mut self, assets: &Path) {
        let pending = std::mem::take(&mut self.pictures.pending);
        let mut problems = Vec::new();
        for picture in pending {
            let stored = crate::file::pictures::inside(&self.pictures.folder, &picture.written)
                .and_then(|source| crate::file::pictures::store_file(assets, &source));
            match stored {
                Ok(stored) => {
                    if let Some(card) = self.journey.card_mut(picture.card) {
                        card.image = Some(Box::new(crate::model::Picture {
                            name: stored.name,
                            size: stored.size,
                        }));
                    }
                }
                Err(error) => problems.push(
                    Message::new("csv-picture")
                        .count("line", picture.line)
                        .part("problem", error.message())
                        .to_string(),
                ),
            }
        }
        if !problems.is_empty() {
            let file = self.pictures.file.display().to_string();
            self.warnings.push(Note::listing(
                Message::new("csv-pictures").text("file", file),
                problems,
            ));
        }
    }
}

/// How many items a [`Note`] names before it says "and N more".
pub const NOTE_ITEMS_SHOWN: usize = 5;

/// Something an importer or exporter tells the user: a sentence and, when it is about several
/// things, the list of them. Shown with at most [`NOTE_ITEMS_SHOWN`] items, so a note about a
/// 20,000-card map stays one readable line; [`Note::show`] with `all` lists every one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// What the note says, worded when shown.
    pub text: Message,
    /// The things it is about, if it lists any: names from the map, as they are.
    pub items: Vec<String>,
}

impl Note {
    /// A note that lists nothing.
    pub fn new(text: Message) -> Self {
        Note {
            text,
            items: Vec::new(),
        }
    }

    /// A note about `items`.
    pub fn listing(text: Message, items: Vec<String>) -> Self {
        Note { text, items }
    }

    /// The note as one line: every item if `all`, else the first few and how many more.
    pub fn show(&self, all: bool) -> String {
        if self.items.is_empty() {
            return self.text.to_string();
        }
        let shown = if all {
            self.items.len()
        } else {
            self.items.len().min(NOTE_ITEMS_SHOWN)
        };
        let separator = crate::i18n::tr("list-separator");
        let mut items = self.items[..shown].join(&separator);
        if shown < self.items.len() {
            items = Message::new("note-and-more")
                .text("items", items)
                .count("count", self.items.len() - shown)
                .to_string();
        }
        Message::new("note-listing")
            .part("text", self.text.clone())
            .text("items", items)
            .to_string()
    }

    /// Several notes, each shown with its first few items, joined by `separator`.
    pub fn join(notes: &[Note], separator: &str) -> String {
        let shown: Vec<String> = notes.iter().map(ToString::to_string).collect();
        shown.join(separator)
    }
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.show(false))
    }
}

/// The formats a file can be imported from, chosen by its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportFormat {
    /// A Mermaid journey (`.mmd`, `.mermaid`) or a Markdown file with one (`.md`).
    Mermaid,
    /// A table of cards: CSV (`.csv`), tab-separated (`.tsv`, `.tab`) or Excel's "Unicode text"
    /// (`.txt`).
    Csv,
}

impl ImportFormat {
    /// The import format for a file name, if it is one.
    pub fn of(path: &Path) -> Option<Self> {
        let name = path.file_name()?.to_string_lossy().to_lowercase();
        let extension = name.rsplit('.').next().unwrap_or_default();
        match extension {
            "mmd" | "mermaid" | "md" | "markdown" => Some(ImportFormat::Mermaid),
            "csv" | "tsv" | "tab" | "txt" => Some(ImportFormat::Csv),
            _ => None,
        }
    }
}

/// Reads `path` with the importer its name calls for.
pub fn import(path: &Path) -> Result<Imported, ImportError> {
    import_with(path, table::TableOptions::default())
}

/// Reads `path` with the importer its name calls for; a table as `options` say where it cannot
/// tell itself.
pub fn import_with(path: &Path, options: table::TableOptions) -> Result<Imported, ImportError> {
    let format = ImportFormat::of(path).ok_or_else(|| ImportError::Unsupported {
        path: path.to_owned(),
        message: Message::new("import-unsupported"),
    })?;
    match format {
        ImportFormat::Mermaid => mermaid::import(&crate::file::read_capped(path)?, path),
        ImportFormat::Csv => table::import(&crate::file::read_capped_bytes(path)?, path, options),
    }
}
