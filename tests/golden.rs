//! The PNG export of a template, compared with a stored image.
//!
//! To regenerate after a deliberate change in drawing: `UPDATE_SNAPSHOTS=1 cargo test --test golden`,
//! then look at tests/snapshots/*.png before committing them.

use journeymap::export::{self, ExportOptions};
use journeymap::model::Language;
use journeymap::scene::ThemeKind;
use journeymap::templates;
use std::path::PathBuf;

/// A pixel differs when any channel is off by more than this.
const CHANNEL_TOLERANCE: i32 = 24;
/// The share of pixels that may differ (anti-aliasing and font rasterizer noise).
const MAX_DIFFERENT_SHARE: f64 = 0.002;

fn check_golden(template: &str, language: Language, options: &ExportOptions, name: &str) {
    let journey = templates::find(template)
        .unwrap()
        .journey_in(language)
        .unwrap();
    // The template's pictures, where a map made from it keeps them.
    let folder = tempfile::tempdir().unwrap();
    let assets = folder.path().join("assets");
    templates::write_pictures(&journey, &assets).unwrap();
    let options = ExportOptions {
        pictures: Some(assets),
        ..options.clone()
    };
    let rendered = export::render(&journey, &options).unwrap();
    assert!(rendered.problems.is_empty(), "{:?}", rendered.problems);
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, export::encode_png(&rendered).unwrap()).unwrap();
        return;
    }
    let expected = image::open(&path)
        .unwrap_or_else(|e| {
            panic!(
                "{}: {e}; run with UPDATE_SNAPSHOTS=1 to create it",
                path.display()
            )
        })
        .to_rgba8();
    assert_eq!(
        (expected.width(), expected.height()),
        (rendered.width, rendered.height),
        "image size"
    );
    let different = expected
        .as_raw()
        .chunks_exact(4)
        .zip(rendered.rgba.chunks_exact(4))
        .filter(|(a, b)| {
            a.iter()
                .zip(b.iter())
                .any(|(x, y)| (i32::from(*x) - i32::from(*y)).abs() > CHANNEL_TOLERANCE)
        })
        .count();
    // Everything is blended over the opaque paper, so every pixel stays opaque: the export
    // relies on it to skip unmultiplying.
    assert!(
        rendered.rgba.chunks_exact(4).all(|p| p[3] == 255),
        "{name}: a pixel is not opaque"
    );
    let share = different as f64 / f64::from(rendered.width * rendered.height);
    assert!(
        share <= MAX_DIFFERENT_SHARE,
        "{name}: {different} pixels ({:.3}%) differ",
        share * 100.0
    );
}

#[test]
fn lifecycle_light_matches_the_stored_image() {
    check_golden(
        "lifecycle",
        Language::English,
        &ExportOptions {
            scale: 1.0,
            theme: ThemeKind::Light,
            pictures: None,
        },
        "lifecycle-light.png",
    );
}

/// Looked at: stages run from the right, Persian text joined and read right to left, «» quotes
/// and ٪ signs where a Persian reader expects them, KPI numbers in Persian digits.
#[test]
fn persian_lifecycle_matches_the_stored_image() {
    check_golden(
        "lifecycle",
        Language::Persian,
        &ExportOptions {
            scale: 1.0,
            theme: ThemeKind::Light,
            pictures: None,
        },
        "lifecycle-fa-light.png",
    );
}

/// Looked at: Cyrillic text with ё and «», the eight stages of the Russian article, dark theme.
#[test]
fn russian_full_cycle_matches_the_stored_image() {
    check_golden(
        "full-cycle",
        Language::Russian,
        &ExportOptions {
            scale: 1.0,
            theme: ThemeKind::Dark,
            pictures: None,
        },
        "full-cycle-ru-dark.png",
    );
}

#[test]
fn rendering_differs_when_the_map_differs() {
    // Guards the golden test itself: a changed map must not pass as the stored one.
    let mut journey = templates::find("lifecycle").unwrap().journey().unwrap();
    let before = export::render(&journey, &ExportOptions::default()).unwrap();
    journey.cards[1].title = "Something else entirely".into();
    let after = export::render(&journey, &ExportOptions::default()).unwrap();
    assert_ne!(before.rgba, after.rgba);
}
