//! Saving a map: atomically, through links, keeping its permissions and a backup.

use super::atomic::{Access, resolve_links, write_in_place_of};
use super::{SaveError, to_text};
use crate::model::Journey;
use std::fs;
use std::path::{Path, PathBuf};

/// Where the previous version of `path` is kept: `NAME.journey.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(".bak");
    path.with_file_name(name)
}

/// Saves `journey` to `path` so that a crash at any moment leaves either the old or the new file.
///
/// A symbolic link at `path` is followed and stays a link. The previous file, if any, is kept as
/// [`backup_path`] of the real file, with the map's permissions.
pub fn save(journey: &Journey, path: &Path) -> Result<(), SaveError> {
    save_text(&to_text(journey), path, true)
}

/// Writes the text of a map to `path` like [`save`], with or without keeping a backup.
pub fn save_text(text: &str, path: &Path, keep_backup: bool) -> Result<(), SaveError> {
    let io_error = |source| SaveError::Io {
        path: path.to_owned(),
        source,
    };
    let target = resolve_links(path).map_err(io_error)?;
    if keep_backup && let Ok(meta) = fs::metadata(&target) {
        // Copy rather than rename, so there is never a moment without the file at `path`. A link
        // at the backup's name is replaced, never written through: a map's folder may come from
        // someone else, and a backup must not land outside it.
        let previous = fs::read(&target).map_err(io_error)?;
        write_in_place_of(&backup_path(&target), &previous, &Access::Like(meta))
            .map_err(io_error)?;
    }
    write_in_place_of(&target, text.as_bytes(), &Access::Keep).map_err(io_error)
}
