//! Placing cards in cells: the edits that give a cell's cards the orders 0, 1, 2… as moves (a
//! card's place, not a copy of its words) and new cards. The moves come in the list's order of
//! their cards, so that the batch applies them walking the list once (see `fields`), whatever
//! the order of the cells and cards they were made in.

use super::{CardPlace, Edit};
use crate::model::{Card, CardId, Journey, LaneId, Spot, StageId};
use ahash::HashSet;

/// A card being placed in a cell: one the map has (where it is now, and where in the list), or
/// a new one (boxed: a cell's list holds mostly cards it has, and the box is the edit's).
pub(super) enum Placed {
    Kept {
        id: CardId,
        now: CardPlace,
        position: usize,
    },
    New(Box<Card>),
}

impl Placed {
    /// The card at `position` of the map's list.
    pub(super) fn at(journey: &Journey, position: usize) -> Option<Self> {
        let card = journey.cards.get(position)?;
        Some(Placed::Kept {
            id: card.id,
            now: CardPlace::of(card),
            position,
        })
    }

    /// The card found at `spot` in the cell of `stage` and `lane`, without reading it again.
    pub(super) fn in_cell(stage: StageId, lane: LaneId, spot: Spot) -> Self {
        Placed::Kept {
            id: spot.id,
            now: CardPlace {
                stage,
                lane,
                order: spot.order,
            },
            position: spot.position,
        }
    }
}

/// The edits that place cards in cells, gathered cell by cell.
#[derive(Default)]
pub(super) struct Placing {
    /// Each move with the list position of its card.
    moves: Vec<(usize, Edit)>,
    added: Vec<Edit>,
}

impl Placing {
    /// Gives the cards of the cell, in this order, the orders 0, 1, 2… and puts them in it.
    pub(super) fn cell(&mut self, stage: StageId, lane: LaneId, cards: Vec<Placed>) {
        for (order, placed) in cards.into_iter().enumerate() {
            let place = CardPlace {
                stage,
                lane,
                order: order as u32,
            };
            match placed {
                Placed::Kept { id, now, position } if now != place => {
                    self.moves.push((position, Edit::MoveCard(id, place)));
                }
                Placed::Kept { .. } => {}
                Placed::New(mut card) => {
                    (card.stage, card.lane, card.order) = (stage, lane, place.order);
                    self.added.push(Edit::AddCard(card));
                }
            }
        }
    }

    /// One edit: the moves in the list's order of their cards, then the new cards. Each edit
    /// changes its own card, so their order changes what the batch costs, not what it does.
    pub(super) fn into_edit(mut self) -> Edit {
        self.moves.sort_unstable_by_key(|(position, _)| *position);
        let moves = self.moves.into_iter().map(|(_, edit)| edit);
        Edit::Batch(moves.chain(self.added).collect())
    }
}

/// The cards of a cell in order, leaving out `except`.
pub(super) fn cell_cards(
    journey: &Journey,
    stage: StageId,
    lane: LaneId,
    except: &[CardId],
) -> Vec<Placed> {
    let except: HashSet<CardId> = except.iter().copied().collect();
    let mut cells = journey.cell_positions(|cell| *cell == (stage, lane));
    let spots = cells.remove(&(stage, lane)).unwrap_or_default();
    (spots.into_iter())
        .filter(|spot| !except.contains(&spot.id))
        .map(|spot| Placed::in_cell(stage, lane, spot))
        .collect()
}

/// The cards of `ids` in journey order, each once with its list position, found through the
/// card index (the map is not looked through) and not copied.
pub(super) fn found_in_journey_order<'a>(
    journey: &'a Journey,
    ids: &[CardId],
) -> Vec<(usize, &'a Card)> {
    let mut wanted: HashSet<CardId> = HashSet::default();
    let mut cards: Vec<(usize, &Card)> = ids
        .iter()
        .filter(|id| wanted.insert(**id))
        .filter_map(|id| journey.card_position(*id))
        .filter_map(|position| Some((position, &**journey.cards.get(position)?)))
        .collect();
    // Each card's key made once, not at every comparison.
    let key = journey.journey_order();
    cards.sort_by_cached_key(|(_, card)| key(card));
    cards
}
