//! Finding a card by its id without scanning the map. The index is a hint, not a second copy of
//! the truth: every lookup checks that the card it points at has the id asked for, and builds
//! the index again when the cards have moved (a card inserted or removed), so a map changed in
//! any way, by an edit or by hand, is never read wrong.

use super::{Card, CardId};
use ahash::{HashMap, HashSet};
use std::sync::{Mutex, PoisonError};

/// Below this many cards a scan is as quick as the index and keeps no memory.
const SCAN_BELOW: usize = 64;

/// Where each card of a journey is in its list: not part of the map (never saved, compared or
/// copied; a copy starts without one).
#[derive(Default)]
pub struct CardIndex(Mutex<Positions>);

/// The index proper: each card's place when last seen, and how long the list is that it
/// accounts for (the length when it was made, kept up by [`CardIndex::inserted`] and
/// [`CardIndex::removed`]).
#[derive(Default)]
struct Positions {
    at: HashMap<CardId, usize>,
    len: usize,
    /// Ids removed since the index was made, which `at` may still list: taking thousands out of
    /// a table the size of a long map is a trip to memory each, noting them here is not.
    forgotten: HashSet<CardId>,
}

impl CardIndex {
    /// Where the card `id` is in `cards`, if it is there.
    pub fn position(&self, cards: &[Box<Card>], id: CardId) -> Option<usize> {
        if cards.len() < SCAN_BELOW {
            return cards.iter().position(|c| c.id == id);
        }
        // Lookups never panic while holding the lock; a poisoned index is still only a hint.
        let mut index = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(&at) = index.at.get(&id)
            && cards.get(at).is_some_and(|c| c.id == id)
        {
            return Some(at);
        }
        // Not where the index says, or not in it: the cards have changed since it was made. A
        // card that is not there at all costs a scan, as without an index.
        let at = cards.iter().position(|c| c.id == id)?;
        index.rebuild(cards);
        Some(at)
    }

    /// Whether a card in `cards` has the id `id`: asked of a new random id before using it, and
    /// of a card about to be put back (undo). A card the index lists is checked in the list; an
    /// id it does not list is free if the index accounts for a list as long as this one. The one
    /// case it cannot see is a list changed by hand at the same length since (a card removed
    /// and another added, not through [`CardIndex::inserted`]) where the added card has exactly
    /// this id: for an id drawn at random one chance in 2^64 per such card; edits tell the index
    /// what they insert and remove; and a map with two cards of one id is refused when it is
    /// opened, not misread.
    pub fn uses(&self, cards: &[Box<Card>], id: CardId) -> bool {
        if cards.len() < SCAN_BELOW {
            return cards.iter().any(|c| c.id == id);
        }
        let mut index = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        index.uses(cards, id)
    }

    /// [`CardIndex::uses`] for each of `ids`, in order, asked under one lock: for a run of
    /// cards put back at once (undo of a long deletion), where a lock per card adds up.
    pub fn uses_each(&self, cards: &[Box<Card>], ids: &[CardId]) -> Vec<bool> {
        if cards.len() < SCAN_BELOW {
            return ids.iter().map(|&id| self.uses(cards, id)).collect();
        }
        let mut index = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        ids.iter().map(|&id| index.uses(cards, id)).collect()
    }

    /// Tells the index that the card `id` was just inserted at `at`. The cards after it have
    /// moved, which their lookups find out; what this keeps is that `id` is known and the
    /// length right, so that putting a removed card back (undo) does not look through them all.
    pub fn inserted(&self, id: CardId, at: usize) {
        self.inserted_all([(id, at)]);
    }

    /// [`CardIndex::inserted`] for each card of a run, under one lock. A card put back since it
    /// was removed is still listed at its old place, which is where undo puts it: it is only
    /// remembered again, not written into the index (on a long map a trip to memory per card;
    /// were the place another, the lookup that found it wrong would make the index again).
    pub fn inserted_all(&self, placed: impl IntoIterator<Item = (CardId, usize)>) {
        let mut index = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        for (id, at) in placed {
            if !index.forgotten.remove(&id) {
                index.at.insert(id, at);
            }
            // Wrapping, as in `removed_all`: a length that went below nothing comes back.
            index.len = index.len.wrapping_add(1);
        }
    }

    /// Tells the index that the cards `gone` were just removed from the list, as
    /// [`CardIndex::removed`] for each, under one lock and without looking each up in the index
    /// (on a long map a trip to memory per card). An id the index never knew is noted as gone
    /// all the same: its card was in the list, so the list had changed without the index being
    /// told, and the length still shows it.
    pub fn removed_all(&self, gone: impl IntoIterator<Item = CardId>) {
        let mut index = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        for id in gone {
            if !index.forgotten.insert(id) {
                // Removed twice without being put back: the list changed behind the index.
                *index = Positions::default();
                return;
            }
            // Told of removals from a list it never accounted for (made without an index,
            // whose length is 0), the length wraps: it is only compared with the list's, and
            // any difference makes the index again.
            index.len = index.len.wrapping_sub(1);
        }
        index.drop_forgotten_if_many();
    }

    /// Tells the index that the card `id` was just removed from the list.
    pub fn removed(&self, id: CardId) {
        self.removed_all([id]);
    }
}

impl super::Journey {
    /// The card `id`, found through the card index, which knows an id it does not list to be
    /// no card's (see [`CardIndex::uses`]) without reading every card to make sure: for code
    /// that asks after cards that may be gone or new (an edit's copies, a removed card).
    pub fn card_if_listed(&self, id: CardId) -> Option<&Card> {
        if self.card_index.uses(&self.cards, id) {
            self.card(id)
        } else {
            None
        }
    }
}

impl Positions {
    /// See [`CardIndex::uses`].
    fn uses(&mut self, cards: &[Box<Card>], id: CardId) -> bool {
        if self.len != cards.len() {
            self.rebuild(cards);
        }
        if self.forgotten.contains(&id) {
            return false;
        }
        match self.at.get(&id) {
            Some(&at) if cards.get(at).is_some_and(|c| c.id == id) => true,
            None => false,
            // Listed, but the list has changed under the index: look again.
            Some(_) => {
                self.rebuild(cards);
                self.at.contains_key(&id)
            }
        }
    }

    /// Takes the forgotten ids out of the index once they are many against the cards it lists,
    /// so that deleting and adding, on and on, does not grow it without end.
    fn drop_forgotten_if_many(&mut self) {
        if self.forgotten.len() > self.at.len() / 2 {
            let forgotten = std::mem::take(&mut self.forgotten);
            self.at.retain(|id, _| !forgotten.contains(id));
        }
    }

    /// Makes the index say where each card of `cards` is.
    fn rebuild(&mut self, cards: &[Box<Card>]) {
        self.forgotten.clear();
        self.at.clear();
        self.at
            .extend(cards.iter().enumerate().map(|(i, c)| (c.id, i)));
        self.len = cards.len();
    }
}

impl Clone for CardIndex {
    fn clone(&self) -> Self {
        CardIndex::default()
    }
}

impl PartialEq for CardIndex {
    /// Two maps are equal by their content: the index is not part of it.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for CardIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CardIndex")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{LaneId, StageId};

    #[expect(
        clippy::vec_box,
        reason = "a map's cards are boxed (see `Journey::cards`)"
    )]
    fn cards(ids: impl IntoIterator<Item = u64>) -> Vec<Box<Card>> {
        ids.into_iter()
            .map(|id| Box::new(Card::new(CardId(id), StageId(1), LaneId(1), 0, "card")))
            .collect()
    }

    #[test]
    fn finds_every_card_however_the_list_changes() {
        let index = CardIndex::default();
        let mut list = cards(1..=200);
        for id in [1, 100, 200] {
            assert_eq!(index.position(&list, CardId(id)), Some(id as usize - 1));
        }
        assert_eq!(index.position(&list, CardId(999)), None);
        list.remove(0);
        assert_eq!(index.position(&list, CardId(100)), Some(98));
        list.insert(5, cards([500]).remove(0));
        assert_eq!(index.position(&list, CardId(500)), Some(5));
        assert_eq!(index.position(&list, CardId(200)), Some(199));
        // Replaced in place by a card of another id: the old id is gone, the new one found.
        list[10] = cards([777]).remove(0);
        assert_eq!(index.position(&list, CardId(777)), Some(10));
        assert!(list.iter().all(|c| index.position(&list, c.id).is_some()));
        assert_eq!(index.position(&list, CardId(1)), None);
        let small = cards(1..=3);
        assert_eq!(index.position(&small, CardId(3)), Some(2));
    }

    #[test]
    fn knows_which_ids_are_used_as_the_list_changes() {
        let index = CardIndex::default();
        let mut list = cards(1..=200);
        assert!(index.uses(&list, CardId(150)));
        assert!(!index.uses(&list, CardId(999)));
        list.push(cards([999]).remove(0));
        assert!(index.uses(&list, CardId(999)), "a card added since");
        list.remove(0);
        assert!(!index.uses(&list, CardId(1)), "a card removed since");
        assert!(index.uses(&list, CardId(2)));
        // Replaced in place by another id: the old id, still listed, is found gone (and the
        // index made again, so the new one is known).
        list[10] = cards([777]).remove(0);
        assert!(!index.uses(&list, CardId(12)));
        assert!(index.uses(&list, CardId(777)));
        assert!(index.uses(&cards(1..=3), CardId(2)));
    }

    #[test]
    fn told_of_insertions_and_removals_it_still_answers_right() {
        let index = CardIndex::default();
        let mut list = cards(1..=200);
        assert!(index.uses(&list, CardId(100)));
        // Removed and put back, as an edit and its undo do, telling the index each time.
        let card = list.remove(99);
        index.removed(card.id);
        assert!(!index.uses(&list, CardId(100)), "the removed card is gone");
        assert!(
            index.uses(&list, CardId(150)),
            "a card that moved is still found"
        );
        list.insert(99, card);
        index.inserted(CardId(100), 99);
        assert!(index.uses(&list, CardId(100)));
        assert_eq!(index.position(&list, CardId(150)), Some(149));
        // Changed by hand without telling it: the length gives it away.
        list.push(cards([900]).remove(0));
        assert!(index.uses(&list, CardId(900)));
        // Told of a card it never knew: its length is off, so the next question rebuilds it.
        index.removed(CardId(12345));
        assert!(index.uses(&list, CardId(900)));
        assert!(!index.uses(&list, CardId(12345)));
    }

    #[test]
    fn cards_removed_in_bulk_are_known_gone_until_put_back() {
        let index = CardIndex::default();
        let mut list = cards(1..=300);
        assert!(index.uses(&list, CardId(1)));
        let gone: Vec<u64> = (1..=300).step_by(3).collect();
        list.retain(|card| !gone.contains(&card.id.0));
        index.removed_all(gone.iter().map(|&id| CardId(id)));
        assert_eq!(index.0.lock().map(|i| i.len).ok(), Some(list.len()));
        assert!(gone.iter().all(|&id| !index.uses(&list, CardId(id))));
        // Answered without making the index again (which reads every card, and forgets this).
        let forgotten = || index.0.lock().map(|i| i.forgotten.len()).ok();
        assert_eq!(forgotten(), Some(gone.len()));
        // Put back where it was (undo): known again from its old place, still without a rebuild.
        list.insert(0, cards([1]).remove(0));
        index.inserted_all([(CardId(1), 0)]);
        assert!(index.uses(&list, CardId(1)));
        assert_eq!(forgotten(), Some(gone.len() - 1));
        assert_eq!(index.position(&list, CardId(1)), Some(0));
        assert!(!index.uses(&list, CardId(4)));
        // The others have moved: found all the same.
        assert!(list.iter().all(|card| index.uses(&list, card.id)));
        assert_eq!(index.position(&list, CardId(300)), Some(list.len() - 1));
        assert_eq!(index.position(&list, CardId(4)), None);
        // Put back somewhere else than it was: found there.
        list.push(cards([4]).remove(0));
        index.inserted(CardId(4), list.len() - 1);
        assert_eq!(index.position(&list, CardId(4)), Some(list.len() - 1));
        assert!(index.uses(&list, CardId(4)));
        // Told twice of one removal: the list changed behind it, and it starts over.
        list.pop();
        index.removed(CardId(4));
        index.removed_all([CardId(4)]);
        assert_eq!(index.0.lock().map(|i| i.len).ok(), Some(0));
        assert!(!index.uses(&list, CardId(4)));
        assert!(index.uses(&list, CardId(5)));
    }

    #[test]
    fn forgotten_ids_leave_the_index_once_they_are_many() {
        let index = CardIndex::default();
        let mut list = cards(1..=100);
        assert!(index.uses(&list, CardId(1)));
        let gone: Vec<CardId> = list.drain(..60).map(|card| card.id).collect();
        index.removed_all(gone.iter().copied());
        let listed = index.0.lock().map(|i| (i.at.len(), i.forgotten.len())).ok();
        assert_eq!(listed, Some((40, 0)));
        assert!(gone.iter().all(|&id| !index.uses(&list, id)));
        assert!(list.iter().all(|card| index.uses(&list, card.id)));
    }
}
