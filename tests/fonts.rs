//! Every character of the articles the product is built from (Persian, Arabic, Turkish,
//! Russian) has a glyph in the bundled fonts, so none is drawn as a box on screen or in PNG.

use egui::{FontFamily, FontId};
use std::collections::BTreeSet;

fn seed_texts() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/seeds");
    let mut texts: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    texts.sort();
    assert_eq!(texts.len(), 5, "the five seed articles");
    texts
}

/// Characters that have no glyph of their own in any font: line breaks, and variation
/// selectors, which only pick the style of the emoji before them.
fn drawn(c: char) -> bool {
    !c.is_control() && !('\u{FE00}'..='\u{FE0F}').contains(&c)
}

fn missing_glyphs(ctx: &egui::Context, text: &str) -> BTreeSet<char> {
    let font = FontId::new(14.0, FontFamily::Proportional);
    let mut missing = BTreeSet::new();
    let output = ctx.run_ui(egui::RawInput::default(), |ui| {
        ui.ctx().fonts_mut(|fonts| {
            for c in text.chars().filter(|&c| drawn(c)) {
                if !fonts.has_glyph(&font, c) {
                    missing.insert(c);
                }
            }
        });
    });
    output.drop_without_applying_deltas();
    missing
}

#[test]
fn every_character_of_every_seed_article_has_a_glyph() {
    let ctx = journeymap::fonts::context();
    for (name, text) in seed_texts() {
        let missing = missing_glyphs(&ctx, &text);
        assert!(
            missing.is_empty(),
            "{name}: no glyph for {:?}",
            missing
                .iter()
                .map(|c| format!("{c} U+{:04X}", *c as u32))
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn egui_alone_lacks_the_persian_letters_and_some_emoji() {
    // Guards the test above: without the bundled fallbacks it would fail.
    let missing = missing_glyphs(&egui::Context::default(), "پچژگی 🤔 Ğğİış Жж");
    assert_eq!(missing, "پچژگی🤔".chars().collect());
}

#[test]
fn every_character_of_every_message_of_the_window_has_a_glyph() {
    let ctx = journeymap::fonts::context();
    for (language, source) in journeymap::i18n::SOURCES {
        let missing = missing_glyphs(&ctx, source);
        assert!(
            missing.is_empty(),
            "{}.ftl: no glyph for {:?}",
            language.code(),
            missing
                .iter()
                .map(|c| format!("{c} U+{:04X}", *c as u32))
                .collect::<Vec<_>>()
        );
    }
}
