//! The fields of each kind of thing a merge compares one by one: its name in the file, its value
//! written out (to compare three versions), and how to copy it from another version.

use crate::model::{BlueprintLine, Card, Connection, Lane, MapFields, Persona, Stage};

/// One field of a `T`.
pub struct Field<T> {
    /// The field's name in the file (`cell` for a card's stage and lane together).
    pub name: &'static str,
    /// Its value, written out (to show a conflict's two sides).
    pub show: fn(&T) -> String,
    /// Whether two versions hold the same value: compared directly, as writing every field out
    /// to compare it took most of a large map's merge.
    pub same: fn(&T, &T) -> bool,
    /// Copies it from the first version into the second.
    pub copy: fn(&T, &mut T),
}

macro_rules! field {
    ($name:literal, $($f:ident).+) => {
        Field {
            name: $name,
            show: |t| format!("{:?}", t.$($f).+),
            same: |a, b| a.$($f).+ == b.$($f).+,
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
        same: |a, b| (a.stage, a.lane) == (b.stage, b.lane),
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
    fields.iter().any(|f| !(f.same)(a, b))
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
        if (field.same)(ours, theirs) {
            continue;
        }
        match base {
            Some(b) if (field.same)(b, ours) => (field.copy)(theirs, &mut merged),
            Some(b) if (field.same)(b, theirs) => {}
            _ => conflicts.push(field.name),
        }
    }
    (merged, conflicts)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `same` must say what comparing the written-out values said, for every field.
    fn agree<T>(fields: &[Field<T>], things: &[T]) -> usize {
        let mut differing = 0;
        for field in fields {
            for a in things {
                for b in things {
                    let written = (field.show)(a) == (field.show)(b);
                    assert_eq!((field.same)(a, b), written, "field {}", field.name);
                    differing += usize::from(!written);
                }
            }
        }
        differing
    }

    #[test]
    fn comparing_fields_directly_agrees_with_comparing_them_written_out() {
        let journey = crate::templates::find("full-cycle")
            .and_then(|t| t.journey().ok())
            .expect("the full-cycle template");
        let mut cards: Vec<Card> = journey.cards.iter().map(|c| (**c).clone()).collect();
        // Cards in one stage and different lanes, and in one lane and different stages.
        let mut other_lane = cards[0].clone();
        other_lane.lane = journey.lanes[1].id;
        let mut other_stage = cards[0].clone();
        other_stage.stage = journey.stages[1].id;
        cards.extend([other_lane, other_stage]);
        let pairs = cards.len() * cards.len();
        assert!(
            agree(CARD, &cards) > pairs,
            "the cards differ in more than one field"
        );
        assert!(agree(STAGE, &journey.stages) > 0);
        assert!(agree(LANE, &journey.lanes) > 0);
        assert!(agree(PERSONA, &journey.personas) > 0);
        // Paths: the template has few, so one is varied in each field.
        let path = crate::model::Connection {
            id: crate::model::ConnectionId(1),
            kind: crate::model::ConnectionKind::ALL[0],
            from: cards[0].id,
            to: None,
            label: String::new(),
            share: None,
        };
        let paths = [
            crate::model::Connection {
                kind: crate::model::ConnectionKind::ALL[1],
                from: cards[1].id,
                to: Some(cards[2].id),
                label: "Yes".into(),
                share: Some(40),
                ..path.clone()
            },
            path,
        ];
        assert!(agree(CONNECTION, &paths) >= 2 * CONNECTION.len());
        let maps = [
            MapFields::of(&journey),
            MapFields::of(&crate::model::Journey::default()),
        ];
        assert!(agree(MAP, &maps) > 0);
    }
}
