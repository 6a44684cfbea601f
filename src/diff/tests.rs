use super::*;
use crate::edit::{Edit, ops};
use crate::model::{Card, Score};
use proptest::prelude::*;
use std::collections::{BTreeSet, HashMap};

fn full_cycle() -> Journey {
    crate::templates::find("full-cycle")
        .unwrap()
        .journey()
        .unwrap()
}

#[test]
fn a_map_compared_with_itself_has_no_changes() {
    for template in crate::templates::ALL {
        let journey = template.journey().unwrap();
        assert!(diff(&journey, &journey).is_empty(), "{}", template.name);
    }
}

#[test]
fn colours_are_written_as_the_file_writes_them() {
    let old = full_cycle();
    let mut new = old.clone();
    new.cards[0].color = "#ffcc00".parse().ok();
    let changes = diff(&old, &new);
    let expected = ChangeKind::Field {
        field: "color",
        old: String::new(),
        new: "#ffcc00".into(),
    };
    assert_eq!(changes[0].kind, expected);
}

#[test]
fn moves_scores_a_renamed_stage_and_a_new_path_are_named() {
    let old = full_cycle();
    let mut new = old.clone();
    let (card, scored) = (new.cards[0].id, new.cards[1].id);
    let (to_stage, to_lane) = (new.stages[1].id, new.cards[0].lane);
    ops::move_cards(&new, &[card], to_stage, to_lane, 0).apply(&mut new);
    let persona = new.personas[0].id;
    ops::set_score(&new, scored, persona, Score::new(-2).ok()).apply(&mut new);
    new.stages[2].name = "Choice".into();
    let path = crate::model::Connection {
        id: crate::model::ConnectionId(1),
        kind: crate::model::ConnectionKind::Alternative,
        from: new.cards[5].id,
        to: Some(new.cards[11].id),
        label: "if the price is too high".into(),
        share: None,
    };
    new.connections.push(path);
    let changes = diff(&old, &new);
    let has = |item: Item, pick: &dyn Fn(&ChangeKind) -> bool| {
        changes.iter().any(|c| c.item == item && pick(&c.kind))
    };
    assert!(has(Item::Card(card), &|k| matches!(
        k,
        ChangeKind::MovedCell { .. }
    )));
    assert!(has(Item::Card(scored), &|k| matches!(
        k,
        ChangeKind::Score {
            old: Some(1),
            new: Some(-2),
            ..
        }
    )));
    assert!(has(Item::Stage(new.stages[2].id), &|k| matches!(
        k,
        ChangeKind::Field { field: "name", .. }
    )));
    assert!(has(
        Item::Connection(crate::model::ConnectionId(1)),
        &|k| *k == ChangeKind::Added
    ));
    // The cards after the moved one in its old cell were renumbered, not moved.
    assert_eq!(changes.len(), 4, "{changes:#?}");
    let text = text::describe(&changes, &old, &new, false);
    assert!(text.contains("Stage \"Choice\":"), "{text}");
    assert!(text.contains("moved from Information search / Actions to Comparison of offers"));
    let json = serde_json::to_value(json::of(&changes)).unwrap();
    assert_eq!(json["changes"][0]["item"], "stage");
    assert_eq!(json["changes"][0]["old"], "Decision");
}

/// A random change to a map, by numbers.
#[derive(Clone, Debug)]
enum Op {
    Retitle(usize, String),
    Move(usize, usize, usize, usize),
    Score(usize, usize, i8),
    Delete(usize),
    RenameStage(usize, String),
    MoveStage(usize, usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..60usize, "[a-z ]{1,8}").prop_map(|(c, t)| Op::Retitle(c, t)),
        (0..60usize, 0..9usize, 0..7usize, 0..4usize).prop_map(|(c, s, l, i)| Op::Move(c, s, l, i)),
        (0..60usize, 0..3usize, -2..=2i8).prop_map(|(c, p, v)| Op::Score(c, p, v)),
        (0..60usize).prop_map(Op::Delete),
        (0..9usize, "[a-z]{1,6}").prop_map(|(s, n)| Op::RenameStage(s, n)),
        (0..9usize, 0..9usize).prop_map(|(a, b)| Op::MoveStage(a, b)),
    ]
}

fn apply(journey: &mut Journey, op: &Op) {
    let card = |i: usize| {
        journey
            .cards
            .get(i % journey.cards.len().max(1))
            .map(|c| c.id)
    };
    let stage = |i: usize| journey.stages.get(i % journey.stages.len()).map(|s| s.id);
    let edit = match op {
        Op::Retitle(c, t) => card(*c).and_then(|id| journey.card(id)).map(|card| {
            let mut card = card.clone();
            card.title = t.clone();
            Edit::ReplaceCard(Box::new(card))
        }),
        Op::Move(c, s, l, i) => match (card(*c), stage(*s)) {
            (Some(id), Some(stage)) => {
                let lane = journey.lanes[l % journey.lanes.len()].id;
                Some(ops::move_cards(journey, &[id], stage, lane, *i))
            }
            _ => None,
        },
        Op::Score(c, p, v) => card(*c).and_then(|id| {
            let persona = journey.personas.get(*p)?.id;
            Some(ops::set_score(
                journey,
                id,
                persona,
                Score::new(i64::from(*v)).ok(),
            ))
        }),
        Op::Delete(c) => card(*c).map(|id| ops::delete_cards(&[id])),
        Op::RenameStage(s, n) => journey.stages.get(s % journey.stages.len()).map(|stage| {
            let mut stage = stage.clone();
            stage.name = n.clone();
            Edit::ReplaceStage(Box::new(stage))
        }),
        Op::MoveStage(a, b) => stage(*a).map(|id| Edit::MoveStage(id, *b)),
    };
    if let Some(edit) = edit {
        edit.apply(journey);
    }
}

/// The cards whose content (anything but their place) differs, and those added or removed.
fn changed_cards(old: &Journey, new: &Journey) -> BTreeSet<crate::model::CardId> {
    let content = |c: &Card| Card {
        order: 0,
        stage: c.stage,
        ..c.clone()
    };
    let before: HashMap<_, _> = old.cards.iter().map(|c| (c.id, c)).collect();
    let mut changed: BTreeSet<_> = new
        .cards
        .iter()
        .filter(|c| {
            before
                .get(&c.id)
                .is_none_or(|b| content(b) != content(c) || b.lane != c.lane)
        })
        .map(|c| c.id)
        .collect();
    let now: BTreeSet<_> = new.cards.iter().map(|c| c.id).collect();
    changed.extend(
        old.cards
            .iter()
            .map(|c| c.id)
            .filter(|id| !now.contains(id)),
    );
    changed
}

/// Each cell's cards in order, for the cards in both maps and in the same cell in both.
fn sequences(journey: &Journey, keep: &BTreeSet<crate::model::CardId>) -> BTreeSet<Vec<u64>> {
    let mut cells: HashMap<_, Vec<&Card>> = HashMap::new();
    for card in journey.cards.iter().filter(|c| keep.contains(&c.id)) {
        cells.entry((card.stage, card.lane)).or_default().push(card);
    }
    cells
        .into_values()
        .map(|mut cards| {
            cards.sort_by_key(|c| (c.order, c.id));
            cards.iter().map(|c| c.id.0).collect()
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn the_diff_names_every_changed_card_and_nothing_else(ops in prop::collection::vec(op(), 1..8)) {
        let old = full_cycle();
        let mut new = old.clone();
        for op in &ops {
            apply(&mut new, op);
        }
        let changes = diff(&old, &new);
        let named: BTreeSet<_> = changes
            .iter()
            .filter_map(|c| match (c.item, &c.kind) {
                (Item::Card(_), ChangeKind::Reordered) => None,
                (Item::Card(id), _) => Some(id),
                _ => None,
            })
            .collect();
        prop_assert_eq!(&named, &changed_cards(&old, &new));
        // Order inside cells: no reordering reported exactly when every cell reads the same.
        let stayed: BTreeSet<_> = new
            .cards
            .iter()
            .filter(|c| old.card(c.id).is_some_and(|o| (o.stage, o.lane) == (c.stage, c.lane)))
            .map(|c| c.id)
            .collect();
        let reordered = changes.iter().any(|c| matches!(c.item, Item::Card(_)) && c.kind == ChangeKind::Reordered);
        prop_assert_eq!(reordered, sequences(&old, &stayed) != sequences(&new, &stayed));
        // Stages: renamed or moved ones, nothing else.
        for stage in &new.stages {
            let was = old.stage(stage.id).unwrap();
            let named = changes.iter().any(|c| c.item == Item::Stage(stage.id) && c.kind != ChangeKind::Reordered);
            prop_assert_eq!(named, was.name != stage.name);
        }
        prop_assert!(diff(&new, &new).is_empty());
    }
}

#[test]
fn recorded_conflicts_are_a_change_of_the_map() {
    let base = full_cycle();
    let mut ours = base.clone();
    ours.cards[0].title = "Ours".into();
    let mut theirs = base.clone();
    theirs.cards[0].title = "Theirs".into();
    let merged = crate::merge::merge(Some(&base), &ours, &theirs);
    let changes = diff(&ours, &merged);
    assert_eq!(
        changes,
        [Change {
            item: Item::Map,
            kind: ChangeKind::Field {
                field: "conflicts",
                old: "0".into(),
                new: "1".into()
            }
        }]
    );
}
