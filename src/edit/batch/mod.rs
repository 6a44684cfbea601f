//! Applying a batch of edits. The result is always that of applying them one by one, but long
//! runs of card insertions and removals — deleting many cards and undoing that, pasting many —
//! move the other cards once, so their cost grows with the map, not with the map times the run.
//! Runs of moves and scores (a cell reordered, a persona's scores put back) are applied by
//! [`super::fields::apply_run`]. Replacing whole cards moves none in the list, so those are
//! applied one by one, each finding its card through the map's card index.

use super::Edit;
use super::parts::clean_card;
use crate::model::{Card, CardId, Journey, LaneId, StageId};
use ahash::{HashMap, HashSet};

/// Runs shorter than this are applied edit by edit: building an index costs more than it saves.
const SHORTEST_RUN: usize = 16;

/// Applies `edits` in order and returns the inverses of those that changed something, in the
/// order they were applied.
pub(super) fn apply_all(edits: Vec<Edit>, journey: &mut Journey) -> Vec<Edit> {
    let mut inverses = Vec::new();
    let mut edits = edits.into_iter().peekable();
    while let Some(first) = edits.next() {
        let kind = RunKind::of(&first);
        let mut run = vec![first];
        while kind.is_some() && edits.peek().map(RunKind::of) == Some(kind) {
            run.extend(edits.next());
        }
        match kind {
            Some(kind) if run.len() >= SHORTEST_RUN => match kind {
                // A removal that takes connections with it is done one by one.
                RunKind::Remove if touches_connections(journey, &run) => {
                    apply_each(journey, run, &mut inverses);
                }
                RunKind::Remove => remove_run(journey, run, &mut inverses),
                RunKind::Insert => insert_run(journey, run, &mut inverses),
                RunKind::Field => super::fields::apply_run(journey, run, &mut inverses),
            },
            _ => apply_each(journey, run, &mut inverses),
        }
    }
    inverses
}

fn apply_each(journey: &mut Journey, run: Vec<Edit>, inverses: &mut Vec<Edit>) {
    for edit in run {
        let inverse = edit.apply(journey);
        if !inverse.is_empty() {
            inverses.push(inverse);
        }
    }
}

/// Whether a connection touches a card the run removes.
fn touches_connections(journey: &Journey, run: &[Edit]) -> bool {
    if journey.connections.is_empty() {
        return false;
    }
    let doomed: HashSet<CardId> = run
        .iter()
        .filter_map(|edit| match edit {
            Edit::RemoveCard(id) => Some(*id),
            _ => None,
        })
        .collect();
    journey
        .connections
        .iter()
        .any(|c| doomed.contains(&c.from) || c.to.is_some_and(|to| doomed.contains(&to)))
}

/// The card edits that are applied in runs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RunKind {
    Remove,
    Insert,
    /// Moves and scores: no card moves in the list, so the run needs no index of places.
    Field,
}

impl RunKind {
    fn of(edit: &Edit) -> Option<RunKind> {
        match edit {
            Edit::RemoveCard(_) => Some(RunKind::Remove),
            Edit::InsertCard(..) | Edit::AddCard(_) => Some(RunKind::Insert),
            Edit::MoveCard(..) | Edit::SetScore(..) => Some(RunKind::Field),
            _ => None,
        }
    }
}

/// A removal run names at least one card in this many: its cards are found and taken out in
/// one pass over the list instead of a lookup in the card index for every card (on a long map
/// each lookup is a trip to memory; the pass reads the list in order, and the run's own ids fit
/// in the processor's cache).
const DENSE_RUN_FOR_EVERY: usize = 8;

fn remove_run(journey: &mut Journey, run: Vec<Edit>, inverses: &mut Vec<Edit>) {
    let ids: Vec<CardId> = run
        .iter()
        .filter_map(|edit| match edit {
            Edit::RemoveCard(id) => Some(*id),
            _ => None,
        })
        .collect();
    let (taken, doomed, removed) = if ids.len() * DENSE_RUN_FOR_EVERY >= journey.cards.len() {
        take_in_one_pass(journey, &ids)
    } else {
        take_by_lookups(journey, &ids)
    };
    // Where each was when it went: its first place, less the cards before it already gone.
    let mut gone = Fenwick::new(journey.cards.len() + doomed.len());
    let at: Vec<usize> = taken
        .iter()
        .map(|&position| {
            let before = gone.prefix(position);
            gone.add(position, 1);
            position - before
        })
        .collect();
    let mut removed: Vec<Option<Box<Card>>> = removed.into_iter().map(Some).collect();
    for (position, at) in taken.into_iter().zip(at) {
        let card = doomed
            .binary_search(&position)
            .ok()
            .and_then(|rank| removed[rank].take());
        if let Some(card) = card {
            inverses.push(Edit::InsertCard(at, card));
        }
    }
}

/// What a removal run takes: the first place of each card it removes, in the order of the run
/// (a second removal of one id takes nothing, as one by one); those places sorted; and the
/// cards taken, in that sorted order.
type Taken = (Vec<usize>, Vec<usize>, Vec<Box<Card>>);

/// Finds each card of `ids` through the card index before any card moves, then takes them out.
fn take_by_lookups(journey: &mut Journey, ids: &[CardId]) -> Taken {
    let mut seen = HashSet::default();
    let taken: Vec<usize> = ids
        .iter()
        .filter_map(|id| journey.card_position(*id))
        .filter(|position| seen.insert(*position))
        .collect();
    let mut doomed = taken.clone();
    doomed.sort_unstable();
    let removed = take_positions(&mut journey.cards, &doomed);
    journey
        .card_index
        .removed_all(removed.iter().map(|card| card.id));
    (taken, doomed, removed)
}

/// Takes the cards of `ids` out while passing over the list once, noting where each was (and
/// its id while the card is at hand, for the card index).
fn take_in_one_pass(journey: &mut Journey, ids: &[CardId]) -> Taken {
    let mut wanted: HashMap<CardId, usize> = ids.iter().map(|id| (*id, usize::MAX)).collect();
    let mut position = 0;
    let mut doomed = Vec::with_capacity(wanted.len());
    let mut gone = Vec::with_capacity(wanted.len());
    let mut removed = Vec::with_capacity(wanted.len());
    let extracted = journey.cards.extract_if(.., |card| {
        let here = position;
        position += 1;
        let found = wanted.get_mut(&card.id).map(|at| *at = here).is_some();
        if found {
            doomed.push(here);
            gone.push(card.id);
        }
        found
    });
    removed.extend(extracted);
    journey.card_index.removed_all(gone);
    let mut seen = HashSet::default();
    let taken = ids
        .iter()
        .filter_map(|id| wanted.get(id).copied())
        .filter(|&at| at != usize::MAX && seen.insert(at))
        .collect();
    (taken, doomed, removed)
}

/// Takes the cards at `positions` (sorted, each once) out of `cards`, in that order; the others
/// close up, each moved once. Each card's box goes into the edit that puts it back, as it is.
#[expect(
    clippy::vec_box,
    reason = "each box goes into the edit that puts its card back, as it is"
)]
pub(super) fn take_positions(cards: &mut Vec<Box<Card>>, positions: &[usize]) -> Vec<Box<Card>> {
    let mut position = 0;
    let mut next = positions.iter().peekable();
    // Sized once: grown as it fills, a tenth of a long map's cards would be copied again and
    // again into fresh memory.
    let mut taken = Vec::with_capacity(positions.len());
    let extracted = cards.extract_if(.., |_| {
        let doomed = next.next_if_eq(&&position).is_some();
        position += 1;
        doomed
    });
    taken.extend(extracted);
    taken
}

fn insert_run(journey: &mut Journey, run: Vec<Edit>, inverses: &mut Vec<Edit>) {
    let original = journey.cards.len();
    let mut added: HashSet<CardId> = HashSet::default();
    // A set each, not a search of every stage and lane per card: a long map has a hundred stages.
    let stages: HashSet<StageId> = journey.stages.iter().map(|s| s.id).collect();
    let lanes: HashSet<LaneId> = journey.lanes.iter().map(|l| l.id).collect();
    // As one by one: a card put back stays as it was, a new card's text is cleaned.
    let candidates: Vec<(usize, Box<Card>)> = (run.into_iter())
        .filter_map(|edit| match edit {
            Edit::InsertCard(index, card) => Some((index, card)),
            Edit::AddCard(mut card) => {
                clean_card(&mut card);
                Some((usize::MAX, card))
            }
            _ => None,
        })
        .collect();
    // Each card's id and cell read first, in a loop that does nothing else: on a long map the
    // cards lie all over memory, and a short loop lets the processor fetch many at once.
    let cells: Vec<(CardId, StageId, LaneId)> = (candidates.iter())
        .map(|(_, card)| (card.id, card.stage, card.lane))
        .collect();
    let ids: Vec<CardId> = cells.iter().map(|(id, _, _)| *id).collect();
    let used = journey.card_index.uses_each(&journey.cards, &ids);
    // The inserts that happen, each with the place it asks for among the cards there then; the
    // cards stay in their boxes, so sorting them below moves pointers.
    let mut inserted: Vec<(usize, CardId, Box<Card>)> = Vec::with_capacity(candidates.len());
    for (((index, card), (id, stage, lane)), used) in candidates.into_iter().zip(cells).zip(used) {
        if !used && stages.contains(&stage) && lanes.contains(&lane) && added.insert(id) {
            let length = original + inserted.len();
            inverses.push(Edit::RemoveCard(id));
            inserted.push((index.min(length), id, card));
        }
    }
    let placed = final_slots(inserted, original);
    journey
        .card_index
        .inserted_all(placed.iter().map(|(slot, id, _)| (*id, *slot)));
    merge_into(&mut journey.cards, placed);
}

/// Each insert's final place, in the order of places: `inserted` holds, in the order they are
/// made, the place each asks for among the cards there then (`original` before the first).
fn final_slots(
    mut inserted: Vec<(usize, CardId, Box<Card>)>,
    original: usize,
) -> Vec<(usize, CardId, Box<Card>)> {
    let places = || inserted.iter().map(|(index, _, _)| *index);
    // Putting back a deletion (its undo) asks for places in order: rising, each insert lands
    // after the ones before and moves none of them; falling, each lands before the ones before
    // and moves each of them on by one. No index of free places is needed for either.
    if places().zip(places().skip(1)).all(|(a, b)| a < b) {
        return inserted;
    }
    if places().zip(places().skip(1)).all(|(a, b)| a >= b) {
        let later = inserted.len();
        for (made, (index, _, _)) in inserted.iter_mut().enumerate() {
            *index += later - 1 - made;
        }
        inserted.reverse();
        return inserted;
    }
    // Otherwise each insert's place, latest first: the free place of its rank among the places
    // the later inserts leave free. The cards that were there fill the rest, in order.
    let mut free = Fenwick::full(original + inserted.len());
    let mut placed: Vec<(usize, CardId, Box<Card>)> = inserted
        .into_iter()
        .rev()
        .map(|(index, id, card)| {
            let slot = free.nth_one(index);
            free.add(slot, -1);
            (slot, id, card)
        })
        .collect();
    placed.sort_unstable_by_key(|(slot, _, _)| *slot);
    placed
}

/// Puts each card of `placed` (sorted by slot, each slot within the final list) at its slot of
/// `cards`, the cards there before filling the other slots in their order. The cards before the
/// first slot stay; the boxes after it are moved twice, out and back in (pointers, not cards).
#[expect(
    clippy::vec_box,
    reason = "a map's cards are boxed (see `Journey::cards`)"
)]
fn merge_into(cards: &mut Vec<Box<Card>>, placed: Vec<(usize, CardId, Box<Card>)>) {
    let Some(&(first_slot, _, _)) = placed.first() else {
        return;
    };
    let tail = cards.split_off(first_slot.min(cards.len()));
    cards.reserve(tail.len() + placed.len());
    let mut placed = placed.into_iter().peekable();
    let mut tail = tail.into_iter();
    loop {
        let next = match placed.next_if(|(slot, _, _)| *slot <= cards.len()) {
            Some((_, _, card)) => Some(card),
            // A slot past the end (none, from `insert_run`) would take the next place left.
            None => tail
                .next()
                .or_else(|| placed.next().map(|(_, _, card)| card)),
        };
        let Some(card) = next else { break };
        cards.push(card);
    }
}

/// Counts over positions, with sums of prefixes and the place of the n-th one in O(log n).
struct Fenwick {
    tree: Vec<i64>,
}

impl Fenwick {
    fn new(length: usize) -> Self {
        Fenwick {
            tree: vec![0; length + 1],
        }
    }

    /// Every position counted once: each node counts the positions it covers, its lowest bit.
    fn full(length: usize) -> Self {
        let tree = (0..=length)
            .map(|i| (i & i.wrapping_neg()) as i64)
            .collect();
        Fenwick { tree }
    }

    fn add(&mut self, position: usize, delta: i64) {
        let mut i = position + 1;
        while i < self.tree.len() {
            self.tree[i] += delta;
            i += i & i.wrapping_neg();
        }
    }

    /// The count of positions before `position`.
    fn prefix(&self, position: usize) -> usize {
        let mut sum = 0;
        let mut i = position;
        while i > 0 {
            sum += self.tree[i];
            i -= i & i.wrapping_neg();
        }
        sum.max(0) as usize
    }

    /// The position of the one of rank `rank` (from 0) among the counted positions.
    fn nth_one(&self, rank: usize) -> usize {
        let mut position = 0;
        let mut remaining = rank as i64;
        let mut step = (self.tree.len()).next_power_of_two();
        while step > 0 {
            let next = position + step;
            if next < self.tree.len() && self.tree[next] <= remaining {
                position = next;
                remaining -= self.tree[next];
            }
            step /= 2;
        }
        position
    }
}

#[cfg(test)]
mod tests;
