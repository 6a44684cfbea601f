//! Applying the edits of cards, stages, lanes and personas. Each function returns the inverse.

use super::{Edit, clean_text, clean_title, cleaned_text, cleaned_title, nothing};
use crate::model::{Card, CardId, Journey, Lane, LaneId, Persona, PersonaId, Stage, StageId};
use std::collections::HashSet;

/// Cleans a card's text: title trimmed and capped, body capped.
pub(super) fn clean_card(card: &mut Card) {
    card.title = cleaned_title(std::mem::take(&mut card.title));
    card.body = cleaned_text(std::mem::take(&mut card.body));
    card.tags = std::mem::take(&mut card.tags)
        .into_iter()
        .map(cleaned_title)
        .filter(|t| !t.is_empty())
        .collect();
}

/// Puts `card` at `index` as it is: it is either a card that was in the map (undo puts back
/// exactly what was removed, even a title a hand-edited file left padded) or a new card the
/// caller cleaned ([`Edit::AddCard`]).
pub(super) fn insert_card(journey: &mut Journey, index: usize, card: Box<Card>) -> Edit {
    // Through the index: putting a removed card back (undo) must not look through every card.
    let valid = !journey.card_index.uses(&journey.cards, card.id)
        && journey.stage(card.stage).is_some()
        && journey.lane(card.lane).is_some();
    if !valid {
        return nothing();
    }
    let id = card.id;
    let index = index.min(journey.cards.len());
    journey.cards.insert(index, card);
    journey.card_index.inserted(id, index);
    Edit::RemoveCard(id)
}

/// Removes the card and the connections that touch it; undo puts the card back, then them.
pub(super) fn remove_card(journey: &mut Journey, id: CardId) -> Edit {
    let Some(index) = journey.card_position(id) else {
        return nothing();
    };
    let card = Edit::InsertCard(index, journey.cards.remove(index));
    journey.card_index.removed(id);
    let connections = super::connections::remove_touching(journey, &HashSet::from([id]));
    if connections.is_empty() {
        card
    } else {
        Edit::Batch(std::iter::once(card).chain(connections).collect())
    }
}

pub(super) fn replace_card(journey: &mut Journey, card: Box<Card>) -> Edit {
    let position = journey.card_position(card.id);
    replace_card_at(journey, position, card).unwrap_or_else(nothing)
}

/// Replaces the card at `position` (where the card of `card`'s id is, if anywhere) with `card`;
/// the inverse, or `None` when nothing changes.
pub(super) fn replace_card_at(
    journey: &mut Journey,
    position: Option<usize>,
    mut card: Box<Card>,
) -> Option<Edit> {
    let valid = journey.stage(card.stage).is_some()
        && journey.lane(card.lane).is_some()
        && card.emotions.keys().all(|p| journey.persona(*p).is_some());
    clean_card(&mut card);
    let slot = journey.cards.get_mut(position?)?;
    // Replacing a card with an equal one is no change, and leaves no undo step.
    (valid && *slot != card).then(|| Edit::ReplaceCard(std::mem::replace(slot, card)))
}

/// Removes the cards matching `doomed`, returning edits that put them back where they were.
/// One pass over the list: the other cards close up once, however many go (a lane of a long
/// map holds thousands).
fn remove_cards(journey: &mut Journey, doomed: impl Fn(&Card) -> bool) -> Vec<Edit> {
    // Each doomed card's id read as it is found: it lies beside the fields `doomed` reads, and
    // read later, after a pass over a long map, it would be a trip to memory per card.
    let (positions, gone): (Vec<usize>, Vec<CardId>) = (journey.cards.iter().enumerate())
        .filter(|(_, card)| doomed(card))
        .map(|(position, card)| (position, card.id))
        .unzip();
    let removed = super::batch::take_positions(&mut journey.cards, &positions);
    // Only a map with connections needs to know which ids went.
    let ids: HashSet<CardId> = if journey.connections.is_empty() {
        HashSet::new()
    } else {
        gone.iter().copied().collect()
    };
    journey.card_index.removed_all(gone);
    // Put back in the order they were, each at its first place: the cards before it are back.
    let mut restore: Vec<Edit> = positions
        .into_iter()
        .zip(removed)
        .map(|(at, card)| Edit::InsertCard(at, card))
        .collect();
    restore.extend(super::connections::remove_touching(journey, &ids));
    restore
}

pub(super) fn insert_stage(journey: &mut Journey, index: usize, mut stage: Stage) -> Edit {
    if journey.stage(stage.id).is_some() {
        return nothing();
    }
    stage.name = clean_title(&stage.name);
    let id = stage.id;
    journey
        .stages
        .insert(index.min(journey.stages.len()), stage);
    Edit::RemoveStage(id)
}

pub(super) fn remove_stage(journey: &mut Journey, id: StageId) -> Edit {
    let Some(index) = journey.stages.iter().position(|s| s.id == id) else {
        return nothing();
    };
    let restore_cards = remove_cards(journey, |c| c.stage == id);
    let stage = journey.stages.remove(index);
    let mut inverse = vec![Edit::InsertStage(index, Box::new(stage))];
    inverse.extend(restore_cards);
    Edit::Batch(inverse)
}

pub(super) fn replace_stage(journey: &mut Journey, mut stage: Stage) -> Edit {
    stage.name = clean_title(&stage.name);
    stage.goal = clean_text(&stage.goal);
    match journey.stages.iter_mut().find(|s| s.id == stage.id) {
        Some(slot) if *slot != stage => {
            Edit::ReplaceStage(Box::new(std::mem::replace(slot, stage)))
        }
        _ => nothing(),
    }
}

pub(super) fn insert_lane(journey: &mut Journey, index: usize, mut lane: Lane) -> Edit {
    if journey.lane(lane.id).is_some() {
        return nothing();
    }
    lane.name = clean_title(&lane.name);
    let id = lane.id;
    journey.lanes.insert(index.min(journey.lanes.len()), lane);
    Edit::RemoveLane(id)
}

pub(super) fn remove_lane(journey: &mut Journey, id: LaneId) -> Edit {
    let Some(index) = journey.lanes.iter().position(|l| l.id == id) else {
        return nothing();
    };
    let restore_cards = remove_cards(journey, |c| c.lane == id);
    let restore_lines = super::blueprint::remove_lines_under(journey, id);
    let lane = journey.lanes.remove(index);
    let mut inverse = vec![Edit::InsertLane(index, Box::new(lane))];
    inverse.extend(restore_cards);
    inverse.extend(restore_lines);
    Edit::Batch(inverse)
}

pub(super) fn replace_lane(journey: &mut Journey, mut lane: Lane) -> Edit {
    lane.name = clean_title(&lane.name);
    match journey.lanes.iter_mut().find(|l| l.id == lane.id) {
        Some(slot) if *slot != lane => Edit::ReplaceLane(Box::new(std::mem::replace(slot, lane))),
        _ => nothing(),
    }
}

pub(super) fn insert_persona(journey: &mut Journey, index: usize, mut persona: Persona) -> Edit {
    if journey.persona(persona.id).is_some() {
        return nothing();
    }
    persona.name = clean_title(&persona.name);
    let id = persona.id;
    journey
        .personas
        .insert(index.min(journey.personas.len()), persona);
    Edit::RemovePersona(id)
}

pub(super) fn remove_persona(journey: &mut Journey, id: PersonaId) -> Edit {
    let Some(index) = journey.personas.iter().position(|p| p.id == id) else {
        return nothing();
    };
    // Scores go first, so the document never refers to a missing persona.
    // Undo gives each card its score back, not a copy of the whole card.
    let mut restore_scores = Vec::new();
    for card in &mut journey.cards {
        if let Some(score) = card.emotions.remove(&id) {
            restore_scores.push(Edit::SetScore(card.id, id, Some(score)));
        }
    }
    let persona = journey.personas.remove(index);
    let mut inverse = vec![Edit::InsertPersona(index, Box::new(persona))];
    inverse.extend(restore_scores);
    Edit::Batch(inverse)
}

pub(super) fn replace_persona(journey: &mut Journey, mut persona: Persona) -> Edit {
    persona.name = clean_title(&persona.name);
    match journey.personas.iter_mut().find(|p| p.id == persona.id) {
        Some(slot) if *slot != persona => {
            Edit::ReplacePersona(Box::new(std::mem::replace(slot, persona)))
        }
        _ => nothing(),
    }
}

/// Moves the item matching `is_it` to index `to`; returns where it was, or `None` if absent or
/// already there.
pub(super) fn move_item<T>(
    items: &mut Vec<T>,
    is_it: impl Fn(&T) -> bool,
    to: usize,
) -> Option<usize> {
    let from = items.iter().position(is_it)?;
    let to = to.min(items.len() - 1);
    if from == to {
        return None;
    }
    let item = items.remove(from);
    items.insert(to, item);
    Some(from)
}
