//! Merge conflicts on the real app, driven with egui_kittest: a merged map opens with its
//! conflicts marked and listed; taking theirs and keeping ours settle them undoably, and the map
//! is plain again when none remain.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::recent::RecentFiles;
use journeymap::app::{Command, Document, JourneyApp};
use journeymap::model::Journey;
use journeymap::templates;

/// The full-cycle map merged from two sides that retitled the same card and changed the same
/// stage's goal differently.
fn merged() -> Journey {
    let base = templates::find("full-cycle").unwrap().journey().unwrap();
    let mut ours = base.clone();
    ours.cards[1].title = "Streaming ads".into();
    ours.stages[0].goal = "Our goal".into();
    let mut theirs = base.clone();
    theirs.cards[1].title = "TV and radio commercials".into();
    theirs.stages[0].goal = "Their goal".into();
    journeymap::merge::merge(Some(&base), &ours, &theirs)
}

fn button(harness: &Harness<'_, JourneyApp>, label: &str) -> bool {
    harness
        .query_by_role_and_label(Role::Button, label)
        .is_some()
}

#[test]
fn conflicts_are_listed_marked_and_settled_undoably() {
    let journey = merged();
    assert_eq!(journey.conflicts.len(), 2);
    let card = journey.cards[1].id;
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_eframe(move |_cc| {
            JourneyApp::new(Document::untitled(journey), RecentFiles::load(None))
        });
    harness.run();
    assert!(button(&harness, "Keep ours (1)") && button(&harness, "Take theirs (2)"));
    let marked = |h: &Harness<'_, JourneyApp>| h.state().canvas().options.compare.is_some();
    assert!(marked(&harness), "the conflicts are marked on the map");

    // Which one is the card's: the list says so.
    let first_is_card = harness
        .query_by_label_contains("both sides changed title")
        .is_some_and(|_| {
            harness.state().document().journey().conflicts[0].item
                == journeymap::model::Item::Card(card)
        });
    let (card_n, goal_n) = if first_is_card { (1, 2) } else { (2, 1) };
    harness
        .get_by_role_and_label(Role::Button, &format!("Take theirs ({card_n})"))
        .click();
    harness.run();
    let doc = harness.state().document().journey().clone();
    assert_eq!(doc.card(card).unwrap().title, "TV and radio commercials");
    assert_eq!(doc.conflicts.len(), 1);

    // Undo brings the conflict and our title back.
    harness.state_mut().request(Command::Undo);
    harness.run();
    let doc = harness.state().document().journey().clone();
    assert_eq!(doc.card(card).unwrap().title, "Streaming ads");
    assert_eq!(doc.conflicts.len(), 2);

    for n in [goal_n, 1] {
        let n = if n > harness.state().document().journey().conflicts.len() {
            1
        } else {
            n
        };
        harness
            .get_by_role_and_label(Role::Button, &format!("Keep ours ({n})"))
            .click();
        harness.run();
    }
    harness.run();
    let doc = harness.state().document().journey().clone();
    assert!(doc.conflicts.is_empty(), "{:?}", doc.conflicts);
    assert_eq!(doc.stages[0].goal, "Our goal");
    assert!(!button(&harness, "Keep ours (1)"));
    assert!(!marked(&harness), "a plain map again");
    assert!(!journeymap::file::to_text(&doc).contains("conflicts"));
}
