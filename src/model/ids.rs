//! Stable identifiers for the parts of a journey.
//!
//! Ids are small integers stored in the file, so they survive edits, reordering and merges in git.
//! Each kind of part has its own id type, so a stage id can never be passed where a lane id is meant.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
        )]
        #[serde(transparent)]
        pub struct $name(pub u32);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }
    };
}

id_type!(
    /// Identifies a [`crate::model::Persona`].
    PersonaId,
    "persona "
);
id_type!(
    /// Identifies a [`crate::model::Stage`].
    StageId,
    "stage "
);
id_type!(
    /// Identifies a [`crate::model::Lane`].
    LaneId,
    "lane "
);
id_type!(
    /// Identifies a [`crate::model::Card`].
    CardId,
    "card "
);
