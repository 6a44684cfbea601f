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
/// applying them one by one gives. A run that names a good part of the map's cards is applied
/// in one pass over the list, in memory order: looking up thousands of cards spread over a
/// long map would fetch each card and its index entry from memory.
pub(super) fn apply_run(journey: &mut Journey, run: Vec<Edit>, inverses: &mut Vec<Edit>) {
    let known = Known::of(journey);
    let run: Vec<Edit> = run
        .into_iter()
        .map(|edit| if known.allows(&edit) { edit } else { nothing() })
        .collect();
    if run.len() * SCAN_FOR_EVERY < journey.cards.len() {
        for edit in run {
            let card = card_of(&edit).and_then(|id| journey.card_mut(id));
            let inverse = card.map_or_else(nothing, |card| apply_to(card, edit));
            if !inverse.is_empty() {
                inverses.push(inverse);
            }
        }
        return;
    }
    // Each card's edits, in the run's order: the first and last by the card's id, then a chain.
    let mut ends: HashMap<CardId, (usize, usize)> = HashMap::default();
    let mut next = vec![usize::MAX; run.len()];
    for (at, id) in run
        .iter()
        .enumerate()
        .filter_map(|(at, e)| Some((at, card_of(e)?)))
    {
        ends.entry(id)
            .and_modify(|(_, last)| {
                next[*last] = at;
                *last = at;
            })
            .or_insert((at, at));
    }
    let mut run: Vec<Option<Edit>> = run.into_iter().map(Some).collect();
    let mut done: Vec<Option<Edit>> = std::iter::repeat_with(|| None).take(run.len()).collect();
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
    inverses.extend(done.into_iter().flatten().filter(|e| !e.is_empty()));
}

/// A run is applied in one pass over the cards when it names at least one card in this many.
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
