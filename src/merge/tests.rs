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
    assert_eq!(conflict.item, ConflictItem::Card(base.cards[0].id));
    assert_eq!(conflict.kind, ConflictKind::Field("title".into()));
    assert!(matches!(&conflict.theirs, Some(TheirItem::Card(c)) if c.title == "Theirs"));
    assert!(merged.problems().is_empty());
}
