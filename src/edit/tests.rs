//! Edits and history: inverses restore documents exactly, also for random edit sequences.

use super::*;
use crate::model::{Channel, LaneKind, Score};
use proptest::prelude::*;

mod cleaning;

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
    assert!(
        Edit::ReplaceCard(Box::new(card))
            .apply(&mut journey)
            .is_empty()
    );
    assert!(Edit::RemoveCard(CardId(999)).apply(&mut journey).is_empty());
    assert!(
        Edit::MoveStage(StageId(999), 0)
            .apply(&mut journey)
            .is_empty()
    );
    let duplicate = journey.cards[0].clone();
    assert!(
        Edit::AddCard(Box::new(duplicate))
            .apply(&mut journey)
            .is_empty()
    );
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
            Edit::ReplaceCard(Box::new(card.clone())),
            Some(key.clone()),
        );
    }
    assert_eq!(history.undo_len(), 1);
    history.seal();
    card.title = "Scrolls".into();
    history.apply_merging(
        &mut journey,
        Edit::ReplaceCard(Box::new(card.clone())),
        Some(key),
    );
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

/// One random change, described by numbers so proptest can shrink it.
#[derive(Clone, Debug)]
enum Op {
    Title(String),
    AddCard(usize, usize, String),
    RemoveCard(usize),
    MoveCard(usize, usize, usize, u32),
    Score(usize, usize, i8),
    RemoveStage(usize),
    MoveStage(usize, usize),
    AddStage(usize, String),
    RemoveLane(usize),
    MoveLane(usize, usize),
    RemovePersona(usize),
    Channel(usize, usize),
    Language(usize),
    Connect(usize, usize, usize, String),
    Disconnect(usize),
    Reconnect(usize, usize, String),
    /// A blueprint line (by kind) under a lane, or taken away (lane index past the lanes).
    Line(usize, usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        "[a-zA-Zа-я سفر]{0,12}".prop_map(Op::Title),
        (0..10usize, 0..10usize, "[a-z ]{0,8}").prop_map(|(s, l, t)| Op::AddCard(s, l, t)),
        (0..40usize).prop_map(Op::RemoveCard),
        (0..40usize, 0..10usize, 0..10usize, 0..5u32)
            .prop_map(|(c, s, l, o)| Op::MoveCard(c, s, l, o)),
        (0..40usize, 0..3usize, -2..=2i8).prop_map(|(c, p, v)| Op::Score(c, p, v)),
        (0..10usize).prop_map(Op::RemoveStage),
        (0..10usize, 0..10usize).prop_map(|(a, b)| Op::MoveStage(a, b)),
        (0..10usize, "[a-z]{1,6}").prop_map(|(i, n)| Op::AddStage(i, n)),
        (0..10usize).prop_map(Op::RemoveLane),
        (0..10usize, 0..10usize).prop_map(|(a, b)| Op::MoveLane(a, b)),
        (0..3usize).prop_map(Op::RemovePersona),
        (0..40usize, 0..14usize).prop_map(|(c, ch)| Op::Channel(c, ch)),
        (0..5usize).prop_map(Op::Language),
        (0..40usize, 0..41usize, 0..4usize, "[a-z %]{0,8}")
            .prop_map(|(a, b, k, t)| Op::Connect(a, b, k, t)),
        (0..10usize).prop_map(Op::Disconnect),
        (0..10usize, 0..4usize, "[a-z ]{0,8}").prop_map(|(c, k, t)| Op::Reconnect(c, k, t)),
        (0..3usize, 0..12usize).prop_map(|(k, l)| Op::Line(k, l)),
    ]
}

fn pick<T>(items: &[T], index: usize) -> Option<&T> {
    if items.is_empty() {
        None
    } else {
        items.get(index % items.len())
    }
}

/// The edit for `op` on `journey` as it is now (possibly one that changes nothing).
fn edit_for(journey: &Journey, op: &Op) -> Edit {
    let card = |i: usize| pick(&journey.cards, i).cloned();
    match op {
        Op::Title(t) => Edit::SetTitle(t.clone()),
        Op::Language(l) => Edit::SetLanguage(crate::model::Language::ALL[*l]),
        Op::AddCard(s, l, t) => match (pick(&journey.stages, *s), pick(&journey.lanes, *l)) {
            (Some(s), Some(l)) => {
                Edit::AddCard(Box::new(Card::new(journey.new_card_id(), s.id, l.id, 0, t)))
            }
            _ => Edit::Batch(vec![]),
        },
        Op::RemoveCard(c) => card(*c).map_or(Edit::Batch(vec![]), |c| Edit::RemoveCard(c.id)),
        Op::MoveCard(c, s, l, o) => match (
            card(*c),
            pick(&journey.stages, *s),
            pick(&journey.lanes, *l),
        ) {
            (Some(mut card), Some(s), Some(l)) => {
                card.stage = s.id;
                card.lane = l.id;
                card.order = *o;
                Edit::ReplaceCard(Box::new(card))
            }
            _ => Edit::Batch(vec![]),
        },
        Op::Score(c, p, v) => match (card(*c), pick(&journey.personas, *p)) {
            (Some(mut card), Some(p)) => {
                card.emotions.insert(p.id, Score::clamped(i64::from(*v)));
                Edit::ReplaceCard(Box::new(card))
            }
            _ => Edit::Batch(vec![]),
        },
        Op::RemoveStage(s) => {
            pick(&journey.stages, *s).map_or(Edit::Batch(vec![]), |s| Edit::RemoveStage(s.id))
        }
        Op::MoveStage(s, to) => {
            pick(&journey.stages, *s).map_or(Edit::Batch(vec![]), |s| Edit::MoveStage(s.id, *to))
        }
        Op::AddStage(i, name) => Edit::InsertStage(
            *i,
            Box::new(Stage {
                id: journey.new_stage_id(),
                name: name.clone(),
                goal: String::new(),
                questions: vec![],
                kpis: vec![],
            }),
        ),
        Op::RemoveLane(l) => {
            pick(&journey.lanes, *l).map_or(Edit::Batch(vec![]), |l| Edit::RemoveLane(l.id))
        }
        Op::Line(kind, lane) => Edit::SetBlueprintLine(
            crate::model::LineKind::ALL[*kind],
            journey.lanes.get(*lane).map(|l| l.id),
        ),
        Op::MoveLane(l, to) => {
            pick(&journey.lanes, *l).map_or(Edit::Batch(vec![]), |l| Edit::MoveLane(l.id, *to))
        }
        Op::RemovePersona(p) => {
            pick(&journey.personas, *p).map_or(Edit::Batch(vec![]), |p| Edit::RemovePersona(p.id))
        }
        Op::Channel(c, ch) => card(*c).map_or(Edit::Batch(vec![]), |mut card| {
            card.channel = Some(Channel::ALL[*ch % Channel::ALL.len()]);
            Edit::ReplaceCard(Box::new(card))
        }),
        Op::Connect(..) | Op::Disconnect(_) | Op::Reconnect(..) => connection_edit(journey, op),
    }
}

/// The edit of a connection op: a new connection (to nowhere when `b` is past the cards), one
/// taken away, or one given another kind and label.
fn connection_edit(journey: &Journey, op: &Op) -> Edit {
    let nothing = || Edit::Batch(vec![]);
    match op {
        Op::Connect(a, b, kind, label) => {
            let Some(from) = pick(&journey.cards, *a) else {
                return nothing();
            };
            let to = (*b < 40)
                .then(|| pick(&journey.cards, *b).map(|c| c.id))
                .flatten();
            let kind = crate::model::ConnectionKind::ALL[*kind];
            Edit::InsertConnection(
                *a % 3,
                Box::new(crate::model::Connection {
                    id: journey.new_connection_id(),
                    kind,
                    from: from.id,
                    to,
                    label: label.clone(),
                    share: label.contains('%').then_some(30),
                }),
            )
        }
        Op::Disconnect(c) => {
            pick(&journey.connections, *c).map_or_else(nothing, |c| Edit::RemoveConnection(c.id))
        }
        Op::Reconnect(c, kind, label) => pick(&journey.connections, *c).map_or_else(nothing, |c| {
            let mut changed = c.clone();
            changed.kind = crate::model::ConnectionKind::ALL[*kind];
            changed.label = label.clone();
            Edit::ReplaceConnection(Box::new(changed))
        }),
        _ => nothing(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_edits_then_as_many_undos_give_back_the_original(ops in proptest::collection::vec(op(), 1..40)) {
        let mut journey = example();
        let original = journey.clone();
        let mut history = History::default();
        let mut states = vec![journey.clone()];
        for op in &ops {
            let edit = edit_for(&journey, op);
            let steps = history.undo_len();
            history.apply(&mut journey, edit);
            prop_assert!(journey.problems().is_empty(), "{:?}", journey.problems());
            if history.undo_len() > steps {
                states.push(journey.clone());
            }
        }
        let after = journey.clone();
        // Undo walks back through every intermediate state, exactly.
        states.pop();
        while history.undo(&mut journey) {
            prop_assert_eq!(&journey, &states.pop().unwrap());
        }
        prop_assert_eq!(&journey, &original);
        prop_assert!(!history.is_dirty());
        while history.redo(&mut journey) {}
        prop_assert_eq!(&journey, &after);
    }

    #[test]
    fn only_the_cards_an_edit_names_as_rewritten_change_content(ops in proptest::collection::vec(op(), 1..30)) {
        let mut journey = example();
        let mut history = History::default();
        for op in &ops {
            let edit = edit_for(&journey, op);
            let rewritten = edit.cards_rewritten();
            let only_cards = edit.only_cards();
            let before = journey.clone();
            history.apply(&mut journey, edit);
            prop_assert!(content_kept_except(&before, &journey, &rewritten));
            if only_cards {
                prop_assert!(same_but_cards(&before, &journey));
            }
        }
        // Undoing applies the inverses: they must say what they rewrite too.
        while let Some(rewritten) = history.next_undo().map(Edit::cards_rewritten) {
            let before = journey.clone();
            history.undo(&mut journey);
            prop_assert!(content_kept_except(&before, &journey, &rewritten));
        }
    }
}

/// Whether `a` and `b` differ in their cards (and recorded conflicts) at most.
fn same_but_cards(a: &Journey, b: &Journey) -> bool {
    let mut a = a.clone();
    a.cards = b.cards.clone();
    a.conflicts = b.conflicts.clone();
    a == *b
}

/// Whether every card of `before` that is not in `rewritten` is in `after` with the same
/// content (what a card's box is made from), and no card appeared that is not in `rewritten`.
fn content_kept_except(before: &Journey, after: &Journey, rewritten: &[CardId]) -> bool {
    let content = |c: &Card| {
        (
            c.title.clone(),
            c.body.clone(),
            c.channel,
            c.severity,
            c.tags.clone(),
            c.votes,
            c.color,
            c.decision,
            c.milestone,
        )
    };
    let named = |id: &CardId| rewritten.contains(id);
    let kept = before
        .cards
        .iter()
        .filter(|c| !named(&c.id))
        .all(|c| after.card(c.id).is_none_or(|a| content(a) == content(c)));
    let no_stranger = after
        .cards
        .iter()
        .all(|c| named(&c.id) || before.card(c.id).is_some());
    kept && no_stranger
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
    history.apply(&mut journey, Edit::ReplaceCard(Box::new(card)));
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
