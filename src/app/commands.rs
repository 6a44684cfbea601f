//! Everything the user can ask for, as one enum: menus, toolbar buttons and shortcuts all emit
//! these, and the app applies them after the UI pass.

use crate::scene::ThemeKind;
use egui::{Key, KeyboardShortcut, Modifiers};
use std::path::PathBuf;

/// A request from the user.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Start a new map from the named template.
    New(&'static str),
    /// Choose a file to open.
    Open,
    /// Open this file.
    OpenPath(PathBuf),
    /// Save to the current file, or ask where.
    Save,
    /// Ask where to save, then save.
    SaveAs,
    /// Show the PNG export options.
    ShowExport,
    /// Ask where to write the PNG, then export.
    ExportPng {
        /// Pixels per map point.
        scale: f32,
        /// Light or dark.
        theme: ThemeKind,
    },
    /// Put the map on the clipboard as a Mermaid journey.
    CopyMermaid,
    /// Ask where to write a Mermaid journey, then write it.
    ExportMermaid,
    /// Ask where to write a Markdown report, then write it.
    ExportMarkdown,
    /// Delete the selected cards, stage or lane.
    Delete,
    /// Duplicate the selected cards.
    Duplicate,
    /// Edit the selected card's title on the map.
    EditTitle,
    /// Apply the title typed in place on the map.
    CommitTitle,
    /// Insert a new stage at this index.
    AddStage(usize),
    /// Insert a new lane of this kind at this index.
    AddLane(usize, crate::model::LaneKind),
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Show the whole map.
    FitMap,
    /// Zoom in one step.
    ZoomIn,
    /// Zoom out one step.
    ZoomOut,
    /// Switch between left-to-right and right-to-left.
    ToggleDirection,
    /// Enter presentation mode, or leave it.
    Present,
    /// Close the window (asking first if there are unsaved changes).
    Quit,
}

const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

/// Whether a shortcut acts on the canvas selection, and so must not fire while typing in a field.
pub fn acts_on_selection(command: &Command) -> bool {
    matches!(
        command,
        Command::Delete | Command::Duplicate | Command::EditTitle
    )
}

/// The keyboard shortcuts, most specific first (Ctrl+Shift+S before Ctrl+S).
pub fn shortcuts() -> Vec<(KeyboardShortcut, Command)> {
    vec![
        (KeyboardShortcut::new(CTRL_SHIFT, Key::S), Command::SaveAs),
        (KeyboardShortcut::new(CTRL_SHIFT, Key::Z), Command::Redo),
        (KeyboardShortcut::new(CTRL, Key::N), Command::New("blank")),
        (KeyboardShortcut::new(CTRL, Key::O), Command::Open),
        (KeyboardShortcut::new(CTRL, Key::S), Command::Save),
        (KeyboardShortcut::new(CTRL, Key::E), Command::ShowExport),
        (KeyboardShortcut::new(CTRL, Key::Z), Command::Undo),
        (KeyboardShortcut::new(CTRL, Key::Y), Command::Redo),
        (KeyboardShortcut::new(CTRL, Key::Num0), Command::FitMap),
        (KeyboardShortcut::new(CTRL, Key::Equals), Command::ZoomIn),
        (KeyboardShortcut::new(CTRL, Key::Plus), Command::ZoomIn),
        (KeyboardShortcut::new(CTRL, Key::Minus), Command::ZoomOut),
        (KeyboardShortcut::new(CTRL, Key::Q), Command::Quit),
        (KeyboardShortcut::new(CTRL, Key::D), Command::Duplicate),
        (
            KeyboardShortcut::new(Modifiers::NONE, Key::Delete),
            Command::Delete,
        ),
        (
            KeyboardShortcut::new(Modifiers::NONE, Key::F2),
            Command::EditTitle,
        ),
        (
            KeyboardShortcut::new(Modifiers::NONE, Key::F5),
            Command::Present,
        ),
    ]
}

/// The shortcut text shown beside a menu item for `command`, if it has one.
pub fn shortcut_text(ctx: &egui::Context, command: &Command) -> String {
    shortcuts()
        .into_iter()
        .find(|(_, c)| c == command)
        .map(|(shortcut, _)| ctx.format_shortcut(&shortcut))
        .unwrap_or_default()
}
