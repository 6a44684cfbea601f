//! A diff for tools: `journeymap diff --json`. The shape is stable (new keys may be added;
//! none is renamed or removed):
//!
//! `{"changes": [{"item", "id", "change", "field"?, "old"?, "new"?, "persona"?}]}` where `item` is
//! `map`, `persona`, `stage`, `lane`, `card`, `connection` or `line`; `id` is the item's id as
//! the file writes it (a line's kind, empty for the map); `change` is `added`, `removed`,
//! `field` (with `field`, `old` and `new` as strings), `moved` (a card to another cell: `old`
//! and `new` are `{"stage", "lane"}`), `reordered`, or `score` (with `persona`, and `old` and
//! `new` as numbers or null).

use super::{Change, ChangeKind, Item};
use serde::Serialize;
use serde_json::{Value, json};

/// The whole diff.
#[derive(Debug, Serialize)]
pub struct JsonDiff {
    /// Every change, in the order of [`super::diff`].
    pub changes: Vec<JsonChange>,
}

/// One change.
#[derive(Debug, Serialize)]
pub struct JsonChange {
    /// What kind of thing changed.
    pub item: &'static str,
    /// Its id, as the file writes it.
    pub id: String,
    /// How it changed.
    pub change: &'static str,
    /// For a field change: the field's name in the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<&'static str>,
    /// The value before.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old: Option<Value>,
    /// The value now.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<Value>,
    /// For a score: the persona's id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub persona: Option<String>,
}

/// `changes` in the stable JSON shape.
pub fn of(changes: &[Change]) -> JsonDiff {
    JsonDiff {
        changes: changes.iter().map(one).collect(),
    }
}

fn one(change: &Change) -> JsonChange {
    let (item, id) = match change.item {
        Item::Map => ("map", String::new()),
        Item::Persona(id) => ("persona", id.written()),
        Item::Stage(id) => ("stage", id.written()),
        Item::Lane(id) => ("lane", id.written()),
        Item::Card(id) => ("card", id.written()),
        Item::Connection(id) => ("connection", id.written()),
        Item::Line(kind) => ("line", kind.name().to_owned()),
    };
    let mut out = JsonChange {
        item,
        id,
        change: "added",
        field: None,
        old: None,
        new: None,
        persona: None,
    };
    match &change.kind {
        ChangeKind::Added => {}
        ChangeKind::Removed => out.change = "removed",
        ChangeKind::Reordered => out.change = "reordered",
        ChangeKind::Field { field, old, new } => {
            out.change = "field";
            out.field = Some(field);
            out.old = Some(json!(old));
            out.new = Some(json!(new));
        }
        ChangeKind::MovedCell { from, to } => {
            out.change = "moved";
            out.old = Some(json!({"stage": from.0.written(), "lane": from.1.written()}));
            out.new = Some(json!({"stage": to.0.written(), "lane": to.1.written()}));
        }
        ChangeKind::Score { persona, old, new } => {
            out.change = "score";
            out.persona = Some(persona.written());
            out.old = Some(json!(old));
            out.new = Some(json!(new));
        }
    }
    out
}
