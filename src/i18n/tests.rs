//! The translation files: complete, consistent, all used.

use super::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Each message of a Fluent file with the variables it uses (`$name`, without `-shown`).
fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current = None;
    for line in source.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(' ')
            && let Some((id, _)) = line.split_once(" = ")
        {
            current = Some(id.trim().to_owned());
            out.entry(id.trim().to_owned()).or_default();
        }
        let Some(id) = &current else { continue };
        let mut rest = line;
        while let Some(at) = rest.find('$') {
            let name: String = rest[at + 1..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            let name = name.trim_end_matches("-shown").to_owned();
            out.entry(id.clone()).or_default().insert(name);
            rest = &rest[at + 1..];
        }
    }
    out
}

#[test]
fn every_file_parses() {
    for (language, source) in SOURCES {
        if let Err((_, errors)) = FluentResource::try_new(source.to_owned()) {
            panic!("{}.ftl: {errors:?}", language.code());
        }
    }
}

#[test]
fn every_language_has_every_message_with_the_same_placeables() {
    let english = messages(SOURCES[0].1);
    assert!(english.len() > 100, "{} messages", english.len());
    for (language, source) in &SOURCES[1..] {
        let other = messages(source);
        let code = language.code();
        for (id, variables) in &english {
            let Some(theirs) = other.get(id) else {
                panic!("{code}.ftl lacks {id}");
            };
            assert_eq!(theirs, variables, "{code}.ftl: {id} has other placeables");
        }
        for id in other.keys() {
            assert!(
                english.contains_key(id),
                "{code}.ftl has {id}, which en.ftl has not"
            );
        }
    }
}

#[test]
fn every_message_is_used_and_every_used_message_exists() {
    let english = messages(SOURCES[0].1);
    let mut code = String::new();
    let mut files = Vec::new();
    collect_rust(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    for file in files {
        code.push_str(&std::fs::read_to_string(file).unwrap_or_default());
    }
    for id in english.keys() {
        assert!(
            code.contains(&format!("\"{id}\"")),
            "{id} is in en.ftl but nothing uses it"
        );
    }
    for call in ["tr(\"", "tr_args(\"", "Message::new(\""] {
        let mut rest = code.as_str();
        while let Some(at) = rest.find(call) {
            // A call of ours, not the end of another name (`attr("`).
            let own = !rest[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_');
            let after = &rest[at + call.len()..];
            let id = after.split('"').next().unwrap_or("");
            assert!(
                !own || english.contains_key(id),
                "{id} is used but not in en.ftl"
            );
            rest = after;
        }
    }
}

fn collect_rust(path: &Path, out: &mut Vec<std::path::PathBuf>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).into_iter().flatten().flatten() {
            collect_rust(&entry.path(), out);
        }
    } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n/tests.rs") {
        out.push(path.to_owned());
    }
}

#[test]
fn counts_choose_plural_forms_and_the_language_s_digits() {
    set_language(Language::English);
    assert_eq!(
        tr_args("inspector-cards", &[("count", Arg::Count(1))]),
        "1 card"
    );
    assert_eq!(
        tr_args("inspector-cards", &[("count", Arg::Count(3))]),
        "3 cards"
    );
    set_language(Language::Russian);
    assert_eq!(
        tr_args("inspector-cards", &[("count", Arg::Count(2))]),
        "2 карточки"
    );
    assert_eq!(
        tr_args("inspector-cards", &[("count", Arg::Count(5))]),
        "5 карточек"
    );
    assert_eq!(
        tr_args("inspector-cards", &[("count", Arg::Count(21))]),
        "21 карточка"
    );
    set_language(Language::Persian);
    assert_eq!(
        tr_args("inspector-cards", &[("count", Arg::Count(12))]),
        "۱۲ کارت"
    );
    set_language(Language::Arabic);
    assert!(tr_args("inspector-cards", &[("count", Arg::Count(12))]).starts_with("١٢"));
    set_language(Language::English);
}

#[test]
fn the_locale_picks_the_language() {
    assert_eq!(from_locale(Some("fa-IR")), Language::Persian);
    assert_eq!(from_locale(Some("ar_EG.UTF-8")), Language::Arabic);
    assert_eq!(from_locale(Some("tr")), Language::Turkish);
    assert_eq!(from_locale(Some("ru-RU")), Language::Russian);
    assert_eq!(from_locale(Some("de-DE")), Language::English);
    assert_eq!(from_locale(None), Language::English);
}

/// What the inner layers say is worded when shown: the same error in the window's language, and
/// in English (the command line's) again after.
#[test]
fn errors_of_the_inner_layers_speak_the_window_s_language() {
    let path = Path::new("نقشه.journey.ron");
    let empty = crate::file::parse("  ", path).unwrap_err();
    let truncated = crate::file::parse("(format: 1, journey: (", path).unwrap_err();
    set_language(Language::Persian);
    assert_eq!(
        empty.to_string(),
        "نقشه.journey.ron:1:1: فایل خالی است؛ نقشهٔ سفر انتظار می‌رفت"
    );
    assert!(truncated.to_string().contains("زودتر از انتظار تمام می‌شود"));
    set_language(Language::Russian);
    let missing = crate::file::load(Path::new("/nowhere/m.journey.ron")).unwrap_err();
    let shown = missing.to_string();
    assert!(
        shown.starts_with("/nowhere/m.journey.ron: не удаётся прочитать файл: нет такого файла"),
        "{shown}"
    );
    // The system's own words stay, for a search or a bug report.
    assert!(shown.contains("os error 2"), "{shown}");
    set_language(Language::English);
    assert_eq!(
        empty.to_string(),
        "نقشه.journey.ron:1:1: the file is empty; expected a journey map"
    );
}

#[test]
fn notes_list_a_few_items_and_count_the_rest_in_the_reader_s_words() {
    let items: Vec<String> = (1..=8).map(|n| format!("\"L{n}\"")).collect();
    let note = crate::interop::Note::listing(
        Message::new("csv-unknown-lanes").text("file", "a.csv"),
        items,
    );
    set_language(Language::Arabic);
    let shown = note.to_string();
    assert!(
        shown.starts_with("a.csv: مسارات من نوع غير معروف"),
        "{shown}"
    );
    assert!(shown.ends_with("\"L4\"؛ \"L5\"؛ و٣ غيرها"), "{shown}");
    set_language(Language::Russian);
    assert!(note.to_string().ends_with("\"L5\"; и ещё 3"), "{note}");
    set_language(Language::English);
    assert!(note.show(true).ends_with("\"L7\"; \"L8\""), "{note}");
    assert!(note.to_string().ends_with("\"L5\"; and 3 more"), "{note}");
}

#[test]
fn refusals_of_edits_and_pastes_are_translated() {
    let journey = crate::templates::find("blank")
        .and_then(|t| t.journey().ok())
        .expect("the blank template");
    let fallback = (journey.stages[0].id, journey.lanes[0].id);
    let refused = crate::interop::clipboard::paste(&journey, "hello", fallback).unwrap_err();
    set_language(Language::Turkish);
    assert_eq!(
        refused.to_string(),
        "Panoda journeymap kartları yok; hiçbir şey yapıştırılmadı."
    );
    set_language(Language::English);
    assert!(
        refused
            .to_string()
            .starts_with("The clipboard does not hold")
    );
}
