//! The layers stay layers: the inner ones (model, edit, file, interop, diff, merge, layout,
//! scene, the presentation rules, export) never name egui's UI types or anything of the app, outside their
//! tests. Geometry and text types from epaint and emath are allowed. Known exception: the
//! export runs a headless egui pass (a `Context` and a `Painter`) to shape text and tessellate.

use std::path::{Path, PathBuf};

/// Words that belong to the window, not to the layers inside it.
const UI_WORDS: [&str; 7] = [
    "Ui",
    "Context",
    "Response",
    "Painter",
    "crate::app",
    "eframe",
    "egui_kittest",
];

/// Inner layers, and the words each may still use (with why).
const LAYERS: [(&str, &[&str]); 10] = [
    ("model", &[]),
    ("edit", &[]),
    ("file", &[]),
    ("interop", &[]),
    ("diff", &[]),
    ("merge", &[]),
    ("layout", &[]),
    ("scene", &[]),
    ("presentation_rules.rs", &[]),
    // The headless pass that shapes text and tessellates the scene off screen.
    ("export", &["Context", "Painter"]),
];

fn rust_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .expect("a source folder")
            .map(|e| e.expect("an entry").path())
            .collect();
        entries.sort();
        for entry in entries {
            rust_files(&entry, out);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        out.push(path.to_owned());
    }
}

/// The code of a file without its tests: test files are skipped by name, and a file's
/// `#[cfg(test)]` module (always at its end here) is cut off.
fn code_without_tests(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_string_lossy();
    if name == "tests.rs" || name.ends_with("_tests.rs") {
        return None;
    }
    let text = std::fs::read_to_string(path).ok()?;
    let end = text.find("#[cfg(test)]").unwrap_or(text.len());
    Some(text[..end].to_owned())
}

/// Whether `word` occurs in `code` as a whole word (not inside another name), outside comments.
fn names(code: &str, word: &str) -> Option<usize> {
    code.lines().enumerate().find_map(|(number, line)| {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(at) = rest.find(word) {
            let before = rest[..at].chars().next_back();
            let after = rest[at + word.len()..].chars().next();
            let part_of_name = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
            if !part_of_name(before) && !part_of_name(after) {
                return Some(number + 1);
            }
            rest = &rest[at + word.len()..];
        }
        None
    })
}

#[test]
fn inner_layers_name_no_ui_types_and_nothing_of_the_app() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    for (layer, allowed) in LAYERS {
        let mut files = Vec::new();
        rust_files(&src.join(layer), &mut files);
        assert!(!files.is_empty(), "no source for {layer}");
        for file in files {
            let Some(code) = code_without_tests(&file) else {
                continue;
            };
            for word in UI_WORDS.iter().filter(|w| !allowed.contains(w)) {
                if let Some(line) = names(&code, word) {
                    found.push(format!("{}:{line}: names {word}", file.display()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "inner layers reach into the window:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_finds_what_it_looks_for() {
    assert_eq!(names("fn f(ui: &mut egui::Ui) {}", "Ui"), Some(1));
    assert_eq!(
        names("let x = 1;\nuse crate::app::Command;", "crate::app"),
        Some(2)
    );
    assert_eq!(
        names("// a Ui in a comment\nlet uid = 1; UiLike", "Ui"),
        None
    );
    assert_eq!(names("struct ContextMenu;", "Context"), None);
}
