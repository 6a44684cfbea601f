//! Undo and redo as stacks of inverse edits, with an exact "unsaved changes" marker.

use super::Edit;
use crate::model::Journey;

/// Says which edits belong to one gesture: typing into one field, one drag. Consecutive edits
/// with the same key become one undo step, until [`History::seal`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MergeKey(pub String);

/// Whether undoing `earlier` alone already restores what `later` changed: both put back the same
/// part wholesale, so a gesture of many keystrokes keeps one inverse, not one per keystroke.
fn restores_same_part(earlier: &Edit, later: &Edit) -> bool {
    match (earlier, later) {
        (Edit::ReplaceCard(a), Edit::ReplaceCard(b)) => a.id == b.id,
        // A whole card put back restores its place and scores too.
        (Edit::ReplaceCard(a), Edit::MoveCard(b, _) | Edit::SetScore(b, ..)) => a.id == *b,
        (Edit::MoveCard(a, _), Edit::MoveCard(b, _)) => a == b,
        (Edit::SetScore(a, p, _), Edit::SetScore(b, q, _)) => a == b && p == q,
        (Edit::ReplaceStage(a), Edit::ReplaceStage(b)) => a.id == b.id,
        (Edit::ReplaceLane(a), Edit::ReplaceLane(b)) => a.id == b.id,
        (Edit::ReplacePersona(a), Edit::ReplacePersona(b)) => a.id == b.id,
        (Edit::SetTitle(_), Edit::SetTitle(_))
        | (Edit::SetDescription(_), Edit::SetDescription(_)) => true,
        _ => false,
    }
}

#[derive(Debug)]
struct Step {
    /// The edit that undoes this step.
    inverse: Edit,
    /// The revision before the step.
    before: u64,
    /// The gesture this step belongs to, while it may still grow.
    merge: Option<MergeKey>,
}

/// The undo/redo history of one open document. Never written to the file.
#[derive(Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// Identifies the document state; every change gets a fresh number.
    revision: u64,
    next_revision: u64,
    saved_revision: u64,
}

impl History {
    /// Applies `edit` to `journey` as one undoable step. Empty edits leave no step.
    pub fn apply(&mut self, journey: &mut Journey, edit: Edit) {
        self.apply_merging(journey, edit, None);
    }

    /// Applies `edit`; if the last step has the same `merge` key, the two become one step.
    pub fn apply_merging(&mut self, journey: &mut Journey, edit: Edit, merge: Option<MergeKey>) {
        let inverse = edit.apply_keeping_conflicts_fit(journey);
        if inverse.is_empty() {
            return;
        }
        self.redo.clear();
        let before = self.revision;
        self.next_revision += 1;
        self.revision = self.next_revision;
        if let (Some(key), Some(last)) = (&merge, self.undo.last_mut())
            && last.merge.as_ref() == Some(key)
        {
            // The last step's inverse already restores the state before the whole gesture,
            // as long as the gesture only touches what its first edit touched; the inverse of
            // a later edit goes in front so the combination is exact in every case.
            if !restores_same_part(&last.inverse, &inverse) {
                let earlier = std::mem::replace(&mut last.inverse, Edit::Batch(Vec::new()));
                last.inverse = Edit::Batch(vec![inverse, earlier]);
            }
            return;
        }
        self.undo.push(Step {
            inverse,
            before,
            merge,
        });
    }

    /// Ends the current gesture: the next edit starts a new step even with the same key.
    pub fn seal(&mut self) {
        if let Some(last) = self.undo.last_mut() {
            last.merge = None;
        }
    }

    /// Undoes the last step; returns false when there is nothing to undo.
    pub fn undo(&mut self, journey: &mut Journey) -> bool {
        let Some(step) = self.undo.pop() else {
            return false;
        };
        let redo = step.inverse.apply(journey);
        self.redo.push(Step {
            inverse: redo,
            before: self.revision,
            merge: None,
        });
        self.revision = step.before;
        true
    }

    /// Redoes the last undone step; returns false when there is nothing to redo.
    pub fn redo(&mut self, journey: &mut Journey) -> bool {
        let Some(step) = self.redo.pop() else {
            return false;
        };
        let undo = step.inverse.apply(journey);
        self.undo.push(Step {
            inverse: undo,
            before: self.revision,
            merge: None,
        });
        self.revision = step.before;
        true
    }

    /// The edit the next undo applies.
    pub fn next_undo(&self) -> Option<&Edit> {
        self.undo.last().map(|step| &step.inverse)
    }

    /// The edit the next redo applies.
    pub fn next_redo(&self) -> Option<&Edit> {
        self.redo.last().map(|step| &step.inverse)
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The names of the pictures the undo and redo steps would bring back: such pictures are
    /// still in use even when the map does not name them now.
    pub fn picture_names(&self) -> Vec<&str> {
        let mut names = Vec::new();
        for step in self.undo.iter().chain(&self.redo) {
            step.inverse.picture_names(&mut names);
        }
        names
    }

    /// How many steps can be undone.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// Records that the document as it is now has been saved.
    pub fn mark_saved(&mut self) {
        self.seal();
        self.saved_revision = self.revision;
    }

    /// Marks the document as differing from any saved file, e.g. a restored recovery copy.
    pub fn mark_unsaved(&mut self) {
        // No revision ever reaches u64::MAX, so the document stays dirty until it is saved.
        self.saved_revision = u64::MAX;
    }

    /// Whether the document differs from what was last saved (or opened).
    pub fn is_dirty(&self) -> bool {
        self.revision != self.saved_revision
    }
}
