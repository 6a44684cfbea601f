//! A copy of a journey made a slice of cards at a time: the editor copies the open map for its
//! recovery copy (written on another thread), and copying 100,000 cards at once made one frame
//! 12–16 ms longer (77 ms the first time, in fresh memory), a stutter the user sees. Copied over several frames instead, each frame's share
//! stays small; a copy whose map changed before it was done starts again, so it is never a mix.

use super::{Card, CardIndex, Journey};

/// A copy of one version of a journey, under way.
#[derive(Debug, Default)]
pub struct SlicedCopy {
    /// The version of the journey the cards so far were copied from (the caller's count of
    /// its changes).
    version: u64,
    /// The cards copied so far, from the start of the list.
    #[expect(
        clippy::vec_box,
        reason = "the journey's own cards (see `Journey::cards`)"
    )]
    cards: Vec<Box<Card>>,
}

impl SlicedCopy {
    /// Copies up to `slice` more cards of `journey`, which is at `version` (a number that
    /// changes whenever the journey does); returns the whole copy once every card is copied.
    /// A journey at another version than the cards so far were copied from is copied from its
    /// first card again.
    pub fn step(&mut self, journey: &Journey, version: u64, slice: usize) -> Option<Journey> {
        if version != self.version || self.cards.len() > journey.cards.len() {
            self.version = version;
            self.cards.clear();
        }
        let start = self.cards.len();
        let end = start.saturating_add(slice.max(1)).min(journey.cards.len());
        self.cards.reserve_exact(journey.cards.len() - start);
        self.cards.extend(journey.cards[start..end].iter().cloned());
        if end < journey.cards.len() {
            return None;
        }
        Some(journey.with_cards(std::mem::take(&mut self.cards)))
    }
}

impl Journey {
    /// A copy of this journey with `cards` for its cards: everything else cloned. With no
    /// cards, a copy of the map's frame (stages, lanes, personas…) that costs nothing per card.
    pub fn with_cards(&self, cards: Vec<Box<Card>>) -> Journey {
        // Taken apart field by field, so that a field added to the journey is not forgotten
        // here: it does not compile until it is copied.
        let Journey {
            title,
            description,
            state,
            direction,
            language,
            personas,
            stages,
            lanes,
            cards: _,
            connections,
            blueprint_lines,
            conflicts,
            card_index: _,
        } = self;
        Journey {
            title: title.clone(),
            description: description.clone(),
            state: *state,
            direction: *direction,
            language: *language,
            personas: personas.clone(),
            stages: stages.clone(),
            lanes: lanes.clone(),
            cards,
            connections: connections.clone(),
            blueprint_lines: blueprint_lines.clone(),
            conflicts: conflicts.clone(),
            card_index: CardIndex::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::generate;
    use crate::model::CardId;

    fn map(cards: usize) -> Journey {
        generate(crate::templates::example(), cards)
    }

    /// A map copied in slices is the map, the last slice giving it whole.
    #[test]
    fn copies_the_whole_map_in_slices() {
        let journey = map(2_500);
        let mut copy = SlicedCopy::default();
        assert!(copy.step(&journey, 7, 1_000).is_none());
        assert_eq!(copy.cards.len(), 1_000);
        assert!(copy.step(&journey, 7, 1_000).is_none());
        let done = copy
            .step(&journey, 7, 1_000)
            .expect("the third slice ends it");
        assert_eq!(done, journey);
        assert_eq!(copy.cards.len(), 0, "nothing left behind for the next copy");
        // A map shorter than a slice in one step.
        let small = map(40);
        assert_eq!(copy.step(&small, 8, 1_000), Some(small));
    }

    /// A map changed while it was being copied is copied again from the start: the copy is
    /// of one version, never a mix.
    #[test]
    fn a_map_changed_midway_is_copied_again() {
        let mut journey = map(2_500);
        let mut copy = SlicedCopy::default();
        assert!(copy.step(&journey, 1, 1_000).is_none());
        journey.cards[10].title = "Changed after it was copied".to_owned();
        journey.cards.truncate(1_800);
        assert!(copy.step(&journey, 2, 1_000).is_none());
        assert_eq!(copy.cards.len(), 1_000, "started again");
        let done = copy.step(&journey, 2, 1_000).expect("done");
        assert_eq!(done, journey);
        assert_eq!(done.cards[10].title, "Changed after it was copied");
        // The copy finds its cards by id as the original does.
        let id = journey.cards[1_500].id;
        assert_eq!(done.card(id).map(|c| c.id), Some(id));
        assert!(done.card(CardId(u64::MAX)).is_none());
    }
}
