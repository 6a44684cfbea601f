//! What can go wrong reading or writing a map file, with the file, line and column.

use crate::model::Problem;
use std::path::{Path, PathBuf};

/// Why a file could not be opened as a journey map. Every message starts with the file name.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read at all.
    #[error("{}: cannot read the file: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file is over the size cap.
    #[error("{}: the file is {size} bytes, more than the limit of {} MiB; is it really a journey map?", path.display(), super::MAX_FILE_BYTES / (1024 * 1024))]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
    },
    /// The file is not UTF-8 text.
    #[error("{}:{line}:{col}: this is not a text file (invalid UTF-8); expected a journey map in RON", path.display())]
    NotText {
        /// The file.
        path: PathBuf,
        /// Line of the first invalid byte.
        line: usize,
        /// Column of the first invalid byte.
        col: usize,
    },
    /// RON syntax or a field of the wrong type or value.
    #[error("{}:{line}:{col}: {message}", path.display())]
    Syntax {
        /// The file.
        path: PathBuf,
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        col: usize,
        /// What was wrong and what was expected.
        message: String,
    },
    /// Written by a newer journeymap.
    #[error("{}: format version {found} is newer than this journeymap understands (up to {}); update journeymap to open it", path.display(), super::FORMAT_VERSION)]
    NewerVersion {
        /// The file.
        path: PathBuf,
        /// The version in the file.
        found: u32,
    },
    /// A version number no journeymap ever wrote.
    #[error("{}: format version {found} does not exist; expected 1 to {}", path.display(), super::FORMAT_VERSION)]
    UnknownVersion {
        /// The file.
        path: PathBuf,
        /// The version in the file.
        found: u32,
    },
    /// Well-formed, but over one of the limits (cards, parts, text length).
    #[error("{}: {message}", path.display())]
    TooBig {
        /// The file.
        path: PathBuf,
        /// Which limit, and by how much.
        message: String,
    },
    /// Well-formed, but it refers to things that are not there.
    #[error("{}: {}", path.display(), problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Inconsistent {
        /// The file.
        path: PathBuf,
        /// Every problem found.
        problems: Vec<Problem>,
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
            LoadError::Inconsistent { path, problems } => problems
                .iter()
                .map(|p| format!("{}: {p}", path.display()))
                .collect(),
            other => vec![other.to_string()],
        }
    }
}

/// RON's own messages, made a little friendlier where they are terse.
fn describe(code: &ron::Error) -> String {
    match code {
        ron::Error::Eof => "the file ends too early; expected more (is it truncated?)".to_owned(),
        ron::Error::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => format!(
            "unknown {} {found:?}; expected one of: {}",
            outer.as_deref().unwrap_or("value"),
            expected.join(", ")
        ),
        ron::Error::IntegerOutOfBounds => {
            "number out of range: expected a whole number that is not negative".to_owned()
        }
        // Our wrapper struct's name means nothing to users.
        other => other
            .to_string()
            .replace("struct `MapFile`", "a journey map")
            .replace("struct `VersionProbe`", "a journey map"),
    }
}

/// Why a map could not be saved. The document in memory is unchanged.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// Writing, syncing or renaming failed.
    #[error("{}: cannot save: {source}", path.display())]
    Io {
        /// The file being written.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}
