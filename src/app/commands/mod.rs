//! Everything the user can ask for by name, with its words and keys in one table: menus, toolbar
//! tooltips, inspector buttons, the presentation help and the README all take them from here.
//!
//! A command's keys depend on where the user is ([`Context`]) and, for stepping through stages,
//! on the map's reading direction: in a right-to-left map ← is "next stage".

mod keys;
mod table;

pub use keys::{key_name, pressed, shortcut_words};

use crate::model::Direction;
use egui::KeyboardShortcut;
use table::{Entry, RIGHT_TO_LEFT_LABELS, TABLE};

/// A request from the user that has a name, words and (maybe) keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Command {
    /// Start a new, blank map.
    NewBlank,
    /// Choose a file to open.
    Open,
    /// Save to the current file, or ask where.
    Save,
    /// Ask where to save, then save.
    SaveAs,
    /// Show the PNG export options.
    ShowExport,
    /// Choose another map and show what changed between it and this one.
    Compare,
    /// Leave compare mode.
    LeaveCompare,
    /// Ask where to write a Mermaid journey, then write it.
    ExportMermaid,
    /// Ask where to write a Markdown report, then write it.
    ExportMarkdown,
    /// List the pictures stored beside the map, and remove the unused ones.
    ShowPictures,
    /// Close the window (asking first if there are unsaved changes).
    Quit,
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Put the map on the clipboard as a Mermaid journey.
    CopyMermaid,
    /// Put the selected cards (or all) on the clipboard as a table, for a spreadsheet.
    CopyTable,
    /// Start connecting the selected card by keyboard: arrow keys pick the target.
    Connect,
    /// Make the connection picked by keyboard.
    ConfirmConnection,
    /// Switch between left-to-right and right-to-left.
    ToggleDirection,
    /// Delete the selected cards, stage or lane.
    Delete,
    /// Duplicate the selected cards.
    Duplicate,
    /// Edit the selected card's title on the map.
    EditTitle,
    /// Select the nearest card above, below, to the left or to the right.
    SelectUp,
    /// See [`Command::SelectUp`].
    SelectDown,
    /// See [`Command::SelectUp`].
    SelectLeft,
    /// See [`Command::SelectUp`].
    SelectRight,
    /// Clear the selection.
    ClearSelection,
    /// Show the whole map.
    FitMap,
    /// Zoom in one step.
    ZoomIn,
    /// Zoom out one step.
    ZoomOut,
    /// Enter presentation mode, or leave it.
    Present,
    /// Presenting: the next stage in journey order.
    NextStage,
    /// Presenting: the previous stage in journey order.
    PreviousStage,
    /// Presenting: the first stage.
    FirstStage,
    /// Presenting: the last stage.
    LastStage,
    /// Presenting: scroll the stage up.
    ScrollUp,
    /// Presenting: scroll the stage down.
    ScrollDown,
    /// Presenting: the whole map, or back to the stage.
    ToggleOverview,
    /// Presenting: one persona's curve at a time, then all again.
    FocusNextPersona,
    /// Presenting: the stage's forks highlighted one at a time, then none.
    NextFork,
    /// Presenting: type an idea into a new card of this stage.
    CaptureIdea,
    /// Capturing: the next lane for the idea.
    CaptureNextLane,
    /// Capturing: the previous lane for the idea.
    CapturePreviousLane,
    /// Capturing: add the idea as a card.
    CaptureAdd,
    /// Capturing: drop the idea.
    CaptureCancel,
    /// Presenting: clicks on cards give dot votes, or no longer.
    ToggleVoting,
    /// Presenting: sort this stage's pain points and opportunities by votes.
    SortByVotes,
    /// Presenting: start or stop the workshop timer.
    ToggleTimer,
    /// Presenting: show or hide the key help.
    ToggleHelp,
    /// Presenting: close the help or stop voting; else leave the presentation.
    Back,
}

/// Where the user is, which decides what a key does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    /// Editing the map, whether or not a text field has the keyboard.
    Editor,
    /// Editing the map with no text field focused: keys act on the selection.
    Map,
    /// Presenting the map.
    Presenting,
    /// Presenting, with an idea being typed.
    Capturing,
    /// Comparing the map with another, with no text field focused.
    Comparing,
}

/// One key of a command: the keys, where they work, and for which reading direction.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Binding {
    /// The key and its modifiers.
    pub keys: KeyboardShortcut,
    /// Where it works.
    pub context: Context,
    /// Only in maps read this way; `None` for both.
    pub reading: Option<Direction>,
}

fn entry(command: Command) -> &'static Entry {
    TABLE
        .iter()
        .find(|e| e.command == command)
        .unwrap_or_else(|| unreachable!("every command has a row in the table: {command:?}"))
}

impl Command {
    /// Where the README documents the command's keys: text found in its table row.
    pub fn readme_row(self) -> &'static str {
        entry(self).readme
    }

    /// Every command, in the table's order.
    pub fn all() -> impl Iterator<Item = Command> {
        TABLE.iter().map(|e| e.command)
    }

    /// The command's name, as a menu item or button shows it, in the window's language.
    pub fn label(self) -> String {
        crate::i18n::tr(entry(self).label)
    }

    /// The command's name in a map read in `direction` ("Make left-to-right" in a right-to-left
    /// map).
    pub fn label_in(self, direction: Direction) -> String {
        let rtl = RIGHT_TO_LEFT_LABELS.iter().find(|(c, _)| *c == self);
        match (direction, rtl) {
            (Direction::RightToLeft, Some((_, label))) => crate::i18n::tr(label),
            _ => self.label(),
        }
    }

    /// What the command does, in a sentence (a tooltip; a line of the presentation help).
    pub fn tooltip(self) -> String {
        crate::i18n::tr(entry(self).tooltip)
    }

    /// Every key of the command, in every context and reading direction.
    pub fn bindings(self) -> &'static [Binding] {
        entry(self).bindings
    }

    /// The keys of the command in `context` for a map read in `direction`.
    pub fn keys_in(self, context: Context, direction: Direction) -> Vec<KeyboardShortcut> {
        self.bindings()
            .iter()
            .filter(|b| b.context == context && b.reading.is_none_or(|r| r == direction))
            .map(|b| b.keys)
            .collect()
    }

    /// The first key of the command in `context`, in words ("Ctrl+Z"), or "" if it has none.
    pub fn shortcut_text(self, context: Context, direction: Direction) -> String {
        self.keys_in(context, direction)
            .first()
            .map(shortcut_words)
            .unwrap_or_default()
    }

    /// "Label (Ctrl+D)": the label with its key in the editor, for buttons.
    pub fn button_text(self) -> String {
        let keys = self.shortcut_text(Context::Map, Direction::LeftToRight);
        let keys = if keys.is_empty() {
            self.shortcut_text(Context::Editor, Direction::LeftToRight)
        } else {
            keys
        };
        if keys.is_empty() {
            self.label()
        } else {
            format!("{} ({keys})", self.label())
        }
    }

    /// "Tooltip (Ctrl+Z)": the tooltip with the key in the editor.
    pub fn tooltip_with_keys(self) -> String {
        let keys = self.shortcut_text(Context::Editor, Direction::LeftToRight);
        if keys.is_empty() {
            self.tooltip()
        } else {
            format!("{} ({keys})", self.tooltip())
        }
    }
}

#[cfg(test)]
mod tests;
