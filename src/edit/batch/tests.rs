//! A run applied in one pass gives exactly what its edits give one by one: the same cards in the
//! same order, the same inverses.

use super::*;
use crate::edit::CardPlace;
use crate::generate::generate;
use crate::model::{LaneId, PersonaId, Score, StageId};
use proptest::prelude::*;

fn map(cards: usize) -> Journey {
    let template = crate::templates::find("lifecycle")
        .and_then(|t| t.journey().ok())
        .expect("the lifecycle template");
    generate(template, cards)
}

/// The edits one by one, as a batch applied them before runs existed.
fn one_by_one(edits: &[Edit], journey: &mut Journey) -> Vec<Edit> {
    edits
        .iter()
        .cloned()
        .map(|e| e.apply(journey))
        .filter(|e| !e.is_empty())
        .collect()
}

fn same_as_one_by_one(journey: &Journey, edits: Vec<Edit>) {
    let mut expected = journey.clone();
    let expected_inverses = one_by_one(&edits, &mut expected);
    let mut actual = journey.clone();
    // A copy starts without a card index: make it, as an open map has one.
    let _ = actual
        .cards
        .first()
        .map(|card| actual.card_position(card.id));
    let inverses = apply_all(edits, &mut actual);
    assert!(actual == expected, "the run gives another map");
    assert!(
        inverses == expected_inverses,
        "the run gives other inverses"
    );
    // Undone as a batch too (in reverse, as history does), the map is what it was.
    let mut undo = inverses;
    undo.reverse();
    apply_all(undo, &mut actual);
    assert!(actual == *journey, "undoing the run gives another map");
}

/// How many kinds of card edit [`card_edit`] makes.
const KINDS: u8 = 9;

/// A card edit drawn from numbers: which kind, which card (some ids are missing or repeated),
/// where (some places are past the end), which cell.
fn card_edit(journey: &Journey, (kind, pick, place, cell): (u8, usize, usize, usize)) -> Edit {
    let card = &journey.cards[pick % journey.cards.len()];
    let stage: StageId = journey.stages[cell % journey.stages.len()].id;
    let lane: LaneId = journey.lanes[cell % journey.lanes.len()].id;
    let fresh = CardId(10_000 + (pick % 40) as u64);
    let persona = match journey.personas.get(cell % journey.personas.len().max(1)) {
        Some(p) if place % 7 != 0 => p.id,
        _ => PersonaId(999_999),
    };
    let target = CardPlace {
        stage: if place % 7 == 0 {
            StageId(999_999)
        } else {
            stage
        },
        lane,
        order: (place % 4) as u32,
    };
    let id = if place % 5 == 0 { fresh } else { card.id };
    match kind % KINDS {
        6 => Edit::MoveCard(id, target),
        7 => Edit::SetScore(id, persona, Score::new((place % 5) as i64 - 2).ok()),
        8 => Edit::SetScore(id, persona, None),
        0 => {
            let mut changed = card.clone();
            changed.order = place as u32;
            changed.title = format!("  changed {place}  ");
            Edit::ReplaceCard(changed)
        }
        1 => Edit::RemoveCard(if place % 5 == 0 { fresh } else { card.id }),
        2 => Edit::InsertCard(place % (journey.cards.len() + 60), {
            let mut new = Card::new(fresh, stage, lane, 0, " new ");
            new.body = "x".repeat(place % 3);
            Box::new(new)
        }),
        3 => Edit::AddCard(Box::new(Card::new(fresh, stage, lane, 1, "added"))),
        4 => Edit::InsertCard(place, card.clone()),
        _ => Edit::ReplaceCard(Box::new(Card::new(fresh, stage, lane, 0, "missing"))),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn runs_of_one_kind_give_what_one_by_one_gives(
        kind in 0u8..KINDS,
        picks in proptest::collection::vec((0usize..200, 0usize..300, 0usize..12), 16..80),
        long_map in any::<bool>(),
    ) {
        // On the long map a run of moves or scores names too few cards to be applied in one
        // pass over them: both ways are tried.
        let journey = map(if long_map { 1_000 } else { 120 });
        let edits: Vec<Edit> = picks
            .into_iter()
            .map(|(pick, place, cell)| card_edit(&journey, (kind, pick, place, cell)))
            .collect();
        same_as_one_by_one(&journey, edits);
    }

    /// Moves and scores as `ops` makes them, in the list's order of their cards (or its
    /// reverse, as their inverses come), with some that name no card or repeat one.
    #[test]
    fn runs_in_list_order_give_what_one_by_one_gives(
        picks in proptest::collection::vec((6u8..KINDS, 0usize..200, 0usize..300, 0usize..12), 16..120),
        upwards in any::<bool>(),
        long_map in any::<bool>(),
    ) {
        let journey = map(if long_map { 1_000 } else { 120 });
        let mut edits: Vec<Edit> = picks.into_iter().map(|p| card_edit(&journey, p)).collect();
        let position = |edit: &Edit| match edit {
            Edit::MoveCard(id, _) | Edit::SetScore(id, ..) => journey.card_position(*id),
            _ => None,
        };
        edits.sort_by_key(position);
        if upwards {
            edits.reverse();
        }
        same_as_one_by_one(&journey, edits);
    }

    /// Insertions whose places rise or fall, as putting back a deletion asks for them (each
    /// way placed without an index of free places), with places repeated or past the end, and
    /// some ids used twice or already on the map.
    #[test]
    fn insertions_at_rising_or_falling_places_give_what_one_by_one_gives(
        mut places in proptest::collection::vec(0usize..1_200, 16..120),
        falling in any::<bool>(),
        long_map in any::<bool>(),
    ) {
        let journey = map(if long_map { 1_000 } else { 120 });
        places.sort_unstable();
        if falling {
            places.reverse();
        }
        let (stage, lane) = (journey.stages[1].id, journey.lanes[2].id);
        let edits: Vec<Edit> = (places.into_iter().enumerate())
            .map(|(n, place)| {
                let id = match n % 13 {
                    0 => journey.cards[n % journey.cards.len()].id,
                    7 => CardId(20_000),
                    _ => CardId(20_000 + n as u64),
                };
                Edit::InsertCard(place, Box::new(Card::new(id, stage, lane, 0, "put back")))
            })
            .collect();
        same_as_one_by_one(&journey, edits);
    }

    #[test]
    fn mixed_runs_give_what_one_by_one_gives(
        picks in proptest::collection::vec((0u8..KINDS, 0usize..200, 0usize..300, 0usize..12), 16..120),
    ) {
        let journey = map(80);
        let edits: Vec<Edit> = picks.into_iter().map(|p| card_edit(&journey, p)).collect();
        same_as_one_by_one(&journey, edits);
    }
}

#[test]
fn deleting_many_cards_and_undoing_it_gives_the_map_back() {
    let journey = map(500);
    let ids: Vec<CardId> = journey.cards.iter().step_by(3).map(|c| c.id).collect();
    let mut edited = journey.clone();
    let undo = super::super::ops::delete_cards(&ids).apply(&mut edited);
    assert_eq!(edited.cards.len(), journey.cards.len() - ids.len());
    undo.apply(&mut edited);
    assert!(edited == journey);
}
