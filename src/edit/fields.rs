//! Edits of one part of a card: its place (cell and order there) and one persona's score on it.
//! Moving a group of cards, reordering a cell or deleting a persona changes the place or score of
//! thousands of cards; these edits carry what changes, not a copy of each card's words, so making,
//! applying, undoing and keeping them costs the same whatever a card holds.

use super::{Edit, nothing};
use crate::model::{Card, CardId, Journey, LaneId, PersonaId, Score, StageId};
use ahash::{HashMap, HashSet};

/// Where a card sits: its cell (stage and lane) and its order among the cell's cards.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CardPlace {
    /// The stage (column).
    pub stage: StageId,
    /// The lane (row).
    pub lane: LaneId,
    /// The order in the cell: lower comes first, ties broken by id.
    pub order: u32,
}

impl CardPlace {
    /// Where `card` is.
    pub fn of(card: &Card) -> Self {
        CardPlace {
            stage: card.stage,
            lane: card.lane,
            order: card.order,
        }
    }
}

/// The stages, lanes and personas a map has: what a field edit must name to change anything.
pub(super) struct Known {
    stages: HashSet<StageId>,
    lanes: HashSet<LaneId>,
    personas: HashSet<PersonaId>,
}

impl Known {
    /// What `journey` has now. Made once for a run of edits: a long map has a hundred stages,
    /// and searching them for each of thousands of moves would cost more than the moves.
    pub(super) fn of(journey: &Journey) -> Self {
        Known {
            stages: journey.stages.iter().map(|s| s.id).collect(),
            lanes: journey.lanes.iter().map(|l| l.id).collect(),
            personas: journey.personas.iter().map(|p| p.id).collect(),
        }
    }
}

/// The card a field edit changes, if `edit` is one.
pub(super) fn card_of(edit: &Edit) -> Option<CardId> {
    match edit {
        Edit::MoveCard(id, _) | Edit::SetScore(id, ..) => Some(*id),
        _ => None,
    }
}

/// Applies one field edit to the card it names, found through the card index.
pub(super) fn apply(journey: &mut Journey, edit: Edit) -> Edit {
    let valid = match &edit {
        Edit::MoveCard(_, place) => {
            journey.stage(place.stage).is_some() && journey.lane(place.lane).is_some()
        }
        Edit::SetScore(_, persona, score) => score.is_none() || journey.persona(*persona).is_some(),
        _ => false,
    };
    let card = card_of(&edit).and_then(|id| journey.card_mut(id));
    match card {
        Some(card) if valid => apply_to(card, edit),
        _ => nothing(),
    }
}

/// Applies a run of field edits (each a [`Edit::MoveCard`] or [`Edit::SetScore`]) and adds the
/// inverses of those that changed something to `inverses`, in the run's order: exactly what
/// applying them one by one gives. Looking thousands of cards up one by one on a long map
/// fetches each card and its index entry from memory; so the run is applied walking down (or
/// up) the list beside it as far as it names cards in list order (the edits `ops` makes do, and
/// their inverses in reverse), and what is left in one pass over the list when it is much.
pub(super) fn apply_run(journey: &mut Journey, run: Vec<Edit>, inverses: &mut Vec<Edit>) {
    let known = Known::of(journey);
    let mut run: Vec<Option<Edit>> = run
        .into_iter()
        .map(|edit| known.allows(&edit).then_some(edit))
        .collect();
    let mut done: Vec<Option<Edit>> = std::iter::repeat_with(|| None).take(run.len()).collect();
    // A short run is looked up edit by edit: walking the list would cost more.
    if run.len() * SCAN_FOR_EVERY >= journey.cards.len() {
        walk(journey, &mut run, &mut done);
    }
    let left = run.iter().filter(|edit| edit.is_some()).count();
    if left * SCAN_FOR_EVERY < journey.cards.len() {
        for (at, edit) in run.iter_mut().enumerate() {
            let Some(edit) = edit.take() else { continue };
            let card = card_of(&edit).and_then(|id| journey.card_mut(id));
            done[at] = card.map(|card| apply_to(card, edit));
        }
    } else {
        scan(journey, run, &mut done);
    }
    inverses.extend(done.into_iter().flatten().filter(|e| !e.is_empty()));
}

/// Applies the edits of `run` from its start for as long as they name cards in the list's
/// order, or all in its reverse order, walking the list beside the run once: no lookups.
fn walk(journey: &mut Journey, run: &mut [Option<Edit>], done: &mut [Option<Edit>]) {
    let upwards = {
        let mut named = run.iter().flatten().filter_map(card_of);
        let (first, last) = (named.next(), named.next_back());
        let position = |id: Option<CardId>| id.and_then(|id| journey.card_position(id));
        last.is_some() && position(first) > position(last)
    };
    let mut next = 0;
    // Applies the edits that come next in the run and name `card`; true once the run is done.
    let mut apply_here = |card: &mut Card| {
        while let Some(slot) = run.get_mut(next) {
            match slot.take_if(|edit| card_of(edit) == Some(card.id)) {
                Some(edit) => done[next] = Some(apply_to(card, edit)),
                // An edit found not to apply (it named what the map lacks) is passed over.
                None if slot.is_none() => {}
                None => return false,
            }
            next += 1;
        }
        true
    };
    if upwards {
        journey.cards.iter_mut().rev().any(|card| apply_here(card));
    } else {
        journey.cards.iter_mut().any(|card| apply_here(card));
    }
}

/// Applies the edits of `run` left (some taken already) in one pass over the cards: each card's
/// edits found by its id.
fn scan(journey: &mut Journey, mut run: Vec<Option<Edit>>, done: &mut [Option<Edit>]) {
    // Each card's edits, in the run's order: the first and last by the card's id, then a chain.
    let mut ends: HashMap<CardId, (usize, usize)> = HashMap::default();
    let mut next = vec![usize::MAX; run.len()];
    let named = run.iter().enumerate();
    for (at, id) in named.filter_map(|(at, e)| Some((at, card_of(e.as_ref()?)?))) {
        ends.entry(id)
            .and_modify(|(_, last)| {
                next[*last] = at;
                *last = at;
            })
            .or_insert((at, at));
    }
    let mut unfound = ends.len();
    for card in &mut journey.cards {
        let Some(&(mut at, _)) = ends.get(&card.id) else {
            continue;
        };
        // Each edit taken when applied, so it is applied once even to a map with two cards
        // of one id (which is refused when it is opened).
        if run[at].is_some() {
            unfound -= 1;
        }
        while let Some(edit) = run.get_mut(at).and_then(Option::take) {
            done[at] = Some(apply_to(card, edit));
            at = next[at];
        }
        if unfound == 0 {
            break;
        }
    }
}

/// A run is applied walking the list, and what it leaves in one pass over the cards, when it
/// names at least one card in this many.
const SCAN_FOR_EVERY: usize = 8;

impl Known {
    /// Whether `edit` names only what the map has (a score may always be cleared).
    fn allows(&self, edit: &Edit) -> bool {
        match edit {
            Edit::MoveCard(_, place) => {
                self.stages.contains(&place.stage) && self.lanes.contains(&place.lane)
            }
            Edit::SetScore(_, persona, score) => score.is_none() || self.personas.contains(persona),
            _ => false,
        }
    }
}

/// Applies the field edit `edit` to `card` (the card it names, the edit already checked).
fn apply_to(card: &mut Card, edit: Edit) -> Edit {
    match edit {
        Edit::MoveCard(_, place) => move_to(card, place),
        Edit::SetScore(_, persona, score) => score_on(card, persona, score),
        _ => nothing(),
    }
}

fn move_to(card: &mut Card, place: CardPlace) -> Edit {
    let old = CardPlace::of(card);
    if old == place {
        return nothing();
    }
    (card.stage, card.lane, card.order) = (place.stage, place.lane, place.order);
    Edit::MoveCard(card.id, old)
}

fn score_on(card: &mut Card, persona: PersonaId, score: Option<Score>) -> Edit {
    let old = match score {
        Some(score) => card.emotions.insert(persona, score),
        None => card.emotions.remove(&persona),
    };
    if old == score {
        nothing()
    } else {
        Edit::SetScore(card.id, persona, old)
    }
}
