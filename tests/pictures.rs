//! Picture flows on the real app, driven with egui_kittest: Picture… in the inspector (its
//! file dialog answered in advance), files dropped on the window, a persona's photo, and undo.
//! Each asserts on the document and on the files stored.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::recent::RecentFiles;
use journeymap::app::{Document, JourneyApp};
use journeymap::model::{Journey, LaneKind};
use journeymap::templates;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A PNG file of `width` × `height` at `path`.
fn png_file(path: &Path, width: u32, height: u32) -> PathBuf {
    let image = image::RgbaImage::from_pixel(width, height, image::Rgba([40, 120, 200, 255]));
    image.save(path).unwrap();
    path.to_owned()
}

/// The lifecycle template without its pictures: no storyboard lane, no photos.
fn plain_lifecycle() -> Journey {
    templates::without_pictures(templates::find("lifecycle").unwrap().journey().unwrap())
}

/// The app on the lifecycle template without pictures, not saved yet, keeping pictures in
/// `assets`, answering its file dialogs with `answers`.
fn app(assets: &Path, answers: Vec<PathBuf>) -> Harness<'static, JourneyApp> {
    let journey = plain_lifecycle();
    let assets = assets.to_owned();
    // Room for the frames the picture worker asks for when a picture is decoded.
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .with_max_steps(40)
        .build_eframe(move |_cc| {
            JourneyApp::new(Document::untitled(journey), RecentFiles::load(None))
                .with_unsaved_assets(assets)
                .with_file_answers(answers)
        });
    harness.run();
    harness
}

fn journey(harness: &Harness<'_, JourneyApp>) -> Journey {
    harness.state().document().journey().clone()
}

fn click_card(harness: &mut Harness<'_, JourneyApp>, title: &str) {
    harness
        .get_by_label(&journeymap::app::canvas::card_label(title))
        .click();
    harness.run();
}

fn undo(harness: &mut Harness<'_, JourneyApp>) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
}

/// The files in `folder` by name, but for the template's own pictures.
fn stored(folder: &Path) -> Vec<String> {
    let template = |name: &str| templates::PICTURES.iter().any(|(n, _)| *n == name);
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .filter(|name| !template(name))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn drop_files(harness: &mut Harness<'_, JourneyApp>, files: &[PathBuf]) {
    for file in files {
        let dropped: Arc<dyn egui::DroppedFile + Send + Sync> = Arc::new(Dropped(file.clone()));
        harness.input_mut().dropped_files.push(dropped);
    }
    harness.run();
    harness.run();
}

#[test]
fn a_picture_chosen_in_the_inspector_goes_on_the_card_and_undo_takes_it_off() {
    let folder = tempfile::tempdir().unwrap();
    let assets = folder.path().join("assets");
    let screenshot = png_file(&folder.path().join("checkout.png"), 300, 200);
    let mut harness = app(&assets, vec![screenshot]);
    let title = "Product page and checkout";
    click_card(&mut harness, title);
    harness.get_by_label("Picture…").click();
    harness.run();
    harness.run();

    let card = journey(&harness)
        .cards
        .into_iter()
        .find(|c| c.title == title)
        .unwrap();
    let picture = card.image.expect("the card has the picture");
    assert_eq!(picture.size, [300, 200]);
    assert_eq!(stored(&assets), std::slice::from_ref(&picture.name));
    // The inspector now offers to replace or remove it.
    harness.get_by_label("Replace picture…");
    harness.get_by_label("Remove picture");

    undo(&mut harness);
    let card = journey(&harness)
        .cards
        .into_iter()
        .find(|c| c.title == title)
        .unwrap();
    assert_eq!(card.image, None);
    // The file stays: redo, or another map, may still name it.
    assert_eq!(stored(&assets), [picture.name]);
}

#[test]
fn removing_a_picture_in_the_inspector_is_undoable() {
    let folder = tempfile::tempdir().unwrap();
    let assets = folder.path().join("assets");
    let screenshot = png_file(&folder.path().join("ad.png"), 120, 90);
    let mut harness = app(&assets, vec![screenshot]);
    let title = "Welcome email series";
    click_card(&mut harness, title);
    harness.get_by_label("Picture…").click();
    harness.run();
    harness.run();
    harness.get_by_label("Remove picture").click();
    harness.run();
    let image = |harness: &Harness<'_, JourneyApp>| {
        let journey = journey(harness);
        journey
            .cards
            .iter()
            .find(|c| c.title == title)
            .unwrap()
            .image
            .clone()
    };
    assert_eq!(image(&harness), None);
    undo(&mut harness);
    assert_eq!(image(&harness).map(|p| p.size), Some([120, 90]));
}

#[test]
fn a_file_dropped_on_a_selected_card_becomes_its_picture_and_with_nothing_selected_a_storyboard_card()
 {
    let folder = tempfile::tempdir().unwrap();
    let assets = folder.path().join("assets");
    let first = png_file(&folder.path().join("feed.png"), 200, 100);
    let second = png_file(&folder.path().join("unboxing.png"), 100, 100);
    let mut harness = app(&assets, Vec::new());
    let before = journey(&harness);

    let title = "Scrolls the social feed";
    click_card(&mut harness, title);
    drop_files(&mut harness, std::slice::from_ref(&first));
    let after = journey(&harness);
    let card = after.cards.iter().find(|c| c.title == title).unwrap();
    assert_eq!(card.image.as_ref().map(|p| p.size), Some([200, 100]));
    assert_eq!(after.cards.len(), before.cards.len(), "no card was made");

    // Nothing selected: both files become cards of a new storyboard lane, in one undo step.
    harness.key_press(egui::Key::Escape);
    harness.run();
    drop_files(&mut harness, &[first, second]);
    let after = journey(&harness);
    let lane = after
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Images)
        .expect("a storyboard lane was added");
    let storyboard: Vec<&str> = after
        .cards
        .iter()
        .filter(|c| c.lane == lane.id)
        .map(|c| c.title.as_str())
        .collect();
    assert_eq!(storyboard, ["feed", "unboxing"]);
    assert_eq!(stored(&assets).len(), 2, "the same picture is stored once");
    undo(&mut harness);
    let undone = journey(&harness);
    assert!(undone.lanes.iter().all(|l| l.kind != LaneKind::Images));
    assert_eq!(undone.cards.len(), before.cards.len());
}

#[test]
fn a_persona_gets_a_photo_from_the_persona_panel() {
    let folder = tempfile::tempdir().unwrap();
    let assets = folder.path().join("assets");
    let photo = png_file(&folder.path().join("mina.png"), 64, 80);
    let mut harness = app(&assets, vec![photo]);
    harness.get_all_by_label("✏").next().unwrap().click();
    harness.run();
    harness.get_by_label("Photo…").click();
    harness.run();
    harness.run();
    let persona = journey(&harness).personas[0].clone();
    assert_eq!(persona.photo.map(|p| p.size), Some([64, 80]));
    harness.get_by_label("Remove photo").click();
    harness.run();
    assert_eq!(journey(&harness).personas[0].photo, None);
}

#[test]
fn save_as_carries_the_pictures_along_and_the_saved_map_shows_them() {
    let folder = tempfile::tempdir().unwrap();
    let unsaved = folder.path().join("data/assets");
    let photo = png_file(&folder.path().join("mina.png"), 30, 40);
    let (first, second) = (
        folder.path().join("one/map.journey.ron"),
        folder.path().join("two/copy.journey.ron"),
    );
    std::fs::create_dir_all(first.parent().unwrap()).unwrap();
    std::fs::create_dir_all(second.parent().unwrap()).unwrap();
    let mut harness = app(&unsaved, vec![photo, first.clone(), second.clone()]);
    click_card(&mut harness, "Welcome email series");
    harness.get_by_label("Picture…").click();
    harness.run();
    let name = journey(&harness)
        .cards
        .iter()
        .find_map(|c| c.image.clone())
        .unwrap()
        .name;
    // Not saved yet: kept in the data folder.
    assert_eq!(stored(&unsaved), std::slice::from_ref(&name));
    for path in [&first, &second] {
        harness
            .state_mut()
            .request(journeymap::app::Command::SaveAs);
        harness.run();
        let beside = path.parent().unwrap().join("assets");
        assert_eq!(stored(&beside), std::slice::from_ref(&name), "{path:?}");
        let saved = journeymap::file::load(path).unwrap();
        assert!(saved.pictures().any(|p| p.name == name));
        assert_eq!(harness.state().document().path(), Some(path.as_path()));
    }
}

#[test]
fn cards_pasted_from_another_map_bring_their_pictures_into_this_maps_folder() {
    let folder = tempfile::tempdir().unwrap();
    let (theirs, ours) = (
        folder.path().join("a/assets"),
        folder.path().join("b/assets"),
    );
    let shelf = journeymap::file::pictures::store_file(
        &theirs,
        &png_file(&folder.path().join("shelf.png"), 50, 20),
    )
    .unwrap();
    let mut source = plain_lifecycle();
    source.cards[2].image = Some(Box::new(journeymap::model::Picture {
        name: shelf.name.clone(),
        size: shelf.size,
    }));
    let text =
        journeymap::interop::clipboard::copy_from(&source, &[source.cards[2].id], Some(&theirs));

    let mut harness = app(&ours, Vec::new());
    let before = journey(&harness).cards.len();
    harness
        .state_mut()
        .request(journeymap::app::Action::Paste(text));
    harness.run();
    let after = journey(&harness);
    assert_eq!(after.cards.len(), before + 1);
    assert_eq!(after.pictures().count(), 1);
    assert_eq!(stored(&ours), [shelf.name]);
}

#[test]
fn file_pictures_lists_the_folder_and_removes_only_the_unused_after_asking() {
    let folder = tempfile::tempdir().unwrap();
    let assets = folder.path().join("assets");
    let used = png_file(&folder.path().join("used.png"), 30, 20);
    let unused = journeymap::file::pictures::store_file(
        &assets,
        &png_file(&folder.path().join("unused.png"), 10, 10),
    )
    .unwrap();
    let mut harness = app(&assets, vec![used]);
    click_card(&mut harness, "Welcome email series");
    harness.get_by_label("Picture…").click();
    harness.run();
    // Taken off again: undo could bring it back, so it still counts as used.
    harness.get_by_label("Remove picture").click();
    harness.run();
    assert_eq!(stored(&assets).len(), 2);

    harness
        .state_mut()
        .request(journeymap::app::Command::ShowPictures);
    harness.run();
    harness.get_by_label("30 × 20");
    harness.get_by_label("not used");
    harness.get_by_label("Remove unused (1)").click();
    harness.run();
    // Nothing is removed before the user confirms.
    assert_eq!(stored(&assets).len(), 2);
    harness.get_by_label("Remove").click();
    harness.run();
    let left = stored(&assets);
    assert_eq!(left.len(), 1);
    assert!(!left.contains(&unused.name));
    assert!(
        harness.query_by_label("Pictures").is_none(),
        "the dialog closed"
    );
}

#[test]
fn an_image_pasted_from_the_clipboard_is_stored_as_png_and_undone_in_one_step() {
    let folder = tempfile::tempdir().unwrap();
    let assets = folder.path().join("assets");
    let mut harness = app(&assets, Vec::new());
    let before = journey(&harness);
    let image = egui::ColorImage::filled([12, 8], egui::Color32::from_rgb(200, 30, 90));
    harness
        .input_mut()
        .events
        .push(egui::Event::PasteImage(Arc::new(image)));
    harness.run();
    let after = journey(&harness);
    let new: Vec<_> = after
        .cards
        .iter()
        .filter(|c| before.card(c.id).is_none())
        .collect();
    assert_eq!(new.len(), 1);
    let picture = new[0].image.clone().expect("the new card has the picture");
    assert_eq!(picture.size, [12, 8]);
    assert!(picture.name.ends_with(".png"));
    assert_eq!(new[0].title, "New picture");
    assert_eq!(stored(&assets), [picture.name]);
    undo(&mut harness);
    assert_eq!(journey(&harness), before);
}
