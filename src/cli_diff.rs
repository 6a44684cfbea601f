//! `journeymap diff OLD NEW`: what changed between two maps, in words or JSON.

use crate::{diff, file};
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

/// How to print a diff.
#[derive(Clone, Debug, Default)]
pub struct DiffOptions {
    /// JSON for tools instead of words.
    pub json: bool,
    /// Long texts in full.
    pub full: bool,
    /// Exit with 3 when the maps differ.
    pub exit_code: bool,
    /// Also draw the changes into a PNG.
    pub picture: Option<Picture>,
}

/// Where and how to draw a diff picture.
#[derive(Clone, Debug)]
pub struct Picture {
    /// The PNG to write.
    pub path: std::path::PathBuf,
    /// Its scale and theme.
    pub options: crate::export::ExportOptions,
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
    if let Some(picture) = &options.picture
        && let Err(code) = draw(old, new, (&before, &after), picture)
    {
        return code;
    }
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

/// Draws the diff picture; the exit code to stop with if it cannot be made.
fn draw(
    old: &Path,
    new: &Path,
    (before, after): (&crate::model::Journey, &crate::model::Journey),
    picture: &Picture,
) -> Result<(), ExitCode> {
    let is_png = picture
        .path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("png"));
    if !is_png {
        eprintln!(
            "journeymap: {}: a diff picture is a PNG: name it .png",
            picture.path.display()
        );
        return Err(ExitCode::from(2));
    }
    // Never over one of the maps compared, however it is spelled.
    let same = crate::cli::same_file;
    if same(&picture.path, old) || same(&picture.path, new) {
        eprintln!(
            "journeymap: {}: is one of the maps compared; choose another file for the picture",
            picture.path.display()
        );
        return Err(ExitCode::from(2));
    }
    let name = |path: &Path| {
        path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    };
    let (mut old_name, mut new_name) = (name(old), name(new));
    if old_name == new_name {
        // Two copies of one map in two folders: the names alone would not tell them apart.
        (old_name, new_name) = (old.display().to_string(), new.display().to_string());
    }
    let drawing = crate::export::compare::DiffPicture {
        old: before,
        new: after,
        old_name: &old_name,
        new_name: &new_name,
    };
    crate::export::compare::export_diff_png(&drawing, &picture.path, &picture.options).map_err(
        |e| {
            eprintln!("journeymap: {e}");
            ExitCode::FAILURE
        },
    )
}

/// git's external diff driver (`diff.journeymap.command = journeymap git-diff`): git calls it
/// with seven arguments (path, old file, old hash, old mode, new file, new hash, new mode;
/// `/dev/null` for a side that is not there), nine for a rename or copy (the new path and a
/// note added), or one for an unmerged path. Prints the semantic changes of the map; a side
/// that does not load gets a plain line diff and a one-line note. Always exits 0: git stops a
/// whole `log -p` at a driver's non-zero exit.
pub fn git_driver(args: &[String]) -> ExitCode {
    let text = match args {
        [path] => format!("* Unmerged path {path}\n"),
        [path, old, _, _, new, _, _, rest @ ..] if rest.is_empty() || rest.len() == 2 => {
            let new_path = rest.first().unwrap_or(path);
            driver_text(path, new_path, Path::new(old), Path::new(new))
        }
        _ => {
            eprintln!(
                "journeymap git-diff: git passes 1, 7 or 9 arguments; got {}",
                args.len()
            );
            return ExitCode::from(2);
        }
    };
    let mut out = std::io::stdout().lock();
    // Whatever happens to the output (a pager quit), git must go on: exit 0.
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
    ExitCode::SUCCESS
}

/// The driver's output for one file: a header naming it, then its changes.
fn driver_text(path: &str, new_path: &str, old: &Path, new: &Path) -> String {
    let mut text = if path == new_path {
        format!("diff --journeymap a/{path} b/{path}\n")
    } else {
        format!("diff --journeymap a/{path} b/{new_path}\n")
    };
    // `/dev/null` stands for a side that is not there: an added or deleted map.
    let side = |file: &Path| -> Result<crate::model::Journey, String> {
        if file == Path::new("/dev/null") {
            return Ok(crate::model::Journey::default());
        }
        file::load(file).map_err(|e| e.to_string())
    };
    match (side(old), side(new)) {
        (Ok(before), Ok(after)) => {
            let changes = diff::diff(&before, &after);
            if changes.is_empty() {
                text.push_str("No changes to the map.\n");
            } else {
                text.push_str(&diff::text::describe(&changes, &before, &after, false));
            }
        }
        (Err(message), _) | (_, Err(message)) => {
            text.push_str(&format!("journeymap: {message}; a line diff instead:\n"));
            text.push_str(&line_diff(old, new, path, new_path));
        }
    }
    text
}

/// A unified line diff of the two files, read as text (a missing or unreadable side as empty).
fn line_diff(old: &Path, new: &Path, path: &str, new_path: &str) -> String {
    let read = |file: &Path| {
        file::read_capped_bytes(file)
            .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
            .unwrap_or_default()
    };
    let (before, after) = (read(old), read(new));
    similar::TextDiff::from_lines(&before, &after)
        .unified_diff()
        .header(&format!("a/{path}"), &format!("b/{new_path}"))
        .to_string()
}
