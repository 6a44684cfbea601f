//! A recorded conflict in words: `check` prints them, the app lists them.

use crate::i18n::Message;
use crate::model::{Conflict, ConflictKind, Item, Journey, TheirItem};

/// What a conflict is about, by name: the thing as the map has it, else as their side has it.
pub fn item_name(conflict: &Conflict, journey: &Journey) -> String {
    let theirs = conflict.theirs.as_ref();
    let quoted = |name: Option<&str>, fallback: String| name.map_or(fallback, |n| format!("“{n}”"));
    let place = conflict.item.place();
    let fallback = || format!("{} {}", place.list, place.id);
    match conflict.item {
        Item::Map => journey.title.clone(),
        Item::Persona(id) => {
            let name = journey
                .persona(id)
                .map(|p| p.name.as_str())
                .or(match theirs {
                    Some(TheirItem::Persona(p)) => Some(p.name.as_str()),
                    _ => None,
                });
            quoted(name, fallback())
        }
        Item::Stage(id) => {
            let name = journey.stage(id).map(|s| s.name.as_str()).or(match theirs {
                Some(TheirItem::Stage(s)) => Some(s.name.as_str()),
                _ => None,
            });
            quoted(name, fallback())
        }
        Item::Lane(id) => {
            let name = journey.lane(id).map(|l| l.name.as_str()).or(match theirs {
                Some(TheirItem::Lane(l)) => Some(l.name.as_str()),
                _ => None,
            });
            quoted(name, fallback())
        }
        Item::Card(id) => {
            let name = journey.card(id).map(|c| c.title.as_str()).or(match theirs {
                Some(TheirItem::Card(c)) => Some(c.title.as_str()),
                _ => None,
            });
            quoted(name, fallback())
        }
        Item::Connection(_) | Item::Line(_) => fallback(),
    }
}

/// The conflict in words, worded when shown.
pub fn describe(conflict: &Conflict, journey: &Journey) -> Message {
    let item = item_name(conflict, journey);
    match &conflict.kind {
        ConflictKind::Field(field) => Message::new("conflict-field")
            .text("item", item)
            .text("field", field.clone()),
        ConflictKind::DeletedByThem => Message::new("conflict-deleted-by-them").text("item", item),
        ConflictKind::DeletedByUs => Message::new("conflict-deleted-by-us").text("item", item),
        ConflictKind::KeptInUse { .. } => Message::new("conflict-kept-in-use").text("item", item),
    }
}
