//! Every card of a journey sorted into its cell at once, for code that visits every cell or
//! stage (exports, `info`): asking [`Journey::cards_in`] cell by cell reads the whole card list
//! once per cell, which on a long map (100 stages) is a hundred times more work than the cards.

use super::{Card, CardId, Journey, Lane, LaneId, Stage, StageId};
use ahash::HashMap;
use std::hash::Hash;

impl Journey {
    /// Each stage by its id, with its index: what [`Journey::stage`] and
    /// [`Journey::stage_index`] find (of two with one id, the first), for code that asks for
    /// every card's stage and would otherwise search the list each time.
    pub fn stages_by_id(&self) -> HashMap<StageId, (usize, &Stage)> {
        first_by_id(&self.stages, |s| s.id)
    }

    /// Each lane by its id, with its index, as [`Journey::stages_by_id`] does for stages.
    pub fn lanes_by_id(&self) -> HashMap<LaneId, (usize, &Lane)> {
        first_by_id(&self.lanes, |l| l.id)
    }

    /// Every card in journey order: by stage, lane, order in the cell, then id; cards of a stage
    /// or lane the map does not list come first. Each card's place is looked up once, not at
    /// every comparison of the sort.
    pub fn cards_in_journey_order(&self) -> Vec<&Card> {
        let key = self.journey_order();
        let mut keyed: Vec<_> = self.cards.iter().map(|c| (key(c), &**c)).collect();
        // Stable, as the sorts it replaces: two cards with one key keep their order.
        keyed.sort_by_key(|(key, _)| *key);
        keyed.into_iter().map(|(_, card)| card).collect()
    }

    /// The key that sorts cards into journey order (see [`Journey::cards_in_journey_order`]),
    /// each card's stage and lane found by id in maps made once.
    pub fn journey_order(&self) -> impl Fn(&Card) -> (usize, usize, u32, CardId) + '_ {
        let (stages, lanes) = (self.stages_by_id(), self.lanes_by_id());
        move |c| {
            // Unlisted (0) before the first listed (1).
            let stage = stages.get(&c.stage).map_or(0, |(i, _)| i + 1);
            let lane = lanes.get(&c.lane).map_or(0, |(i, _)| i + 1);
            (stage, lane, c.order, c.id)
        }
    }

    /// The order a card added at the end of each cell gets (one more than its last card's),
    /// for every cell with cards: one pass over the cards, for code that adds cards to many.
    pub fn next_orders(&self) -> HashMap<(StageId, LaneId), u32> {
        let mut next_order = HashMap::default();
        for card in &self.cards {
            let next = next_order.entry((card.stage, card.lane)).or_insert(0);
            *next = (*next).max(card.order.saturating_add(1));
        }
        next_order
    }

    /// The cards of each cell `wanted` says, each cell's in the order of its cards (as
    /// [`Journey::cards_in`] gives them) with their list positions: one pass over the cards
    /// however many cells, for edits that place the cards of many cells and say where each one
    /// is. Each entry carries what sorts it, so sorting reads no card again (on a long map each
    /// read of a card is a trip to memory).
    pub fn cell_positions(
        &self,
        wanted: impl Fn(&(StageId, LaneId)) -> bool,
    ) -> HashMap<(StageId, LaneId), Vec<Spot>> {
        let mut by_cell: HashMap<(StageId, LaneId), Vec<Spot>> = HashMap::default();
        for (position, card) in self.cards.iter().enumerate() {
            let cell = (card.stage, card.lane);
            if wanted(&cell) {
                let spot = Spot {
                    position,
                    order: card.order,
                    id: card.id,
                };
                by_cell.entry(cell).or_default().push(spot);
            }
        }
        for spots in by_cell.values_mut() {
            spots.sort_unstable_by_key(|spot| (spot.order, spot.id, spot.position));
        }
        by_cell
    }
}

/// Where a card is in the map's list and in its cell (see [`Journey::cell_positions`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spot {
    /// Its index in [`Journey::cards`].
    pub position: usize,
    /// Its order in its cell.
    pub order: u32,
    /// Its id.
    pub id: CardId,
}

/// `items` by `id`, each with its index; of two with one id, the first (as a search finds it).
fn first_by_id<T, K: Eq + Hash>(items: &[T], id: impl Fn(&T) -> K) -> HashMap<K, (usize, &T)> {
    // Reversed, so that the first of two with one id is inserted last and stays.
    items
        .iter()
        .enumerate()
        .rev()
        .map(|(i, item)| (id(item), (i, item)))
        .collect()
}

/// The cards of each cell, each cell's in their order (as [`Journey::cards_in`] gives them).
pub struct Cells<'a> {
    by_cell: HashMap<(StageId, LaneId), Vec<&'a Card>>,
}

impl<'a> Cells<'a> {
    /// Sorts the cards of `journey` into their cells: one pass over the cards, then each cell's
    /// cards sorted by their order.
    pub fn of(journey: &'a Journey) -> Self {
        let by_cell = (journey.cell_positions(|_| true).into_iter())
            .map(|(cell, spots)| {
                let cards = (spots.into_iter())
                    .map(|spot| &*journey.cards[spot.position])
                    .collect();
                (cell, cards)
            })
            .collect();
        Cells { by_cell }
    }

    /// The cards of one cell, in their order.
    pub fn cards(&self, stage: StageId, lane: LaneId) -> &[&'a Card] {
        self.by_cell.get(&(stage, lane)).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{generate, with_stages};

    /// `cards` generated cards on the full-cycle template grown to `stages` stages.
    fn long_map(stages: usize, cards: usize) -> Journey {
        let template = crate::templates::find("full-cycle")
            .and_then(|t| t.journey().ok())
            .expect("the full-cycle template");
        generate(with_stages(template, stages), cards)
    }

    /// Every cell holds what `cards_in` finds there, in the same order.
    #[test]
    fn cells_match_the_scans() {
        let mut journey = long_map(12, 2_000);
        // A card in a lane the map does not list: in no listed cell, alone in its own.
        journey.cards[7].lane = LaneId(987_654);
        let cells = Cells::of(&journey);
        let ids = |cards: &[&Card]| cards.iter().map(|c| c.id).collect::<Vec<_>>();
        let mut seen = 0;
        for stage in &journey.stages {
            for lane in &journey.lanes {
                let expected: Vec<_> = journey.cards_in(stage.id, lane.id);
                assert_eq!(ids(cells.cards(stage.id, lane.id)), ids(&expected));
                seen += expected.len();
            }
        }
        assert_eq!(seen, journey.cards.len() - 1);
        let stray = &journey.cards[7];
        assert_eq!(ids(cells.cards(stray.stage, stray.lane)), [stray.id]);
    }

    /// The same order as sorting by (stage index, lane index, order, id), unlisted first.
    #[test]
    fn journey_order_is_the_sort_by_indices() {
        let mut journey = long_map(9, 1_500);
        journey.cards[3].stage = StageId(55_555);
        journey.cards[4].lane = LaneId(66_666);
        // Two stages with one id: the first one's place counts.
        let twin = journey.stages[0].clone();
        let twin_id = twin.id;
        journey.stages.push(twin);
        assert_eq!(journey.stages_by_id()[&twin_id].0, 0);
        journey.cards.reverse();
        let mut expected: Vec<&Card> = journey.cards.iter().map(Box::as_ref).collect();
        expected.sort_by_key(|c| {
            let stage = journey.stage_index(c.stage);
            (stage, journey.lane_index(c.lane), c.order, c.id)
        });
        let ids = |cards: Vec<&Card>| cards.into_iter().map(|c| c.id).collect::<Vec<_>>();
        assert_eq!(ids(journey.cards_in_journey_order()), ids(expected));
    }
}
