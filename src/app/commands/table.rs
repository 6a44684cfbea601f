//! The table of commands: words, keys, and where the README documents them.

use super::{Binding, Command, Context};
use crate::model::Direction;
use egui::{Key, KeyboardShortcut, Modifiers};

/// A command's words and keys.
pub(super) struct Entry {
    pub(super) command: Command,
    /// Text that finds the command's row in one of the README's tables ("" when it has no keys).
    pub(super) readme: &'static str,
    pub(super) label: &'static str,
    pub(super) tooltip: &'static str,
    pub(super) bindings: &'static [Binding],
}

const NONE: Modifiers = Modifiers::NONE;
const CTRL: Modifiers = Modifiers::COMMAND;
const SHIFT: Modifiers = Modifiers::SHIFT;
const CTRL_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

const fn key(modifiers: Modifiers, key: Key, context: Context) -> Binding {
    Binding {
        keys: KeyboardShortcut::new(modifiers, key),
        context,
        reading: None,
    }
}

const fn reading(key_: Key, context: Context, direction: Direction) -> Binding {
    Binding {
        reading: Some(direction),
        ..key(NONE, key_, context)
    }
}

use Context::{Capturing, Editor, Map, Presenting};
use Direction::{LeftToRight as Ltr, RightToLeft as Rtl};

/// Undo, redo and save work while presenting too: a workshop's edits are ordinary edits.
const UNDO: &[Binding] = &[key(CTRL, Key::Z, Editor), key(CTRL, Key::Z, Presenting)];
const REDO: &[Binding] = &[
    key(CTRL_SHIFT, Key::Z, Editor),
    key(CTRL, Key::Y, Editor),
    key(CTRL_SHIFT, Key::Z, Presenting),
    key(CTRL, Key::Y, Presenting),
];

/// The table, in the order the presentation help lists its keys.
pub(super) const TABLE: &[Entry] = &[
    Entry {
        command: Command::NewBlank,
        readme: "| new |",
        label: "New blank map",
        tooltip: "Start a new, empty map",
        bindings: &[key(CTRL, Key::N, Editor)],
    },
    Entry {
        command: Command::Open,
        readme: "| open |",
        label: "Open…",
        tooltip: "Open a map, or import a Mermaid, Markdown or CSV file",
        bindings: &[key(CTRL, Key::O, Editor)],
    },
    Entry {
        command: Command::Save,
        readme: "| save |",
        label: "Save",
        tooltip: "Save the map",
        bindings: &[key(CTRL, Key::S, Editor), key(CTRL, Key::S, Presenting)],
    },
    Entry {
        command: Command::SaveAs,
        readme: "| save |",
        label: "Save As…",
        tooltip: "Save the map under a new name",
        bindings: &[key(CTRL_SHIFT, Key::S, Editor)],
    },
    Entry {
        command: Command::ShowExport,
        readme: "| export |",
        label: "Export PNG…",
        tooltip: "Export the map as a picture",
        bindings: &[key(CTRL, Key::E, Editor)],
    },
    Entry {
        command: Command::ExportMermaid,
        readme: "",
        label: "Export Mermaid…",
        tooltip: "Write the touchpoints as a Mermaid journey",
        bindings: &[],
    },
    Entry {
        command: Command::ExportMarkdown,
        readme: "",
        label: "Export Markdown report…",
        tooltip: "Write a report of the map in Markdown",
        bindings: &[],
    },
    Entry {
        command: Command::Quit,
        readme: "| quit |",
        label: "Quit",
        tooltip: "Close journeymap",
        bindings: &[key(CTRL, Key::Q, Editor)],
    },
    Entry {
        command: Command::Undo,
        readme: "| undo / redo |",
        label: "Undo",
        tooltip: "Undo the last change",
        bindings: UNDO,
    },
    Entry {
        command: Command::Redo,
        readme: "| undo / redo |",
        label: "Redo",
        tooltip: "Redo the change undone last",
        bindings: REDO,
    },
    Entry {
        command: Command::CopyMermaid,
        readme: "",
        label: "Copy as Mermaid",
        tooltip: "Put the map on the clipboard as a Mermaid journey",
        bindings: &[],
    },
    Entry {
        command: Command::ToggleDirection,
        readme: "",
        label: "Make right-to-left",
        tooltip: "Make the map read right to left, or left to right",
        bindings: &[],
    },
    Entry {
        command: Command::Delete,
        readme: "| delete, duplicate |",
        label: "Delete",
        tooltip: "Delete the selected cards, stage or lane",
        bindings: &[key(NONE, Key::Delete, Map), key(NONE, Key::Backspace, Map)],
    },
    Entry {
        command: Command::Duplicate,
        readme: "| delete, duplicate |",
        label: "Duplicate",
        tooltip: "Duplicate the selected cards",
        bindings: &[key(CTRL, Key::D, Map)],
    },
    Entry {
        command: Command::EditTitle,
        readme: "| edit text |",
        label: "Edit title on the map",
        tooltip: "Type the card's title where it is on the map",
        bindings: &[key(NONE, Key::F2, Map)],
    },
    Entry {
        command: Command::SelectUp,
        readme: "| select |",
        label: "Select the card above",
        tooltip: "Select the nearest card above",
        bindings: &[key(NONE, Key::ArrowUp, Map)],
    },
    Entry {
        command: Command::SelectDown,
        readme: "| select |",
        label: "Select the card below",
        tooltip: "Select the nearest card below",
        bindings: &[key(NONE, Key::ArrowDown, Map)],
    },
    Entry {
        command: Command::SelectLeft,
        readme: "| select |",
        label: "Select the card to the left",
        tooltip: "Select the nearest card to the left",
        bindings: &[key(NONE, Key::ArrowLeft, Map)],
    },
    Entry {
        command: Command::SelectRight,
        readme: "| select |",
        label: "Select the card to the right",
        tooltip: "Select the nearest card to the right",
        bindings: &[key(NONE, Key::ArrowRight, Map)],
    },
    Entry {
        command: Command::ClearSelection,
        readme: "| select |",
        label: "Clear the selection",
        tooltip: "Select nothing",
        bindings: &[key(NONE, Key::Escape, Map)],
    },
    Entry {
        command: Command::FitMap,
        readme: "| zoom |",
        label: "Fit map",
        tooltip: "Show the whole map",
        bindings: &[key(CTRL, Key::Num0, Editor)],
    },
    Entry {
        command: Command::ZoomIn,
        readme: "| zoom |",
        label: "Zoom in",
        tooltip: "Zoom in one step",
        bindings: &[key(CTRL, Key::Equals, Editor), key(CTRL, Key::Plus, Editor)],
    },
    Entry {
        command: Command::ZoomOut,
        readme: "| zoom |",
        label: "Zoom out",
        tooltip: "Zoom out one step",
        bindings: &[key(CTRL, Key::Minus, Editor)],
    },
    Entry {
        command: Command::Present,
        readme: "| present |",
        label: "Present",
        tooltip: "Present the map full screen, stage by stage; F5 again leaves",
        bindings: &[key(NONE, Key::F5, Editor), key(NONE, Key::F5, Presenting)],
    },
    Entry {
        command: Command::NextStage,
        readme: "next / previous stage",
        label: "Next stage",
        tooltip: "Next stage (in a right-to-left map Left is next; Page Down and Space always go forward)",
        bindings: &[
            reading(Key::ArrowRight, Presenting, Ltr),
            reading(Key::ArrowLeft, Presenting, Rtl),
            key(NONE, Key::PageDown, Presenting),
            key(NONE, Key::Space, Presenting),
        ],
    },
    Entry {
        command: Command::PreviousStage,
        readme: "next / previous stage",
        label: "Previous stage",
        tooltip: "Previous stage",
        bindings: &[
            reading(Key::ArrowLeft, Presenting, Ltr),
            reading(Key::ArrowRight, Presenting, Rtl),
            key(NONE, Key::PageUp, Presenting),
        ],
    },
    Entry {
        command: Command::FirstStage,
        readme: "first / last stage",
        label: "First stage",
        tooltip: "First stage",
        bindings: &[key(NONE, Key::Home, Presenting)],
    },
    Entry {
        command: Command::LastStage,
        readme: "first / last stage",
        label: "Last stage",
        tooltip: "Last stage",
        bindings: &[key(NONE, Key::End, Presenting)],
    },
    Entry {
        command: Command::ScrollUp,
        readme: "scroll the stage",
        label: "Scroll up",
        tooltip: "Scroll the stage up",
        bindings: &[key(NONE, Key::ArrowUp, Presenting)],
    },
    Entry {
        command: Command::ScrollDown,
        readme: "scroll the stage",
        label: "Scroll down",
        tooltip: "Scroll the stage down",
        bindings: &[key(NONE, Key::ArrowDown, Presenting)],
    },
    Entry {
        command: Command::ToggleOverview,
        readme: "overview of the whole map",
        label: "Overview",
        tooltip: "Overview of the whole map, and back",
        bindings: &[key(NONE, Key::O, Presenting)],
    },
    Entry {
        command: Command::FocusNextPersona,
        readme: "one persona's curve",
        label: "Persona focus",
        tooltip: "One persona's curve at a time, then all again",
        bindings: &[key(NONE, Key::P, Presenting)],
    },
    Entry {
        command: Command::CaptureIdea,
        readme: "capture an idea",
        label: "Capture an idea",
        tooltip: "Capture an idea in this stage",
        bindings: &[key(NONE, Key::N, Presenting)],
    },
    Entry {
        command: Command::CaptureNextLane,
        readme: "while capturing",
        label: "Next lane",
        tooltip: "While capturing: next lane (Thoughts, Pain points, Opportunities first)",
        bindings: &[key(NONE, Key::Tab, Capturing)],
    },
    Entry {
        command: Command::CapturePreviousLane,
        readme: "while capturing",
        label: "Previous lane",
        tooltip: "While capturing: previous lane",
        bindings: &[key(SHIFT, Key::Tab, Capturing)],
    },
    Entry {
        command: Command::CaptureAdd,
        readme: "while capturing",
        label: "Add the idea",
        tooltip: "While capturing: add the card",
        bindings: &[key(NONE, Key::Enter, Capturing)],
    },
    Entry {
        command: Command::CaptureCancel,
        readme: "while capturing",
        label: "Cancel the idea",
        tooltip: "While capturing: cancel",
        bindings: &[key(NONE, Key::Escape, Capturing)],
    },
    Entry {
        command: Command::ToggleVoting,
        readme: "voting:",
        label: "Voting",
        tooltip: "Voting: click a card to give it a dot vote, Shift+click to take one back",
        bindings: &[key(NONE, Key::V, Presenting)],
    },
    Entry {
        command: Command::SortByVotes,
        readme: "sort this stage's",
        label: "Sort by votes",
        tooltip: "Sort this stage's pain points and opportunities by votes",
        bindings: &[key(NONE, Key::S, Presenting)],
    },
    Entry {
        command: Command::ToggleTimer,
        readme: "the timer in the corner",
        label: "Timer",
        tooltip: "Start / stop the timer",
        bindings: &[key(NONE, Key::T, Presenting)],
    },
    Entry {
        command: Command::ToggleHelp,
        readme: "the key help",
        label: "Key help",
        tooltip: "This help",
        bindings: &[
            key(NONE, Key::Questionmark, Presenting),
            key(SHIFT, Key::Questionmark, Presenting),
            key(SHIFT, Key::Slash, Presenting),
            key(NONE, Key::F1, Presenting),
        ],
    },
    Entry {
        command: Command::Back,
        readme: "leave the presentation",
        label: "Back",
        tooltip: "Close the help, stop voting, or leave the presentation",
        bindings: &[key(NONE, Key::Escape, Presenting)],
    },
];

/// Labels that read differently in a right-to-left map.
pub(super) const RIGHT_TO_LEFT_LABELS: &[(Command, &str)] =
    &[(Command::ToggleDirection, "Make left-to-right")];
