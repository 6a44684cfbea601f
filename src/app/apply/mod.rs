//! The one place where the document, the selection, the view and the mode change:
//! [`JourneyApp::apply_actions`] runs after the UI pass and carries out, in order, everything the
//! frame recorded. The submodules are its parts: `editing` (the map and the selection),
//! `presenting` (presentation mode), `dialogs` (answers to dialogs, and what waits for them).

mod dialogs;
mod editing;
mod presenting;

use super::actions::Action;
use super::commands::Command;
use super::modal::{AfterSave, Modal};
use super::{Document, JourneyApp};
use crate::edit::Edit;
use crate::export::ExportOptions;
use crate::model::Direction;
use crate::templates;

impl JourneyApp {
    /// Carries out everything recorded this frame, in order.
    pub(super) fn apply_actions(&mut self, ctx: &egui::Context) {
        let actions = self.actions.take();
        let before = (self.document.revision(), self.selection.clone());
        // Gestures repeat every frame of a drag; only what they change needs a new frame.
        let asked = actions.iter().any(|a| !matches!(a, Action::Canvas(_)));
        for action in actions {
            self.apply(ctx, action);
        }
        if asked || (self.document.revision(), &self.selection) != (before.0, &before.1) {
            // What the actions changed (a dialog, a new map, an edit) shows on the next frame.
            ctx.request_repaint();
        }
        if self.presenting.is_some() {
            self.follow_presentation(ctx);
        }
        // Undo points are taken only when the user is not in the middle of typing or dragging.
        if !ctx.egui_wants_keyboard_input()
            && !self.canvas.is_interacting()
            && !ctx.input(|i| i.pointer.any_down())
        {
            self.document.seal();
        }
        self.selection.retain_existing(self.document.journey());
    }

    /// Puts `document` in place of the open one, with a fresh selection, view and panels.
    pub(super) fn replace_document(&mut self, document: Document) {
        // The user has saved or chosen to discard the open map's changes by now.
        self.drop_recovery_copy();
        self.title_buffer = document.journey().title.clone();
        self.selection.clear();
        self.in_place = None;
        self.personas = super::personas::PersonaPanel::default();
        self.canvas.options = crate::scene::SceneOptions::default();
        self.comparing = None;
        self.conflict_marks = None;
        self.document = document;
        self.rekey_recovery();
        self.canvas.reset();
    }

    fn apply(&mut self, ctx: &egui::Context, action: Action) {
        if self.comparing.is_some() && !super::compare_view::allowed(&action) {
            self.status = Some(crate::i18n::tr("compare-read-only"));
            return;
        }
        match action {
            Action::Command(command) => self.run(ctx, command),
            Action::Edit(edit, merge) => self.document.apply_merging(edit, merge),
            Action::Canvas(gesture) if self.presenting.is_some() => {
                self.presenting_gesture(gesture)
            }
            Action::Canvas(gesture) => self.canvas_gesture(gesture),
            Action::Answer(answer) => self.answer(ctx, answer),
            Action::OpenPath(_) | Action::NewFromTemplate(_) => {
                self.replace_document_with(ctx, action)
            }
            Action::ExportPng { scale, theme } => self.export_png(&ExportOptions {
                scale,
                theme,
                pictures: self.assets(),
            }),
            Action::AddStage(index) => self.add_stage(index),
            Action::AddLane(index, kind) => self.add_lane(index, kind),
            Action::CommitTitle => self.commit_in_place(),
            Action::CancelTitle => self.in_place = None,
            Action::CopyCards { cut } => self.copy_cards(ctx, cut),
            Action::Paste(text) => {
                let pointer = ctx.input(|i| i.pointer.latest_pos());
                self.paste(&text, pointer);
            }
            Action::ShowCurve(persona, shown) => {
                let hidden = &mut self.canvas.options.hidden_personas;
                hidden.retain(|p| *p != persona);
                if !shown {
                    hidden.push(persona);
                }
            }
            Action::SetTheme(theme) => self.canvas.theme = theme,
            Action::SetUiLanguage(language) => {
                // First, so that a failure to remember it is told in the new language.
                crate::i18n::set_language(language);
                if let Err(message) = self.ui_language.set(language) {
                    self.status = Some(message);
                }
            }
            Action::CloseRequested => self.close_requested(ctx),
            Action::WindowFocused => self.window_focused(),
            Action::Notice(message) => self.status = Some(message),
            Action::ChoosePicture(target) => self.choose_picture(target),
            Action::AddPictureFiles(files) => self.add_picture_files(None, files),
            Action::PastePicture(image) => self.paste_picture(&image),
            Action::RemovePicture(target) => self.remove_picture(target),
            Action::CompareWith(path) => self.compare_with(&path),
            Action::ShowChange(index) => self.show_change(index, ctx.input(|i| i.time)),
            Action::SettleConflict(index, pick) => self.settle_conflict(index, pick),
            Action::ShowConflict(index) => self.show_conflict(index, ctx.input(|i| i.time)),
        }
    }

    /// Carries out a command by name.
    fn run(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::NewBlank | Command::Open => {
                self.replace_document_with(ctx, Action::Command(command));
            }
            Command::Save => {
                self.save();
            }
            Command::SaveAs => {
                self.save_as();
            }
            Command::ShowExport => self.modals.push(Modal::ExportPng(ExportOptions::default())),
            Command::Compare => self.choose_comparison(),
            Command::LeaveCompare => self.leave_comparison(),
            Command::ExportMermaid => self.export_text(super::files::TextFormat::Mermaid),
            Command::ExportMarkdown => self.export_text(super::files::TextFormat::Markdown),
            Command::ShowPictures => self.show_pictures(),
            Command::CopyMermaid => self.copy_as_mermaid(ctx),
            Command::CopyTable => self.copy_as_table(ctx),
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::Undo => {
                self.document.undo();
                self.title_buffer = self.document.journey().title.clone();
            }
            Command::Redo => {
                self.document.redo();
                self.title_buffer = self.document.journey().title.clone();
            }
            Command::ToggleDirection => {
                let direction = match self.document.journey().direction {
                    Direction::LeftToRight => Direction::RightToLeft,
                    Direction::RightToLeft => Direction::LeftToRight,
                };
                self.document.apply(Edit::SetDirection(direction));
            }
            Command::FitMap => self.canvas.fit(),
            Command::ZoomIn => self.canvas.zoom_by(1.25),
            Command::ZoomOut => self.canvas.zoom_by(0.8),
            Command::Present if self.presenting.is_some() => self.stop_presentation(ctx),
            Command::Present => self.start_presentation(ctx),
            editing => {
                if !self.run_editing(editing) {
                    self.run_presenting(ctx, editing);
                }
            }
        }
    }

    /// Replaces the open map as `action` asks (new, open), asking first about unsaved changes.
    fn replace_document_with(&mut self, ctx: &egui::Context, action: Action) {
        if self.document.is_dirty() {
            self.modals
                .push(Modal::SaveChanges(AfterSave::Run(Box::new(action))));
        } else {
            self.replace_now(ctx, action);
        }
    }

    /// Replaces the open map as `action` asks, without asking (the user has answered).
    fn replace_now(&mut self, _ctx: &egui::Context, action: Action) {
        match action {
            Action::Command(Command::NewBlank) => self.new_from_template("blank"),
            Action::NewFromTemplate(name) => self.new_from_template(name),
            Action::Command(Command::Open) => {
                if let Some(path) = super::files::open_dialog() {
                    self.open_path(&path);
                }
            }
            Action::OpenPath(path) => self.open_path(&path),
            _ => {}
        }
    }

    fn new_from_template(&mut self, name: &str) {
        match templates::find(name).map(|t| t.journey_in(self.new_language)) {
            Some(Ok(journey)) => {
                self.replace_document(Document::untitled(journey));
                self.store_template_pictures();
            }
            Some(Err(error)) => self.error(error.to_string()),
            None => {
                let args = [("name", name.into())];
                self.error(crate::i18n::tr_args("app-no-template", &args));
            }
        }
    }

    /// The window is being closed: with unsaved changes, ask first.
    fn close_requested(&mut self, ctx: &egui::Context) {
        if self.document.is_dirty() && !self.window.close_confirmed {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.modals.push(Modal::SaveChanges(AfterSave::Close));
        }
    }

    /// The user came back to the window: another program may have changed the file.
    fn window_focused(&mut self) {
        if !self.modals.is_open() && self.document.changed_on_disk() {
            self.modals
                .push(Modal::DiskChanged(super::modal::DiskConflict::Noticed));
        }
    }
}
