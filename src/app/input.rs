//! What comes from outside the widgets, recorded as actions: keys of commands (from the command
//! table, for where the user is), the clipboard, dropped files, the window gaining focus or
//! being closed.

use super::JourneyApp;
use super::actions::Action;
use super::commands::{self, Context};
use std::path::PathBuf;

impl JourneyApp {
    /// Records this frame's input that is not for a widget.
    pub(super) fn record_input(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) {
            self.actions.push(Action::CloseRequested);
        }
        let focused = ctx.input(|i| {
            i.events
                .iter()
                .any(|e| matches!(e, egui::Event::WindowFocused(true)))
        });
        if focused {
            self.actions.push(Action::WindowFocused);
        }
        let (pictures, maps): (Vec<PathBuf>, Vec<PathBuf>) = dropped_files(ctx)
            .into_iter()
            .partition(|path| super::pictures::is_picture_file(path));
        if !pictures.is_empty() {
            self.actions.push(Action::AddPictureFiles(pictures));
        } else if let Some(path) = maps.into_iter().next() {
            self.actions.push(Action::OpenPath(path));
        }
        if self.modals.is_open() {
            // Keys go to the dialog.
            return;
        }
        let direction = self.document.journey().direction;
        let contexts: &[Context] = match &self.presenting {
            Some(presenting) => presenting.key_contexts(),
            None => &[Context::Editor],
        };
        for command in commands::pressed(ctx, contexts, direction) {
            self.actions.command(command);
        }
    }

    /// Records the keys that act on the map and its selection. They are read after the UI
    /// pass, once it is known that no text field has the keyboard: egui itself takes the focus
    /// away on Esc before the pass, so earlier a field being typed in looks like the map.
    pub(super) fn record_map_keys(&mut self, ctx: &egui::Context) {
        let on_map = !ctx.egui_wants_keyboard_input() && self.in_place.is_none();
        if !on_map || self.modals.is_open() || self.presenting.is_some() {
            return;
        }
        let direction = self.document.journey().direction;
        let contexts: &[Context] = if self.comparing.is_some() {
            &[Context::Comparing]
        } else {
            &[Context::Map]
        };
        for command in commands::pressed(ctx, contexts, direction) {
            self.actions.command(command);
        }
        self.record_clipboard(ctx);
    }

    /// Copy, cut and paste on the map (egui turns Ctrl+C, X and V into these events).
    fn record_clipboard(&mut self, ctx: &egui::Context) {
        let events = ctx.input(|i| i.events.clone());
        for event in events {
            match event {
                egui::Event::Copy => self.actions.push(Action::CopyCards { cut: false }),
                egui::Event::Cut => self.actions.push(Action::CopyCards { cut: true }),
                egui::Event::Paste(text) => self.actions.push(Action::Paste(text)),
                egui::Event::PasteImage(image) => self.actions.push(Action::PastePicture(image)),
                _ => {}
            }
        }
    }
}

/// The files dropped on the window this frame.
fn dropped_files(ctx: &egui::Context) -> Vec<PathBuf> {
    ctx.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_owned())
            .filter(|p| !p.as_os_str().is_empty())
            .collect()
    })
}
