//! Atomic saving: write a temporary file beside the target, sync it, keep a backup, rename.

use super::{SaveError, to_text};
use crate::model::Journey;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Where the previous version of `path` is kept: `NAME.journey.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(".bak");
    path.with_file_name(name)
}

/// Saves `journey` to `path` so that a crash at any moment leaves either the old or the new file.
///
/// The previous file, if any, is kept as [`backup_path`].
pub fn save(journey: &Journey, path: &Path) -> Result<(), SaveError> {
    let io_error = |source| SaveError::Io {
        path: path.to_owned(),
        source,
    };
    if path.exists() {
        // Copy rather than rename, so there is never a moment without the file at `path`.
        let previous = fs::read(path).map_err(io_error)?;
        write_atomic(&backup_path(path), &previous).map_err(io_error)?;
    }
    write_atomic(path, to_text(journey).as_bytes()).map_err(io_error)
}

/// Writes `bytes` to `path` through a synced temporary file in the same folder and a rename, so
/// a reader (or a crash) sees the old file or the new one, never half of one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let temp = temp_path(path);
    let result = write_synced(&temp, bytes).and_then(|()| fs::rename(&temp, path));
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    } else {
        sync_parent(path);
    }
    result
}

fn temp_path(path: &Path) -> PathBuf {
    let mut name = std::ffi::OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(format!(".{}.tmp", std::process::id()));
    path.with_file_name(name)
}

fn write_synced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Makes the rename durable. Not every platform can open a directory; that is not an error.
fn sync_parent(path: &Path) {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if let Ok(dir) = File::open(parent) {
        let _ = dir.sync_all();
    }
}
