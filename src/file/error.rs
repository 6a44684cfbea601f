//! What can go wrong reading or writing a map file, with the file, line and column. Messages are
//! worded when shown (see [`Message`]): in the window's language, or English on the command line.

use crate::i18n::Message;
use crate::model::Problem;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

/// Why a file could not be opened as a journey map. Every message starts with the file name.
#[derive(Debug)]
pub enum LoadError {
    /// The file could not be read at all.
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// The file is over the size cap.
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
    },
    /// The file is not UTF-8 text.
    NotText {
        /// The file.
        path: PathBuf,
        /// Line of the first invalid byte.
        line: usize,
        /// Column of the first invalid byte.
        col: usize,
    },
    /// RON syntax or a field of the wrong type or value.
    Syntax {
        /// The file.
        path: PathBuf,
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        col: usize,
        /// What was wrong and what was expected.
        message: Message,
    },
    /// Written by a newer journeymap.
    NewerVersion {
        /// The file.
        path: PathBuf,
        /// The version in the file.
        found: u32,
    },
    /// A version number no journeymap ever wrote.
    UnknownVersion {
        /// The file.
        path: PathBuf,
        /// The version in the file.
        found: u32,
    },
    /// Well-formed, but over one of the limits (cards, parts, text length).
    TooBig {
        /// The file.
        path: PathBuf,
        /// Which limit, and by how much.
        message: Message,
    },
    /// Well-formed, but it refers to things that are not there.
    Inconsistent {
        /// The file.
        path: PathBuf,
        /// Every problem found.
        problems: Vec<Problem>,
        /// Where each problem's item is in the file (line, column), where it could be found.
        positions: Vec<Option<(usize, usize)>>,
    },
}

impl LoadError {
    pub(super) fn syntax(path: &Path, error: ron::error::SpannedError) -> Self {
        LoadError::Syntax {
            path: path.to_owned(),
            line: error.span.start.line,
            col: error.span.start.col,
            message: describe(&error.code),
        }
    }

    /// One line per problem, each `FILE[:LINE:COL]: message`, for `journeymap check`.
    pub fn lines(&self) -> Vec<String> {
        match self {
            LoadError::Inconsistent {
                path,
                problems,
                positions,
            } => problems
                .iter()
                .zip(positions.iter().chain(std::iter::repeat(&None)))
                .map(|(p, at)| match at {
                    Some((line, col)) => format!("{}:{line}:{col}: {p}", path.display()),
                    None => format!("{}: {p}", path.display()),
                })
                .collect(),
            other => vec![other.to_string()],
        }
    }

    /// Where the error is (`FILE` or `FILE:LINE:COL`) and what it is.
    fn parts(&self) -> (String, Message) {
        let at = |path: &Path| path.display().to_string();
        let newest = super::FORMAT_VERSION as usize;
        match self {
            LoadError::Io { path, source } => (
                at(path),
                Message::new("load-cannot-read").part("reason", system_reason(source)),
            ),
            LoadError::TooLarge { path, size } => (
                at(path),
                Message::new("load-too-large")
                    .count("size", usize::try_from(*size).unwrap_or(usize::MAX))
                    .count("limit", (super::MAX_FILE_BYTES / (1024 * 1024)) as usize),
            ),
            LoadError::NotText { path, line, col } => (
                format!("{}:{line}:{col}", path.display()),
                Message::new("load-not-text"),
            ),
            LoadError::Syntax {
                path,
                line,
                col,
                message,
            } => (format!("{}:{line}:{col}", path.display()), message.clone()),
            LoadError::NewerVersion { path, found } => (
                at(path),
                Message::new("load-newer-version")
                    .count("found", *found as usize)
                    .count("newest", newest),
            ),
            LoadError::UnknownVersion { path, found } => (
                at(path),
                Message::new("load-unknown-version")
                    .count("found", *found as usize)
                    .count("newest", newest),
            ),
            LoadError::TooBig { path, message } => (at(path), message.clone()),
            LoadError::Inconsistent {
                path,
                problems,
                positions,
            } => {
                let all: Vec<String> = problems.iter().map(ToString::to_string).collect();
                // The first problem's place, where the reader starts.
                let place = match positions.first() {
                    Some(Some((line, col))) => format!("{}:{line}:{col}", path.display()),
                    _ => at(path),
                };
                (
                    place,
                    Message::new("load-problems").text("problems", all.join("; ")),
                )
            }
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (at, message) = self.parts();
        write!(f, "{at}: {message}")
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LoadError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// What the system said, in the reader's words where journeymap knows them (a missing file, a
/// refused permission), with the system's own words kept; a reason journeymap gave itself (a
/// link to nowhere, a folder) as it is.
pub fn system_reason(error: &io::Error) -> Message {
    if let Some(custom) = error.get_ref() {
        return match custom.downcast_ref::<Message>() {
            Some(message) => message.clone(),
            None => Message::new("io-other").text("system", custom.to_string()),
        };
    }
    let id = match error.kind() {
        io::ErrorKind::NotFound => "io-not-found",
        io::ErrorKind::PermissionDenied => "io-permission-denied",
        io::ErrorKind::StorageFull => "io-storage-full",
        io::ErrorKind::ReadOnlyFilesystem => "io-read-only",
        _ => "io-other",
    };
    Message::new(id).text("system", error.to_string())
}

/// An I/O error whose reason is a message of journeymap's, worded when shown.
pub fn explained(kind: io::ErrorKind, message: Message) -> io::Error {
    io::Error::new(kind, message)
}

/// RON's own messages, worded for users where they are terse or name our types; the rare
/// rest in RON's own (English) words.
fn describe(code: &ron::Error) -> Message {
    // The thing being read, when RON names it: "none" (for the messages' selectors) when it is
    // the whole file, whose wrapper's name means nothing to users.
    let what = |outer: &Option<String>| match outer.as_deref() {
        Some("MapFile" | "VersionProbe") | None => "none".to_owned(),
        Some(name) => name.to_owned(),
    };
    match code {
        ron::Error::Eof => Message::new("ron-eof"),
        ron::Error::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => Message::new("ron-unknown-value")
            .text("kind", what(outer))
            .text("found", format!("{found:?}"))
            .text("expected", expected.join(", ")),
        ron::Error::NoSuchStructField {
            expected,
            found,
            outer,
        } => Message::new("ron-unknown-field")
            .text("kind", what(outer))
            .text("found", format!("{found:?}"))
            .text("expected", expected.join(", ")),
        ron::Error::MissingStructField { field, outer } => Message::new("ron-missing-field")
            .text("kind", what(outer))
            .text("field", *field),
        ron::Error::DuplicateStructField { field, outer } => Message::new("ron-duplicate-field")
            .text("kind", what(outer))
            .text("field", *field),
        ron::Error::IntegerOutOfBounds => Message::new("ron-number-out-of-range"),
        ron::Error::ExceededRecursionLimit => Message::new("ron-too-deep"),
        ron::Error::TrailingCharacters => Message::new("ron-trailing"),
        ron::Error::ExpectedComma => Message::new("ron-expected-comma"),
        ron::Error::ExpectedStringEnd => Message::new("ron-unclosed-string"),
        ron::Error::InvalidValueForType { expected, found } => Message::new("ron-wrong-type")
            .text("expected", expected.clone())
            .text("found", found.clone()),
        // Our wrapper struct's name means nothing to users.
        other => Message::new("ron-other").text(
            "detail",
            other
                .to_string()
                .replace("struct `MapFile`", "a journey map")
                .replace("struct `VersionProbe`", "a journey map"),
        ),
    }
}

/// Why a map could not be saved. The document in memory is unchanged.
#[derive(Debug)]
pub enum SaveError {
    /// Writing, syncing or renaming failed.
    Io {
        /// The file being written.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let SaveError::Io { path, source } = self;
        let message = Message::new("save-cannot-save").part("reason", system_reason(source));
        write!(f, "{}: {message}", path.display())
    }
}

impl std::error::Error for SaveError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        let SaveError::Io { source, .. } = self;
        Some(source)
    }
}
