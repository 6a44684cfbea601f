use super::*;

fn full_cycle() -> Journey {
    crate::templates::find("full-cycle")
        .unwrap()
        .journey()
        .unwrap()
}

#[test]
fn changes_to_different_things_merge_cleanly() {
    let base = full_cycle();
    let mut ours = base.clone();
    ours.cards[0].title = "Ours".into();
    ours.stages[0].name = "Search".into();
    let mut theirs = base.clone();
    theirs.cards[0].body = "Theirs".into();
    theirs.cards[5].title = "Also theirs".into();
    let merged = merge(Some(&base), &ours, &theirs);
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    assert_eq!(merged.cards[0].title, "Ours");
    assert_eq!(merged.cards[0].body, "Theirs");
    assert_eq!(merged.cards[5].title, "Also theirs");
    assert_eq!(merged.stages[0].name, "Search");
    assert!(merged.problems().is_empty());
}

#[test]
fn one_field_set_twice_keeps_ours_and_records_theirs() {
    let base = full_cycle();
    let mut ours = base.clone();
    ours.cards[0].title = "Ours".into();
    let mut theirs = base.clone();
    theirs.cards[0].title = "Theirs".into();
    let merged = merge(Some(&base), &ours, &theirs);
    assert_eq!(merged.cards[0].title, "Ours");
    assert_eq!(merged.conflicts.len(), 1);
    let conflict = &merged.conflicts[0];
    assert_eq!(conflict.item, Item::Card(base.cards[0].id));
    assert_eq!(conflict.kind, ConflictKind::Field("title".into()));
    assert!(matches!(&conflict.theirs, Some(TheirItem::Card(c)) if c.title == "Theirs"));
    assert!(merged.problems().is_empty());
}

#[test]
fn a_card_changed_here_and_deleted_there_is_kept_with_a_conflict_either_way() {
    let base = full_cycle();
    let card = base.cards[2].id;
    let mut changed = base.clone();
    changed.cards[2].title = "Changed".into();
    let mut deleted = base.clone();
    crate::edit::ops::delete_cards(&[card]).apply(&mut deleted);
    let merged = merge(Some(&base), &changed, &deleted);
    assert_eq!(merged.card(card).unwrap().title, "Changed");
    assert_eq!(merged.conflicts[0].kind, ConflictKind::DeletedByThem);
    let merged = merge(Some(&base), &deleted, &changed);
    assert!(merged.card(card).is_none());
    assert_eq!(merged.conflicts[0].kind, ConflictKind::DeletedByUs);
    assert!(
        matches!(&merged.conflicts[0].theirs, Some(TheirItem::Card(c)) if c.title == "Changed")
    );
    assert!(merged.problems().is_empty());
}

#[test]
fn a_stage_deleted_on_one_side_stays_when_the_other_added_cards_to_it() {
    let base = full_cycle();
    let stage = base.stages[3].id;
    let mut deleted = base.clone();
    crate::edit::Edit::RemoveStage(stage).apply(&mut deleted);
    let mut added = base.clone();
    let mut card = added
        .cards
        .iter()
        .find(|c| c.stage == stage)
        .unwrap()
        .clone();
    card.id = crate::model::CardId::random();
    card.title = "New here".into();
    added.cards.push(card.clone());
    for (ours, theirs) in [(&deleted, &added), (&added, &deleted)] {
        let merged = merge(Some(&base), ours, theirs);
        assert!(merged.stage(stage).is_some());
        assert!(merged.card(card.id).is_some(), "no card is orphaned");
        assert!(merged.problems().is_empty(), "{:?}", merged.problems());
        assert!(
            merged
                .conflicts
                .iter()
                .any(|c| c.item == Item::Stage(stage)),
            "{:?}",
            merged.conflicts
        );
    }
}

#[test]
fn two_scores_for_different_personas_on_one_card_both_stay() {
    let base = full_cycle();
    let at = base
        .cards
        .iter()
        .position(|c| c.emotions.len() >= 2)
        .unwrap();
    let personas: Vec<_> = base.cards[at].emotions.keys().copied().collect();
    let score = |v| crate::model::Score::new(v).unwrap();
    let mut ours = base.clone();
    ours.cards[at].emotions.insert(personas[0], score(-2));
    let mut theirs = base.clone();
    theirs.cards[at].emotions.insert(personas[1], score(2));
    let merged = merge(Some(&base), &ours, &theirs);
    assert!(merged.conflicts.is_empty());
    assert_eq!(merged.cards[at].emotions[&personas[0]], score(-2));
    assert_eq!(merged.cards[at].emotions[&personas[1]], score(2));
}

#[test]
fn two_copies_without_a_base_record_every_difference() {
    let ours = full_cycle();
    let mut theirs = ours.clone();
    theirs.cards[0].title = "Theirs".into();
    theirs.cards.remove(4);
    let merged = merge(None, &ours, &theirs);
    assert_eq!(merged.cards.len(), ours.cards.len(), "nothing is lost");
    assert_eq!(merged.cards[0].title, ours.cards[0].title);
    let kinds: Vec<_> = merged.conflicts.iter().map(|c| c.kind.clone()).collect();
    assert_eq!(
        kinds,
        [
            ConflictKind::Field("title".into()),
            ConflictKind::DeletedByThem
        ]
    );
    assert!(merge(None, &ours, &ours).conflicts.is_empty());
}

/// `full_cycle` with every card's number in its cell spread out (10, 20, 30…), as a map whose
/// cards were moved about carries them.
fn spread_numbers() -> Journey {
    let mut journey = full_cycle();
    for card in &mut journey.cards {
        card.order = card.order * 10 + 10;
    }
    journey
}

#[test]
fn cells_in_one_sides_order_keep_that_sides_numbers() {
    let base = spread_numbers();
    // Two cards of one cell, the earlier first.
    let cell = |c: &crate::model::Card| (c.stage, c.lane);
    let (early, late) = (0..base.cards.len())
        .flat_map(|a| (0..base.cards.len()).map(move |b| (a, b)))
        .find(|&(a, b)| {
            let (a, b) = (&base.cards[a], &base.cards[b]);
            cell(a) == cell(b) && a.order < b.order
        })
        .unwrap();
    let numbers = |j: &Journey| -> Vec<(crate::model::CardId, u32)> {
        j.cards.iter().map(|c| (c.id, c.order)).collect()
    };
    // Nothing reordered: every card keeps its number (a merge does not renumber the file).
    let mut ours = base.clone();
    ours.cards[0].title = "Ours".into();
    let mut theirs = base.clone();
    theirs.cards[early].body = "Theirs".into();
    let merged = merge(Some(&base), &ours, &theirs);
    assert_eq!(numbers(&merged), numbers(&base));
    // They put the earlier card after the later one, and we left the cell: it takes their
    // numbers.
    let mut theirs = base.clone();
    theirs.cards[early].order = base.cards[late].order + 5;
    let merged = merge(Some(&base), &ours, &theirs);
    assert_eq!(numbers(&merged), numbers(&theirs));
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
}

mod properties {
    use super::*;
    use crate::edit::{Edit, ops};
    use crate::model::{CardId, Score, StageId};
    use proptest::prelude::*;

    /// An edit, on a card or stage picked by its place in the base map.
    #[derive(Clone, Debug)]
    enum Op {
        Retitle(usize, String),
        Move(usize, usize, usize, usize),
        Score(usize, usize, i8),
        Delete(usize),
        Add(usize, String),
        RenameStage(usize, String),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (0..40usize, "[a-z ]{1,8}").prop_map(|(c, t)| Op::Retitle(c, t)),
            (0..40usize, 0..8usize, 0..6usize, 0..3usize)
                .prop_map(|(c, s, l, i)| Op::Move(c, s, l, i)),
            (0..40usize, 0..3usize, -2..=2i8).prop_map(|(c, p, v)| Op::Score(c, p, v)),
            (0..40usize).prop_map(Op::Delete),
            (0..40usize, "[a-z]{1,6}").prop_map(|(c, t)| Op::Add(c, t)),
            (0..8usize, "[a-z]{1,6}").prop_map(|(s, n)| Op::RenameStage(s, n)),
        ]
    }

    /// The card or stage `op` is about, in `base`.
    fn target(base: &Journey, op: &Op) -> (Option<CardId>, Option<StageId>) {
        let card = |i: usize| Some(base.cards[i % base.cards.len()].id);
        match op {
            Op::Retitle(c, _)
            | Op::Move(c, ..)
            | Op::Score(c, ..)
            | Op::Delete(c)
            | Op::Add(c, _) => (card(*c), None),
            Op::RenameStage(s, _) => (None, Some(base.stages[s % base.stages.len()].id)),
        }
    }

    fn apply(journey: &mut Journey, base: &Journey, op: &Op, new_id: u64) {
        let (card, stage) = target(base, op);
        let edit = match (op, card.and_then(|id| journey.card(id)).cloned()) {
            (Op::Retitle(_, t), Some(mut c)) => {
                c.title = t.clone();
                Some(Edit::ReplaceCard(Box::new(c)))
            }
            (Op::Move(_, s, l, i), Some(c)) => {
                let stage = journey.stages[s % journey.stages.len()].id;
                let lane = journey.lanes[l % journey.lanes.len()].id;
                Some(ops::move_cards(journey, &[c.id], stage, lane, *i))
            }
            (Op::Score(_, p, v), Some(c)) => journey.personas.get(*p).map(|persona| {
                ops::set_score(journey, c.id, persona.id, Score::new(i64::from(*v)).ok())
            }),
            (Op::Delete(_), Some(c)) => Some(ops::delete_cards(&[c.id])),
            (Op::Add(_, t), Some(c)) => Some(Edit::AddCard(Box::new(crate::model::Card {
                id: CardId(new_id),
                title: t.clone(),
                emotions: Default::default(),
                order: 1000,
                ..c
            }))),
            (Op::RenameStage(_, n), _) => stage.and_then(|id| journey.stage(id)).map(|s| {
                let mut s = s.clone();
                s.name = n.clone();
                Edit::ReplaceStage(Box::new(s))
            }),
            _ => None,
        };
        if let Some(edit) = edit {
            edit.apply(journey);
        }
    }

    /// The map's content, with cards by id and each cell's order as a sequence.
    fn content(journey: &Journey) -> (Journey, Vec<(u64, u64, Vec<u64>)>) {
        let mut normal = journey.clone();
        normal.cards.sort_by_key(|c| c.id);
        let mut cells: std::collections::BTreeMap<(u64, u64), Vec<&crate::model::Card>> =
            Default::default();
        for card in &journey.cards {
            cells
                .entry((card.stage.0, card.lane.0))
                .or_default()
                .push(card);
        }
        for card in &mut normal.cards {
            card.order = 0;
        }
        let sequences = cells
            .into_iter()
            .map(|((s, l), mut cards)| {
                cards.sort_by_key(|c| (c.order, c.id));
                (s, l, cards.iter().map(|c| c.id.0).collect())
            })
            .collect();
        (normal, sequences)
    }

    fn edited(base: &Journey, ops: &[Op], first_id: u64) -> Journey {
        let mut journey = base.clone();
        for (n, op) in ops.iter().enumerate() {
            apply(&mut journey, base, op, first_id + n as u64);
        }
        journey
    }

    /// Whether `op` touches the first half of the cards (even stages), or the second.
    fn first_half(base: &Journey, op: &Op) -> bool {
        match target(base, op) {
            (Some(card), _) => base.card_position(card).unwrap_or(0) < base.cards.len() / 2,
            (_, Some(stage)) => {
                base.stages.iter().position(|s| s.id == stage).unwrap_or(0) % 2 == 0
            }
            _ => true,
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn merging_a_version_with_itself_or_with_the_base_gives_that_version(
            ops in prop::collection::vec(op(), 1..10)
        ) {
            let base = full_cycle();
            let x = edited(&base, &ops, 1 << 40);
            prop_assert_eq!(content(&merge(Some(&base), &x, &x)), content(&x));
            prop_assert_eq!(content(&merge(Some(&base), &base, &x)), content(&x));
            prop_assert_eq!(content(&merge(Some(&base), &x, &base)), content(&x));
        }

        #[test]
        fn edits_to_disjoint_things_merge_to_both_applied(
            ops in prop::collection::vec(op(), 1..12)
        ) {
            let base = full_cycle();
            let (mine, other): (Vec<Op>, Vec<Op>) =
                ops.into_iter().partition(|op| first_half(&base, op));
            // Moves change cells both sides' cards share: order is compared apart.
            let ours = edited(&base, &mine, 1 << 40);
            let theirs = edited(&base, &other, 1 << 41);
            let merged = merge(Some(&base), &ours, &theirs);
            prop_assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
            let mut both = ours.clone();
            for (n, op) in other.iter().enumerate() {
                apply(&mut both, &base, op, (1 << 41) + n as u64);
            }
            prop_assert_eq!(content(&merged).0, content(&both).0);
        }

        #[test]
        fn any_merge_loads_checks_and_round_trips(
            mine in prop::collection::vec(op(), 0..8),
            other in prop::collection::vec(op(), 0..8),
            two_way in any::<bool>(),
        ) {
            let base = full_cycle();
            let ours = edited(&base, &mine, 1 << 40);
            let theirs = edited(&base, &other, 1 << 41);
            let merged = merge((!two_way).then_some(&base), &ours, &theirs);
            prop_assert!(merged.problems().is_empty(), "{:?}", merged.problems());
            let text = crate::file::to_text(&merged);
            let again = crate::file::parse(&text, std::path::Path::new("m.journey.ron")).ok();
            prop_assert_eq!(again, Some(merged));
        }
    }
}

mod settling {
    use super::*;
    use crate::merge::settle::{Pick, settle, values};

    fn conflicted() -> (Journey, Journey) {
        let base = full_cycle();
        let mut ours = base.clone();
        ours.cards[0].title = "Ours".into();
        ours.stages[1].goal = "Our goal".into();
        let mut theirs = base.clone();
        theirs.cards[0].title = "Theirs".into();
        theirs.stages[1].goal = "Their goal".into();
        crate::edit::ops::delete_cards(&[base.cards[7].id]).apply(&mut theirs);
        ours.cards[7].body = "Kept here".into();
        (base.clone(), merge(Some(&base), &ours, &theirs))
    }

    #[test]
    fn theirs_is_taken_and_the_conflict_goes_in_one_undoable_step() {
        let (base, merged) = conflicted();
        assert_eq!(merged.conflicts.len(), 3, "{:?}", merged.conflicts);
        let at = |m: &Journey, item| m.conflicts.iter().position(|c| c.item == item).unwrap();
        let title = at(&merged, Item::Card(base.cards[0].id));
        assert_eq!(
            values(&merged, &merged.conflicts[title]),
            Some(("Ours".into(), "Theirs".into()))
        );
        let mut journey = merged.clone();
        let undo = settle(&journey, title, Pick::Theirs)
            .unwrap()
            .apply(&mut journey);
        assert_eq!(journey.cards[0].title, "Theirs");
        assert_eq!(journey.conflicts.len(), 2);
        undo.apply(&mut journey);
        assert_eq!(journey, merged);

        // Ours for the goal, theirs for the card they deleted: then the map is plain again.
        let goal = at(&journey, Item::Stage(base.stages[1].id));
        settle(&journey, goal, Pick::Ours)
            .unwrap()
            .apply(&mut journey);
        assert_eq!(journey.stages[1].goal, "Our goal");
        let deleted = at(&journey, Item::Card(base.cards[7].id));
        settle(&journey, deleted, Pick::Theirs)
            .unwrap()
            .apply(&mut journey);
        assert!(journey.card(base.cards[7].id).is_none());
        settle(&journey, 0, Pick::Ours).unwrap().apply(&mut journey);
        assert!(journey.conflicts.is_empty());
        assert!(journey.problems().is_empty());
        assert!(settle(&journey, 0, Pick::Ours).is_err());
    }

    #[test]
    fn deleting_what_a_conflict_is_about_forgets_the_conflict_in_the_same_step() {
        let (base, merged) = conflicted();
        let mut journey = merged.clone();
        let undo = crate::edit::ops::delete_cards(&[base.cards[0].id])
            .apply_keeping_conflicts_fit(&mut journey);
        assert_eq!(journey.conflicts.len(), 2);
        assert!(journey.problems().is_empty());
        undo.apply(&mut journey);
        assert_eq!(journey, merged);
    }
}
