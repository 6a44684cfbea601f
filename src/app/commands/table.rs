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

use Context::{Capturing, Comparing, Editor, Map, Presenting};
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
        label: "command-new-blank",
        tooltip: "command-new-blank-tip",
        bindings: &[key(CTRL, Key::N, Editor)],
    },
    Entry {
        command: Command::Open,
        readme: "| open |",
        label: "command-open",
        tooltip: "command-open-tip",
        bindings: &[key(CTRL, Key::O, Editor)],
    },
    Entry {
        command: Command::Save,
        readme: "| save |",
        label: "command-save",
        tooltip: "command-save-tip",
        bindings: &[key(CTRL, Key::S, Editor), key(CTRL, Key::S, Presenting)],
    },
    Entry {
        command: Command::SaveAs,
        readme: "| save |",
        label: "command-save-as",
        tooltip: "command-save-as-tip",
        bindings: &[key(CTRL_SHIFT, Key::S, Editor)],
    },
    Entry {
        command: Command::ShowExport,
        readme: "| export |",
        label: "command-show-export",
        tooltip: "command-show-export-tip",
        bindings: &[key(CTRL, Key::E, Editor)],
    },
    Entry {
        command: Command::ExportMermaid,
        readme: "",
        label: "command-export-mermaid",
        tooltip: "command-export-mermaid-tip",
        bindings: &[],
    },
    Entry {
        command: Command::ExportMarkdown,
        readme: "",
        label: "command-export-markdown",
        tooltip: "command-export-markdown-tip",
        bindings: &[],
    },
    Entry {
        command: Command::ShowPictures,
        readme: "",
        label: "command-pictures",
        tooltip: "command-pictures-tip",
        bindings: &[],
    },
    Entry {
        command: Command::Compare,
        readme: "",
        label: "command-compare",
        tooltip: "command-compare-tip",
        bindings: &[],
    },
    Entry {
        command: Command::LeaveCompare,
        readme: "| leave compare mode |",
        label: "command-leave-compare",
        tooltip: "command-leave-compare-tip",
        bindings: &[key(NONE, Key::Escape, Comparing)],
    },
    Entry {
        command: Command::Quit,
        readme: "| quit |",
        label: "command-quit",
        tooltip: "command-quit-tip",
        bindings: &[key(CTRL, Key::Q, Editor)],
    },
    Entry {
        command: Command::Undo,
        readme: "| undo / redo |",
        label: "command-undo",
        tooltip: "command-undo-tip",
        bindings: UNDO,
    },
    Entry {
        command: Command::Redo,
        readme: "| undo / redo |",
        label: "command-redo",
        tooltip: "command-redo-tip",
        bindings: REDO,
    },
    Entry {
        command: Command::CopyMermaid,
        readme: "",
        label: "command-copy-mermaid",
        tooltip: "command-copy-mermaid-tip",
        bindings: &[],
    },
    Entry {
        command: Command::CopyTable,
        readme: "",
        label: "command-copy-table",
        tooltip: "command-copy-table-tip",
        bindings: &[],
    },
    Entry {
        command: Command::ToggleDirection,
        readme: "",
        label: "command-toggle-direction",
        tooltip: "command-toggle-direction-tip",
        bindings: &[],
    },
    Entry {
        command: Command::Delete,
        readme: "| delete, duplicate |",
        label: "command-delete",
        tooltip: "command-delete-tip",
        bindings: &[key(NONE, Key::Delete, Map), key(NONE, Key::Backspace, Map)],
    },
    Entry {
        command: Command::Duplicate,
        readme: "| delete, duplicate |",
        label: "command-duplicate",
        tooltip: "command-duplicate-tip",
        bindings: &[key(CTRL, Key::D, Map)],
    },
    Entry {
        command: Command::EditTitle,
        readme: "| edit text |",
        label: "command-edit-title",
        tooltip: "command-edit-title-tip",
        bindings: &[key(NONE, Key::F2, Map)],
    },
    Entry {
        command: Command::SelectUp,
        readme: "| select |",
        label: "command-select-up",
        tooltip: "command-select-up-tip",
        bindings: &[key(NONE, Key::ArrowUp, Map)],
    },
    Entry {
        command: Command::SelectDown,
        readme: "| select |",
        label: "command-select-down",
        tooltip: "command-select-down-tip",
        bindings: &[key(NONE, Key::ArrowDown, Map)],
    },
    Entry {
        command: Command::SelectLeft,
        readme: "| select |",
        label: "command-select-left",
        tooltip: "command-select-left-tip",
        bindings: &[key(NONE, Key::ArrowLeft, Map)],
    },
    Entry {
        command: Command::SelectRight,
        readme: "| select |",
        label: "command-select-right",
        tooltip: "command-select-right-tip",
        bindings: &[key(NONE, Key::ArrowRight, Map)],
    },
    Entry {
        command: Command::Connect,
        readme: "| connect |",
        label: "command-connect",
        tooltip: "command-connect-tip",
        bindings: &[key(NONE, Key::L, Map)],
    },
    Entry {
        command: Command::ConfirmConnection,
        readme: "| connect |",
        label: "command-confirm-connection",
        tooltip: "command-confirm-connection-tip",
        bindings: &[key(NONE, Key::Enter, Map)],
    },
    Entry {
        command: Command::ClearSelection,
        readme: "| select |",
        label: "command-clear-selection",
        tooltip: "command-clear-selection-tip",
        bindings: &[key(NONE, Key::Escape, Map)],
    },
    Entry {
        command: Command::FitMap,
        readme: "| zoom |",
        label: "command-fit-map",
        tooltip: "command-fit-map-tip",
        bindings: &[key(CTRL, Key::Num0, Editor)],
    },
    Entry {
        command: Command::ZoomIn,
        readme: "| zoom |",
        label: "command-zoom-in",
        tooltip: "command-zoom-in-tip",
        bindings: &[key(CTRL, Key::Equals, Editor), key(CTRL, Key::Plus, Editor)],
    },
    Entry {
        command: Command::ZoomOut,
        readme: "| zoom |",
        label: "command-zoom-out",
        tooltip: "command-zoom-out-tip",
        bindings: &[key(CTRL, Key::Minus, Editor)],
    },
    Entry {
        command: Command::Present,
        readme: "| present |",
        label: "command-present",
        tooltip: "command-present-tip",
        bindings: &[key(NONE, Key::F5, Editor), key(NONE, Key::F5, Presenting)],
    },
    Entry {
        command: Command::NextStage,
        readme: "next / previous stage",
        label: "command-next-stage",
        tooltip: "command-next-stage-tip",
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
        label: "command-previous-stage",
        tooltip: "command-previous-stage-tip",
        bindings: &[
            reading(Key::ArrowLeft, Presenting, Ltr),
            reading(Key::ArrowRight, Presenting, Rtl),
            key(NONE, Key::PageUp, Presenting),
        ],
    },
    Entry {
        command: Command::FirstStage,
        readme: "first / last stage",
        label: "command-first-stage",
        tooltip: "command-first-stage-tip",
        bindings: &[key(NONE, Key::Home, Presenting)],
    },
    Entry {
        command: Command::LastStage,
        readme: "first / last stage",
        label: "command-last-stage",
        tooltip: "command-last-stage-tip",
        bindings: &[key(NONE, Key::End, Presenting)],
    },
    Entry {
        command: Command::ScrollUp,
        readme: "scroll the stage",
        label: "command-scroll-up",
        tooltip: "command-scroll-up-tip",
        bindings: &[key(NONE, Key::ArrowUp, Presenting)],
    },
    Entry {
        command: Command::ScrollDown,
        readme: "scroll the stage",
        label: "command-scroll-down",
        tooltip: "command-scroll-down-tip",
        bindings: &[key(NONE, Key::ArrowDown, Presenting)],
    },
    Entry {
        command: Command::ToggleOverview,
        readme: "overview of the whole map",
        label: "command-toggle-overview",
        tooltip: "command-toggle-overview-tip",
        bindings: &[key(NONE, Key::O, Presenting)],
    },
    Entry {
        command: Command::FocusNextPersona,
        readme: "one persona's curve",
        label: "command-focus-next-persona",
        tooltip: "command-focus-next-persona-tip",
        bindings: &[key(NONE, Key::P, Presenting)],
    },
    Entry {
        command: Command::NextFork,
        readme: "step through this stage's forks",
        label: "command-next-fork",
        tooltip: "command-next-fork-tip",
        bindings: &[key(NONE, Key::F, Presenting)],
    },
    Entry {
        command: Command::CaptureIdea,
        readme: "capture an idea",
        label: "command-capture-idea",
        tooltip: "command-capture-idea-tip",
        bindings: &[key(NONE, Key::N, Presenting)],
    },
    Entry {
        command: Command::CaptureNextLane,
        readme: "while capturing",
        label: "command-capture-next-lane",
        tooltip: "command-capture-next-lane-tip",
        bindings: &[key(NONE, Key::Tab, Capturing)],
    },
    Entry {
        command: Command::CapturePreviousLane,
        readme: "while capturing",
        label: "command-capture-previous-lane",
        tooltip: "command-capture-previous-lane-tip",
        bindings: &[key(SHIFT, Key::Tab, Capturing)],
    },
    Entry {
        command: Command::CaptureAdd,
        readme: "while capturing",
        label: "command-capture-add",
        tooltip: "command-capture-add-tip",
        bindings: &[key(NONE, Key::Enter, Capturing)],
    },
    Entry {
        command: Command::CaptureCancel,
        readme: "while capturing",
        label: "command-capture-cancel",
        tooltip: "command-capture-cancel-tip",
        bindings: &[key(NONE, Key::Escape, Capturing)],
    },
    Entry {
        command: Command::ToggleVoting,
        readme: "voting:",
        label: "command-toggle-voting",
        tooltip: "command-toggle-voting-tip",
        bindings: &[key(NONE, Key::V, Presenting)],
    },
    Entry {
        command: Command::SortByVotes,
        readme: "sort this stage's",
        label: "command-sort-by-votes",
        tooltip: "command-sort-by-votes-tip",
        bindings: &[key(NONE, Key::S, Presenting)],
    },
    Entry {
        command: Command::ToggleTimer,
        readme: "the timer in the corner",
        label: "command-toggle-timer",
        tooltip: "command-toggle-timer-tip",
        bindings: &[key(NONE, Key::T, Presenting)],
    },
    Entry {
        command: Command::ToggleHelp,
        readme: "the key help",
        label: "command-toggle-help",
        tooltip: "command-toggle-help-tip",
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
        label: "command-back",
        tooltip: "command-back-tip",
        bindings: &[key(NONE, Key::Escape, Presenting)],
    },
];

/// Labels that read differently in a right-to-left map.
pub(super) const RIGHT_TO_LEFT_LABELS: &[(Command, &str)] =
    &[(Command::ToggleDirection, "command-toggle-direction-rtl")];
