//! Right-to-left text in the window's own widgets is drawn in visual order, while what screen
//! readers and tests find stays in logical order. Checked on the real app with Persian and Arabic
//! maps: the galleys egui is given to draw are read back from the frame's shapes.

use egui::epaint::Shape;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::recent::RecentFiles;
use journeymap::app::{Document, JourneyApp};
use journeymap::model::Language;
use journeymap::templates;

/// The lifecycle template in `language`, in an English window.
fn app_in(language: Language) -> Harness<'static, JourneyApp> {
    app_with(language, Language::English)
}

/// The lifecycle template in `map`, in a window in `window`.
fn app_with(map: Language, window: Language) -> Harness<'static, JourneyApp> {
    let journey = templates::find("lifecycle")
        .unwrap()
        .journey_in(map)
        .unwrap();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_eframe(move |_cc| {
            JourneyApp::new(Document::untitled(journey), RecentFiles::load(None))
                .with_ui_language(window)
        });
    harness.run();
    harness.run();
    harness
}

/// Selects the first scored card of the third stage, and returns the frame's texts.
fn select_a_card(harness: &mut Harness<'_, JourneyApp>) -> Vec<String> {
    let journey = harness.state().document().journey().clone();
    let card = journey
        .cards
        .iter()
        .find(|c| c.stage == journey.stages[2].id && c.channel.is_some())
        .unwrap();
    harness
        .get_by_label(&journeymap::app::canvas::card_label(&card.title))
        .click();
    harness.run();
    drawn(harness)
}

fn collect(shape: &Shape, out: &mut Vec<String>) {
    match shape {
        Shape::Text(text) => out.push(text.galley.text().to_owned()),
        Shape::Vec(shapes) => shapes.iter().for_each(|s| collect(s, out)),
        _ => {}
    }
}

/// Every text drawn by egui's widgets in the last frame (the map itself is drawn as meshes).
fn drawn(harness: &Harness<'_, JourneyApp>) -> Vec<String> {
    let mut out = Vec::new();
    for clipped in &harness.output().shapes {
        collect(&clipped.shape, &mut out);
    }
    out
}

fn assert_drawn(texts: &[String], visual: &str, logical: &str) {
    assert!(
        texts.iter().any(|t| t.contains(visual)),
        "{visual:?} is not drawn; drawn: {texts:?}"
    );
    assert!(
        !texts.iter().any(|t| t.contains(logical)),
        "{logical:?} is drawn in typed order"
    );
}

#[test]
fn persian_labels_entries_and_fields_read_right_to_left() {
    let mut harness = app_in(Language::Persian);
    let texts = drawn(&harness);
    // The title field, not focused: the words from the right.
    assert_drawn(
        &texts,
        "وفادار مشتری تا تبلیغ اولین از :گربه ماگ‌های",
        "ماگ‌های گربه: از اولین تبلیغ تا مشتری وفادار",
    );
    // The lane list of the map inspector: checkboxes.
    assert_drawn(&texts, "(Touchpoints) تماس نقاط", "نقاط تماس (Touchpoints)");
    // Found by what it says, in typed order.
    harness.get_by_label("نقاط تماس (Touchpoints)");

    // A card's inspector: its stage in a combo box, its persona in a checkbox.
    let journey = harness.state().document().journey().clone();
    let card = journey
        .cards
        .iter()
        .find(|c| c.stage == journey.stages[2].id && !c.emotions.is_empty())
        .unwrap();
    harness
        .get_by_label(&journeymap::app::canvas::card_label(&card.title))
        .click();
    harness.run();
    let texts = drawn(&harness);
    assert_drawn(&texts, "مشتری کردن همراه", "همراه کردن مشتری");
    harness.get_by_label("Stage");
}

#[test]
fn a_persian_window_with_a_persian_map_reads_right_to_left() {
    let mut harness = app_with(Language::Persian, Language::Persian);
    let texts = drawn(&harness);
    assert_drawn(
        &texts,
        "وفادار مشتری تا تبلیغ اولین از :گربه ماگ‌های",
        "ماگ‌های گربه: از اولین تبلیغ تا مشتری وفادار",
    );
    // The window's own words: the toolbar, the map inspector, the status bar (digits too).
    assert_drawn(&texts, "نقشه کل", "کل نقشه");
    assert_drawn(&texts, "مرحله افزودن", "افزودن مرحله");
    assert_drawn(&texts, "تماس نقاط", "نقاط تماس");
    // Persian digits go to egui backwards: its shaper lays Arabic script, digits included,
    // right to left, which brings them back to "۳۰" (see layout::bidi).
    assert_drawn(&texts, "کارت ۵۳", "۳۵ کارت");
    harness.get_by_label("افزودن مرحله");
    harness.get_by_label("نقاط تماس");
    // A card: the stage combo, and the channel combo in the window's language.
    let texts = select_a_card(&mut harness);
    assert_drawn(&texts, "مشتری کردن همراه", "همراه کردن مشتری");
    harness.get_by_label("مرحله");
}

#[test]
fn an_arabic_window_with_an_arabic_map_reads_right_to_left() {
    let mut harness = app_with(Language::Arabic, Language::Arabic);
    let texts = drawn(&harness);
    assert_drawn(
        &texts,
        "المناصر العميل إلى إعلان أول من :القطط أكواب",
        "أكواب القطط: من أول إعلان إلى العميل المناصر",
    );
    assert_drawn(&texts, "كاملة الخريطة", "الخريطة كاملة");
    assert_drawn(&texts, "مرحلة إضافة", "إضافة مرحلة");
    assert_drawn(&texts, "الاتصال نقاط", "نقاط الاتصال");
    harness.get_by_label("العنوان:");
    let texts = select_a_card(&mut harness);
    assert_drawn(&texts, "بالعميل الترحيب", "الترحيب بالعميل");
}

#[test]
fn switching_the_language_changes_every_word_at_once_and_not_the_map() {
    let mut harness = app_in(Language::Persian);
    let before = harness.state().document().journey().clone();
    harness.get_by_label("View").click();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Language")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::RadioButton, "فارسی")
        .click();
    harness.run();
    harness.run();
    assert_eq!(harness.state().ui_language(), Language::Persian);
    // Menus, toolbar, inspector: found by their words in typed order…
    harness.get_by_label("پرونده");
    harness.get_by_label("کل نقشه");
    harness.get_by_label("افزودن مرحله");
    assert!(
        harness.query_by_label("File").is_none(),
        "no English left in the menu bar"
    );
    // …and drawn in visual order.
    let texts = drawn(&harness);
    assert_drawn(&texts, "نقشه کل", "کل نقشه");
    assert_drawn(&texts, "نشده ذخیره هنوز", "هنوز ذخیره نشده");
    assert_eq!(*harness.state().document().journey(), before);
    assert!(
        !harness.state().document().is_dirty(),
        "the map is untouched"
    );

    // Mirrored, submenus would open to the right, away from the reader: their entries are in
    // the menu itself. Switching back to English is one click in View.
    harness.get_by_label("پرونده").click();
    harness.run();
    harness.get_by_label("چرخهٔ عمر مشتری");
    harness.key_press(egui::Key::Escape);
    harness.run();
    harness.get_by_label("نما").click();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::RadioButton, "English")
        .click();
    harness.run();
    assert_eq!(harness.state().ui_language(), Language::English);
    harness.get_by_label("File");
}

/// A file that cannot be opened is reported in the window's language, drawn right to left, with
/// the file's name as it is.
#[test]
fn a_persian_window_reports_a_bad_file_in_persian() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.journey.ron");
    std::fs::write(&empty, "\n").unwrap();
    let mut harness = app_with(Language::Persian, Language::Persian);
    harness
        .state_mut()
        .request(journeymap::app::Action::OpenPath(empty.clone()));
    harness.run();
    let notice = harness.state().notice().expect("a notice").to_owned();
    assert!(
        notice.ends_with("empty.journey.ron:1:1: فایل خالی است؛ نقشهٔ سفر انتظار می‌رفت"),
        "{notice}"
    );
    harness.run();
    let texts = drawn(&harness);
    // The line starts with the file's name, so it is a left-to-right paragraph whose Persian
    // run reads from its right end.
    assert_drawn(
        &texts,
        "empty.journey.ron:1:1: می\u{200c}رفت انتظار سفر نقشهٔ است؛ خالی فایل",
        "فایل خالی است",
    );
}

/// Where `words` is drawn: the left edge of the text shape that is exactly them.
fn drawn_at(harness: &Harness<'_, JourneyApp>, words: &str) -> f32 {
    fn find(shape: &Shape, words: &str) -> Option<f32> {
        match shape {
            Shape::Text(text) if text.galley.text() == words => Some(text.pos.x),
            Shape::Vec(shapes) => shapes.iter().find_map(|s| find(s, words)),
            _ => None,
        }
    }
    harness
        .output()
        .shapes
        .iter()
        .find_map(|clipped| find(&clipped.shape, words))
        .unwrap_or_else(|| panic!("{words:?} is not drawn"))
}

/// Menus of a mirrored window read from the right: an entry's words at the right, its key at
/// the left, entries that are names (templates, recent files) at the right edge too; in an
/// English window the other way round.
#[test]
fn menu_entries_put_their_words_where_the_reader_starts() {
    let mut harness = app_with(Language::Persian, Language::Persian);
    harness.get_by_label("پرونده").click();
    harness.run();
    harness.get_by_label("ذخیره Ctrl+S");
    let (words, key) = (drawn_at(&harness, "ذخیره"), drawn_at(&harness, "Ctrl+S"));
    assert!(words > key + 100.0, "words at {words}, key at {key}");
    // "سفر خریدار" (Buyer's journey), drawn in visual order.
    let template = drawn_at(&harness, "خریدار سفر");
    assert!(template > key + 100.0, "a template's name at {template}");

    let mut harness = app_with(Language::Persian, Language::English);
    harness.get_by_label("File").click();
    harness.run();
    let (words, key) = (drawn_at(&harness, "Save"), drawn_at(&harness, "Ctrl+S"));
    assert!(key > words + 100.0, "words at {words}, key at {key}");
}
