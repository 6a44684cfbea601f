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
