//! The list of recently opened files, kept in the config folder as one path per line.

use std::path::{Path, PathBuf};

/// How many recent files are remembered.
const MAX_RECENT: usize = 10;

/// Recently opened or saved files, newest first.
#[derive(Debug, Default)]
pub struct RecentFiles {
    store: Option<PathBuf>,
    paths: Vec<PathBuf>,
}

impl RecentFiles {
    /// The list stored in `store` (created when first written); `None` keeps it in memory only.
    pub fn load(store: Option<PathBuf>) -> Self {
        let paths = store
            .as_ref()
            .and_then(|s| std::fs::read_to_string(s).ok())
            .map(|text| {
                text.lines()
                    .filter(|l| !l.trim().is_empty())
                    .map(PathBuf::from)
                    .take(MAX_RECENT)
                    .collect()
            })
            .unwrap_or_default();
        RecentFiles { store, paths }
    }

    /// The files, newest first.
    pub fn paths(&self) -> &[PathBuf] {
        &self.paths
    }

    /// Puts `path` first and writes the list. Failing to write it is reported, not fatal.
    pub fn add(&mut self, path: &Path) -> Result<(), String> {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        self.paths.retain(|p| *p != path);
        self.paths.insert(0, path);
        self.paths.truncate(MAX_RECENT);
        self.write()
    }

    /// Forgets `path`, for a recent file that no longer opens.
    pub fn remove(&mut self, path: &Path) -> Result<(), String> {
        self.paths.retain(|p| p != path);
        self.write()
    }

    fn write(&self) -> Result<(), String> {
        let Some(store) = &self.store else {
            return Ok(());
        };
        let text: String = self
            .paths
            .iter()
            .map(|p| format!("{}\n", p.display()))
            .collect();
        let result = (|| {
            if let Some(dir) = store.parent() {
                std::fs::create_dir_all(dir)?;
            }
            let temp = store.with_extension("tmp");
            std::fs::write(&temp, text)?;
            std::fs::rename(&temp, store)
        })();
        result.map_err(|e| format!("{}: cannot remember recent files: {e}", store.display()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newest_first_without_duplicates_and_persisted() {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("config/recent.txt");
        let a = dir.path().join("a.journey.ron");
        let b = dir.path().join("b.journey.ron");
        std::fs::write(&a, "").unwrap();
        std::fs::write(&b, "").unwrap();
        let mut recent = RecentFiles::load(Some(store.clone()));
        recent.add(&a).unwrap();
        recent.add(&b).unwrap();
        recent.add(&a).unwrap();
        let reloaded = RecentFiles::load(Some(store));
        let names: Vec<_> = reloaded
            .paths()
            .iter()
            .map(|p| p.file_name().unwrap().to_owned())
            .collect();
        assert_eq!(names, ["a.journey.ron", "b.journey.ron"]);
    }
}
