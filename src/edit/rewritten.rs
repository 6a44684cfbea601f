//! Which cards an edit may rewrite, and a short log of that per revision, so that a view laid
//! out before an edit can tell which cards to look at again instead of comparing every card of
//! the map (at 100,000 cards, hashing every card's words was a quarter of the frame after an
//! edit).

use super::Edit;
use crate::model::CardId;
use ahash::HashSet;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, Ordering};

impl Edit {
    /// The cards whose own content (words, channel, severity, tags, votes, colour, flags) this
    /// edit may change, add or remove, and the cards it moves or scores one by one. Every other
    /// card keeps its content, whatever else the edit does (move stages, delete a persona's
    /// scores, draw connections): only these edits write a card's content. A property test
    /// applies random edits and checks it.
    pub fn cards_rewritten(&self) -> Vec<CardId> {
        let mut ids = Vec::new();
        self.collect_rewritten(&mut ids);
        ids
    }

    /// Whether this edit changes nothing but cards (and the recorded conflicts, which are not
    /// drawn as part of the layout): no stage, lane, persona, connection or map setting.
    /// Removing a card also removes its connections, so it is not one of these.
    pub fn only_cards(&self) -> bool {
        match self {
            Edit::AddCard(_)
            | Edit::InsertCard(..)
            | Edit::ReplaceCard(_)
            | Edit::MoveCard(..)
            | Edit::SetScore(..)
            | Edit::SetConflicts(_) => true,
            Edit::Batch(edits) => edits.iter().all(Edit::only_cards),
            _ => false,
        }
    }

    fn collect_rewritten(&self, ids: &mut Vec<CardId>) {
        match self {
            Edit::AddCard(card) | Edit::InsertCard(_, card) | Edit::ReplaceCard(card) => {
                ids.push(card.id)
            }
            // Named although their words stay: the layout asks the same list which cards
            // moved or changed scores (a curve's points, a cell's order).
            Edit::RemoveCard(id) | Edit::MoveCard(id, _) | Edit::SetScore(id, ..) => ids.push(*id),
            Edit::Batch(edits) => edits.iter().for_each(|e| e.collect_rewritten(ids)),
            Edit::SetTitle(_)
            | Edit::SetDescription(_)
            | Edit::SetState(_)
            | Edit::SetDirection(_)
            | Edit::SetLanguage(_)
            | Edit::InsertStage(..)
            | Edit::RemoveStage(_)
            | Edit::ReplaceStage(_)
            | Edit::MoveStage(..)
            | Edit::InsertLane(..)
            | Edit::RemoveLane(_)
            | Edit::ReplaceLane(_)
            | Edit::MoveLane(..)
            | Edit::InsertPersona(..)
            | Edit::RemovePersona(_)
            | Edit::ReplacePersona(_)
            | Edit::InsertConnection(..)
            | Edit::RemoveConnection(_)
            | Edit::ReplaceConnection(_)
            | Edit::SetBlueprintLine(..)
            | Edit::SetConflicts(_) => {}
        }
    }
}

/// How many changes the log remembers: a view is at most a frame or two behind.
const REMEMBERED: usize = 16;

/// Source of each log's own number, so that two documents never answer for each other.
static NEXT_LOG: AtomicU64 = AtomicU64::new(1);

/// The cards each recent change of one document rewrote, by the revision it made.
#[derive(Debug)]
pub struct ChangeLog {
    id: u64,
    /// (revision after the change, the cards it rewrote, whether it changed only cards),
    /// oldest first.
    changes: VecDeque<(u64, Vec<CardId>, bool)>,
}

/// What changed between two revisions, as far as cards go.
#[derive(Debug, Default, PartialEq)]
pub struct Rewritten {
    /// The cards whose content may differ (see [`Edit::cards_rewritten`]).
    pub cards: HashSet<CardId>,
    /// Whether nothing but cards changed (see [`Edit::only_cards`]).
    pub only_cards: bool,
}

impl Default for ChangeLog {
    fn default() -> Self {
        ChangeLog {
            id: NEXT_LOG.fetch_add(1, Ordering::Relaxed),
            changes: VecDeque::new(),
        }
    }
}

impl ChangeLog {
    /// This log's number: no other log in the process has it.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// Records that the change which made `revision` rewrote `cards`, and whether it changed
    /// `only_cards`.
    pub fn record(&mut self, revision: u64, cards: Vec<CardId>, only_cards: bool) {
        if self.changes.len() == REMEMBERED {
            self.changes.pop_front();
        }
        self.changes.push_back((revision, cards, only_cards));
    }

    /// The cards rewritten between `since` and `now`, if the log remembers every change in
    /// between (revisions count up by one per change); `None` when it does not.
    pub fn rewritten_between(&self, since: u64, now: u64) -> Option<Rewritten> {
        if since > now {
            return None;
        }
        let mut cards = HashSet::default();
        let mut only_cards = true;
        let mut expected = since + 1;
        for (revision, rewritten, only) in self
            .changes
            .iter()
            .filter(|(r, _, _)| (since + 1..=now).contains(r))
        {
            if *revision != expected {
                return None;
            }
            cards.extend(rewritten.iter().copied());
            only_cards &= only;
            expected += 1;
        }
        (expected == now + 1).then_some(Rewritten { cards, only_cards })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_answers_only_for_changes_it_saw_all_of() {
        let mut log = ChangeLog::default();
        assert_ne!(log.id(), ChangeLog::default().id());
        let nothing = Rewritten {
            cards: HashSet::default(),
            only_cards: true,
        };
        assert_eq!(log.rewritten_between(0, 0), Some(nothing));
        assert_eq!(log.rewritten_between(0, 1), None, "a change it never saw");
        log.record(1, vec![CardId(7)], true);
        log.record(2, vec![], false);
        log.record(3, vec![CardId(9), CardId(7)], true);
        let all = log.rewritten_between(0, 3).unwrap();
        assert_eq!(all.cards, [CardId(7), CardId(9)].into_iter().collect());
        assert!(!all.only_cards, "the second change was not only cards");
        let second = log.rewritten_between(1, 2).unwrap();
        assert!(second.cards.is_empty() && !second.only_cards);
        let third = log.rewritten_between(2, 3).unwrap();
        assert!(third.cards.len() == 2 && third.only_cards);
        assert_eq!(log.rewritten_between(3, 2), None);
        for revision in 4..40 {
            log.record(revision, vec![CardId(revision)], true);
        }
        assert_eq!(log.rewritten_between(3, 39), None, "forgotten by now");
        assert_eq!(log.rewritten_between(30, 39).unwrap().cards.len(), 9);
    }
}
