//! Each cell's cards in their order, as a layout reads them: kept from the last layout when the
//! edit log vouches that no card changed cell, order or place in the list since. Sorting them
//! reads every card of the map, which at 100,000 cards is a trip to memory per card, every
//! layout, for an edit that made one card a line taller.

use crate::edit::Rewritten;
use crate::model::{CardId, Journey};
use ahash::HashMap;

/// A card of a cell: its order, id and place in the map's card list (sorted so, as the cell
/// shows them; the place, to read the card only when needed). A place fits in 32 bits: a map
/// holds at most 100,000 cards.
pub(super) type CellCard = (u32, CardId, u32);

/// The cards of every cell of a map, by (stage, lane) id, each cell's sorted.
pub(super) struct CellOrder {
    pub(super) cells: HashMap<(u64, u64), Vec<CellCard>>,
    /// How many cards the map had.
    cards: usize,
}

impl CellOrder {
    /// Sorts the cards of `journey` into their cells: one pass in the list's order.
    pub(super) fn of(journey: &Journey) -> Self {
        let mut cells: HashMap<(u64, u64), Vec<CellCard>> = HashMap::default();
        for (index, card) in journey.cards.iter().enumerate() {
            cells.entry((card.stage.0, card.lane.0)).or_default().push((
                card.order,
                card.id,
                index as u32,
            ));
        }
        for cards in cells.values_mut() {
            cards.sort_unstable();
        }
        CellOrder {
            cells,
            cards: journey.cards.len(),
        }
    }

    /// Whether this is still the order of `journey`'s cells, made for a map that since
    /// changed only as `rewritten` says: only cards, none added or removed (a card added,
    /// put back or removed is among the rewritten ones, and is not where this order has it),
    /// and every rewritten card still in its cell, at its order and place in the list.
    pub(super) fn still_holds(&self, journey: &Journey, rewritten: Option<&Rewritten>) -> bool {
        let Some(rewritten) = rewritten.filter(|r| r.only_cards) else {
            return false;
        };
        let unmoved = |id: &CardId| {
            let Some(place) = journey.card_position(*id) else {
                return false;
            };
            let card = &journey.cards[place];
            let cell = self.cells.get(&(card.stage.0, card.lane.0));
            let key = (card.order, card.id, place as u32);
            cell.is_some_and(|cards| cards.binary_search(&key).is_ok())
        };
        self.cards == journey.cards.len() && rewritten.cards.iter().all(unmoved)
    }
}
