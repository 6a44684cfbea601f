//! `journeymap check`, `fmt` and `info`: commands that read maps and say what they find.

use crate::file;
use std::path::{Path, PathBuf};

/// `journeymap check`: each file `ok` with its size, or one `FILE:LINE:COL: message` line per
/// problem or unresolved merge conflict, and a `FILE:LINE:COL: warning: …` line per picture that
/// cannot be shown; the error (already printed) when any failed, or with `strict` any warned.
pub fn check(files: &[PathBuf], strict: bool) -> Result<(), String> {
    let mut failed = false;
    for path in files {
        let loaded = file::load(path);
        if let Ok(journey) = &loaded {
            let warnings = picture_warnings(path, journey);
            failed |= strict && !warnings.is_empty();
            for line in warnings {
                println!("{line}");
            }
        }
        match loaded {
            Ok(journey) if !journey.conflicts.is_empty() => {
                failed = true;
                for line in conflict_lines(path, &journey) {
                    println!("{line}");
                }
            }
            Ok(journey) => println!(
                "{}: ok ({} stages, {} lanes, {} cards)",
                path.display(),
                journey.stages.len(),
                journey.lanes.len(),
                journey.cards.len()
            ),
            Err(error) => {
                failed = true;
                for line in error.lines() {
                    println!("{line}");
                }
            }
        }
    }
    // The problems are already printed, one per line, on stdout.
    if failed { Err(String::new()) } else { Ok(()) }
}

/// One `FILE:LINE:COL: warning: …` line per picture `journey` (read from `path`) names that
/// cannot be shown. Only stored pictures in the map's own assets folder are looked at, and
/// only their headers are read.
fn picture_warnings(path: &Path, journey: &crate::model::Journey) -> Vec<String> {
    use crate::file::pictures;
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let assets = pictures::assets_dir(path);
    let named = journey.cards.iter().filter_map(|c| c.image.as_deref());
    let named = named.chain(journey.personas.iter().filter_map(|p| p.photo.as_ref()));
    let mut seen = std::collections::HashSet::new();
    named
        .filter(|picture| seen.insert(picture.name.as_str()))
        .filter_map(|picture| {
            let problem = pictures::resolve(&assets, &picture.name)
                .and_then(|found| pictures::measure_file(&found).map(|_| ()))
                .err()?;
            let message =
                crate::i18n::Message::new("check-picture").part("problem", problem.message());
            let needle = format!("{:?}", picture.name);
            Some(match file::locate_text(&text, &needle) {
                Some((line, col)) => format!("{}:{line}:{col}: {message}", path.display()),
                None => format!("{}: {message}", path.display()),
            })
        })
        .collect()
}

/// One `FILE:LINE:COL: message` line per unresolved conflict recorded in `journey`.
fn conflict_lines(path: &Path, journey: &crate::model::Journey) -> Vec<String> {
    // The file loaded a moment ago; if it cannot be read again the lines go without positions.
    let text = std::fs::read_to_string(path).unwrap_or_default();
    journey
        .conflicts
        .iter()
        .enumerate()
        .map(|(index, conflict)| {
            let what = crate::merge::describe::describe(conflict, journey);
            let message = crate::i18n::Message::new("check-conflict").part("conflict", what);
            match file::locate_conflict(&text, index) {
                Some((line, col)) => format!("{}:{line}:{col}: {message}", path.display()),
                None => format!("{}: {message}", path.display()),
            }
        })
        .collect()
}

/// `journeymap fmt`: every file is tried; the exit code is 1 if any failed (or, with `--check`, is
/// not canonical).
pub fn fmt(files: &[PathBuf], check_only: bool) -> Result<(), String> {
    let mut failed = false;
    for path in files {
        let canonical = match file::load(path) {
            Ok(journey) => file::to_text(&journey),
            Err(error) => {
                failed = true;
                eprintln!("journeymap: {error}");
                continue;
            }
        };
        // `load` succeeded, so the file is readable text.
        let current = std::fs::read_to_string(path).unwrap_or_default();
        if current == canonical {
            continue;
        }
        if check_only {
            failed = true;
            println!("{}: not in canonical form", path.display());
        } else if let Err(error) = file::save_text(&canonical, path, false) {
            failed = true;
            eprintln!("journeymap: {error}");
        } else {
            println!("{}: formatted", path.display());
        }
    }
    if failed { Err(String::new()) } else { Ok(()) }
}

/// `journeymap info --json`: the map described as JSON on standard output.
pub fn info(path: &Path) -> Result<(), String> {
    use std::io::Write;
    let journey = file::load(path).map_err(|e| e.to_string())?;
    let info = crate::info::Info::of(&journey);
    // Written as it is made: the summary of a long map is tens of megabytes, not worth holding
    // whole in memory only to copy it out.
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = serde_json::to_writer_pretty(&mut out, &info)
        .map_err(std::io::Error::from)
        .and_then(|()| writeln!(out))
        .and_then(|()| out.flush());
    match written {
        // A reader that stopped early (`journeymap info --json map | head`) is no failure. On
        // Unix the process ends by SIGPIPE first (see `cli`); elsewhere it comes back as this.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(error) => Err(format!("{}: {error}", path.display())),
        Ok(()) => Ok(()),
    }
}
