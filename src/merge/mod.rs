//! Merging two people's versions of a map by id, not by line: `journeymap merge BASE OURS
//! THEIRS`, git's merge driver. Pure: three documents in, one out.
//!
//! Changes to different things, or different fields of one thing, merge; so do different
//! personas' scores on a card, additions on both sides and moves that do not contradict. What
//! contradicts — one field set to two values, a thing changed on one side and deleted on the
//! other — keeps ours and is recorded in the map ([`crate::model::Conflict`]) for the user to
//! settle. A stage, lane, persona or card that one side deleted while the other still uses it is
//! kept, so nothing is left without its place. Without a base (two "conflicted copies" of a
//! synced folder) every difference is recorded.

pub mod describe;
mod fields;
mod lists;
mod order;
mod repair;
pub mod settle;
#[cfg(test)]
mod tests;

use crate::model::{Card, Conflict, ConflictKind, Item, Journey, MapFields, TheirItem};
use lists::{Lists, merge_list};

/// The merge of `ours` and `theirs`, from `base` (none: a two-way merge, every difference a
/// conflict). The result has ours' earlier conflicts, theirs' that ours does not have, and the
/// new ones, in that order.
pub fn merge(base: Option<&Journey>, ours: &Journey, theirs: &Journey) -> Journey {
    let empty = Journey::default();
    let two_way = base.is_none();
    let base = base.unwrap_or(&empty);
    let mut conflicts = Vec::new();

    let map_base = (!two_way).then(|| MapFields::of(base));
    let (map, fields) = fields::merge(
        fields::MAP,
        map_base.as_ref(),
        &MapFields::of(ours),
        &MapFields::of(theirs),
    );
    for field in fields {
        conflicts.push(Conflict {
            item: Item::Map,
            kind: ConflictKind::Field(field.to_owned()),
            theirs: Some(TheirItem::Map(MapFields::of(theirs))),
        });
    }
    let lists = Lists {
        two_way,
        conflicts: &mut conflicts,
    };
    let mut merged = Journey {
        title: map.title,
        description: map.description,
        state: map.state,
        direction: map.direction,
        language: map.language,
        ..Journey::default()
    };
    let mut lists = lists;
    merged.personas = merge_list(
        &mut lists,
        (&base.personas, &ours.personas, &theirs.personas),
        |p| p.id,
        fields::PERSONA,
        (Item::Persona, |p| TheirItem::Persona(p.clone())),
    );
    merged.stages = merge_list(
        &mut lists,
        (&base.stages, &ours.stages, &theirs.stages),
        |s| s.id,
        fields::STAGE,
        (Item::Stage, |s| TheirItem::Stage(s.clone())),
    );
    merged.lanes = merge_list(
        &mut lists,
        (&base.lanes, &ours.lanes, &theirs.lanes),
        |l| l.id,
        fields::LANE,
        (Item::Lane, |l| TheirItem::Lane(l.clone())),
    );
    merged.cards = (lists::merge_cards(&mut lists, (base, ours, theirs)).into_iter())
        .map(Box::new)
        .collect();
    merged.connections = merge_list(
        &mut lists,
        (&base.connections, &ours.connections, &theirs.connections),
        |c| c.id,
        fields::CONNECTION,
        (Item::Connection, |c| TheirItem::Connection(c.clone())),
    );
    merged.blueprint_lines = merge_list(
        &mut lists,
        (
            &base.blueprint_lines,
            &ours.blueprint_lines,
            &theirs.blueprint_lines,
        ),
        |l| l.kind,
        fields::LINE,
        (Item::Line, |l| TheirItem::Line(l.clone())),
    );
    lists::order_cells(&mut merged.cards, (base, ours, theirs));
    repair::keep_what_is_used(&mut merged, (base, ours, theirs), &mut conflicts);
    let mut all: Vec<Conflict> = ours.conflicts.clone();
    for conflict in theirs.conflicts.iter().chain(&conflicts) {
        if !all.contains(conflict) {
            all.push(conflict.clone());
        }
    }
    // A conflict either side had may no longer fit (the thing it was about is gone).
    all.retain(|c| crate::model::conflict_fits(&merged, c));
    merged.conflicts = all;
    merged
}

/// Whether a card changed between two versions in anything a merge compares.
fn card_changed(a: &Card, b: &Card) -> bool {
    fields::differ(fields::CARD, a, b) || a.emotions != b.emotions
}
