//! The service blueprint's three lines, drawn across the whole map under a lane: the line of
//! interaction (the customer's actions above, the frontstage below), the line of visibility
//! (what the customer sees above, the backstage below) and the line of internal interaction
//! (the backstage above, the support processes below). A line is stored by the lane it lies
//! under, so it follows that lane when lanes are reordered and goes with it when it is deleted.

use super::{Journey, LaneId};
use serde::{Deserialize, Serialize};

/// Which of the three lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LineKind {
    /// Customer actions above, frontstage below.
    Interaction,
    /// What the customer sees above, backstage below.
    Visibility,
    /// Backstage above, support processes below.
    InternalInteraction,
}

impl LineKind {
    /// The three lines, top to bottom as a blueprint draws them.
    pub const ALL: [LineKind; 3] = [
        LineKind::Interaction,
        LineKind::Visibility,
        LineKind::InternalInteraction,
    ];

    /// The kind's name on the command line and in `info --json`: `interaction`, `visibility`,
    /// `internal-interaction`.
    pub fn name(self) -> &'static str {
        match self {
            LineKind::Interaction => "interaction",
            LineKind::Visibility => "visibility",
            LineKind::InternalInteraction => "internal-interaction",
        }
    }
}

/// A line of the blueprint, under a lane. A map has at most one line of each kind: the kind is
/// its identity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlueprintLine {
    /// Which line.
    pub kind: LineKind,
    /// The lane it is drawn under.
    pub below_lane: LaneId,
}

impl Journey {
    /// The lane the blueprint line `kind` lies under, if the map has that line.
    pub fn blueprint_line(&self, kind: LineKind) -> Option<LaneId> {
        self.blueprint_lines
            .iter()
            .find(|l| l.kind == kind)
            .map(|l| l.below_lane)
    }
}
