//! The command table against itself and against the README.

use super::*;
use std::collections::HashSet;

const README: &str = include_str!("../../../README.md");

/// The README's table rows (lines starting with `|`), lower-cased.
fn readme_rows() -> Vec<String> {
    README
        .lines()
        .filter(|l| l.starts_with('|'))
        .map(str::to_lowercase)
        .collect()
}

/// The rows of the presentation key table: from its header to the first line that is no row.
fn presentation_rows() -> Vec<&'static str> {
    let start = README
        .find("| key | what it does |")
        .expect("the README has the presentation key table");
    README[start..]
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .collect()
}

#[test]
fn every_command_is_in_the_table_once() {
    let all: Vec<Command> = Command::all().collect();
    let unique: HashSet<Command> = all.iter().copied().collect();
    assert_eq!(all.len(), unique.len(), "a command has two rows");
    for command in all {
        assert!(!command.label().is_empty(), "{command:?}");
        assert!(!command.tooltip().is_empty(), "{command:?}");
    }
}

#[test]
fn no_key_means_two_things_in_one_place() {
    let mut seen = HashSet::new();
    for command in Command::all() {
        for binding in command.bindings() {
            for direction in [Direction::LeftToRight, Direction::RightToLeft] {
                if binding.reading.is_some_and(|r| r != direction) {
                    continue;
                }
                let place = (
                    format!("{:?}", binding.keys),
                    format!("{:?}", binding.context),
                    format!("{direction:?}"),
                );
                assert!(
                    seen.insert(place.clone()),
                    "{place:?} is bound twice ({command:?})"
                );
            }
        }
    }
}

#[test]
fn in_a_right_to_left_map_the_left_arrow_is_next() {
    let left = KeyboardShortcut::new(egui::Modifiers::NONE, egui::Key::ArrowLeft);
    let next_rtl = Command::NextStage.keys_in(Context::Presenting, Direction::RightToLeft);
    let next_ltr = Command::NextStage.keys_in(Context::Presenting, Direction::LeftToRight);
    assert!(next_rtl.contains(&left));
    assert!(!next_ltr.contains(&left));
    assert_eq!(shortcut_words(&next_ltr[0]), "Right");
}

#[test]
fn every_key_is_in_its_readme_row() {
    let rows = readme_rows();
    for command in Command::all() {
        if command.bindings().is_empty() {
            continue;
        }
        let phrase = command.readme_row().to_lowercase();
        assert!(!phrase.is_empty(), "{command:?} has keys but no README row");
        let row = rows
            .iter()
            .find(|r| r.contains(&phrase))
            .unwrap_or_else(|| panic!("no README row contains {phrase:?} ({command:?})"));
        for binding in command.bindings() {
            let words = shortcut_words(&binding.keys).to_lowercase();
            assert!(
                row.contains(&words),
                "the README row for {command:?} does not name {words:?}: {row}"
            );
        }
    }
}

#[test]
fn every_key_in_the_readme_presentation_table_is_a_command_key() {
    let presenting: HashSet<String> = Command::all()
        .flat_map(|c| c.bindings().iter())
        .filter(|b| matches!(b.context, Context::Presenting | Context::Capturing))
        .map(|b| shortcut_words(&b.keys))
        .collect();
    let rows = presentation_rows();
    assert!(rows.len() > 10, "{rows:?}");
    for row in rows {
        let keys = row.trim_start_matches('|').split('|').next().unwrap_or("");
        for token in keys.split(',').map(str::trim).filter(|t| !t.is_empty()) {
            assert!(
                presenting.contains(token),
                "the README's presentation table names {token:?}, which is no presentation key"
            );
        }
    }
}
