//! `journeymap diff OLD NEW`: what changed between two maps, in words or JSON.

use crate::{diff, file};
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

/// How to print a diff.
#[derive(Clone, Copy, Debug, Default)]
pub struct DiffOptions {
    /// JSON for tools instead of words.
    pub json: bool,
    /// Long texts in full.
    pub full: bool,
    /// Exit with 3 when the maps differ.
    pub exit_code: bool,
}

/// Compares the maps at `old` and `new` (each migrated from its format version first) and
/// prints the changes. Exit 0 when it ran (3 with `exit_code` when they differ), 1 when either
/// map does not load.
pub fn run(old: &Path, new: &Path, options: DiffOptions) -> ExitCode {
    let load = |path: &Path| file::load(path).map_err(|e| e.to_string());
    let (before, after) = match (load(old), load(new)) {
        (Ok(before), Ok(after)) => (before, after),
        (Err(message), _) | (_, Err(message)) => {
            eprintln!("journeymap: {message}");
            return ExitCode::FAILURE;
        }
    };
    let changes = diff::diff(&before, &after);
    let text = if options.json {
        match serde_json::to_string_pretty(&diff::json::of(&changes)) {
            Ok(text) => format!("{text}\n"),
            Err(e) => {
                eprintln!("journeymap: {e}");
                return ExitCode::FAILURE;
            }
        }
    } else if changes.is_empty() {
        "No changes.\n".to_owned()
    } else {
        diff::text::describe(&changes, &before, &after, options.full)
    };
    // A reader that stops early (a pager quit, `| head`) is no error.
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(text.as_bytes()).and_then(|()| out.flush())
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("journeymap: {e}");
        return ExitCode::FAILURE;
    }
    if options.exit_code && !changes.is_empty() {
        ExitCode::from(3)
    } else {
        ExitCode::SUCCESS
    }
}
