//! Building the edits for what users do: add a card at a drop position, move a group of cards,
//! duplicate, delete, set a score, add and delete stages and lanes. Pure functions of the
//! document, so every rule here is tested without a window.

use super::Edit;
use super::placing::{Placed, Placing, cell_cards, found_in_journey_order};
use crate::i18n::Message;
use crate::model::{
    Card, CardId, Channel, Journey, Lane, LaneId, LaneKind, PersonaId, Score, Stage, StageId,
};
use ahash::HashSet;

/// What a new card starts with.
#[derive(Clone, Debug, PartialEq)]
pub struct CardSeed {
    /// The title.
    pub title: String,
    /// The channel, for touchpoints.
    pub channel: Option<Channel>,
}

/// `ids` in journey order: by stage, lane, and order in the cell.
pub fn in_journey_order(journey: &Journey, ids: &[CardId]) -> Vec<Card> {
    let cards = found_in_journey_order(journey, ids);
    cards.into_iter().map(|(_, card)| card.clone()).collect()
}

/// A new card in a cell at position `index` (0 = first); returns the edit and the new card's id.
pub fn add_card(
    journey: &Journey,
    stage: StageId,
    lane: LaneId,
    index: usize,
    seed: CardSeed,
) -> (Edit, CardId) {
    let id = journey.new_card_id();
    let mut card = Card::new(id, stage, lane, 0, &seed.title);
    card.channel = seed.channel;
    let mut cards = cell_cards(journey, stage, lane, &[]);
    cards.insert(index.min(cards.len()), Placed::New(Box::new(card)));
    let mut placing = Placing::default();
    placing.cell(stage, lane, cards);
    (placing.into_edit(), id)
}

/// Moves `ids` (kept in journey order) into a cell at position `index`, counted among the cell's
/// other cards.
pub fn move_cards(
    journey: &Journey,
    ids: &[CardId],
    stage: StageId,
    lane: LaneId,
    index: usize,
) -> Edit {
    if journey.stage(stage).is_none() || journey.lane(lane).is_none() {
        return Edit::Batch(Vec::new());
    }
    let moving = found_in_journey_order(journey, ids);
    let moving_ids: Vec<CardId> = moving.iter().map(|(_, c)| c.id).collect();
    let mut cards = cell_cards(journey, stage, lane, &moving_ids);
    let at = index.min(cards.len());
    let moving = moving
        .into_iter()
        .map(|(position, _)| Placed::at(journey, position));
    cards.splice(at..at, moving.flatten());
    let mut placing = Placing::default();
    placing.cell(stage, lane, cards);
    placing.into_edit()
}

/// Copies of `ids`, each right after its original; returns the edit and the copies' ids.
pub fn duplicate_cards(journey: &Journey, ids: &[CardId]) -> (Edit, Vec<CardId>) {
    let mut new_ids = journey.new_card_ids();
    let mut placing = Placing::default();
    let mut copies = Vec::new();
    let originals = found_in_journey_order(journey, ids);
    let wanted: HashSet<CardId> = ids.iter().copied().collect();
    let mut cells: Vec<(StageId, LaneId)> =
        (originals.iter()).map(|(_, c)| (c.stage, c.lane)).collect();
    cells.dedup();
    // The cells' cards found in one pass over the map, not one pass per cell.
    let chosen: HashSet<(StageId, LaneId)> = cells.iter().copied().collect();
    let mut found = journey.cell_positions(|cell| chosen.contains(cell));
    for (stage, lane) in cells {
        let mut cards = Vec::new();
        for spot in found.remove(&(stage, lane)).unwrap_or_default() {
            cards.push(Placed::in_cell(stage, lane, spot));
            if wanted.contains(&spot.id) {
                let mut copy = journey.cards[spot.position].clone();
                copy.id = new_ids.draw();
                copies.push(copy.id);
                cards.push(Placed::New(copy));
            }
        }
        placing.cell(stage, lane, cards);
    }
    (placing.into_edit(), copies)
}

/// Removes `ids`.
pub fn delete_cards(ids: &[CardId]) -> Edit {
    Edit::Batch(ids.iter().map(|id| Edit::RemoveCard(*id)).collect())
}

/// Sets (or with `None` clears) how `persona` feels at `card`.
pub fn set_score(
    journey: &Journey,
    card: CardId,
    persona: PersonaId,
    score: Option<Score>,
) -> Edit {
    // No edit for a card that is not there or already has that score: nothing to undo.
    match journey.card(card) {
        Some(c) if c.emotions.get(&persona) != score.as_ref() => {
            Edit::SetScore(card, persona, score)
        }
        _ => Edit::Batch(Vec::new()),
    }
}

/// Adds `delta` dot votes to `card` (a negative delta takes votes away, never below zero).
/// `None` when nothing would change: no card, or no vote left to take.
pub fn vote(journey: &Journey, card: CardId, delta: i32) -> Option<Edit> {
    let mut changed = journey.card(card)?.clone();
    let votes = changed.votes.saturating_add_signed(delta);
    if votes == changed.votes {
        return None;
    }
    changed.votes = votes;
    Some(Edit::ReplaceCard(Box::new(changed)))
}

/// Reorders the cards of `stage` in each of `lanes` by votes, most first; cards with as many
/// votes keep their order. One edit for all the cells.
pub fn sort_by_votes(journey: &Journey, stage: StageId, lanes: &[LaneId]) -> Edit {
    let mut placing = Placing::default();
    for &lane in lanes {
        let mut cards = cell_cards(journey, stage, lane, &[]);
        let votes = |placed: &Placed| match placed {
            Placed::Kept { position, .. } => journey.cards[*position].votes,
            Placed::New(card) => card.votes,
        };
        // A stable sort: ties stay in the order they had.
        cards.sort_by_key(|placed| std::cmp::Reverse(votes(placed)));
        placing.cell(stage, lane, cards);
    }
    placing.into_edit()
}

/// A new stage named `name` at `index`; returns the edit and the stage's id.
pub fn add_stage(journey: &Journey, index: usize, name: &str) -> (Edit, StageId) {
    let id = journey.new_stage_id();
    let stage = Stage {
        id,
        name: name.to_owned(),
        goal: String::new(),
        questions: Vec::new(),
        kpis: Vec::new(),
    };
    (Edit::InsertStage(index, Box::new(stage)), id)
}

/// Deletes a stage and its cards, unless it is the last one: a map always has a stage.
pub fn delete_stage(journey: &Journey, id: StageId) -> Result<Edit, Message> {
    if journey.stages.len() <= 1 {
        return Err(Message::new("edit-last-stage"));
    }
    Ok(Edit::RemoveStage(id))
}

/// A new lane of `kind` at `index`; returns the edit and the lane's id.
pub fn add_lane(journey: &Journey, index: usize, kind: LaneKind) -> (Edit, LaneId) {
    let id = journey.new_lane_id();
    let lane = Lane {
        id,
        kind,
        name: journey.language.lane(kind).to_owned(),
        hidden: false,
    };
    (Edit::InsertLane(index, Box::new(lane)), id)
}

/// Deletes a lane and its cards, unless it is the last one: a map always has a lane.
pub fn delete_lane(journey: &Journey, id: LaneId) -> Result<Edit, Message> {
    if journey.lanes.len() <= 1 {
        return Err(Message::new("edit-last-lane"));
    }
    Ok(Edit::RemoveLane(id))
}

/// A new connection from card `from`: to `to` (a usual next step; another route, or backstage
/// work set going, when the cards already have one of those), or out of the map (an exit).
/// `None` when there is nothing left to add between the two cards.
pub fn connect(
    journey: &Journey,
    from: CardId,
    to: Option<CardId>,
) -> Option<(Edit, crate::model::ConnectionId)> {
    use crate::model::{Connection, ConnectionKind};
    if to == Some(from) {
        return None;
    }
    let kinds: &[ConnectionKind] = match to {
        Some(_) => &[
            ConnectionKind::Next,
            ConnectionKind::Alternative,
            ConnectionKind::Triggers,
        ],
        None => &[ConnectionKind::Exit],
    };
    let taken = |kind: ConnectionKind| {
        journey
            .connections
            .iter()
            .any(|c| c.kind == kind && c.from == from && c.to == to)
    };
    let kind = kinds.iter().copied().find(|k| !taken(*k))?;
    let id = journey.new_connection_id();
    let connection = Connection {
        id,
        kind,
        from,
        to,
        label: String::new(),
        share: None,
    };
    Some((Edit::InsertConnection(usize::MAX, Box::new(connection)), id))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example map's touchpoints lane.
    fn touchpoints(journey: &Journey) -> LaneId {
        let lane = journey
            .lanes
            .iter()
            .find(|l| l.kind == LaneKind::Touchpoints);
        lane.expect("a touchpoints lane").id
    }

    fn example() -> Journey {
        crate::templates::find("lifecycle")
            .unwrap()
            .journey()
            .unwrap()
    }

    fn titles(journey: &Journey, stage: StageId, lane: LaneId) -> Vec<String> {
        journey
            .cards_in(stage, lane)
            .iter()
            .map(|c| c.title.clone())
            .collect()
    }

    #[test]
    fn votes_go_up_and_down_but_not_below_zero() {
        let mut journey = example();
        let id = journey.cards[0].id;
        assert!(vote(&journey, id, -1).is_none(), "no vote to take away");
        vote(&journey, id, 1).unwrap().apply(&mut journey);
        vote(&journey, id, 1).unwrap().apply(&mut journey);
        assert_eq!(journey.card(id).unwrap().votes, 2);
        let undo = vote(&journey, id, -1).unwrap().apply(&mut journey);
        assert_eq!(journey.card(id).unwrap().votes, 1);
        undo.apply(&mut journey);
        assert_eq!(journey.card(id).unwrap().votes, 2);
    }

    #[test]
    fn sorting_by_votes_puts_the_most_voted_first_and_keeps_ties_in_order() {
        let mut journey = example();
        let (stage, lane) = (journey.stages[0].id, touchpoints(&journey));
        let (edit, _) = add_card(
            &journey,
            stage,
            lane,
            2,
            CardSeed {
                title: "Third".into(),
                channel: None,
            },
        );
        edit.apply(&mut journey);
        let ids: Vec<CardId> = journey.cards_in(stage, lane).iter().map(|c| c.id).collect();
        assert_eq!(ids.len(), 3);
        vote(&journey, ids[2], 3).unwrap().apply(&mut journey);
        vote(&journey, ids[1], 1).unwrap().apply(&mut journey);
        let before = journey.clone();
        let undo = sort_by_votes(&journey, stage, &[lane]).apply(&mut journey);
        let sorted: Vec<CardId> = journey.cards_in(stage, lane).iter().map(|c| c.id).collect();
        assert_eq!(sorted, vec![ids[2], ids[1], ids[0]]);
        undo.apply(&mut journey);
        assert_eq!(journey, before);
    }

    #[test]
    fn a_new_card_lands_at_its_drop_position() {
        let mut journey = example();
        let (stage, lane) = (journey.stages[1].id, touchpoints(&journey));
        let before = titles(&journey, stage, lane);
        let seed = CardSeed {
            title: "Email".into(),
            channel: Some(Channel::Email),
        };
        let (edit, id) = add_card(&journey, stage, lane, 1, seed);
        edit.apply(&mut journey);
        let after = titles(&journey, stage, lane);
        assert_eq!(after.len(), before.len() + 1);
        assert_eq!(after[1], "Email");
        assert_eq!(journey.card(id).unwrap().channel, Some(Channel::Email));
        assert!(journey.problems().is_empty());
    }

    #[test]
    fn moving_cards_reorders_and_changes_cells() {
        let mut journey = example();
        let (s1, s2, lane) = (
            journey.stages[0].id,
            journey.stages[1].id,
            touchpoints(&journey),
        );
        let first = journey.cards_in(s1, lane)[0].id;
        let second = journey.cards_in(s1, lane)[1].id;
        move_cards(&journey, &[first], s1, lane, 1).apply(&mut journey);
        assert_eq!(
            journey.cards_in(s1, lane)[0].id,
            second,
            "reordered in its cell"
        );
        move_cards(&journey, &[first, second], s2, lane, 0).apply(&mut journey);
        let ids: Vec<_> = journey.cards_in(s2, lane).iter().map(|c| c.id).collect();
        assert_eq!(&ids[..2], &[second, first], "a group keeps its order");
        assert!(journey.cards_in(s1, lane).is_empty());
    }

    #[test]
    fn duplicates_sit_after_their_originals() {
        let mut journey = example();
        let (stage, lane) = (journey.stages[0].id, touchpoints(&journey));
        let first = journey.cards_in(stage, lane)[0].clone();
        let (edit, copies) = duplicate_cards(&journey, &[first.id]);
        edit.apply(&mut journey);
        let cell = journey.cards_in(stage, lane);
        assert_eq!(cell[1].id, copies[0]);
        assert_eq!(cell[1].title, first.title);
        assert_eq!(cell[1].emotions, first.emotions);
    }

    /// Cards of many cells duplicated at once: each copy right after its original in its own
    /// cell, every cell numbered 0, 1, 2…, and undo gives back the map as it was.
    #[test]
    fn duplicates_in_many_cells_sit_after_their_originals() {
        let mut journey = example();
        let before = journey.clone();
        let ids: Vec<CardId> = journey.cards.iter().step_by(3).map(|c| c.id).collect();
        let (edit, copies) = duplicate_cards(&journey, &ids);
        assert_eq!(copies.len(), ids.len());
        let undo = edit.apply(&mut journey);
        assert_eq!(journey.cards.len(), before.cards.len() + ids.len());
        // The copies come in journey order of their originals.
        let originals: Vec<CardId> = in_journey_order(&before, &ids)
            .iter()
            .map(|c| c.id)
            .collect();
        for (original, copy) in originals.iter().zip(&copies) {
            let card = journey.card(*original).expect("the original stays");
            let cell = journey.cards_in(card.stage, card.lane);
            let at = cell
                .iter()
                .position(|c| c.id == *original)
                .expect("in its cell");
            assert_eq!(cell[at + 1].id, *copy, "the copy right after its original");
            let orders: Vec<u32> = cell.iter().map(|c| c.order).collect();
            assert_eq!(orders, (0..cell.len() as u32).collect::<Vec<_>>());
        }
        undo.apply(&mut journey);
        assert!(journey == before, "undo gives back the map as it was");
    }

    #[test]
    fn the_last_stage_and_lane_cannot_be_deleted() {
        let mut journey = example();
        while journey.stages.len() > 1 {
            delete_stage(&journey, journey.stages[0].id)
                .unwrap()
                .apply(&mut journey);
        }
        assert!(delete_stage(&journey, journey.stages[0].id).is_err());
        while journey.lanes.len() > 1 {
            delete_lane(&journey, journey.lanes[0].id)
                .unwrap()
                .apply(&mut journey);
        }
        assert!(
            delete_lane(&journey, journey.lanes[0].id)
                .unwrap_err()
                .to_string()
                .contains("last lane")
        );
    }
}
