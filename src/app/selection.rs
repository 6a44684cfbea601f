//! What the user has selected on the canvas. View state: never stored in the document.

use crate::model::{CardId, Journey, LaneId, StageId};
use std::collections::BTreeSet;

/// The selected cards, or one stage header, or one lane label.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Selection {
    /// Selected cards.
    pub cards: BTreeSet<CardId>,
    /// A selected stage (its header was clicked).
    pub stage: Option<StageId>,
    /// A selected lane (its label was clicked).
    pub lane: Option<LaneId>,
}

impl Selection {
    /// Nothing selected.
    pub fn clear(&mut self) {
        *self = Selection::default();
    }

    /// Only this card.
    pub fn only_card(&mut self, id: CardId) {
        self.clear();
        self.cards.insert(id);
    }

    /// Adds or removes one card, keeping the others (Shift/Ctrl-click).
    pub fn toggle_card(&mut self, id: CardId) {
        self.stage = None;
        self.lane = None;
        if !self.cards.remove(&id) {
            self.cards.insert(id);
        }
    }

    /// The selected cards as a list, in id order.
    pub fn card_list(&self) -> Vec<CardId> {
        self.cards.iter().copied().collect()
    }

    /// The one selected card, if exactly one is selected.
    pub fn single_card(&self) -> Option<CardId> {
        (self.cards.len() == 1)
            .then(|| self.cards.iter().next().copied())
            .flatten()
    }

    /// Forgets what no longer exists (after undo, delete, opening another map).
    pub fn retain_existing(&mut self, journey: &Journey) {
        self.cards.retain(|id| journey.card(*id).is_some());
        if self.stage.is_some_and(|s| journey.stage(s).is_none()) {
            self.stage = None;
        }
        if self.lane.is_some_and(|l| journey.lane(l).is_none()) {
            self.lane = None;
        }
    }
}
