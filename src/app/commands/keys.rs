//! Reading the keys of commands from egui's input, and naming keys in words.

use super::Command;
use super::Context;
use super::table::TABLE;
use crate::model::Direction;
use egui::{Key, KeyboardShortcut, Modifiers};

/// The commands whose keys were pressed this frame in `contexts`, taking those key presses
/// away from the widgets. More specific keys are looked at first (Ctrl+Shift+Z before Ctrl+Z).
pub fn pressed(ctx: &egui::Context, contexts: &[Context], direction: Direction) -> Vec<Command> {
    let mut bindings: Vec<(Command, KeyboardShortcut)> = TABLE
        .iter()
        .flat_map(|e| e.bindings.iter().map(move |b| (e.command, *b)))
        .filter(|(_, b)| contexts.contains(&b.context) && b.reading.is_none_or(|r| r == direction))
        .map(|(c, b)| (c, b.keys))
        .collect();
    bindings.sort_by_key(|(_, keys)| std::cmp::Reverse(modifier_count(keys.modifiers)));
    let mut commands = Vec::new();
    for (command, keys) in bindings {
        if ctx.input_mut(|i| i.consume_shortcut(&keys)) {
            commands.push(command);
        }
    }
    commands
}

fn modifier_count(modifiers: Modifiers) -> usize {
    [
        modifiers.shift,
        modifiers.command || modifiers.ctrl,
        modifiers.alt,
    ]
    .iter()
    .filter(|m| **m)
    .count()
}

/// A key with its modifiers in words: "Ctrl+Shift+Z", "Page Down", "Right". Words, because the
/// bundled fonts have no arrow symbols.
pub fn shortcut_words(keys: &KeyboardShortcut) -> String {
    let mut words = String::new();
    if keys.modifiers.command || keys.modifiers.ctrl {
        words.push_str("Ctrl+");
    }
    if keys.modifiers.alt {
        words.push_str("Alt+");
    }
    // "?" is typed with Shift on most keyboards; the key is named by what it types.
    let shifted_symbol = matches!(keys.logical_key, Key::Questionmark | Key::Slash);
    if keys.modifiers.shift && !shifted_symbol {
        words.push_str("Shift+");
    }
    words.push_str(key_name(keys.logical_key));
    words
}

/// The name of a key as the README and the help write it.
pub fn key_name(key: Key) -> &'static str {
    match key {
        Key::ArrowRight => "Right",
        Key::ArrowLeft => "Left",
        Key::ArrowUp => "Up",
        Key::ArrowDown => "Down",
        Key::PageDown => "Page Down",
        Key::PageUp => "Page Up",
        Key::Escape => "Esc",
        Key::Questionmark | Key::Slash => "?",
        Key::Equals => "=",
        Key::Plus => "plus",
        Key::Minus => "minus",
        Key::Num0 => "0",
        other => other.name(),
    }
}
