//! What is in an assets folder, and which maps use it: the list File › Pictures… shows, and
//! the tidying it offers (removing the pictures no map in the folder uses).

use super::{PictureError, measure_file, resolve, stored_format};
use std::collections::BTreeMap;
use std::path::Path;

/// One stored picture of an assets folder.
#[derive(Clone, Debug, PartialEq)]
pub struct PictureFile {
    /// Its stored name, `HASH.EXT`.
    pub name: String,
    /// Its size on disk, in bytes.
    pub bytes: u64,
    /// Its size in pixels, upright; `None` if it cannot be read.
    pub pixels: Option<[u32; 2]>,
    /// The maps that use it, by file name, in order.
    pub used_by: Vec<String>,
}

/// The pictures of an assets folder and who uses them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Inventory {
    /// The stored pictures, by name.
    pub pictures: Vec<PictureFile>,
    /// Maps in the folder that could not be read: while there are any, nothing counts as
    /// unused (they may use anything).
    pub unreadable: Vec<String>,
}

impl Inventory {
    /// The pictures no map uses, if that can be known (every map was read).
    pub fn unused(&self) -> Vec<&PictureFile> {
        if !self.unreadable.is_empty() {
            return Vec::new();
        }
        self.pictures
            .iter()
            .filter(|p| p.used_by.is_empty())
            .collect()
    }
}

/// What the maps beside `assets`, and those in the folders `also` (recovery copies of unsaved
/// work), use of it. `open` is the open map, read as it is in memory (with the pictures its undo
/// history names): its file name and the picture names it uses; its file on disk is not read
/// again.
pub fn inventory(assets: &Path, open: Option<(&str, Vec<&str>)>, also: &[&Path]) -> Inventory {
    let mut uses: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut unreadable = Vec::new();
    let open_name = open.as_ref().map(|(name, _)| name.to_string());
    if let Some((name, names)) = &open {
        for picture in names {
            uses.entry(picture.to_string())
                .or_default()
                .push(name.to_string());
        }
    }
    let folders = assets.parent().into_iter().chain(also.iter().copied());
    for map in folders.flat_map(maps_in) {
        let file_name = map
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if open_name.as_deref() == Some(file_name.as_str()) {
            continue;
        }
        match crate::file::load(&map) {
            Ok(journey) => {
                for picture in journey.pictures() {
                    let users = uses.entry(picture.name.clone()).or_default();
                    if users.last() != Some(&file_name) {
                        users.push(file_name.clone());
                    }
                }
            }
            Err(_) => unreadable.push(file_name),
        }
    }
    let pictures = stored_files(assets)
        .into_iter()
        .map(|(name, bytes)| PictureFile {
            pixels: measure_file(&assets.join(&name)).ok().map(|(_, size)| size),
            used_by: uses.remove(&name).unwrap_or_default(),
            name,
            bytes,
        })
        .collect();
    Inventory {
        pictures,
        unreadable,
    }
}

/// The map files in `folder`, in name order.
fn maps_in(folder: &Path) -> Vec<std::path::PathBuf> {
    let mut maps: Vec<_> = std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| {
            path.is_file()
                && path
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().ends_with(crate::file::EXTENSION))
        })
        .collect();
    maps.sort();
    maps
}

/// The stored pictures in `assets` (files named as stored pictures), with their sizes, in
/// name order.
fn stored_files(assets: &Path) -> Vec<(String, u64)> {
    let mut files: Vec<(String, u64)> = std::fs::read_dir(assets)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_str()?.to_owned();
            stored_format(&name)?;
            let metadata = entry.metadata().ok()?;
            metadata.is_file().then_some((name, metadata.len()))
        })
        .collect();
    files.sort();
    files
}

/// Removes the stored pictures `names` from `assets` (only stored pictures' names inside the
/// folder: anything else is left alone). Returns how many were removed.
pub fn remove_pictures(assets: &Path, names: &[String]) -> Result<usize, PictureError> {
    let mut removed = 0;
    for name in names {
        if resolve(assets, name).is_err() {
            continue;
        }
        // The name itself: a link within the folder goes, not what it points to.
        let path = assets.join(name);
        std::fs::remove_file(&path).map_err(|e| PictureError::Io(path.clone(), e))?;
        removed += 1;
    }
    Ok(removed)
}
