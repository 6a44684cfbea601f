//! Recovery copies: while a map has unsaved changes, the app writes it to the data folder now and
//! then, so a crash or a kill loses at most a few seconds of work. The next start offers them back.

use super::{Access, LoadError, load, to_text, write_in_place_of};
use crate::i18n::Message;
use crate::model::Journey;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// A folder of recovery copies, one `KEY.journey.ron` per open document, with `KEY.origin`
/// holding the path of the file it came from, if any.
#[derive(Clone, Debug)]
pub struct RecoveryStore {
    dir: PathBuf,
}

/// One recovery copy found on disk.
#[derive(Clone, Debug)]
pub struct Recovery {
    /// The copy itself.
    pub path: PathBuf,
    /// The file the map was opened from or saved to, if it had one.
    pub origin: Option<PathBuf>,
    /// When the copy was written.
    pub written: Option<SystemTime>,
}

impl RecoveryStore {
    /// The store in `dir` (created when first written).
    pub fn new(dir: PathBuf) -> Self {
        RecoveryStore { dir }
    }

    /// The folder the copies are in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn paths(&self, key: &str) -> (PathBuf, PathBuf) {
        (
            self.dir.join(format!("{key}.{}", super::EXTENSION)),
            self.dir.join(format!("{key}.origin")),
        )
    }

    /// Writes (or replaces) the copy for `key`, atomically.
    /// The error is worded when shown, so a copy written off the window's thread still speaks
    /// the window's language.
    pub fn write(
        &self,
        key: &str,
        journey: &Journey,
        origin: Option<&Path>,
    ) -> Result<(), Message> {
        let (copy, origin_file) = self.paths(key);
        let context = |e: &std::io::Error| {
            Message::new("recovery-cannot-write")
                .text("file", copy.display().to_string())
                .part("reason", super::system_reason(e))
        };
        create_private_dir(&self.dir).map_err(|e| context(&e))?;
        let origin_text = origin.map(|p| p.display().to_string()).unwrap_or_default();
        // Recovery copies hold someone's unsaved work: readable by its owner only, whatever the
        // map's own permissions, and never written through a link planted in the folder.
        write_in_place_of(&origin_file, origin_text.as_bytes(), &Access::Private)
            .map_err(|e| context(&e))?;
        write_in_place_of(&copy, to_text(journey).as_bytes(), &Access::Private)
            .map_err(|e| context(&e))
    }

    /// Deletes the copy for `key`, if there is one.
    pub fn remove(&self, key: &str) {
        let (copy, origin) = self.paths(key);
        let _ = std::fs::remove_file(copy);
        let _ = std::fs::remove_file(origin);
    }

    /// Deletes a copy found by [`RecoveryStore::list`].
    pub fn discard(&self, recovery: &Recovery) {
        let _ = std::fs::remove_file(&recovery.path);
        let _ = std::fs::remove_file(recovery.path.with_file_name(origin_name(&recovery.path)));
    }

    /// Every copy in the store, newest first.
    pub fn list(&self) -> Vec<Recovery> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let suffix = format!(".{}", super::EXTENSION);
        let mut found: Vec<Recovery> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().ends_with(&suffix))
            })
            .map(|path| {
                let origin = std::fs::read_to_string(path.with_file_name(origin_name(&path)))
                    .ok()
                    .map(|t| t.trim().to_owned())
                    .filter(|t| !t.is_empty())
                    .map(PathBuf::from);
                let written = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
                Recovery {
                    path,
                    origin,
                    written,
                }
            })
            .collect();
        found.sort_by_key(|r| std::cmp::Reverse(r.written));
        found
    }

    /// Loads a copy; a damaged copy is an error, never half-trusted.
    pub fn load(recovery: &Recovery) -> Result<Journey, LoadError> {
        load(&recovery.path)
    }
}

/// Creates `dir` (and its parents) and makes it readable by its owner only (0700 on Unix).
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// `KEY.origin` for `KEY.journey.ron`.
fn origin_name(copy: &Path) -> String {
    let name = copy
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let key = name
        .strip_suffix(&format!(".{}", super::EXTENSION))
        .unwrap_or(&name);
    format!("{key}.origin")
}

/// A key for a document: the same for the same file, unique for untitled maps.
pub fn key_for(origin: Option<&Path>) -> String {
    use std::hash::{Hash, Hasher};
    match origin {
        Some(path) => {
            let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            path.hash(&mut hasher);
            let stem = path
                .file_name()
                .map(|n| n.to_string_lossy().replace(['.', ' '], "-"))
                .unwrap_or_default();
            format!("{stem}-{:016x}", hasher.finish())
        }
        None => {
            let nanos = SystemTime::now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos());
            format!("untitled-{}-{nanos}", std::process::id())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_are_written_listed_loaded_and_removed() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(dir.path().join("recovery"));
        assert!(store.list().is_empty());
        let journey = crate::templates::example();
        let origin = dir.path().join("car.journey.ron");
        let key = key_for(Some(&origin));
        store.write(&key, &journey, Some(&origin)).unwrap();
        store.write(&key, &journey, Some(&origin)).unwrap();
        let found = store.list();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].origin.as_deref(), Some(origin.as_path()));
        assert_eq!(RecoveryStore::load(&found[0]).unwrap(), journey);
        store.remove(&key);
        assert!(store.list().is_empty());
        assert_eq!(
            std::fs::read_dir(dir.path().join("recovery"))
                .unwrap()
                .count(),
            0,
            "nothing left behind"
        );
    }

    #[test]
    fn a_damaged_copy_is_reported_not_trusted() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(dir.path().to_owned());
        store
            .write("x", &crate::templates::example(), None)
            .unwrap();
        let found = store.list();
        std::fs::write(&found[0].path, "(format: 1, journey: (title: ").unwrap();
        let error = RecoveryStore::load(&found[0]).unwrap_err().to_string();
        assert!(error.contains("x.journey.ron:1:"), "{error}");
        store.discard(&found[0]);
        assert!(store.list().is_empty());
    }
}
