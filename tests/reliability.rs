//! Files changed or unwritable under the editor: warned, never silently overwritten, nothing lost.

use egui::Modifiers;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::recent::RecentFiles;
use journeymap::app::{Document, JourneyApp};
use journeymap::file;
use journeymap::templates;
use std::path::Path;

fn app_on_file(path: &Path) -> Harness<'static, JourneyApp> {
    let journey = file::load(path).unwrap();
    let path = path.to_owned();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_eframe(move |_cc| {
            JourneyApp::new(Document::opened(journey, path), RecentFiles::load(None))
        });
    harness.run();
    harness
}

/// The lifecycle map without its pictures: they load on a worker thread whose repaints would make
/// how many steps `Harness::run` takes depend on the machine's speed (seen: a CI run failing with
/// "exceeded max_steps" on the pictures' repaints), and these tests are about saving.
fn lifecycle() -> journeymap::model::Journey {
    templates::without_pictures(templates::find("lifecycle").unwrap().journey().unwrap())
}

fn edit_something(harness: &mut Harness<'_, JourneyApp>) {
    harness
        .get_by_label("Referral code shared with friends")
        .click();
    harness.run();
    harness.key_press(egui::Key::Delete);
    harness.run();
    assert!(harness.state().document().is_dirty());
}

fn someone_else_saves(path: &Path) -> journeymap::model::Journey {
    let mut other = file::load(path).unwrap();
    other.title = "Changed by a colleague".into();
    file::save(&other, path).unwrap();
    other
}

#[test]
fn saving_over_a_file_changed_on_disk_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.journey.ron");
    file::save(&lifecycle(), &path).unwrap();
    let mut harness = app_on_file(&path);
    edit_something(&mut harness);
    let theirs = someone_else_saves(&path);

    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    harness.run();
    harness.get_by_label("The file changed on disk");
    assert_eq!(
        file::load(&path).unwrap(),
        theirs,
        "nothing overwritten before the answer"
    );
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(file::load(&path).unwrap(), theirs);
    assert!(harness.state().document().is_dirty());

    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    harness.run();
    harness.get_by_label("Overwrite with this version").click();
    harness.run();
    assert_eq!(
        file::load(&path).unwrap(),
        *harness.state().document().journey()
    );
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn returning_to_the_window_offers_to_reload_a_changed_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.journey.ron");
    file::save(&lifecycle(), &path).unwrap();
    let mut harness = app_on_file(&path);
    let theirs = someone_else_saves(&path);
    harness.event(egui::Event::WindowFocused(true));
    harness.run();
    harness.get_by_label("The file changed on disk");
    harness.get_by_label("Reload").click();
    harness.run();
    assert_eq!(*harness.state().document().journey(), theirs);
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn a_failed_save_keeps_the_document_unsaved_and_intact_and_save_as_still_works() {
    let dir = tempfile::tempdir().unwrap();
    // A "folder" that is a file: no process can write below it, not even root.
    let not_a_folder = dir.path().join("plain-file");
    std::fs::write(&not_a_folder, "x").unwrap();
    let journey = lifecycle();
    let mut document = Document::opened(journey.clone(), not_a_folder.join("map.journey.ron"));
    let error = document
        .save_to(&not_a_folder.join("map.journey.ron"))
        .unwrap_err()
        .to_string();
    assert!(error.contains("cannot save"), "{error}");
    assert_eq!(*document.journey(), journey);
    let elsewhere = dir.path().join("saved-as.journey.ron");
    document.save_to(&elsewhere).unwrap();
    assert_eq!(file::load(&elsewhere).unwrap(), journey);

    // In the app: the error is shown, and the map stays open with its changes.
    let journey_for_app = journey.clone();
    let target = not_a_folder.join("map.journey.ron");
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_eframe(move |_cc| {
            JourneyApp::new(
                Document::opened(journey_for_app, target),
                RecentFiles::load(None),
            )
        });
    harness.run();
    edit_something(&mut harness);
    let edited = harness.state().document().journey().clone();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    harness.run();
    let notice = harness.state().notice().unwrap().to_owned();
    assert!(
        notice.contains("cannot save") && notice.contains("try Save As"),
        "{notice}"
    );
    assert!(harness.state().document().is_dirty());
    assert_eq!(*harness.state().document().journey(), edited);
}
