//! `journeymap merge BASE OURS THEIRS`: git's merge driver for maps (`journeymap merge %O %A
//! %B`), and `journeymap merge OURS THEIRS` for the "conflicted copies" of a synced folder.

use crate::{file, merge};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Merges the maps and writes the result over OURS (or to `output`), as every save does:
/// atomically, links and permissions kept, no backup (git keeps the versions). Exit 0 when the
/// merge is clean, 1 when the result holds conflicts (as git expects of a driver) or an input
/// does not load (OURS is then untouched), 2 on wrong usage.
pub fn run(files: &[PathBuf], output: Option<&Path>) -> ExitCode {
    let (base, ours, theirs) = match files {
        [base, ours, theirs] => (Some(base), ours, theirs),
        [ours, theirs] => (None, ours, theirs),
        _ => {
            eprintln!("journeymap merge: give BASE OURS THEIRS, or OURS THEIRS without a base");
            return ExitCode::from(2);
        }
    };
    if let Some(output) = output
        && files
            .iter()
            .any(|f| crate::cli::same_file(f, output) && !crate::cli::same_file(f, ours))
    {
        eprintln!(
            "journeymap: {}: is one of the maps merged; choose another file",
            output.display()
        );
        return ExitCode::from(2);
    }
    let load = |path: &PathBuf| file::load(path).map_err(|e| e.to_string());
    // The three maps are read and parsed side by side: that is most of a merge's time.
    let loaded = std::thread::scope(|scope| {
        let base = scope.spawn(move || base.map(load).transpose());
        let theirs = scope.spawn(move || load(theirs));
        let ours = load(ours);
        (joined(base.join()), ours, joined(theirs.join()))
    });
    let (base_map, our_map, their_map) = match loaded {
        (Ok(b), Ok(o), Ok(t)) => (b, o, t),
        (Err(message), _, _) | (_, Err(message), _) | (_, _, Err(message)) => {
            eprintln!("journeymap: {message}");
            return ExitCode::FAILURE;
        }
    };
    let merged = merge::merge(base_map.as_ref(), &our_map, &their_map);
    let target = output.unwrap_or(ours);
    if let Err(error) = file::save_text(&file::to_text(&merged), target, false) {
        eprintln!("journeymap: {error}");
        return ExitCode::FAILURE;
    }
    if merged.conflicts.is_empty() {
        return ExitCode::SUCCESS;
    }
    eprintln!(
        "journeymap: {}: {} conflict(s) recorded in the map; open it in journeymap to pick a side:",
        target.display(),
        merged.conflicts.len()
    );
    for conflict in &merged.conflicts {
        eprintln!("  {}", merge::describe::describe(conflict, &merged));
    }
    ExitCode::FAILURE
}

/// What a loading thread returned; a thread that panicked is an error, not a crash.
fn joined<T>(result: std::thread::Result<Result<T, String>>) -> Result<T, String> {
    result.unwrap_or_else(|_| Err("a map could not be read".to_owned()))
}
