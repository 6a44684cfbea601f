//! Compare mode on the real app, driven with egui_kittest: the map compared with an older copy
//! shows its changes in the side list, a click on a change selects and shows it, edits wait,
//! and leaving changes nothing.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::recent::RecentFiles;
use journeymap::app::{Action, Command, Document, JourneyApp};
use journeymap::model::{CardId, Journey};
use journeymap::templates;

/// The full-cycle map before (written to `old.journey.ron` in `dir`) and after: a card retitled,
/// one removed, a stage renamed.
fn maps(dir: &std::path::Path) -> (std::path::PathBuf, Journey, CardId) {
    let old = templates::find("full-cycle").unwrap().journey().unwrap();
    let mut new = old.clone();
    // A card far from the first stage, so showing it must move the view.
    let retitled = new.cards.len() - 1;
    new.cards[retitled].title = "Ask for a review a month later".into();
    let retitled = new.cards[retitled].id;
    let gone = new.cards.remove(3).id;
    new.connections
        .retain(|c| c.from != gone && c.to != Some(gone));
    new.stages[1].name = "Comparing offers".into();
    let path = dir.join("old.journey.ron");
    std::fs::write(&path, journeymap::file::to_text(&old)).unwrap();
    (path, new, retitled)
}

#[test]
fn compare_lists_the_changes_a_click_shows_one_and_leaving_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (old_path, new, retitled) = maps(dir.path());
    let opened = new.clone();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_eframe(move |_cc| {
            JourneyApp::new(Document::untitled(opened), RecentFiles::load(None))
        });
    harness.run();
    let revision = harness.state().document().revision();

    harness
        .state_mut()
        .request(Action::CompareWith(old_path.clone()));
    harness.run();
    harness.run();
    assert!(harness.state().is_comparing());
    let changes = harness.state().compared_changes();
    assert_eq!(changes.len(), 3, "{changes:?}");
    // The removed card is drawn as a ghost where it was: the canvas shows more cards than the map.
    let drawn = harness.state().canvas().layout().unwrap().cards.len();
    assert_eq!(drawn, new.cards.len() + 1);

    // Click the retitled card's change in the side list.
    let line = changes
        .iter()
        .find(|c| c.contains("Ask for a review a month later"))
        .unwrap()
        .clone();
    let view_before = harness.state().view();
    harness.get_by_role_and_label(Role::Button, &line).click();
    for _ in 0..40 {
        harness.step();
    }
    harness.run();
    let app = harness.state();
    assert_eq!(app.selection().single_card(), Some(retitled));
    let card = app
        .canvas()
        .layout()
        .unwrap()
        .cards
        .iter()
        .find(|c| c.id == retitled)
        .unwrap()
        .rect;
    assert_ne!(app.view(), view_before);
    assert!(app.view().contains_rect(card), "the card is in view");

    // Edits wait: neither the Delete key nor a Delete asked for otherwise (a menu, a button)
    // changes the map while comparing.
    harness.key_press(egui::Key::Delete);
    harness.run();
    harness.state_mut().request(Command::Delete);
    harness.run();
    assert_eq!(harness.state().document().journey(), &new);

    // Leave with the side list's button.
    harness
        .get_by_role_and_label(Role::Button, &Command::LeaveCompare.button_text())
        .click();
    harness.run();
    harness.run();
    let app = harness.state();
    assert!(!app.is_comparing());
    assert_eq!(app.document().journey(), &new, "the map is as it was");
    assert_eq!(app.document().revision(), revision);
    assert!(!app.document().is_dirty());
    assert_eq!(app.canvas().layout().unwrap().cards.len(), new.cards.len());
    // Editing works again.
    harness.key_press(egui::Key::Delete);
    harness.run();
    assert_eq!(
        harness.state().document().journey().cards.len(),
        new.cards.len() - 1
    );
}

#[test]
fn a_map_that_does_not_load_is_reported_and_compare_mode_stays_off() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.journey.ron");
    std::fs::write(&broken, "(format: 3, title: ").unwrap();
    let journey = templates::find("blank").unwrap().journey().unwrap();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1200.0, 800.0))
        .build_eframe(move |_cc| {
            JourneyApp::new(Document::untitled(journey), RecentFiles::load(None))
        });
    harness.run();
    harness.state_mut().request(Action::CompareWith(broken));
    harness.run();
    assert!(!harness.state().is_comparing());
    let notice = harness.state().notice().unwrap_or_default().to_owned();
    assert!(notice.contains("broken.journey.ron"), "{notice}");
}
