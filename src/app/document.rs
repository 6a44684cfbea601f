//! One open document: the journey, where it lives on disk, and its history.

use crate::edit::{ChangeLog, Edit, History};
use crate::file::{self, SaveError};
use crate::model::Journey;
use std::path::{Path, PathBuf};

/// The open map and everything needed to save and undo it.
#[derive(Debug)]
pub struct Document {
    journey: Journey,
    path: Option<PathBuf>,
    /// The assets folder beside `path` (links resolved once, when the path is set, rather than
    /// every frame the pictures are drawn).
    assets: Option<PathBuf>,
    history: History,
    /// Bumped on every change, so views know when to lay out again.
    revision: u64,
    /// Which cards each recent revision rewrote, so a view can lay out only those again.
    changes: ChangeLog,
    /// A fingerprint of the file as this document last read or wrote it, to notice when
    /// another program changes it.
    on_disk: Option<u64>,
}

/// A fingerprint of a file's bytes; `None` when it cannot be read (deleted, say).
pub fn fingerprint(path: &Path) -> Option<u64> {
    use std::hash::{Hash, Hasher};
    let bytes = std::fs::read(path).ok()?;
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    Some(hasher.finish())
}

impl Document {
    /// A document that has never been saved.
    pub fn untitled(journey: Journey) -> Self {
        Document {
            journey,
            path: None,
            assets: None,
            history: History::default(),
            revision: 0,
            changes: ChangeLog::default(),
            on_disk: None,
        }
    }

    /// A document opened from `path`.
    pub fn opened(journey: Journey, path: PathBuf) -> Self {
        Document {
            on_disk: fingerprint(&path),
            assets: Some(file::pictures::assets_dir(&path)),
            path: Some(path),
            ..Document::untitled(journey)
        }
    }

    /// Whether another program changed (or deleted) the file since this document read or wrote it.
    pub fn changed_on_disk(&self) -> bool {
        match &self.path {
            Some(path) => fingerprint(path) != self.on_disk,
            None => false,
        }
    }

    /// Accepts the file as it is on disk now as the known version (the user chose to keep theirs).
    pub fn accept_disk_version(&mut self) {
        self.on_disk = self.path.as_deref().and_then(fingerprint);
    }

    /// A document restored from a recovery copy: unsaved until the user saves it, at `origin`
    /// if it came from a file.
    pub fn recovered(journey: Journey, origin: Option<PathBuf>) -> Self {
        let mut document = Document {
            assets: origin.as_deref().map(file::pictures::assets_dir),
            path: origin,
            ..Document::untitled(journey)
        };
        document.history.mark_unsaved();
        document
    }

    /// The journey, to read. Changes go through [`Document::apply`].
    pub fn journey(&self) -> &Journey {
        &self.journey
    }

    /// The file this document was opened from or last saved to.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// A number that changes whenever the journey changes.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The cards each recent revision rewrote.
    pub fn changes(&self) -> &ChangeLog {
        &self.changes
    }

    /// Counts one change, made by `edit` (read before it was applied).
    fn changed(&mut self, (cards, only_cards): (Vec<crate::model::CardId>, bool)) {
        self.revision += 1;
        self.changes.record(self.revision, cards, only_cards);
    }

    /// Applies an edit as one undoable step.
    pub fn apply(&mut self, edit: Edit) {
        self.apply_merging(edit, None);
    }

    /// Applies an edit; consecutive edits with the same `merge` key are one undo step.
    pub fn apply_merging(&mut self, edit: Edit, merge: Option<crate::edit::MergeKey>) {
        let rewritten = (edit.cards_rewritten(), edit.only_cards());
        self.history.apply_merging(&mut self.journey, edit, merge);
        self.changed(rewritten);
    }

    /// Ends the current typing or dragging gesture, so the next edit is a new undo step.
    pub fn seal(&mut self) {
        self.history.seal();
    }

    /// Undoes the last step, if any.
    pub fn undo(&mut self) -> bool {
        let rewritten = self
            .history
            .next_undo()
            .map(|e| (e.cards_rewritten(), e.only_cards()));
        let undone = self.history.undo(&mut self.journey);
        if let Some(rewritten) = rewritten.filter(|_| undone) {
            self.changed(rewritten);
        }
        undone
    }

    /// Redoes the last undone step, if any.
    pub fn redo(&mut self) -> bool {
        let rewritten = self
            .history
            .next_redo()
            .map(|e| (e.cards_rewritten(), e.only_cards()));
        let redone = self.history.redo(&mut self.journey);
        if let Some(rewritten) = rewritten.filter(|_| redone) {
            self.changed(rewritten);
        }
        redone
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// The pictures that undo or redo would bring back (still in use, though the map may not
    /// name them now).
    pub fn history_pictures(&self) -> Vec<&str> {
        self.history.picture_names()
    }

    /// The `assets/` folder beside the map's file, if it has one.
    pub fn assets(&self) -> Option<&Path> {
        self.assets.as_deref()
    }

    /// Whether there are changes not yet saved.
    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    /// Saves to `path` and remembers it. On failure the document stays as it was, unsaved.
    pub fn save_to(&mut self, path: &Path) -> Result<(), SaveError> {
        file::save(&self.journey, path)?;
        self.path = Some(path.to_owned());
        self.assets = Some(file::pictures::assets_dir(path));
        self.on_disk = fingerprint(path);
        self.history.mark_saved();
        Ok(())
    }

    /// The file name, or "Untitled".
    pub fn display_name(&self) -> String {
        self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || "Untitled".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// The window title: file name, a dot when unsaved, and the app name.
    pub fn window_title(&self) -> String {
        let marker = if self.is_dirty() { " ●" } else { "" };
        format!("{}{marker} — journeymap", self.display_name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_shows_unsaved_marker_until_saved() {
        let dir = tempfile::tempdir().unwrap();
        let mut doc = Document::untitled(Journey::default());
        assert_eq!(doc.window_title(), "Untitled — journeymap");
        doc.apply(Edit::SetTitle("Hotel".into()));
        assert_eq!(doc.window_title(), "Untitled ● — journeymap");
        let path = dir.path().join("hotel.journey.ron");
        doc.save_to(&path).unwrap();
        assert_eq!(doc.window_title(), "hotel.journey.ron — journeymap");
        assert_eq!(file::load(&path).unwrap(), *doc.journey());
    }
}
