//! The real app driven through egui_kittest, by accessibility labels.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::recent::RecentFiles;
use journeymap::app::{Document, JourneyApp};
use journeymap::templates;

fn app_on(template: &str) -> Harness<'static, JourneyApp> {
    let journey = templates::find(template).unwrap().journey().unwrap();
    Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_eframe(move |_cc| {
            JourneyApp::new(Document::untitled(journey), RecentFiles::load(None))
        })
}

#[test]
fn file_menu_has_save() {
    let mut harness = app_on("lifecycle");
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Save Ctrl+S");
    harness.get_by_label("Save As… Ctrl+Shift+S");
    harness.get_by_label("Export PNG… Ctrl+E");
}

#[test]
fn renaming_the_map_is_one_undoable_edit() {
    let mut harness = app_on("lifecycle");
    let original = harness.state().document().journey().clone();
    let field = harness.get_by_label("Title:");
    field.click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label("Title:").type_text("Hotel stay");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().document().journey().title, "Hotel stay");
    assert!(harness.state().document().is_dirty());
    harness.get_by_label("⟲ Undo").click();
    harness.run();
    assert_eq!(*harness.state().document().journey(), original);
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn keyboard_zoom_and_fit_change_the_view_not_the_document() {
    let mut harness = app_on("full-cycle");
    harness.run();
    let fitted = harness.state().view();
    assert!(fitted.width() > 100.0);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Equals);
    harness.run();
    let zoomed = harness.state().view();
    assert!(
        zoomed.width() < fitted.width() * 0.9,
        "{zoomed:?} vs {fitted:?}"
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num0);
    harness.run();
    let refitted = harness.state().view();
    assert!(
        (refitted.width() - fitted.width()).abs() < 1.0,
        "{refitted:?} vs {fitted:?}"
    );
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn ctrl_wheel_zooms_and_middle_dragging_pans() {
    let mut harness = app_on("full-cycle");
    harness.run();
    let fitted = harness.state().view();
    let center = egui::pos2(700.0, 450.0);
    harness.hover_at(center);
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Line,
        delta: egui::vec2(0.0, 3.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
        modifiers: egui::Modifiers::COMMAND,
    });
    harness.run();
    let zoomed = harness.state().view();
    assert!(
        zoomed.width() < fitted.width() * 0.95,
        "{zoomed:?} vs {fitted:?}"
    );

    // Middle-button drag pans (a primary drag on empty space selects with a rubber band).
    let button = |pos, pressed| egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Middle,
        pressed,
        modifiers: egui::Modifiers::NONE,
    };
    let end = center + egui::vec2(-200.0, 0.0);
    harness.event(button(center, true));
    harness.run();
    for step in 1..=4 {
        harness.event(egui::Event::PointerMoved(
            center + egui::vec2(-50.0 * step as f32, 0.0),
        ));
        harness.run();
    }
    harness.event(button(end, false));
    harness.run();
    let panned = harness.state().view();
    assert!(
        panned.min.x > zoomed.min.x + 50.0,
        "{panned:?} vs {zoomed:?}"
    );
    assert!((panned.width() - zoomed.width()).abs() < 0.5);
}

#[test]
fn a_bad_file_is_reported_and_the_open_map_stays() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("broken.journey.ron");
    std::fs::write(&bad, "(format: 1, journey: (title: 5))").unwrap();
    let mut harness = app_on("lifecycle");
    let before = harness.state().document().journey().clone();
    harness
        .state_mut()
        .request(journeymap::app::Action::OpenPath(bad.clone()));
    harness.run();
    let notice = harness
        .state()
        .notice()
        .expect("a notice is shown")
        .to_owned();
    assert!(notice.contains("broken.journey.ron:1:"), "{notice}");
    assert_eq!(*harness.state().document().journey(), before);
    harness.get_by_label("OK").click();
    harness.run();
    assert!(harness.state().notice().is_none());
    assert_eq!(
        std::fs::read_to_string(&bad).unwrap(),
        "(format: 1, journey: (title: 5))"
    );
}

#[test]
fn opening_another_map_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other.journey.ron");
    let buyer = templates::find("buyer").unwrap().journey().unwrap();
    journeymap::file::save(&buyer, &other).unwrap();

    let mut harness = app_on("lifecycle");
    harness
        .state_mut()
        .request(journeymap::app::Command::ToggleDirection);
    harness.run();
    assert!(harness.state().document().is_dirty());
    let edited = harness.state().document().journey().clone();

    harness
        .state_mut()
        .request(journeymap::app::Action::OpenPath(other.clone()));
    harness.run();
    harness.get_by_label("Save changes?");
    assert_eq!(
        *harness.state().document().journey(),
        edited,
        "nothing replaced before the answer"
    );
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(*harness.state().document().journey(), edited);

    harness
        .state_mut()
        .request(journeymap::app::Action::OpenPath(other.clone()));
    harness.run();
    harness.get_by_label("Don't save").click();
    harness.run();
    assert_eq!(*harness.state().document().journey(), buyer);
    assert_eq!(harness.state().document().path(), Some(other.as_path()));
}

#[test]
fn escape_cancels_renaming() {
    let mut harness = app_on("lifecycle");
    harness.get_by_label("Title:").click();
    harness.run();
    harness.get_by_label("Title:").type_text(" draft");
    harness.run();
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(
        harness.state().document().journey().title,
        "Cat mugs: from first ad to advocate"
    );
    assert!(!harness.state().document().can_undo());
}

#[test]
fn opening_a_mermaid_file_imports_it_as_a_new_unsaved_map() {
    let source =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/working-day.mmd");
    let before = std::fs::read(&source).unwrap();
    let mut harness = app_on("lifecycle");
    harness
        .state_mut()
        .request(journeymap::app::Action::OpenPath(source.clone()));
    harness.run();
    let document = harness.state().document();
    assert_eq!(document.journey().title, "My working day");
    assert_eq!(document.journey().cards.len(), 5);
    assert_eq!(
        document.path(),
        None,
        "saving asks for a new name: the .mmd is never overwritten"
    );
    assert!(
        harness
            .state()
            .status()
            .unwrap()
            .contains("Imported 5 cards")
    );

    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label("Copy as Mermaid").click();
    harness.run();
    assert!(
        harness
            .state()
            .status()
            .unwrap()
            .starts_with("Copied the map as a Mermaid journey")
    );
    assert_eq!(std::fs::read(&source).unwrap(), before);
}

#[test]
fn a_new_map_can_be_made_in_persian_from_the_file_menu() {
    let mut harness = app_on("blank");
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("New from template").hover();
    harness.run();
    harness.get_by_label("فارسی").click();
    harness.run();
    harness.get_by_label("Customer lifecycle").click();
    harness.run();
    let journey = harness.state().document().journey().clone();
    assert_eq!(journey.language, journeymap::model::Language::Persian);
    assert_eq!(journey.direction, journeymap::model::Direction::RightToLeft);
    assert_eq!(journey.stages[0].name, "آگاهی");
    // The map is drawn (every glyph found: kittest fails on missing ones).
    harness.run();
}
