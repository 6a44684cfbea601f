//! The fields of each kind of thing a merge compares one by one: its name in the file, its value
//! written out (to compare three versions), and how to copy it from another version.

use crate::model::{BlueprintLine, Card, Connection, Lane, MapFields, Persona, Stage};

/// One field of a `T`.
pub struct Field<T> {
    /// The field's name in the file (`cell` for a card's stage and lane together).
    pub name: &'static str,
    /// Its value, written out to compare.
    pub show: fn(&T) -> String,
    /// Copies it from the first version into the second.
    pub copy: fn(&T, &mut T),
}

macro_rules! field {
    ($name:literal, $($f:ident).+) => {
        Field {
            name: $name,
            show: |t| format!("{:?}", t.$($f).+),
            copy: |from, to| to.$($f).+ = from.$($f).+.clone(),
        }
    };
}

/// A card's fields; its scores and its order in the cell are merged apart.
pub const CARD: &[Field<Card>] = &[
    field!("title", title),
    field!("body", body),
    field!("channel", channel),
    field!("severity", severity),
    field!("tags", tags),
    field!("color", color),
    field!("votes", votes),
    field!("decision", decision),
    field!("milestone", milestone),
    field!("image", image),
    Field {
        name: "cell",
        show: |c| format!("{:?}", (c.stage, c.lane)),
        copy: |from, to| (to.stage, to.lane) = (from.stage, from.lane),
    },
];

/// A stage's fields.
pub const STAGE: &[Field<Stage>] = &[
    field!("name", name),
    field!("goal", goal),
    field!("questions", questions),
    field!("kpis", kpis),
];

/// A lane's fields.
pub const LANE: &[Field<Lane>] = &[
    field!("name", name),
    field!("kind", kind),
    field!("hidden", hidden),
];

/// A persona's fields.
pub const PERSONA: &[Field<Persona>] = &[
    field!("name", name),
    field!("role", role),
    field!("goals", goals),
    field!("needs", needs),
    field!("motivations", motivations),
    field!("triggers", triggers),
    field!("fears", fears),
    field!("color", color),
    field!("photo", photo),
];

/// A path's fields.
pub const CONNECTION: &[Field<Connection>] = &[
    field!("kind", kind),
    field!("from", from),
    field!("to", to),
    field!("label", label),
    field!("share", share),
];

/// The map's own fields.
pub const MAP: &[Field<MapFields>] = &[
    field!("title", title),
    field!("description", description),
    field!("state", state),
    field!("direction", direction),
    field!("language", language),
];

/// A blueprint line's one field.
pub const LINE: &[Field<BlueprintLine>] = &[field!("below_lane", below_lane)];

/// Whether two versions differ in any of `fields`.
pub fn differ<T>(fields: &[Field<T>], a: &T, b: &T) -> bool {
    fields.iter().any(|f| (f.show)(a) != (f.show)(b))
}

/// Three versions of a thing merged field by field: a field only one side changed takes that
/// side's value; both changing it alike is no conflict; both changing it differently keeps ours
/// and names the field in the list returned. Without a base (a two-way merge, or the same id
/// added on both sides), every field that differs is a conflict.
pub fn merge<T: Clone>(
    fields: &[Field<T>],
    base: Option<&T>,
    ours: &T,
    theirs: &T,
) -> (T, Vec<&'static str>) {
    let mut merged = ours.clone();
    let mut conflicts = Vec::new();
    for field in fields {
        let (o, t) = ((field.show)(ours), (field.show)(theirs));
        if o == t {
            continue;
        }
        match base.map(field.show) {
            Some(b) if b == o => (field.copy)(theirs, &mut merged),
            Some(b) if b == t => {}
            _ => conflicts.push(field.name),
        }
    }
    (merged, conflicts)
}
