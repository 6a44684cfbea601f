//! Every change to a document is an [`Edit`]; applying one returns its inverse.
//!
//! The app never mutates a [`Journey`] directly: it builds edits and hands them to a
//! [`History`], which applies them and keeps the inverses for undo and redo.

mod history;

pub use history::History;

use crate::model::{Card, CardId, Direction, Journey, MapState};

/// Longest title a map or card may have, in characters; longer text is cut.
pub const MAX_TITLE_CHARS: usize = 500;

/// One change to a document.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Rename the map.
    SetTitle(String),
    /// Change the map's description.
    SetDescription(String),
    /// Switch between current and future state.
    SetState(MapState),
    /// Switch the reading direction.
    SetDirection(Direction),
    /// Add a card (its id must be unused).
    AddCard(Box<Card>),
    /// Remove the card with this id.
    RemoveCard(CardId),
    /// Several edits applied in order as one undo step.
    Batch(Vec<Edit>),
}

/// Trims surrounding whitespace and caps the length, so a title stays a title.
pub fn clean_title(text: &str) -> String {
    text.trim().chars().take(MAX_TITLE_CHARS).collect()
}

impl Edit {
    /// Applies the edit and returns the edit that undoes it.
    ///
    /// An edit that refers to something missing changes nothing and returns an empty batch.
    pub fn apply(self, journey: &mut Journey) -> Edit {
        match self {
            Edit::SetTitle(title) => {
                Edit::SetTitle(std::mem::replace(&mut journey.title, clean_title(&title)))
            }
            Edit::SetDescription(text) => {
                Edit::SetDescription(std::mem::replace(&mut journey.description, text))
            }
            Edit::SetState(state) => Edit::SetState(std::mem::replace(&mut journey.state, state)),
            Edit::SetDirection(direction) => {
                Edit::SetDirection(std::mem::replace(&mut journey.direction, direction))
            }
            Edit::AddCard(card) => {
                if journey.card(card.id).is_some() {
                    return Edit::Batch(Vec::new());
                }
                let id = card.id;
                journey.cards.push(*card);
                Edit::RemoveCard(id)
            }
            Edit::RemoveCard(id) => match journey.cards.iter().position(|c| c.id == id) {
                Some(index) => Edit::AddCard(Box::new(journey.cards.remove(index))),
                None => Edit::Batch(Vec::new()),
            },
            Edit::Batch(edits) => {
                let mut inverses: Vec<Edit> = edits.into_iter().map(|e| e.apply(journey)).collect();
                inverses.reverse();
                Edit::Batch(inverses)
            }
        }
    }

    /// Whether applying this edit would change nothing.
    pub fn is_empty(&self) -> bool {
        matches!(self, Edit::Batch(edits) if edits.iter().all(Edit::is_empty))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{LaneId, StageId};

    #[test]
    fn title_is_trimmed_and_capped() {
        let mut journey = Journey::default();
        Edit::SetTitle("  Hotel stay  ".into()).apply(&mut journey);
        assert_eq!(journey.title, "Hotel stay");
        Edit::SetTitle("x".repeat(100_000)).apply(&mut journey);
        assert_eq!(journey.title.chars().count(), MAX_TITLE_CHARS);
    }

    #[test]
    fn inverse_restores_the_document() {
        let mut journey = Journey {
            title: "Before".into(),
            ..Journey::default()
        };
        let original = journey.clone();
        let card = Card::new(CardId(1), StageId(1), LaneId(1), 0, "Sees an ad");
        let undo = Edit::Batch(vec![
            Edit::SetTitle("After".into()),
            Edit::AddCard(Box::new(card)),
            Edit::SetDirection(Direction::RightToLeft),
        ])
        .apply(&mut journey);
        assert_eq!(journey.cards.len(), 1);
        assert_ne!(journey, original);
        undo.apply(&mut journey);
        assert_eq!(journey, original);
    }

    #[test]
    fn removing_a_missing_card_is_a_no_op() {
        let mut journey = Journey::default();
        let undo = Edit::RemoveCard(CardId(9)).apply(&mut journey);
        assert!(undo.is_empty());
    }
}
