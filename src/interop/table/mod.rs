//! Tables of cards in and out: CSV files the way spreadsheets write them in every locale (`,`,
//! `;` or tab; UTF-8, UTF-16 or a Windows code page; headers and values in the five map
//! languages), cells pasted from a spreadsheet, and cards copied or exported for one.

mod columns;
pub mod decode;
mod export;
mod paste;
mod rows;
pub mod separator;
pub mod values;

pub use columns::Column;
pub use decode::TextEncoding;
pub use export::export;
pub use paste::{PasteTarget, paste};
pub use rows::DEFAULT_PERSONA;
pub use separator::Separator;

use super::build::Builder;
use super::{ImportError, Imported, Note};
use crate::i18n::Message;
use decode::Guess;
use separator::SeparatorGuess;
use std::path::Path;

/// How to read a table file, where the file itself cannot tell.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TableOptions {
    /// The encoding, instead of the guess.
    pub encoding: Option<TextEncoding>,
    /// The separator, instead of the guess.
    pub separator: Option<Separator>,
}

/// The text of `bytes` and its separator: as `options` say, else as guessed; an
/// [`ImportError::Ambiguous`] when a guess is unsure, so the user chooses before anything is read.
fn settle(
    bytes: &[u8],
    path: &Path,
    options: TableOptions,
) -> Result<(String, Separator), ImportError> {
    let (encoding, unsure_encodings) = match options.encoding {
        Some(encoding) => (Some(encoding), Vec::new()),
        None => match decode::guess(bytes) {
            Guess::Sure(encoding) => (Some(encoding), Vec::new()),
            Guess::Unsure(pages) => (pages.first().copied(), pages),
        },
    };
    let encoding = encoding.unwrap_or(TextEncoding::Utf8);
    let text = encoding
        .decode(bytes)
        .ok_or_else(|| ImportError::Unsupported {
            path: path.to_owned(),
            message: Message::new("table-not-encoding").text("encoding", encoding.name()),
        })?;
    if text.trim().is_empty() {
        return Err(ImportError::Unsupported {
            path: path.to_owned(),
            message: Message::new("table-empty"),
        });
    }
    let (separator, unsure_separators) = match options.separator {
        Some(separator) => (separator, Vec::new()),
        None => match separator::guess(&text) {
            SeparatorGuess::Sure(separator) => (separator, Vec::new()),
            SeparatorGuess::Unsure(all) => (all[0], all),
            SeparatorGuess::None => {
                return Err(ImportError::Syntax {
                    path: path.to_owned(),
                    line: 1,
                    message: Message::new("table-no-separator"),
                });
            }
        },
    };
    if unsure_encodings.len() > 1 || unsure_separators.len() > 1 {
        return Err(ImportError::Ambiguous {
            path: path.to_owned(),
            encodings: unsure_encodings,
            separators: unsure_separators,
        });
    }
    Ok((text, separator))
}

/// Reads a table file (its bytes; `path` names it in messages and gives the map its title).
pub fn import(bytes: &[u8], path: &Path, options: TableOptions) -> Result<Imported, ImportError> {
    let (text, separator) = settle(bytes, path, options)?;
    let title = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut builder = Builder::new(&title);
    // Headers in a map language make a map in it (new lanes named in it, right to left for
    // Persian and Arabic).
    if let Some(language) = rows::header_language(&text, separator) {
        builder.journey.language = language;
        builder.journey.direction = language.direction();
    }
    let read = rows::read(&text, separator, &mut builder).map_err(|e| ImportError::Syntax {
        path: path.to_owned(),
        line: e.line,
        message: e.message,
    })?;
    let file = path.display().to_string();
    let mut warnings = Vec::new();
    if !read.unknown_columns.is_empty() {
        warnings.push(Note::listing(
            Message::new("csv-unknown-columns")
                .text("file", file.clone())
                .text("known", Column::known_names()),
            read.unknown_columns,
        ));
    }
    if !read.unknown_lanes.is_empty() {
        warnings.push(Note::listing(
            Message::new("csv-unknown-lanes").text("file", file.clone()),
            read.unknown_lanes,
        ));
    }
    if !read.unknown_next.is_empty() {
        warnings.push(Note::listing(
            Message::new("csv-unknown-next").text("file", file),
            read.unknown_next,
        ));
    }
    let folder = path.parent().unwrap_or(Path::new(".")).to_owned();
    let pictures = read
        .pictures
        .into_iter()
        .map(|(card, written, line)| crate::interop::PendingPicture {
            card,
            written,
            line,
        })
        .collect();
    Ok(Imported {
        journey: builder.journey,
        warnings,
        pictures: crate::interop::Pictures {
            folder,
            file: path.to_owned(),
            pending: pictures,
        },
    })
}

/// The first `rows` rows of `bytes` read with `encoding` and `separator`, to show the user what
/// each choice gives; `None` if the bytes are not in that encoding.
pub fn preview(
    bytes: &[u8],
    encoding: TextEncoding,
    separator: Separator,
    rows: usize,
) -> Option<Vec<Vec<String>>> {
    let text = encoding.decode(bytes)?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator.byte())
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    Some(
        reader
            .records()
            .take(rows)
            .filter_map(Result::ok)
            .map(|r| r.iter().map(str::to_owned).collect())
            .collect(),
    )
}

/// One way to read a table the file itself cannot tell, with the first rows it gives.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    /// The encoding and separator of this reading.
    pub options: TableOptions,
    /// The first rows, cell by cell, as this reading gives them.
    pub rows: Vec<Vec<String>>,
}

/// The readings of `bytes` to choose from: each of `encodings` (or the one guessed, when empty)
/// with each of `separators` (or the one guessed for that text, when empty), those that decode.
pub fn readings(
    bytes: &[u8],
    encodings: &[TextEncoding],
    separators: &[Separator],
    rows: usize,
) -> Vec<Reading> {
    let guessed = match decode::guess(bytes) {
        Guess::Sure(encoding) => vec![encoding],
        Guess::Unsure(pages) => pages,
    };
    let encodings = if encodings.is_empty() {
        &guessed[..1.min(guessed.len())]
    } else {
        encodings
    };
    let mut out = Vec::new();
    for &encoding in encodings {
        let Some(text) = encoding.decode(bytes) else {
            continue;
        };
        let guessed = match separator::guess(&text) {
            SeparatorGuess::Sure(separator) => vec![separator],
            SeparatorGuess::Unsure(all) => all,
            SeparatorGuess::None => vec![Separator::Comma],
        };
        let separators = if separators.is_empty() {
            &guessed[..1]
        } else {
            separators
        };
        for &separator in separators {
            if let Some(rows) = preview(bytes, encoding, separator, rows) {
                let options = TableOptions {
                    encoding: Some(encoding),
                    separator: Some(separator),
                };
                out.push(Reading { options, rows });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
