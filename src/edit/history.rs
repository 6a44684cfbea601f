//! Undo and redo as stacks of inverse edits, with an exact "unsaved changes" marker.

use super::Edit;
use crate::model::Journey;

/// The undo/redo history of one open document. Never written to the file.
#[derive(Debug, Default)]
pub struct History {
    undo: Vec<(Edit, u64)>,
    redo: Vec<(Edit, u64)>,
    /// Identifies the document state; every new edit gets a fresh number.
    revision: u64,
    next_revision: u64,
    saved_revision: u64,
}

impl History {
    /// Applies `edit` to `journey` as one undoable step. Empty edits leave no step.
    pub fn apply(&mut self, journey: &mut Journey, edit: Edit) {
        let inverse = edit.apply(journey);
        if inverse.is_empty() {
            return;
        }
        self.undo.push((inverse, self.revision));
        self.redo.clear();
        self.next_revision += 1;
        self.revision = self.next_revision;
    }

    /// Undoes the last step; returns false when there is nothing to undo.
    pub fn undo(&mut self, journey: &mut Journey) -> bool {
        let Some((edit, previous)) = self.undo.pop() else {
            return false;
        };
        let redo = edit.apply(journey);
        self.redo.push((redo, self.revision));
        self.revision = previous;
        true
    }

    /// Redoes the last undone step; returns false when there is nothing to redo.
    pub fn redo(&mut self, journey: &mut Journey) -> bool {
        let Some((edit, next)) = self.redo.pop() else {
            return false;
        };
        let undo = edit.apply(journey);
        self.undo.push((undo, self.revision));
        self.revision = next;
        true
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Records that the document as it is now has been saved.
    pub fn mark_saved(&mut self) {
        self.saved_revision = self.revision;
    }

    /// Whether the document differs from what was last saved (or opened).
    pub fn is_dirty(&self) -> bool {
        self.revision != self.saved_revision
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dirty_marker_is_exact_across_undo_and_redo() {
        let mut journey = Journey::default();
        let mut history = History::default();
        assert!(!history.is_dirty());
        history.apply(&mut journey, Edit::SetTitle("One".into()));
        assert!(history.is_dirty());
        history.mark_saved();
        history.apply(&mut journey, Edit::SetTitle("Two".into()));
        assert!(history.is_dirty());
        assert!(history.undo(&mut journey));
        assert_eq!(journey.title, "One");
        assert!(
            !history.is_dirty(),
            "undo back to the saved state clears the marker"
        );
        assert!(history.undo(&mut journey));
        assert!(history.is_dirty());
        assert!(history.redo(&mut journey));
        assert!(!history.is_dirty());
        assert!(history.redo(&mut journey));
        assert_eq!(journey.title, "Two");
        assert!(!history.redo(&mut journey));
    }

    #[test]
    fn a_new_edit_after_undo_drops_the_redo_branch() {
        let mut journey = Journey::default();
        let mut history = History::default();
        history.apply(&mut journey, Edit::SetTitle("A".into()));
        history.undo(&mut journey);
        history.apply(&mut journey, Edit::SetTitle("B".into()));
        assert!(!history.can_redo());
        history.undo(&mut journey);
        assert_eq!(journey.title, "");
        assert!(!history.is_dirty());
    }
}
