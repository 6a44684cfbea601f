//! Edits and history: inverses restore documents exactly, also for random edit sequences.

use super::*;
use crate::model::LaneKind;

mod cleaning;
mod random;

fn example() -> Journey {
    crate::templates::find("lifecycle")
        .unwrap()
        .journey()
        .unwrap()
}

#[test]
fn title_is_trimmed_and_capped() {
    let mut journey = Journey::default();
    Edit::SetTitle("  Hotel stay  ".into()).apply(&mut journey);
    assert_eq!(journey.title, "Hotel stay");
    Edit::SetTitle("x".repeat(100_000)).apply(&mut journey);
    assert_eq!(journey.title.chars().count(), MAX_TITLE_CHARS);
}

#[test]
fn removing_a_stage_removes_its_cards_and_undo_puts_everything_back() {
    let mut journey = example();
    let original = journey.clone();
    let stage = journey.stages[1].id;
    let undo = Edit::RemoveStage(stage).apply(&mut journey);
    assert!(journey.stage(stage).is_none());
    assert!(journey.cards.iter().all(|c| c.stage != stage));
    assert!(journey.problems().is_empty());
    undo.apply(&mut journey);
    assert_eq!(journey, original);
}

#[test]
fn removing_a_persona_removes_its_scores_and_undo_restores_them() {
    let mut journey = example();
    let original = journey.clone();
    let persona = journey.personas[0].id;
    let undo = Edit::RemovePersona(persona).apply(&mut journey);
    assert!(
        journey
            .cards
            .iter()
            .all(|c| !c.emotions.contains_key(&persona))
    );
    assert!(journey.problems().is_empty());
    undo.apply(&mut journey);
    assert_eq!(journey, original);
}

#[test]
fn stale_edits_change_nothing() {
    let mut journey = example();
    let original = journey.clone();
    let mut card = journey.cards[0].clone();
    card.stage = StageId(999);
    assert!(Edit::ReplaceCard(card).apply(&mut journey).is_empty());
    assert!(Edit::RemoveCard(CardId(999)).apply(&mut journey).is_empty());
    assert!(
        Edit::MoveStage(StageId(999), 0)
            .apply(&mut journey)
            .is_empty()
    );
    let duplicate = journey.cards[0].clone();
    assert!(Edit::AddCard(duplicate).apply(&mut journey).is_empty());
    assert_eq!(journey, original);
}

#[test]
fn typing_in_one_field_is_one_undo_step() {
    let mut journey = example();
    let original = journey.clone();
    let mut history = History::default();
    let key = MergeKey("card 1 title".into());
    let mut card = journey.cards[0].clone();
    for text in ["S", "Sc", "Scr", "Scroll"] {
        card.title = text.into();
        history.apply_merging(
            &mut journey,
            Edit::ReplaceCard(card.clone()),
            Some(key.clone()),
        );
    }
    assert_eq!(history.undo_len(), 1);
    history.seal();
    card.title = "Scrolls".into();
    history.apply_merging(&mut journey, Edit::ReplaceCard(card.clone()), Some(key));
    assert_eq!(history.undo_len(), 2, "a sealed gesture is not extended");
    history.undo(&mut journey);
    assert_eq!(journey.cards[0].title, "Scroll");
    history.undo(&mut journey);
    assert_eq!(journey, original);
    assert!(!history.is_dirty());
}

#[test]
fn dirty_marker_is_exact_across_undo_redo_and_merges() {
    let mut journey = Journey::default();
    let mut history = History::default();
    assert!(!history.is_dirty());
    history.apply(&mut journey, Edit::SetTitle("One".into()));
    assert!(history.is_dirty());
    history.mark_saved();
    history.apply(&mut journey, Edit::SetTitle("Two".into()));
    assert!(history.is_dirty());
    assert!(history.undo(&mut journey));
    assert_eq!(journey.title, "One");
    assert!(
        !history.is_dirty(),
        "undo back to the saved state clears the marker"
    );
    assert!(history.undo(&mut journey));
    assert!(history.is_dirty());
    assert!(history.redo(&mut journey));
    assert!(!history.is_dirty());
    assert!(history.redo(&mut journey));
    assert_eq!(journey.title, "Two");
    assert!(!history.redo(&mut journey));

    let key = Some(MergeKey("title".into()));
    history.apply_merging(&mut journey, Edit::SetTitle("Thr".into()), key.clone());
    history.mark_saved();
    history.apply_merging(&mut journey, Edit::SetTitle("Three".into()), key);
    assert!(history.is_dirty(), "typing on after a save is a change");
}

#[test]
fn lane_kinds_survive_replace() {
    let mut journey = example();
    let at = journey
        .lanes
        .iter()
        .position(|l| l.kind == LaneKind::Actions)
        .unwrap();
    let mut lane = journey.lanes[at].clone();
    lane.kind = LaneKind::Backstage;
    lane.name = "  Kitchen  ".into();
    let undo = Edit::ReplaceLane(Box::new(lane)).apply(&mut journey);
    assert_eq!(journey.lanes[at].name, "Kitchen");
    undo.apply(&mut journey);
    assert_eq!(journey.lanes[at].kind, LaneKind::Actions);
}

#[test]
fn replacing_with_an_equal_part_is_no_step() {
    let mut journey = example();
    let mut history = History::default();
    let card = journey.cards[0].clone();
    history.apply(&mut journey, Edit::ReplaceCard(card));
    let stage = journey.stages[0].clone();
    history.apply(&mut journey, Edit::ReplaceStage(Box::new(stage)));
    assert!(!history.can_undo());
    assert!(!history.is_dirty());
}

#[test]
fn deleting_a_card_takes_its_connections_and_undo_brings_both_back() {
    use crate::model::{Connection, ConnectionKind};
    let mut journey = example();
    let (a, b, c) = (
        journey.cards[0].id,
        journey.cards[1].id,
        journey.cards[7].id,
    );
    let connect = |kind, from, to: Option<CardId>| Connection {
        id: crate::model::ConnectionId::random(),
        kind,
        from,
        to,
        label: "if the price is too high".into(),
        share: None,
    };
    for connection in [
        connect(ConnectionKind::Next, a, Some(b)),
        connect(ConnectionKind::Alternative, c, Some(b)),
        connect(ConnectionKind::Exit, a, None),
        connect(ConnectionKind::Triggers, a, Some(c)),
    ] {
        let undo = Edit::InsertConnection(usize::MAX, Box::new(connection)).apply(&mut journey);
        assert!(!undo.is_empty(), "a valid connection is added");
    }
    // The same kind between the same cards again is refused; another kind is not.
    let twice = connect(ConnectionKind::Next, a, Some(b));
    assert!(
        Edit::InsertConnection(0, Box::new(twice))
            .apply(&mut journey)
            .is_empty()
    );
    let original = journey.clone();
    let undo = Edit::RemoveCard(b).apply(&mut journey);
    assert_eq!(
        journey.connections.len(),
        2,
        "both connections to the card went with it"
    );
    assert!(journey.problems().is_empty());
    undo.apply(&mut journey);
    assert_eq!(journey, original);
    let stage = journey.cards[0].stage;
    let undo = Edit::RemoveStage(stage).apply(&mut journey);
    assert!(
        journey
            .connections
            .iter()
            .all(|c| c.from != a && c.to != Some(a))
    );
    assert!(journey.problems().is_empty());
    undo.apply(&mut journey);
    assert_eq!(journey, original);
}
