//! What the user has selected on the canvas. View state: never stored in the document.

use crate::model::{CardId, ConnectionId, Journey, LaneId, StageId};
use std::collections::BTreeSet;

/// Nothing, some cards, one stage header or one lane label: never two kinds at once.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Selection {
    /// Nothing is selected (the inspector shows the map).
    #[default]
    Nothing,
    /// Cards, at least one.
    Cards(BTreeSet<CardId>),
    /// A stage (its header was clicked).
    Stage(StageId),
    /// A lane (its label was clicked).
    Lane(LaneId),
    /// One connection (an arrow).
    Connection(ConnectionId),
}

/// The cards of a selection that holds none.
static NO_CARDS: BTreeSet<CardId> = BTreeSet::new();

impl Selection {
    /// Nothing selected.
    pub fn clear(&mut self) {
        *self = Selection::Nothing;
    }

    /// The selection of this card alone.
    pub fn only(id: CardId) -> Self {
        Selection::Cards(BTreeSet::from([id]))
    }

    /// Only this card.
    pub fn only_card(&mut self, id: CardId) {
        *self = Selection::Cards(BTreeSet::from([id]));
    }

    /// Only these cards (nothing if there are none).
    pub fn only_cards(&mut self, ids: impl IntoIterator<Item = CardId>) {
        let cards: BTreeSet<CardId> = ids.into_iter().collect();
        *self = if cards.is_empty() {
            Selection::Nothing
        } else {
            Selection::Cards(cards)
        };
    }

    /// Adds these cards to the selected cards (a stage or lane selection gives way).
    pub fn add_cards(&mut self, ids: impl IntoIterator<Item = CardId>) {
        let mut cards = self.cards().clone();
        cards.extend(ids);
        self.only_cards(cards);
    }

    /// Adds or removes one card, keeping the other cards (Shift/Ctrl-click).
    pub fn toggle_card(&mut self, id: CardId) {
        let mut cards = self.cards().clone();
        if !cards.remove(&id) {
            cards.insert(id);
        }
        self.only_cards(cards);
    }

    /// The selected cards (none when a stage or lane is selected).
    pub fn cards(&self) -> &BTreeSet<CardId> {
        match self {
            Selection::Cards(cards) => cards,
            _ => &NO_CARDS,
        }
    }

    /// The selected cards as a list, in id order.
    pub fn card_list(&self) -> Vec<CardId> {
        self.cards().iter().copied().collect()
    }

    /// The one selected card, if exactly one is selected.
    pub fn single_card(&self) -> Option<CardId> {
        let cards = self.cards();
        (cards.len() == 1).then(|| cards.first().copied()).flatten()
    }

    /// The selected stage, if a stage is selected.
    pub fn stage(&self) -> Option<StageId> {
        match self {
            Selection::Stage(id) => Some(*id),
            _ => None,
        }
    }

    /// The selected connection, if one is selected.
    pub fn connection(&self) -> Option<ConnectionId> {
        match self {
            Selection::Connection(id) => Some(*id),
            _ => None,
        }
    }

    /// The selected lane, if a lane is selected.
    pub fn lane(&self) -> Option<LaneId> {
        match self {
            Selection::Lane(id) => Some(*id),
            _ => None,
        }
    }

    /// Forgets what no longer exists (after undo, delete, opening another map).
    pub fn retain_existing(&mut self, journey: &Journey) {
        match self {
            Selection::Cards(cards) => {
                cards.retain(|id| journey.card(*id).is_some());
                if cards.is_empty() {
                    self.clear();
                }
            }
            Selection::Stage(id) if journey.stage(*id).is_none() => self.clear(),
            Selection::Lane(id) if journey.lane(*id).is_none() => self.clear(),
            Selection::Connection(id) if journey.connection(*id).is_none() => self.clear(),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_selection_is_cards_or_a_stage_or_a_lane_never_two() {
        let mut selection = Selection::Stage(StageId(1));
        selection.toggle_card(CardId(3));
        assert_eq!(selection.stage(), None, "a card click replaces the stage");
        selection.toggle_card(CardId(4));
        assert_eq!(selection.card_list(), [CardId(3), CardId(4)]);
        selection.toggle_card(CardId(3));
        selection.toggle_card(CardId(4));
        assert_eq!(selection, Selection::Nothing, "no cards is nothing");
        selection.add_cards([]);
        assert_eq!(selection, Selection::Nothing);
    }
}
