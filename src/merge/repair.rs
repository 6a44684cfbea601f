//! After the lists are merged: a thing one side deleted while the other still uses it comes
//! back (a card a new path leads to, the stage or lane of a card, the persona of a score, the
//! lane of a blueprint line), with a conflict saying so; two sides that drew the same path keep
//! one.

use crate::model::{
    CardId, Conflict, ConflictKind, Item, Journey, LaneId, PersonaId, StageId, TheirItem,
};
use ahash::HashSet;

/// Restores what the merged map uses but lost, and drops paths drawn twice.
pub fn keep_what_is_used(
    merged: &mut Journey,
    (base, ours, theirs): (&Journey, &Journey, &Journey),
    conflicts: &mut Vec<Conflict>,
) {
    let sides = [ours, theirs, base];
    // Cards the paths need.
    let present: HashSet<CardId> = merged.cards.iter().map(|c| c.id).collect();
    let mut wanted: Vec<CardId> = Vec::new();
    for connection in &merged.connections {
        for end in std::iter::once(connection.from).chain(connection.to) {
            if !present.contains(&end) && !wanted.contains(&end) {
                wanted.push(end);
            }
        }
    }
    for id in wanted {
        let found = sides.iter().find_map(|side| side.card(id));
        if let Some(card) = found {
            merged.cards.push(Box::new(card.clone()));
            record(conflicts, theirs, Item::Card(id), ours.card(id).is_none());
        }
    }
    restore_stages(merged, &sides, conflicts);
    restore_lanes(merged, &sides, conflicts);
    restore_personas(merged, &sides, conflicts);
    // The same path drawn on both sides (another id, the same ends and kind): one is enough.
    let mut seen = HashSet::default();
    merged
        .connections
        .retain(|c| seen.insert((c.kind, c.from, c.to)));
    // A path whose card could not be found anywhere cannot be kept.
    let cards: HashSet<CardId> = merged.cards.iter().map(|c| c.id).collect();
    merged
        .connections
        .retain(|c| cards.contains(&c.from) && c.to.is_none_or(|t| cards.contains(&t)));
}

fn record(conflicts: &mut Vec<Conflict>, theirs: &Journey, item: Item, by_us: bool) {
    conflicts.push(Conflict {
        item,
        kind: ConflictKind::KeptInUse { by_us },
        theirs: their_version(theirs, item),
    });
}

/// Puts `missing` back into `list` after the nearest thing before it in `side_list` that is there.
fn put_back<T: Clone, I: Copy + Eq>(
    list: &mut Vec<T>,
    side_list: &[T],
    id: impl Fn(&T) -> I,
    missing: I,
) {
    let Some(at) = side_list.iter().position(|t| id(t) == missing) else {
        return;
    };
    let before = side_list[..at]
        .iter()
        .rev()
        .find_map(|t| list.iter().position(|l| id(l) == id(t)));
    list.insert(before.map_or(0, |p| p + 1), side_list[at].clone());
}

fn restore_stages(merged: &mut Journey, sides: &[&Journey; 3], conflicts: &mut Vec<Conflict>) {
    let mut missing: Vec<StageId> = Vec::new();
    for card in &merged.cards {
        if merged.stage(card.stage).is_none() && !missing.contains(&card.stage) {
            missing.push(card.stage);
        }
    }
    for id in missing {
        if let Some(side) = sides.iter().find(|s| s.stage(id).is_some()) {
            put_back(&mut merged.stages, &side.stages, |s| s.id, id);
            record(
                conflicts,
                sides[1],
                Item::Stage(id),
                sides[0].stage(id).is_none(),
            );
        }
    }
}

fn restore_lanes(merged: &mut Journey, sides: &[&Journey; 3], conflicts: &mut Vec<Conflict>) {
    let mut missing: Vec<LaneId> = Vec::new();
    let used = merged
        .cards
        .iter()
        .map(|c| c.lane)
        .chain(merged.blueprint_lines.iter().map(|l| l.below_lane));
    for lane in used {
        if merged.lane(lane).is_none() && !missing.contains(&lane) {
            missing.push(lane);
        }
    }
    for id in missing {
        if let Some(side) = sides.iter().find(|s| s.lane(id).is_some()) {
            put_back(&mut merged.lanes, &side.lanes, |l| l.id, id);
            record(
                conflicts,
                sides[1],
                Item::Lane(id),
                sides[0].lane(id).is_none(),
            );
        }
    }
}

fn restore_personas(merged: &mut Journey, sides: &[&Journey; 3], conflicts: &mut Vec<Conflict>) {
    let mut missing: Vec<PersonaId> = Vec::new();
    for card in &merged.cards {
        for persona in card.emotions.keys() {
            if merged.persona(*persona).is_none() && !missing.contains(persona) {
                missing.push(*persona);
            }
        }
    }
    for id in missing {
        if let Some(side) = sides.iter().find(|s| s.persona(id).is_some()) {
            put_back(&mut merged.personas, &side.personas, |p| p.id, id);
            record(
                conflicts,
                sides[1],
                Item::Persona(id),
                sides[0].persona(id).is_none(),
            );
        }
    }
}

/// Their version of `item`, if their side has it.
pub fn their_version(theirs: &Journey, item: Item) -> Option<TheirItem> {
    match item {
        Item::Map => Some(TheirItem::Map(crate::model::MapFields::of(theirs))),
        Item::Persona(id) => theirs.persona(id).cloned().map(TheirItem::Persona),
        Item::Stage(id) => theirs.stage(id).cloned().map(TheirItem::Stage),
        Item::Lane(id) => theirs.lane(id).cloned().map(TheirItem::Lane),
        Item::Card(id) => theirs.card(id).cloned().map(TheirItem::Card),
        Item::Connection(id) => theirs.connection(id).cloned().map(TheirItem::Connection),
        Item::Line(kind) => theirs
            .blueprint_lines
            .iter()
            .find(|l| l.kind == kind)
            .cloned()
            .map(TheirItem::Line),
    }
}
