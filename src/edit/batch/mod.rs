//! Applying a batch of edits. The result is always that of applying them one by one, but long
//! runs of card edits — the reordering of a cell (one `ReplaceCard` per card), deleting many
//! cards and undoing that, pasting many — are applied in one pass over the cards, so their cost
//! grows with the map, not with the map times the run.

use super::Edit;
use super::parts::{clean_card, replace_card_at};
use crate::model::{Card, CardId, Journey};
use std::collections::{HashMap, HashSet, VecDeque};

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
                RunKind::Replace => replace_run(journey, run, &mut inverses),
                // A removal that takes connections with it is done one by one.
                RunKind::Remove if touches_connections(journey, &run) => {
                    apply_each(journey, run, &mut inverses);
                }
                RunKind::Remove => remove_run(journey, run, &mut inverses),
                RunKind::Insert => insert_run(journey, run, &mut inverses),
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
    Replace,
    Remove,
    Insert,
}

impl RunKind {
    fn of(edit: &Edit) -> Option<RunKind> {
        match edit {
            Edit::ReplaceCard(_) => Some(RunKind::Replace),
            Edit::RemoveCard(_) => Some(RunKind::Remove),
            Edit::InsertCard(..) | Edit::AddCard(_) => Some(RunKind::Insert),
            _ => None,
        }
    }
}

/// Each card's positions, first first.
fn positions(cards: &[Card]) -> HashMap<CardId, VecDeque<usize>> {
    let mut index: HashMap<CardId, VecDeque<usize>> = HashMap::with_capacity(cards.len());
    for (position, card) in cards.iter().enumerate() {
        index.entry(card.id).or_default().push_back(position);
    }
    index
}

fn replace_run(journey: &mut Journey, run: Vec<Edit>, inverses: &mut Vec<Edit>) {
    // Replacing moves no card: each id's first position stays its first position.
    let index = positions(&journey.cards);
    for edit in run {
        let Edit::ReplaceCard(card) = edit else {
            continue;
        };
        let position = index.get(&card.id).and_then(|p| p.front().copied());
        if let Some(inverse) = replace_card_at(journey, position, *card) {
            inverses.push(inverse);
        }
    }
}

fn remove_run(journey: &mut Journey, run: Vec<Edit>, inverses: &mut Vec<Edit>) {
    let mut index = positions(&journey.cards);
    // Which card each removal takes (the first left of its id), in the order of the run.
    let taken: Vec<usize> = run
        .iter()
        .filter_map(|edit| match edit {
            Edit::RemoveCard(id) => index.get_mut(id).and_then(VecDeque::pop_front),
            _ => None,
        })
        .collect();
    // Where each was when it went: its first place, less the cards before it already gone.
    let mut gone = Fenwick::new(journey.cards.len());
    let at: Vec<usize> = taken
        .iter()
        .map(|&position| {
            let before = gone.prefix(position);
            gone.add(position, 1);
            position - before
        })
        .collect();
    let doomed: HashSet<usize> = taken.iter().copied().collect();
    let mut removed: HashMap<usize, Card> = HashMap::with_capacity(taken.len());
    let cards = std::mem::take(&mut journey.cards);
    for (position, card) in cards.into_iter().enumerate() {
        if doomed.contains(&position) {
            removed.insert(position, card);
        } else {
            journey.cards.push(card);
        }
    }
    for (position, at) in taken.into_iter().zip(at) {
        if let Some(card) = removed.remove(&position) {
            inverses.push(Edit::InsertCard(at, Box::new(card)));
        }
    }
}

fn insert_run(journey: &mut Journey, run: Vec<Edit>, inverses: &mut Vec<Edit>) {
    let mut present: HashSet<CardId> = journey.cards.iter().map(|c| c.id).collect();
    let original = journey.cards.len();
    // The inserts that happen, each with the place it asks for among the cards there then.
    let mut inserted: Vec<(usize, Card)> = Vec::new();
    for edit in run {
        let (index, card) = match edit {
            Edit::InsertCard(index, card) => (index, *card),
            Edit::AddCard(card) => (usize::MAX, *card),
            _ => continue,
        };
        let valid = !present.contains(&card.id)
            && journey.stage(card.stage).is_some()
            && journey.lane(card.lane).is_some();
        if valid {
            present.insert(card.id);
            let length = original + inserted.len();
            inverses.push(Edit::RemoveCard(card.id));
            inserted.push((index.min(length), clean_card(card)));
        }
    }
    // Each insert's final place, latest first: the free place of its rank among the places the
    // later inserts leave free. The cards that were there fill the rest, in order.
    let total = original + inserted.len();
    let mut free = Fenwick::full(total);
    let mut slots: Vec<Option<Card>> = (0..total).map(|_| None).collect();
    for (index, card) in inserted.into_iter().rev() {
        let slot = free.nth_one(index);
        free.add(slot, -1);
        slots[slot] = Some(card);
    }
    let mut old = std::mem::take(&mut journey.cards).into_iter();
    journey.cards = slots
        .into_iter()
        .filter_map(|slot| slot.or_else(|| old.next()))
        .collect();
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

    /// Every position counted once.
    fn full(length: usize) -> Self {
        let mut tree = Fenwick::new(length);
        for position in 0..length {
            tree.add(position, 1);
        }
        tree
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
