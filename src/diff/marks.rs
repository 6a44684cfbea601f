//! A diff drawn on a map: the new map with what it lost put back as ghosts where it was, and
//! which cards, stages and lanes are added, changed or removed. `journeymap diff -o` and the
//! editor's compare mode draw the same marks (see `scene::compare`).

use super::{Change, ChangeKind, Item};
use crate::model::{Card, CardId, Journey, LaneId, StageId};
use ahash::{HashMap, HashSet};

/// How a thing on the compared map differs from the old map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mark {
    /// Only in the new map.
    Added,
    /// In both, with something changed (a field, its place, a score).
    Changed,
    /// Only in the old map: drawn as a faint ghost where it was.
    Removed,
    /// A merge conflict recorded on it, waiting to be settled.
    Conflict,
}

/// The marks of one comparison.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Marks {
    /// Marked cards (unchanged ones are not listed).
    pub cards: HashMap<CardId, Mark>,
    /// Marked stages.
    pub stages: HashMap<StageId, Mark>,
    /// Marked lanes.
    pub lanes: HashMap<LaneId, Mark>,
    /// The old map's personas and scored cards, placed on the compared map's stages and lanes:
    /// its emotion curves are laid out from this and drawn dashed under the new ones.
    pub old_scores: Journey,
}

impl Marks {
    /// How many cards are marked `mark`.
    pub fn count(&self, mark: Mark) -> usize {
        self.cards.values().filter(|m| **m == mark).count()
    }
}

/// The new map with the old map's removed personas, stages, lanes and cards put back where they
/// were (ghost cards carry no scores: the old curves show those), and its marks.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Compared {
    /// What is drawn: the new map and the ghosts.
    pub journey: Journey,
    /// What is marked.
    pub marks: Marks,
}

/// The marks of a map's recorded merge conflicts: each card, stage and lane one is about.
pub fn of_conflicts(journey: &Journey) -> Marks {
    let mut marks = Marks::default();
    for conflict in &journey.conflicts {
        match conflict.item {
            crate::model::Item::Card(id) => {
                marks.cards.insert(id, Mark::Conflict);
            }
            crate::model::Item::Stage(id) => {
                marks.stages.insert(id, Mark::Conflict);
            }
            crate::model::Item::Lane(id) => {
                marks.lanes.insert(id, Mark::Conflict);
            }
            crate::model::Item::Connection(id) => {
                if let Some(c) = journey.connection(id) {
                    marks.cards.insert(c.from, Mark::Conflict);
                }
            }
            _ => {}
        }
    }
    marks
}

/// Compares `old` with `new` for drawing; `changes` is `diff(old, new)`.
pub fn compared(old: &Journey, new: &Journey, changes: &[Change]) -> Compared {
    let mut journey = new.clone();
    let mut marks = Marks::default();
    for change in changes {
        let mark = match change.kind {
            ChangeKind::Added => Mark::Added,
            ChangeKind::Removed => Mark::Removed,
            _ => Mark::Changed,
        };
        match change.item {
            Item::Card(id) => put(marks.cards.entry(id), mark),
            Item::Stage(id) => put(marks.stages.entry(id), mark),
            Item::Lane(id) => put(marks.lanes.entry(id), mark),
            Item::Map | Item::Persona(_) | Item::Connection(_) | Item::Line(_) => {}
        }
    }
    for persona in &old.personas {
        if new.persona(persona.id).is_none() {
            journey.personas.push(persona.clone());
        }
    }
    put_back(&mut journey.stages, &old.stages, |s| s.id);
    put_back(&mut journey.lanes, &old.lanes, |l| l.id);
    ghost_cards(&mut journey, old, new);
    journey.card_index = crate::model::CardIndex::default();
    marks.old_scores = Journey {
        direction: journey.direction,
        personas: journey.personas.clone(),
        stages: journey.stages.clone(),
        lanes: journey.lanes.clone(),
        // Only what the curves need: where each scored card was, and its scores.
        cards: old
            .cards
            .iter()
            .filter(|c| !c.emotions.is_empty())
            .map(|c| {
                Box::new(Card {
                    id: c.id,
                    stage: c.stage,
                    lane: c.lane,
                    order: c.order,
                    emotions: c.emotions.clone(),
                    title: String::new(),
                    body: String::new(),
                    channel: None,
                    severity: None,
                    tags: Vec::new(),
                    color: None,
                    votes: 0,
                    decision: false,
                    milestone: false,
                    image: None,
                })
            })
            .collect(),
        ..Journey::default()
    };
    Compared { journey, marks }
}

/// Marks `slot` with `mark`: a thing added or removed is only that, whatever else is said of it.
fn put<K>(slot: std::collections::hash_map::Entry<'_, K, Mark>, mark: Mark) {
    let slot = slot.or_insert(mark);
    if mark != Mark::Changed {
        *slot = mark;
    }
}

/// Puts the items of `old` missing from `items` back, each after the nearest item that came
/// before it in `old` and is still there (first if none is).
fn put_back<T: Clone, K: Eq + std::hash::Hash + Copy>(
    items: &mut Vec<T>,
    old: &[T],
    key: impl Fn(&T) -> K,
) {
    let kept: HashSet<K> = items.iter().map(&key).collect();
    let mut after: Option<K> = None;
    for item in old {
        let id = key(item);
        if kept.contains(&id) {
            after = Some(id);
            continue;
        }
        let at = after
            .and_then(|a| items.iter().position(|i| key(i) == a))
            .map_or(0, |p| p + 1);
        items.insert(at, item.clone());
        after = Some(id);
    }
}

/// Adds the old map's removed cards as ghosts in their old cells, each after the cards that
/// came before it there, and numbers the cards of those cells afresh.
fn ghost_cards(journey: &mut Journey, old: &Journey, new: &Journey) {
    let now: HashSet<CardId> = new.cards.iter().map(|c| c.id).collect();
    let ghosts: Vec<&Card> = (old.cards.iter().map(Box::as_ref))
        .filter(|c| !now.contains(&c.id))
        .collect();
    if ghosts.is_empty() {
        return;
    }
    let touched: HashSet<(StageId, LaneId)> = ghosts.iter().map(|c| (c.stage, c.lane)).collect();
    let old_cells = super::compare::cells(old);
    let new_cells = super::compare::cells(journey);
    let mut order: HashMap<CardId, u32> = HashMap::default();
    for cell in &touched {
        let sequence = new_cells.get(cell).map_or(&[][..], Vec::as_slice);
        let place: HashMap<CardId, usize> = sequence
            .iter()
            .enumerate()
            .map(|(i, id)| (*id, i))
            .collect();
        // Each ghost goes after the last of the cards before it in the old cell that are
        // still in the cell (`None`: before all of them); ghosts keep their old order.
        let mut after: Vec<(Option<usize>, CardId)> = Vec::new();
        let mut last: Option<usize> = None;
        for id in old_cells.get(cell).map_or(&[][..], Vec::as_slice) {
            match place.get(id) {
                Some(&p) => last = Some(last.map_or(p, |l: usize| l.max(p))),
                None if !now.contains(id) => after.push((last, *id)),
                None => {}
            }
        }
        let mut ghosts_at = after.into_iter().peekable();
        let mut next = 0;
        let mut number = |id: CardId| {
            order.insert(id, next);
            next += 1;
        };
        while let Some((_, id)) = ghosts_at.next_if(|(at, _)| at.is_none()) {
            number(id);
        }
        for (p, id) in sequence.iter().enumerate() {
            number(*id);
            while let Some((_, ghost)) = ghosts_at.next_if(|(at, _)| *at == Some(p)) {
                number(ghost);
            }
        }
    }
    journey.cards.extend(ghosts.into_iter().map(|ghost| {
        Box::new(Card {
            emotions: Default::default(),
            ..ghost.clone()
        })
    }));
    for card in &mut journey.cards {
        if let Some(index) = order.get(&card.id) {
            card.order = *index;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::diff;

    fn full_cycle() -> Journey {
        crate::templates::find("full-cycle")
            .unwrap()
            .journey()
            .unwrap()
    }

    fn compare(old: &Journey, new: &Journey) -> Compared {
        compared(old, new, &diff(old, new))
    }

    /// The titles of a cell's cards in order.
    fn cell(journey: &Journey, stage: StageId, lane: LaneId) -> Vec<String> {
        let mut cards: Vec<&Card> = journey
            .cards
            .iter()
            .filter(|c| (c.stage, c.lane) == (stage, lane))
            .map(Box::as_ref)
            .collect();
        cards.sort_by_key(|c| (c.order, c.id));
        cards.iter().map(|c| c.title.clone()).collect()
    }

    #[test]
    fn a_map_compared_with_itself_is_drawn_as_it_is_with_no_marks() {
        for template in crate::templates::ALL {
            let journey = template.journey().unwrap();
            let compared = compare(&journey, &journey);
            assert_eq!(compared.journey, journey, "{}", template.name);
            assert!(compared.marks.cards.is_empty());
            assert!(compared.marks.stages.is_empty() && compared.marks.lanes.is_empty());
        }
    }

    #[test]
    fn removed_cards_come_back_as_ghosts_where_they_were_without_scores() {
        let old = full_cycle();
        // The busiest cell, so the ghost has neighbours on both sides.
        let (stage, lane) = {
            let cells = crate::diff::compare::cells(&old);
            let (cell, _) = cells.iter().max_by_key(|(_, ids)| ids.len()).unwrap();
            *cell
        };
        let before = cell(&old, stage, lane);
        assert!(before.len() >= 2, "{before:?}");
        let mut new = old.clone();
        let gone = new
            .cards
            .iter()
            .position(|c| (c.stage, c.lane) == (stage, lane) && c.title == before[1])
            .unwrap();
        let gone = new.cards.remove(gone);
        new.connections
            .retain(|c| c.from != gone.id && c.to != Some(gone.id));
        let compared = compare(&old, &new);
        assert_eq!(cell(&compared.journey, stage, lane), before);
        assert_eq!(compared.marks.cards.get(&gone.id), Some(&Mark::Removed));
        let ghost = compared.journey.card(gone.id).unwrap();
        assert!(ghost.emotions.is_empty());
        // Its old scores are on the old curves.
        let old_card = compared.marks.old_scores.card(gone.id);
        assert_eq!(
            old_card.map(|c| &c.emotions),
            Some(&gone.emotions).filter(|e| !e.is_empty())
        );
    }

    #[test]
    fn a_removed_stage_comes_back_in_its_place_with_its_cards_and_others_are_marked() {
        let old = full_cycle();
        let mut new = old.clone();
        let removed = new.stages.remove(2);
        let gone: Vec<CardId> = new
            .cards
            .iter()
            .filter(|c| c.stage == removed.id)
            .map(|c| c.id)
            .collect();
        new.cards.retain(|c| c.stage != removed.id);
        new.connections
            .retain(|c| !gone.contains(&c.from) && !c.to.is_some_and(|t| gone.contains(&t)));
        new.cards[0].title = "Retitled".into();
        let mut added = new.cards[1].clone();
        added.id = CardId(987_654);
        new.cards.push(added);
        let compared = compare(&old, &new);
        let stages: Vec<StageId> = compared.journey.stages.iter().map(|s| s.id).collect();
        let expected: Vec<StageId> = old.stages.iter().map(|s| s.id).collect();
        assert_eq!(stages, expected);
        assert_eq!(compared.marks.stages.get(&removed.id), Some(&Mark::Removed));
        for id in &gone {
            assert_eq!(compared.marks.cards.get(id), Some(&Mark::Removed));
        }
        assert_eq!(
            compared.marks.cards.get(&new.cards[0].id),
            Some(&Mark::Changed)
        );
        assert_eq!(
            compared.marks.cards.get(&CardId(987_654)),
            Some(&Mark::Added)
        );
        assert_eq!(compared.marks.count(Mark::Added), 1);
        assert_eq!(compared.marks.count(Mark::Removed), gone.len());
        // What is drawn is a map like any other: it checks.
        assert!(compared.journey.problems().is_empty());
    }
}
