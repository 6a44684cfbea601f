//! Round-trip and error tests of the file format.

use super::*;
use crate::model::{Card, CardId, LaneId, PersonaId, Score, StageId};
use std::path::PathBuf;

fn example() -> Journey {
    crate::templates::find("full-cycle")
        .unwrap()
        .journey()
        .unwrap()
}

fn parse_err(text: &str) -> LoadError {
    parse(text, Path::new("m.journey.ron")).unwrap_err()
}

#[test]
fn save_then_load_gives_the_same_document() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.journey.ron");
    let mut journey = example();
    journey.title = "Сравнение предложений — سفر مشتری — Müşteri yolculuğu".into();
    let mut card = Card::new(
        CardId(999),
        journey.stages[1].id,
        journey.lanes[0].id,
        7,
        "line one\nline \"two\"",
    );
    card.emotions.insert(PersonaId(1), Score::new(-2).unwrap());
    card.tags = vec!["vip".into()];
    journey.cards.push(Box::new(card));
    save(&journey, &path).unwrap();
    assert_eq!(load(&path).unwrap(), journey);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("Сравнение предложений"),
        "non-Latin text is stored as typed, not escaped"
    );
    assert!(text.contains(&format!("format: {FORMAT_VERSION}")));
}

#[test]
fn saving_keeps_the_previous_version_as_backup_and_leaves_no_temp_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.journey.ron");
    let mut journey = example();
    save(&journey, &path).unwrap();
    assert!(
        !backup_path(&path).exists(),
        "no backup before there was a previous version"
    );
    let first = std::fs::read(&path).unwrap();
    journey.title = "Second".into();
    save(&journey, &path).unwrap();
    assert_eq!(std::fs::read(backup_path(&path)).unwrap(), first);
    assert_eq!(load(&path).unwrap().title, "Second");
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 2, "only the map and its backup: {names:?}");
}

#[test]
fn unwritable_folder_is_an_error_naming_the_file() {
    let path = PathBuf::from("/nonexistent-folder/m.journey.ron");
    let error = save(&example(), &path).unwrap_err().to_string();
    assert!(
        error.starts_with("/nonexistent-folder/m.journey.ron: cannot save"),
        "{error}"
    );
}

#[test]
fn syntax_errors_name_line_and_column() {
    let error = parse_err("(\n  format: 1,\n  journey: (\n    title: \"x\",\n    oops\n");
    let message = error.to_string();
    assert!(message.starts_with("m.journey.ron:5:"), "{message}");
}

#[test]
fn not_ron_is_a_clear_error() {
    let message = parse_err("<html>hello</html>").to_string();
    assert!(message.starts_with("m.journey.ron:1:1:"), "{message}");
}

#[test]
fn truncated_file_says_it_ends_too_early() {
    let text = to_text(&example());
    let message = parse_err(&text[..text.len() / 2]).to_string();
    assert!(message.contains("ends too early"), "{message}");
}

#[test]
fn wrong_field_type_is_reported_with_position() {
    let text = to_text(&example())
        .replacen("format: 1,", "format: 1,\n", 1)
        .replacen("title: \"Buying", "title: 42, x: \"Buying", 1);
    let message = parse_err(&text).to_string();
    assert!(message.starts_with("m.journey.ron:"), "{message}");
    assert!(message.to_lowercase().contains("string"), "{message}");
}

#[test]
fn unknown_lane_kind_lists_the_known_ones() {
    let text = to_text(&example()).replacen("kind: Actions", "kind: Dreams", 1);
    let message = parse_err(&text).to_string();
    assert!(message.contains("Dreams"), "{message}");
    assert!(message.contains("Touchpoints"), "{message}");
}

#[test]
fn emotion_score_out_of_range_is_refused() {
    let text = to_text(&example()).replacen("1: 1,", "1: 7,", 1);
    let message = parse_err(&text).to_string();
    assert!(
        message.contains("emotion score 7 is out of range"),
        "{message}"
    );
}

#[test]
fn kpi_numbers_must_be_finite() {
    for bad in ["NaN", "inf", "-inf"] {
        let text =
            to_text(&example()).replacen("value: Some(4.1)", &format!("value: Some({bad})"), 1);
        let message = parse_err(&text).to_string();
        assert!(
            message.contains("is not a finite number"),
            "{bad}: {message}"
        );
    }
}

#[test]
fn newer_format_is_refused() {
    let newer = FORMAT_VERSION + 1;
    let text = to_text(&example()).replacen(
        &format!("format: {FORMAT_VERSION},"),
        &format!("format: {newer},"),
        1,
    );
    assert!(matches!(
        parse_err(&text),
        LoadError::NewerVersion { found, .. } if found == newer
    ));
    assert!(
        parse_err(&text)
            .to_string()
            .contains("newer than this journeymap understands")
    );
}

#[test]
fn a_newer_map_this_build_cannot_read_is_named_newer_not_broken() {
    let newer = FORMAT_VERSION + 1;
    // A newer format may change what a field holds: this build reads the file no further
    // than its version.
    let text = to_text(&example())
        .replacen(
            &format!("format: {FORMAT_VERSION},"),
            &format!("format: {newer},"),
            1,
        )
        .replacen("stage: 1,", "stage: (number: 1),", 1);
    assert!(matches!(
        parse_err(&text),
        LoadError::NewerVersion { found, .. } if found == newer
    ));
    // The same change at this build's format is a plain error, with its place.
    let current = to_text(&example()).replacen("stage: 1,", "stage: (number: 1),", 1);
    assert!(matches!(parse_err(&current), LoadError::Syntax { .. }));
    let unknown =
        to_text(&example()).replacen(&format!("format: {FORMAT_VERSION},"), "format: 0,", 1);
    assert!(matches!(
        parse_err(&unknown),
        LoadError::UnknownVersion { found: 0, .. }
    ));
}

#[test]
fn dangling_references_are_reported() {
    let text = to_text(&example()).replacen("stage: 1,", "stage: 77,", 1);
    let error = parse_err(&text);
    assert!(
        error.to_string().contains("stage 77, which does not exist"),
        "{error}"
    );
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let message = parse_err(&text).to_string();
    assert!(message.starts_with("m.journey.ron:"), "{message}");
}

#[test]
fn oversized_file_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.journey.ron");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(MAX_FILE_BYTES + 1).unwrap();
    assert!(matches!(load(&path), Err(LoadError::TooLarge { .. })));
}

#[test]
fn missing_file_names_the_file() {
    let message = load(Path::new("/no/such/map.journey.ron"))
        .unwrap_err()
        .to_string();
    assert!(
        message.starts_with("/no/such/map.journey.ron: cannot read"),
        "{message}"
    );
}

#[test]
fn binary_file_is_not_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.journey.ron");
    std::fs::write(&path, b"(\n format: \xff\xfe").unwrap();
    let message = load(&path).unwrap_err().to_string();
    assert!(
        message.contains(":2:10: this is not a text file"),
        "{message}"
    );
}

#[test]
fn ids_and_file_are_stable_across_saves() {
    let journey = example();
    assert_eq!(
        to_text(&journey),
        to_text(&parse(&to_text(&journey), Path::new("x")).unwrap())
    );
    assert!(journey.problems().is_empty());
    assert_eq!(
        journey.stage(StageId(1)).unwrap().name,
        "Information search"
    );
    assert_eq!(journey.lane(LaneId(2)).unwrap().name, "Touchpoints");
}

#[test]
fn limits_are_enforced_with_clear_messages() {
    let mut journey = example();
    journey.cards[0].body = "x".repeat(MAX_FIELD_CHARS + 1);
    let message = parse_err(&to_text(&journey)).to_string();
    assert!(
        message.contains("card 1 has a text longer than the limit of 100000 characters"),
        "{message}"
    );

    let mut journey = example();
    let card = journey.cards[0].clone();
    journey.cards = (1..=MAX_CARDS as u64 + 1)
        .map(|i| {
            Box::new(Card {
                id: CardId(i),
                ..(*card).clone()
            })
        })
        .collect();
    let message = parse_err(&to_text(&journey)).to_string();
    assert!(
        message.contains("more than the limit of 100000"),
        "{message}"
    );
}

mod arbitrary;

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    #[test]
    fn any_valid_document_saves_and_loads_back_identical(journey in arbitrary::journey()) {
        proptest::prop_assert!(journey.problems().is_empty());
        let text = to_text(&journey);
        let back = parse(&text, Path::new("p.journey.ron"));
        proptest::prop_assert!(back.is_ok(), "{:?}\n{}", back.err(), text);
        proptest::prop_assert_eq!(back.unwrap(), journey);
    }
}
