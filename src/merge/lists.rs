//! Merging the lists of a map by id: what each side added, changed, deleted and moved, and the
//! cards' scores and places in their cells.

use super::fields::{self, Field};
use super::order::{placed_by_them, sequence};
use crate::model::{
    Card, CardId, Conflict, ConflictKind, Item, Journey, LaneId, StageId, TheirItem,
};
use ahash::{HashMap, HashSet};
use std::borrow::Borrow;
use std::hash::Hash;

/// What every list merge shares: whether there is a base, and where conflicts go.
pub struct Lists<'a> {
    /// No base: every difference is a conflict.
    pub two_way: bool,
    /// The conflicts found so far.
    pub conflicts: &'a mut Vec<Conflict>,
}

/// How a conflict names a thing of a list, and holds their version of it.
pub type Naming<T, I> = (fn(I) -> Item, fn(&T) -> TheirItem);

/// One list merged by id: see [`merge_items`]; the result in merged order.
pub fn merge_list<T: Clone, I: Copy + Eq + Hash>(
    lists: &mut Lists<'_>,
    sides: (&[T], &[T], &[T]),
    id: impl Fn(&T) -> I + Copy,
    fields: &[Field<T>],
    naming: Naming<T, I>,
) -> Vec<T> {
    let changed = |a: &T, b: &T| fields::differ(fields, a, b);
    let merged = merge_items(lists, sides, (id, changed), fields, naming, |_, _, _, _| {});
    let (base, ours, theirs) = sides;
    let ids = |list: &[T]| list.iter().map(id).collect::<Vec<I>>();
    let (base, ours, theirs) = (ids(base), ids(ours), ids(theirs));
    let placed = placed_by_them(&base, &ours, &theirs);
    let mut by_id: HashMap<I, T> = merged.into_iter().map(|t| (id(&t), t)).collect();
    let kept: HashSet<I> = by_id.keys().copied().collect();
    sequence(&ours, &theirs, &placed, &kept)
        .into_iter()
        .filter_map(|i| by_id.remove(&i))
        .collect()
}

/// The things of one list merged by id, ours first then theirs added: in both, merged field by
/// field (and by `more`, for what fields do not cover); only in one, added there (kept), or
/// deleted by the other side — gone, unless the side that kept it changed it: then a conflict.
/// The sides' lists hold the things or their boxes (`B`), as a map holds its cards.
fn merge_items<T: Clone, B: Borrow<T>, I: Copy + Eq + Hash>(
    lists: &mut Lists<'_>,
    (base, ours, theirs): (&[B], &[B], &[B]),
    (id, changed): (impl Fn(&T) -> I, impl Fn(&T, &T) -> bool),
    fields: &[Field<T>],
    (item, their_item): Naming<T, I>,
    mut more: impl FnMut(Option<&T>, &T, &mut T, &mut Vec<ConflictKind>),
) -> Vec<T> {
    let base: HashMap<I, &T> = base.iter().map(|t| (id(t.borrow()), t.borrow())).collect();
    let theirs_by_id: HashMap<I, &T> = (theirs.iter())
        .map(|t| (id(t.borrow()), t.borrow()))
        .collect();
    let ours_ids: HashSet<I> = ours.iter().map(|t| id(t.borrow())).collect();
    let mut merged = Vec::with_capacity(ours.len());
    let mut record = |key: I, kind: ConflictKind, theirs: Option<&T>| {
        lists.conflicts.push(Conflict {
            item: item(key),
            kind,
            theirs: theirs.map(their_item),
        });
    };
    for mine in ours.iter().map(Borrow::borrow) {
        let key = id(mine);
        let was = base.get(&key).copied();
        match theirs_by_id.get(&key) {
            Some(other) => {
                let (mut one, fields) = fields::merge(fields, was, mine, other);
                let mut kinds: Vec<ConflictKind> = fields
                    .into_iter()
                    .map(|f| ConflictKind::Field(f.to_owned()))
                    .collect();
                more(was, other, &mut one, &mut kinds);
                for kind in kinds {
                    record(key, kind, Some(other));
                }
                merged.push(one);
            }
            // Added by us.
            None if was.is_none() && !lists.two_way => merged.push(mine.clone()),
            // Deleted by them; kept if we changed it.
            None => {
                if was.is_none_or(|w| changed(w, mine)) {
                    record(key, ConflictKind::DeletedByThem, None);
                    merged.push(mine.clone());
                }
            }
        }
    }
    let theirs = theirs.iter().map(Borrow::borrow);
    for other in theirs.filter(|t| !ours_ids.contains(&id(t))) {
        let key = id(other);
        match base.get(&key) {
            None if !lists.two_way => merged.push(other.clone()),
            // Deleted by us; if they changed it, they are told.
            was => {
                if was.is_none_or(|w| changed(w, other)) {
                    record(key, ConflictKind::DeletedByUs, Some(other));
                }
            }
        }
    }
    merged
}

/// The cards merged: their fields, and each persona's score on its own (so two people scoring
/// one card for different personas never conflict). Their order is set by [`order_cells`].
pub fn merge_cards(
    lists: &mut Lists<'_>,
    (base, ours, theirs): (&Journey, &Journey, &Journey),
) -> Vec<Card> {
    let scores =
        |was: Option<&Card>, other: &Card, one: &mut Card, kinds: &mut Vec<ConflictKind>| {
            let personas: HashSet<_> = one
                .emotions
                .keys()
                .chain(other.emotions.keys())
                .copied()
                .collect();
            let mut personas: Vec<_> = personas.into_iter().collect();
            personas.sort();
            for persona in personas {
                let (o, t) = (
                    one.emotions.get(&persona).copied(),
                    other.emotions.get(&persona).copied(),
                );
                if o == t {
                    continue;
                }
                let b = was.map(|w| w.emotions.get(&persona).copied());
                match b {
                    Some(b) if b == o => match t {
                        Some(score) => {
                            one.emotions.insert(persona, score);
                        }
                        None => {
                            one.emotions.remove(&persona);
                        }
                    },
                    Some(b) if b == t => {}
                    _ => kinds.push(ConflictKind::Field(format!("score:{}", persona.written()))),
                }
            }
        };
    merge_items(
        lists,
        (&base.cards, &ours.cards, &theirs.cards),
        (|c: &Card| c.id, super::card_changed),
        fields::CARD,
        (Item::Card, |c| TheirItem::Card(c.clone())),
        scores,
    )
}

/// The cards of each cell, with their numbers there, in their order (by number, then id).
type Cells = HashMap<(StageId, LaneId), Vec<(u32, CardId)>>;

/// The cards of each cell of a map: grouped first and each cell sorted apart, as sorting the
/// whole list at once grew faster than the map.
fn cells(cards: &[Box<Card>]) -> Cells {
    let mut cells = Cells::default();
    for card in cards {
        let cell = cells.entry((card.stage, card.lane)).or_default();
        cell.push((card.order, card.id));
    }
    for cell in cells.values_mut() {
        cell.sort_unstable();
    }
    cells
}

/// The ids of a cell's cards, in order.
fn ids(cell: &[(u32, CardId)]) -> Vec<CardId> {
    cell.iter().map(|&(_, id)| id).collect()
}

/// Numbers the merged cards of each cell: our order, with the cards their side placed (moved
/// into the cell, added, or moved within it while we left them) after their neighbour in their
/// order. A cell in exactly our or their order keeps that side's numbers.
pub fn order_cells(cards: &mut [Box<Card>], (base, ours, theirs): (&Journey, &Journey, &Journey)) {
    let merged = cells(cards);
    let (base_cells, our_cells, their_cells) =
        (cells(&base.cards), cells(&ours.cards), cells(&theirs.cards));
    let mut order: HashMap<CardId, u32> =
        HashMap::with_capacity_and_hasher(cards.len(), Default::default());
    for (cell, now) in &merged {
        let kept: HashSet<CardId> = now.iter().map(|&(_, id)| id).collect();
        // A side's cards of this cell that the merge kept, with that side's numbers.
        let side = |cells: &Cells| -> Vec<(u32, CardId)> {
            let cards = cells.get(cell).map_or(&[][..], Vec::as_slice);
            cards
                .iter()
                .copied()
                .filter(|(_, c)| kept.contains(c))
                .collect()
        };
        let (mine, other) = (side(&our_cells), side(&their_cells));
        let (mine_ids, other_ids) = (ids(&mine), ids(&other));
        let mut placed = placed_by_them(&ids(&side(&base_cells)), &mine_ids, &other_ids);
        // Cards that came into this cell from their side.
        let ours_here: HashSet<CardId> = mine_ids.iter().copied().collect();
        placed.extend((kept.iter().copied()).filter(|c| !ours_here.contains(c)));
        let sequence = sequence(&mine_ids, &other_ids, &placed, &kept);
        if sequence == mine_ids {
            order.extend(mine.iter().map(|&(number, id)| (id, number)));
        } else if sequence == other_ids {
            order.extend(other.iter().map(|&(number, id)| (id, number)));
        } else {
            order.extend((sequence.into_iter().enumerate()).map(|(index, id)| (id, index as u32)));
        }
    }
    for card in cards {
        if let Some(number) = order.get(&card.id) {
            card.order = *number;
        }
    }
}
