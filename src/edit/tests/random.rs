//! Random edits, undone and redone: every step comes back exactly, and each edit names the
//! cards it rewrites.

use super::example;
use crate::edit::*;
use crate::model::{Card, CardId, Channel, Journey, Score};
use proptest::prelude::*;

/// One random change, described by numbers so proptest can shrink it.
#[derive(Clone, Debug)]
enum Op {
    Title(String),
    AddCard(usize, usize, String),
    RemoveCard(usize),
    MoveCard(usize, usize, usize, u32),
    Score(usize, usize, i8),
    /// A card moved by [`Edit::MoveCard`] (the other moves replace the whole card).
    Place(usize, usize, usize, u32),
    /// A score set or cleared by [`Edit::SetScore`].
    SetScore(usize, usize, Option<i8>),
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
        (0..40usize, 0..10usize, 0..10usize, 0..5u32)
            .prop_map(|(c, s, l, o)| Op::Place(c, s, l, o)),
        (0..40usize, 0..3usize, proptest::option::of(-2..=2i8))
            .prop_map(|(c, p, v)| Op::SetScore(c, p, v)),
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
                Edit::ReplaceCard(card)
            }
            _ => Edit::Batch(vec![]),
        },
        Op::Score(c, p, v) => match (card(*c), pick(&journey.personas, *p)) {
            (Some(mut card), Some(p)) => {
                card.emotions.insert(p.id, Score::clamped(i64::from(*v)));
                Edit::ReplaceCard(card)
            }
            _ => Edit::Batch(vec![]),
        },
        Op::Place(c, s, l, o) => match (
            card(*c),
            pick(&journey.stages, *s),
            pick(&journey.lanes, *l),
        ) {
            (Some(card), Some(s), Some(l)) => {
                let place = super::CardPlace {
                    stage: s.id,
                    lane: l.id,
                    order: *o,
                };
                Edit::MoveCard(card.id, place)
            }
            _ => Edit::Batch(vec![]),
        },
        Op::SetScore(c, p, v) => match (card(*c), pick(&journey.personas, *p)) {
            (Some(card), Some(p)) => {
                let score = v.map(|v| Score::clamped(i64::from(v)));
                Edit::SetScore(card.id, p.id, score)
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
            Edit::ReplaceCard(card)
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
