//! Settling a recorded conflict: keep ours, or take theirs — one undoable edit that makes the
//! change and forgets the conflict.

use super::fields::{self, Field};
use crate::edit::{Edit, ops};
use crate::i18n::Message;
use crate::model::{Conflict, ConflictKind, Item, Journey, TheirItem};

/// Which side of a conflict to keep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    /// What the map has now (ours, or what the user typed since).
    Ours,
    /// The other side's version.
    Theirs,
}

/// The edit that settles the `index`th conflict of `journey` by `pick`, as one step; an error
/// when there is no such conflict or theirs cannot be taken (a card whose stage is gone).
pub fn settle(journey: &Journey, index: usize, pick: Pick) -> Result<Edit, Message> {
    let conflict = journey
        .conflicts
        .get(index)
        .ok_or_else(|| Message::new("conflict-gone"))?;
    let change = match (pick, &conflict.kind) {
        (Pick::Ours, ConflictKind::KeptInUse { by_us: true }) => delete(journey, conflict.item),
        (Pick::Ours, _) => None,
        (Pick::Theirs, ConflictKind::Field(field)) => Some(take_field(journey, conflict, field)?),
        (Pick::Theirs, ConflictKind::DeletedByThem) => delete(journey, conflict.item),
        (Pick::Theirs, ConflictKind::DeletedByUs) => Some(restore(journey, conflict)?),
        (Pick::Theirs, ConflictKind::KeptInUse { by_us: false }) => delete(journey, conflict.item),
        (Pick::Theirs, ConflictKind::KeptInUse { by_us: true }) => None,
    };
    let mut rest = journey.conflicts.clone();
    rest.remove(index);
    let mut steps: Vec<Edit> = change.into_iter().collect();
    steps.push(Edit::SetConflicts(rest));
    Ok(Edit::Batch(steps))
}

/// The edit that deletes `item` (a stage or lane with its cards, a card with its paths).
fn delete(journey: &Journey, item: Item) -> Option<Edit> {
    Some(match item {
        Item::Map => return None,
        Item::Persona(id) => Edit::RemovePersona(id),
        Item::Stage(id) => Edit::RemoveStage(id),
        Item::Lane(id) => Edit::RemoveLane(id),
        Item::Card(id) => ops::delete_cards(&[id]),
        Item::Connection(id) => Edit::RemoveConnection(id),
        Item::Line(kind) => {
            journey.blueprint_line(kind)?;
            Edit::SetBlueprintLine(kind, None)
        }
    })
}

/// Their version put back.
fn restore(journey: &Journey, conflict: &Conflict) -> Result<Edit, Message> {
    let cannot = || Message::new("conflict-cannot-restore");
    Ok(match conflict.theirs.clone().ok_or_else(cannot)? {
        TheirItem::Map(_) => return Err(cannot()),
        TheirItem::Persona(p) => Edit::InsertPersona(journey.personas.len(), Box::new(p)),
        TheirItem::Stage(s) => Edit::InsertStage(journey.stages.len(), Box::new(s)),
        TheirItem::Lane(l) => Edit::InsertLane(journey.lanes.len(), Box::new(l)),
        TheirItem::Card(card) => {
            if journey.stage(card.stage).is_none() || journey.lane(card.lane).is_none() {
                return Err(cannot());
            }
            Edit::AddCard(Box::new(card))
        }
        TheirItem::Connection(c) => {
            let ends = std::iter::once(c.from).chain(c.to);
            if ends.into_iter().any(|end| journey.card(end).is_none()) {
                return Err(cannot());
            }
            Edit::InsertConnection(journey.connections.len(), Box::new(c))
        }
        TheirItem::Line(line) => Edit::SetBlueprintLine(line.kind, Some(line.below_lane)),
    })
}

/// Ours with `field` copied from theirs.
fn take_field(journey: &Journey, conflict: &Conflict, field: &str) -> Result<Edit, Message> {
    let cannot = || Message::new("conflict-cannot-restore");
    fn copied<T: Clone>(table: &[Field<T>], field: &str, from: &T, to: &T) -> Option<T> {
        let entry = table.iter().find(|f| f.name == field)?;
        let mut to = to.clone();
        (entry.copy)(from, &mut to);
        Some(to)
    }
    let theirs = conflict.theirs.as_ref().ok_or_else(cannot)?;
    let edit = match (theirs, conflict.item) {
        (TheirItem::Card(t), Item::Card(id)) => {
            let ours = journey.card(id).ok_or_else(cannot)?;
            let card = match field.strip_prefix("score:") {
                Some(_) => {
                    let mut card = ours.clone();
                    let persona = t
                        .emotions
                        .keys()
                        .chain(ours.emotions.keys())
                        .find(|p| format!("score:{}", p.written()) == field)
                        .copied()
                        .ok_or_else(cannot)?;
                    match t.emotions.get(&persona) {
                        Some(score) => card.emotions.insert(persona, *score),
                        None => card.emotions.remove(&persona),
                    };
                    card
                }
                None => copied(fields::CARD, field, t, ours).ok_or_else(cannot)?,
            };
            if journey.stage(card.stage).is_none() || journey.lane(card.lane).is_none() {
                return Err(cannot());
            }
            Edit::ReplaceCard(Box::new(card))
        }
        (TheirItem::Stage(t), Item::Stage(id)) => {
            let ours = journey.stage(id).ok_or_else(cannot)?;
            Edit::ReplaceStage(Box::new(
                copied(fields::STAGE, field, t, ours).ok_or_else(cannot)?,
            ))
        }
        (TheirItem::Lane(t), Item::Lane(id)) => {
            let ours = journey.lane(id).ok_or_else(cannot)?;
            Edit::ReplaceLane(Box::new(
                copied(fields::LANE, field, t, ours).ok_or_else(cannot)?,
            ))
        }
        (TheirItem::Persona(t), Item::Persona(id)) => {
            let ours = journey.persona(id).ok_or_else(cannot)?;
            let persona = copied(fields::PERSONA, field, t, ours).ok_or_else(cannot)?;
            Edit::ReplacePersona(Box::new(persona))
        }
        (TheirItem::Connection(t), Item::Connection(id)) => {
            let ours = journey.connection(id).ok_or_else(cannot)?;
            let connection = copied(fields::CONNECTION, field, t, ours).ok_or_else(cannot)?;
            Edit::ReplaceConnection(Box::new(connection))
        }
        (TheirItem::Line(t), Item::Line(kind)) => Edit::SetBlueprintLine(kind, Some(t.below_lane)),
        (TheirItem::Map(t), Item::Map) => match field {
            "title" => Edit::SetTitle(t.title.clone()),
            "description" => Edit::SetDescription(t.description.clone()),
            "state" => Edit::SetState(t.state),
            "direction" => Edit::SetDirection(t.direction),
            "language" => Edit::SetLanguage(t.language),
            _ => return Err(cannot()),
        },
        _ => return Err(cannot()),
    };
    Ok(edit)
}

/// A value as the user wrote it: text without quotes or escapes, `Some(x)` as `x`, `None` as a
/// dash.
fn plain(shown: String) -> String {
    let inner = match shown
        .strip_prefix("Some(")
        .and_then(|t| t.strip_suffix(')'))
    {
        Some(inner) => inner.to_owned(),
        None if shown == "None" => return "—".to_owned(),
        None => shown,
    };
    if inner.starts_with('"') && inner.ends_with('"') {
        // Debug escapes quotes and new lines; the user typed them plain.
        return serde_json::from_str::<String>(&inner).unwrap_or(inner);
    }
    inner
}

/// Our and their value of a field conflict, written out for the user (none for other kinds).
pub fn values(journey: &Journey, conflict: &Conflict) -> Option<(String, String)> {
    let ConflictKind::Field(field) = &conflict.kind else {
        return None;
    };
    fn shown<T>(
        table: &[Field<T>],
        field: &str,
        ours: Option<&T>,
        theirs: &T,
    ) -> Option<(String, String)> {
        let entry = table.iter().find(|f| f.name == field)?;
        let plain = |t: &T| plain((entry.show)(t));
        Some((ours.map_or_else(String::new, plain), plain(theirs)))
    }
    match (conflict.theirs.as_ref()?, conflict.item) {
        (TheirItem::Card(t), Item::Card(id)) => match field.strip_prefix("score:") {
            Some(_) => {
                let ours = journey.card(id);
                let score = |c: &crate::model::Card| {
                    c.emotions
                        .iter()
                        .find(|(p, _)| format!("score:{}", p.written()) == *field)
                        .map_or_else(|| "—".to_owned(), |(_, s)| format!("{:+}", s.value()))
                };
                Some((ours.map_or_else(String::new, score), score(t)))
            }
            None => shown(fields::CARD, field, journey.card(id), t),
        },
        (TheirItem::Stage(t), Item::Stage(id)) => shown(fields::STAGE, field, journey.stage(id), t),
        (TheirItem::Lane(t), Item::Lane(id)) => shown(fields::LANE, field, journey.lane(id), t),
        (TheirItem::Persona(t), Item::Persona(id)) => {
            shown(fields::PERSONA, field, journey.persona(id), t)
        }
        (TheirItem::Connection(t), Item::Connection(id)) => {
            shown(fields::CONNECTION, field, journey.connection(id), t)
        }
        (TheirItem::Map(t), Item::Map) => shown(
            fields::MAP,
            field,
            Some(&crate::model::MapFields::of(journey)),
            t,
        ),
        _ => None,
    }
}
