//! What changed between two maps, matched by id, not by line: the semantic diff behind
//! `journeymap diff`. Pure: two documents in, a list of changes out; [`text`] words it for a
//! terminal and [`json`] gives tools a stable shape.

mod compare;
pub mod json;
pub mod marks;
pub use order::moved;
mod order;
#[cfg(test)]
mod tests;
pub mod text;

use crate::model::{Journey, LaneId, PersonaId, StageId};

/// The thing a change is about: the same as what a merge conflict is about.
pub use crate::model::Item;

/// How the item changed.
#[derive(Clone, Debug, PartialEq)]
pub enum ChangeKind {
    /// Only in the new map.
    Added,
    /// Only in the old map.
    Removed,
    /// A field set to another value, both written as a file writes them.
    Field {
        /// The field's name in the file (`title`, `body`, `channel`…).
        field: &'static str,
        /// The old value.
        old: String,
        /// The new value.
        new: String,
    },
    /// A card moved to another stage or lane.
    MovedCell {
        /// Its stage and lane before.
        from: (StageId, LaneId),
        /// Its stage and lane now.
        to: (StageId, LaneId),
    },
    /// Moved among its neighbours: a stage, lane or persona in its list, a card within its cell.
    /// Only the items whose relative order changed are reported (the fewest that explain it).
    Reordered,
    /// A persona's score on a card, set, changed or taken away.
    Score {
        /// Whose score.
        persona: PersonaId,
        /// Before, if any.
        old: Option<i8>,
        /// Now, if any.
        new: Option<i8>,
    },
}

/// One difference.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// What it is about.
    pub item: Item,
    /// How it changed.
    pub kind: ChangeKind,
}

/// The differences from `old` to `new`: map fields, then personas, stages, lanes, cards,
/// connections and blueprint lines, each in the order the new map lists them (removed ones
/// after, in the old map's order). Empty when the maps say the same.
pub fn diff(old: &Journey, new: &Journey) -> Vec<Change> {
    let mut changes = Vec::new();
    compare::map_fields(old, new, &mut changes);
    compare::personas(old, new, &mut changes);
    compare::stages(old, new, &mut changes);
    compare::lanes(old, new, &mut changes);
    compare::cards(old, new, &mut changes);
    compare::connections(old, new, &mut changes);
    compare::lines(old, new, &mut changes);
    changes
}
