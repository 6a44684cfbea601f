//! What the user asked for during a frame, recorded by every part of the UI into one queue and
//! applied after the UI pass by [`super::JourneyApp::apply_actions`].

use super::Command;
use super::canvas::CanvasAction;
use super::modal::Answer;
use crate::edit::{Edit, MergeKey};
use crate::model::{LaneKind, PersonaId};
use crate::scene::ThemeKind;
use std::path::PathBuf;

/// One thing to do after the UI pass.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A command by name: a menu item, a toolbar button, a key.
    Command(Command),
    /// A change to the document; edits with the same merge key in a row are one undo step.
    Edit(Edit, Option<MergeKey>),
    /// A gesture on the map.
    Canvas(CanvasAction),
    /// The answer to the dialog on screen.
    Answer(Answer),
    /// Open this file (recent files, a dropped file).
    OpenPath(PathBuf),
    /// Start a new map from the named template, in the language chosen in the menu.
    NewFromTemplate(&'static str),
    /// Write the PNG with these options, asking where.
    ExportPng {
        /// Pixels per map point.
        scale: f32,
        /// Light or dark.
        theme: ThemeKind,
    },
    /// Insert a new stage at this index.
    AddStage(usize),
    /// Insert a new lane of this kind at this index.
    AddLane(usize, LaneKind),
    /// Apply the title typed in place on the map.
    CommitTitle,
    /// Stop typing a title in place, keeping the old one.
    CancelTitle,
    /// Copy the selected cards to the clipboard; with `cut`, delete them too.
    CopyCards {
        /// Whether to delete them after copying.
        cut: bool,
    },
    /// Paste cards from clipboard text.
    Paste(String),
    /// Show or hide a persona's curve.
    ShowCurve(PersonaId, bool),
    /// Light or dark map.
    SetTheme(ThemeKind),
    /// The language of the window's own words.
    SetUiLanguage(crate::model::Language),
    /// The window system asked to close the window.
    CloseRequested,
    /// The window got the focus back.
    WindowFocused,
    /// Compare the map with the map in this file (File ▸ Compare with… once chosen).
    CompareWith(PathBuf),
    /// Compare mode: select the change at this index of the list and show it.
    ShowChange(usize),
    /// Settle the recorded merge conflict at this index: keep ours or take theirs.
    SettleConflict(usize, crate::merge::settle::Pick),
    /// Select what the recorded conflict at this index is about and show it.
    ShowConflict(usize),
    /// Ask for a picture file (Picture… in the inspector), then put it on this target.
    ChoosePicture(crate::edit::pictures::PictureTarget),
    /// Put the pictures in these files on the selected card or persona, or make storyboard
    /// cards of them (files dropped on the window).
    AddPictureFiles(Vec<PathBuf>),
    /// Put this image from the clipboard where a dropped picture goes.
    PastePicture(std::sync::Arc<egui::ColorImage>),
    /// Take the picture off a card or the photo off a persona.
    RemovePicture(crate::edit::pictures::PictureTarget),
    /// Show this message in the status bar (a picture that cannot be shown, say).
    Notice(String),
}

impl From<Command> for Action {
    fn from(command: Command) -> Self {
        Action::Command(command)
    }
}

/// The queue of one frame.
#[derive(Debug, Default)]
pub struct Actions {
    queue: Vec<Action>,
}

impl Actions {
    /// Records `action`.
    pub fn push(&mut self, action: Action) {
        self.queue.push(action);
    }

    /// Records a command.
    pub fn command(&mut self, command: Command) {
        self.push(Action::Command(command));
    }

    /// Records an edit; edits with the same merge key in a row become one undo step.
    pub fn edit(&mut self, edit: Edit, merge: Option<MergeKey>) {
        self.push(Action::Edit(edit, merge));
    }

    /// Everything queued, in order, leaving the queue empty.
    pub fn take(&mut self) -> Vec<Action> {
        std::mem::take(&mut self.queue)
    }
}
