//! Every change to a document is an [`Edit`]; applying one returns its inverse.
//!
//! The app never mutates a [`Journey`] directly: it builds edits and hands them to a
//! [`History`], which applies them and keeps the inverses for undo and redo.
//! Edits that refer to something missing change nothing (their inverse is an empty batch), so a
//! stale edit from the UI can never corrupt a document.

mod batch;
mod blueprint;
mod connections;
mod fields;
mod history;
pub mod ops;
mod parts;
pub mod pictures;
mod placing;
mod rewritten;

pub use fields::CardPlace;
pub use history::{History, MergeKey};
pub use rewritten::{ChangeLog, Rewritten};

use crate::model::{
    Card, CardId, Connection, ConnectionId, Direction, Journey, Lane, LaneId, Language, LineKind,
    MapState, Persona, PersonaId, Score, Stage, StageId,
};

/// Longest title a map or card may have, in characters; longer text is cut.
pub const MAX_TITLE_CHARS: usize = 500;

/// Longest body or other free text of one field, in characters; longer text is cut.
pub const MAX_TEXT_CHARS: usize = 20_000;

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
    /// Switch the language the program writes map words in.
    SetLanguage(Language),
    /// Add a card at the end of the card list (its id must be unused); its text is cleaned.
    AddCard(Box<Card>),
    /// Put a card back at a position of the card list (the inverse of a removal), exactly as
    /// it was: its text is not cleaned again.
    InsertCard(usize, Box<Card>),
    /// Remove the card with this id.
    RemoveCard(CardId),
    /// Replace the card with the same id: any change of its fields, or a move to another cell.
    ReplaceCard(Box<Card>),
    /// Put a card in a cell at an order there; the rest of the card stays as it is then.
    MoveCard(CardId, CardPlace),
    /// Give a card one persona's score, or take that score away (`None`).
    SetScore(CardId, PersonaId, Option<Score>),
    /// Insert a stage at an index of the stage list (its id must be unused).
    InsertStage(usize, Box<Stage>),
    /// Remove a stage and every card in it.
    RemoveStage(StageId),
    /// Replace the stage with the same id: name, goal, questions, KPIs.
    ReplaceStage(Box<Stage>),
    /// Move a stage to another index of the stage list.
    MoveStage(StageId, usize),
    /// Insert a lane at an index of the lane list (its id must be unused).
    InsertLane(usize, Box<Lane>),
    /// Remove a lane and every card in it.
    RemoveLane(LaneId),
    /// Replace the lane with the same id: name, kind, hidden.
    ReplaceLane(Box<Lane>),
    /// Move a lane to another index of the lane list.
    MoveLane(LaneId, usize),
    /// Insert a persona at an index of the persona list (its id must be unused).
    InsertPersona(usize, Box<Persona>),
    /// Remove a persona and its scores on every card.
    RemovePersona(PersonaId),
    /// Replace the persona with the same id.
    ReplacePersona(Box<Persona>),
    /// Several edits applied in order as one undo step.
    Batch(Vec<Edit>),
    /// Insert a connection at a position in the list.
    InsertConnection(usize, Box<Connection>),
    /// Remove a connection.
    RemoveConnection(ConnectionId),
    /// Replace a connection (matched by id): its kind, label, share or ends.
    ReplaceConnection(Box<Connection>),
    /// Put a blueprint line under a lane, or take it away (`None`).
    SetBlueprintLine(LineKind, Option<LaneId>),
    /// Replace the recorded merge conflicts (one settled: the list without it).
    SetConflicts(Vec<crate::model::Conflict>),
}

/// Trims surrounding whitespace and caps the length, so a title stays a title.
pub fn clean_title(text: &str) -> String {
    text.trim().chars().take(MAX_TITLE_CHARS).collect()
}

/// Caps free text at [`MAX_TEXT_CHARS`].
pub fn clean_text(text: &str) -> String {
    text.chars().take(MAX_TEXT_CHARS).collect()
}

/// What [`clean_title`] gives, keeping `text` itself when it is clean already: a cell's
/// reordering replaces every card of the cell, and their titles need no new copies.
fn cleaned_title(text: String) -> String {
    let clean = text.trim().len() == text.len() && !longer_than(&text, MAX_TITLE_CHARS);
    if clean { text } else { clean_title(&text) }
}

/// What [`clean_text`] gives, keeping `text` itself when it is short enough.
fn cleaned_text(text: String) -> String {
    if longer_than(&text, MAX_TEXT_CHARS) {
        clean_text(&text)
    } else {
        text
    }
}

/// Whether `text` has more than `chars` characters (no more bytes than that means no more).
fn longer_than(text: &str, chars: usize) -> bool {
    text.len() > chars && text.chars().nth(chars).is_some()
}

fn nothing() -> Edit {
    Edit::Batch(Vec::new())
}

impl Edit {
    /// Applies the edit and returns the edit that undoes it.
    pub fn apply(self, journey: &mut Journey) -> Edit {
        match self {
            Edit::SetTitle(title) => {
                Edit::SetTitle(std::mem::replace(&mut journey.title, clean_title(&title)))
            }
            Edit::SetDescription(text) => Edit::SetDescription(std::mem::replace(
                &mut journey.description,
                clean_text(&text),
            )),
            Edit::SetState(state) => Edit::SetState(std::mem::replace(&mut journey.state, state)),
            Edit::SetDirection(direction) => {
                Edit::SetDirection(std::mem::replace(&mut journey.direction, direction))
            }
            Edit::SetLanguage(language) => {
                Edit::SetLanguage(std::mem::replace(&mut journey.language, language))
            }
            Edit::AddCard(mut card) => {
                let index = journey.cards.len();
                parts::clean_card(&mut card);
                parts::insert_card(journey, index, card)
            }
            Edit::InsertCard(index, card) => parts::insert_card(journey, index, card),
            Edit::RemoveCard(id) => parts::remove_card(journey, id),
            Edit::ReplaceCard(card) => parts::replace_card(journey, card),
            edit @ (Edit::MoveCard(..) | Edit::SetScore(..)) => fields::apply(journey, edit),
            Edit::InsertStage(index, stage) => parts::insert_stage(journey, index, *stage),
            Edit::RemoveStage(id) => parts::remove_stage(journey, id),
            Edit::ReplaceStage(stage) => parts::replace_stage(journey, *stage),
            Edit::MoveStage(id, to) => parts::move_item(&mut journey.stages, |s| s.id == id, to)
                .map_or_else(nothing, |from| Edit::MoveStage(id, from)),
            Edit::InsertLane(index, lane) => parts::insert_lane(journey, index, *lane),
            Edit::RemoveLane(id) => parts::remove_lane(journey, id),
            Edit::ReplaceLane(lane) => parts::replace_lane(journey, *lane),
            Edit::MoveLane(id, to) => parts::move_item(&mut journey.lanes, |l| l.id == id, to)
                .map_or_else(nothing, |from| Edit::MoveLane(id, from)),
            Edit::InsertPersona(index, persona) => parts::insert_persona(journey, index, *persona),
            Edit::RemovePersona(id) => parts::remove_persona(journey, id),
            Edit::ReplacePersona(persona) => parts::replace_persona(journey, *persona),
            Edit::InsertConnection(index, connection) => {
                connections::insert(journey, index, *connection)
            }
            Edit::RemoveConnection(id) => connections::remove(journey, id),
            Edit::ReplaceConnection(connection) => connections::replace(journey, *connection),
            Edit::SetBlueprintLine(kind, lane) => blueprint::set_line(journey, kind, lane),
            Edit::SetConflicts(conflicts) if conflicts == journey.conflicts => nothing(),
            Edit::SetConflicts(conflicts) => {
                Edit::SetConflicts(std::mem::replace(&mut journey.conflicts, conflicts))
            }
            Edit::Batch(edits) => {
                let mut inverses = batch::apply_all(edits, journey);
                inverses.reverse();
                Edit::Batch(inverses)
            }
        }
    }

    /// Applies the edit like [`Edit::apply`], then forgets the recorded conflicts it left
    /// without their thing (a card deleted while a conflict was about it: deleting it settled
    /// that), as part of the same step. The editor applies every edit so: a map it saves always
    /// loads again.
    pub fn apply_keeping_conflicts_fit(self, journey: &mut Journey) -> Edit {
        let inverse = self.apply(journey);
        if journey.conflicts.is_empty() {
            return inverse;
        }
        let fitting: Vec<crate::model::Conflict> = journey
            .conflicts
            .iter()
            .filter(|c| crate::model::conflict_fits(journey, c))
            .cloned()
            .collect();
        if fitting.len() == journey.conflicts.len() {
            return inverse;
        }
        let restore = Edit::SetConflicts(fitting).apply(journey);
        Edit::Batch(vec![restore, inverse])
    }

    /// Whether applying this edit would change nothing.
    pub fn is_empty(&self) -> bool {
        matches!(self, Edit::Batch(edits) if edits.iter().all(Edit::is_empty))
    }
}

#[cfg(test)]
mod tests;
