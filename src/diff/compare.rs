//! The comparisons behind [`super::diff`], one kind of item at a time, each matched by id.

use super::order::moved;
use super::{Change, ChangeKind, Item};
use crate::model::{Card, CardId, Journey, LaneId, StageId};
use ahash::{HashMap, HashSet};
use std::hash::Hash;

/// Records a field change of `item` when `old` and `new` differ.
fn field<T: PartialEq + std::fmt::Debug>(
    out: &mut Vec<Change>,
    item: Item,
    name: &'static str,
    old: &T,
    new: &T,
) {
    if old != new {
        let kind = ChangeKind::Field {
            field: name,
            old: written(old),
            new: written(new),
        };
        out.push(Change { item, kind });
    }
}

/// A value as the file writes it: strings bare, `Some(x)` as `x`, `None` as empty.
fn written<T: std::fmt::Debug>(value: &T) -> String {
    let text = format!("{value:?}");
    let text = match text.strip_prefix("Some(").and_then(|t| t.strip_suffix(')')) {
        Some(inner) => inner.to_owned(),
        None if text == "None" => String::new(),
        None => text,
    };
    match text.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        // Debug escapes; the user wrote the plain text.
        Some(_) => serde_json::from_str::<String>(&text).unwrap_or(text),
        None => text,
    }
}

pub(super) fn map_fields(old: &Journey, new: &Journey, out: &mut Vec<Change>) {
    field(out, Item::Map, "title", &old.title, &new.title);
    field(
        out,
        Item::Map,
        "description",
        &old.description,
        &new.description,
    );
    field(out, Item::Map, "state", &old.state, &new.state);
    field(out, Item::Map, "direction", &old.direction, &new.direction);
    field(out, Item::Map, "language", &old.language, &new.language);
    // Recorded merge conflicts, by how many there are (each is named by `journeymap check`).
    field(
        out,
        Item::Map,
        "conflicts",
        &old.conflicts.len(),
        &new.conflicts.len(),
    );
}

/// Added, removed and reordered items of a list, by `id`; `each` compares the fields of an item
/// in both.
fn list<T, I: Copy + Eq + Hash>(
    (old, new): (&[T], &[T]),
    id: impl Fn(&T) -> I,
    item: impl Fn(I) -> Item,
    mut each: impl FnMut(&T, &T, &mut Vec<Change>),
    out: &mut Vec<Change>,
) {
    let before: HashMap<I, &T> = old.iter().map(|t| (id(t), t)).collect();
    let now: HashSet<I> = new.iter().map(&id).collect();
    let old_ids: Vec<I> = old.iter().map(&id).collect();
    let new_ids: Vec<I> = new.iter().map(&id).collect();
    let reordered: HashSet<I> = moved(&old_ids, &new_ids).into_iter().collect();
    for t in new {
        let key = id(t);
        match before.get(&key) {
            None => out.push(Change {
                item: item(key),
                kind: ChangeKind::Added,
            }),
            Some(was) => {
                if reordered.contains(&key) {
                    out.push(Change {
                        item: item(key),
                        kind: ChangeKind::Reordered,
                    });
                }
                each(was, t, out);
            }
        }
    }
    for key in old_ids.into_iter().filter(|k| !now.contains(k)) {
        out.push(Change {
            item: item(key),
            kind: ChangeKind::Removed,
        });
    }
}

pub(super) fn personas(old: &Journey, new: &Journey, out: &mut Vec<Change>) {
    let each = |a: &crate::model::Persona, b: &crate::model::Persona, out: &mut Vec<Change>| {
        let item = Item::Persona(b.id);
        field(out, item, "name", &a.name, &b.name);
        field(out, item, "role", &a.role, &b.role);
        field(out, item, "goals", &a.goals, &b.goals);
        field(out, item, "needs", &a.needs, &b.needs);
        field(out, item, "motivations", &a.motivations, &b.motivations);
        field(out, item, "triggers", &a.triggers, &b.triggers);
        field(out, item, "fears", &a.fears, &b.fears);
        field(
            out,
            item,
            "photo",
            &picture_name(a.photo.as_ref()),
            &picture_name(b.photo.as_ref()),
        );
        // Colours as the file writes them: `#e07a5f`.
        field(
            out,
            item,
            "color",
            &a.color.to_string(),
            &b.color.to_string(),
        );
    };
    let lists = (old.personas.as_slice(), new.personas.as_slice());
    list(lists, |p| p.id, Item::Persona, each, out);
}

pub(super) fn stages(old: &Journey, new: &Journey, out: &mut Vec<Change>) {
    let each = |a: &crate::model::Stage, b: &crate::model::Stage, out: &mut Vec<Change>| {
        let item = Item::Stage(b.id);
        field(out, item, "name", &a.name, &b.name);
        field(out, item, "goal", &a.goal, &b.goal);
        field(out, item, "questions", &a.questions, &b.questions);
        let kpis = |s: &crate::model::Stage| -> Vec<String> {
            s.kpis
                .iter()
                .map(|k| k.text(crate::model::Language::English))
                .collect()
        };
        field(out, item, "kpis", &kpis(a), &kpis(b));
    };
    let lists = (old.stages.as_slice(), new.stages.as_slice());
    list(lists, |s| s.id, Item::Stage, each, out);
}

pub(super) fn lanes(old: &Journey, new: &Journey, out: &mut Vec<Change>) {
    let each = |a: &crate::model::Lane, b: &crate::model::Lane, out: &mut Vec<Change>| {
        let item = Item::Lane(b.id);
        field(out, item, "name", &a.name, &b.name);
        field(out, item, "kind", &a.kind, &b.kind);
        field(out, item, "hidden", &a.hidden, &b.hidden);
    };
    let lists = (old.lanes.as_slice(), new.lanes.as_slice());
    list(lists, |l| l.id, Item::Lane, each, out);
}

/// The cards of each cell, in their order there.
pub(super) fn cells(journey: &Journey) -> HashMap<(StageId, LaneId), Vec<CardId>> {
    // Sorted as plain keys side by side, not as references to the cards: at 100,000 cards the
    // cards no longer fit the processor's cache and every comparison would fetch two of them.
    let mut keys: Vec<(u32, CardId, StageId, LaneId)> = journey
        .cards
        .iter()
        .map(|c| (c.order, c.id, c.stage, c.lane))
        .collect();
    keys.sort_unstable();
    let mut cells: HashMap<(StageId, LaneId), Vec<CardId>> = HashMap::default();
    for (_, id, stage, lane) in keys {
        cells.entry((stage, lane)).or_default().push(id);
    }
    cells
}

pub(super) fn cards(old: &Journey, new: &Journey, out: &mut Vec<Change>) {
    let before: HashMap<CardId, usize> = (old.cards.iter().enumerate())
        .map(|(position, c)| (c.id, position))
        .collect();
    // Order inside a cell, as a sequence: among the cards that were in this cell before and
    // are still, the fewest whose order must have changed.
    let (old_cells, new_cells) = (cells(old), cells(new));
    let mut reordered = HashSet::default();
    for (cell, cards) in &new_cells {
        if let Some(was) = old_cells.get(cell) {
            reordered.extend(moved(was, cards));
        }
    }
    // Where in the old list the next card is expected: just after the last one found.
    let mut expected = 0;
    // The old cards a new card was found as: only the others can have been removed.
    let mut found_again = vec![false; old.cards.len()];
    for (index, card) in new.cards.iter().enumerate() {
        let item = Item::Card(card.id);
        // Most cards are where they were in the list, or just after the card before them (cards
        // removed or added above shift the rest): found there, in order, the cards are read one
        // after the other instead of looked up all over memory.
        let here = |position: usize| {
            (old.cards.get(position))
                .is_some_and(|c| c.id == card.id)
                .then_some(position)
        };
        let found = here(index).or_else(|| here(expected));
        let Some(position) = found.or_else(|| before.get(&card.id).copied()) else {
            out.push(Change {
                item,
                kind: ChangeKind::Added,
            });
            continue;
        };
        expected = position + 1;
        found_again[position] = true;
        let was = &old.cards[position];
        if (was.stage, was.lane) != (card.stage, card.lane) {
            let kind = ChangeKind::MovedCell {
                from: (was.stage, was.lane),
                to: (card.stage, card.lane),
            };
            out.push(Change { item, kind });
        } else if reordered.contains(&card.id) {
            out.push(Change {
                item,
                kind: ChangeKind::Reordered,
            });
        }
        card_fields(was, card, out);
    }
    let unmatched: Vec<&Card> = (old.cards.iter().zip(found_again))
        .filter_map(|(card, found)| (!found).then_some(&**card))
        .collect();
    if unmatched.is_empty() {
        return;
    }
    let now: HashSet<CardId> = new.cards.iter().map(|c| c.id).collect();
    for card in unmatched.into_iter().filter(|c| !now.contains(&c.id)) {
        out.push(Change {
            item: Item::Card(card.id),
            kind: ChangeKind::Removed,
        });
    }
}

/// A picture as a change names it: its stored name (its size follows from it).
fn picture_name(picture: Option<&crate::model::Picture>) -> Option<String> {
    picture.map(|p| p.name.clone())
}

fn card_fields(a: &Card, b: &Card, out: &mut Vec<Change>) {
    let item = Item::Card(b.id);
    field(out, item, "title", &a.title, &b.title);
    field(out, item, "body", &a.body, &b.body);
    field(out, item, "channel", &a.channel, &b.channel);
    field(out, item, "severity", &a.severity, &b.severity);
    field(out, item, "tags", &a.tags, &b.tags);
    let color = |c: &Card| c.color.map(|rgb| rgb.to_string());
    field(out, item, "color", &color(a), &color(b));
    field(out, item, "votes", &a.votes, &b.votes);
    field(out, item, "decision", &a.decision, &b.decision);
    field(out, item, "milestone", &a.milestone, &b.milestone);
    field(
        out,
        item,
        "image",
        &picture_name(a.image.as_deref()),
        &picture_name(b.image.as_deref()),
    );
    if a.emotions == b.emotions {
        return;
    }
    let personas: std::collections::BTreeSet<_> =
        a.emotions.keys().chain(b.emotions.keys()).collect();
    for persona in personas {
        let (was, now) = (
            a.emotions.get(persona).map(|s| s.value()),
            b.emotions.get(persona).map(|s| s.value()),
        );
        if was != now {
            let kind = ChangeKind::Score {
                persona: *persona,
                old: was,
                new: now,
            };
            out.push(Change { item, kind });
        }
    }
}

pub(super) fn connections(old: &Journey, new: &Journey, out: &mut Vec<Change>) {
    let each =
        |a: &crate::model::Connection, b: &crate::model::Connection, out: &mut Vec<Change>| {
            let item = Item::Connection(b.id);
            field(out, item, "kind", &a.kind, &b.kind);
            field(out, item, "from", &a.from.written(), &b.from.written());
            field(
                out,
                item,
                "to",
                &a.to.map(|t| t.written()),
                &b.to.map(|t| t.written()),
            );
            field(out, item, "label", &a.label, &b.label);
            field(out, item, "share", &a.share, &b.share);
        };
    let lists = (old.connections.as_slice(), new.connections.as_slice());
    let mut found = Vec::new();
    list(lists, |c| c.id, Item::Connection, each, &mut found);
    // The order of connections in the file means nothing to a reader.
    out.extend(
        found
            .into_iter()
            .filter(|c| c.kind != ChangeKind::Reordered),
    );
}

pub(super) fn lines(old: &Journey, new: &Journey, out: &mut Vec<Change>) {
    for kind in crate::model::LineKind::ALL {
        let item = Item::Line(kind);
        match (old.blueprint_line(kind), new.blueprint_line(kind)) {
            (None, Some(_)) => out.push(Change {
                item,
                kind: ChangeKind::Added,
            }),
            (Some(_), None) => out.push(Change {
                item,
                kind: ChangeKind::Removed,
            }),
            (Some(a), Some(b)) => field(out, item, "below_lane", &a.written(), &b.written()),
            (None, None) => {}
        }
    }
}
