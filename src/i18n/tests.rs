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
    for call in ["tr(\"", "tr_args(\""] {
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
