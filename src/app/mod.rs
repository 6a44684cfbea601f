//! The eframe application: menus, canvas, dialogs. It holds UI state only; the document changes
//! only through [`crate::edit`].

mod autosave;
pub mod canvas;
pub mod commands;
pub mod document;
mod editing;
mod fields;
mod files;
mod inspector;
mod menus;
pub mod palette;
pub mod personas;
mod presenting;
pub mod recent;
pub mod selection;

pub use commands::Command;
pub use document::Document;

use crate::edit::Edit;
use crate::export::ExportOptions;
use crate::model::Direction;
use crate::templates;
use canvas::Canvas;
use recent::RecentFiles;
use std::path::PathBuf;

/// Opens the editor window on `path`, or on the example map.
pub fn run(path: Option<PathBuf>) -> Result<(), String> {
    let store = directories::ProjectDirs::from("", "", "journeymap")
        .map(|d| d.config_dir().join("recent.txt"));
    let dirs = directories::ProjectDirs::from("", "", "journeymap");
    let mut app = JourneyApp::start(path, RecentFiles::load(store));
    if let Some(dirs) = dirs {
        app = app.with_recovery(crate::file::recovery::RecoveryStore::new(
            dirs.data_dir().join("recovery"),
        ));
    }
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("journeymap")
            .with_inner_size([1400.0, 900.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native("journeymap", options, Box::new(|_cc| Ok(Box::new(app))))
        .map_err(|e| e.to_string())
}

/// What panels produce during the UI pass: edits and commands, applied after it.
#[derive(Debug, Default)]
pub struct Outbox {
    edits: Vec<(Edit, Option<crate::edit::MergeKey>)>,
    commands: Vec<Command>,
}

impl Outbox {
    /// Queues an edit; edits with the same merge key in a row become one undo step.
    pub fn edit(&mut self, edit: Edit, merge: Option<crate::edit::MergeKey>) {
        self.edits.push((edit, merge));
    }

    /// Queues a command.
    pub fn command(&mut self, command: Command) {
        self.commands.push(command);
    }
}

/// A card title being edited in place on the map.
#[derive(Clone, Debug)]
struct InPlace {
    card: crate::model::CardId,
    text: String,
    focus_requested: bool,
}

/// What to do once the user has answered "save changes?".
#[derive(Clone, Debug, PartialEq)]
enum AfterSave {
    Run(Command),
    Close,
}

/// The answers to "the file changed on disk".
#[derive(Clone, Copy, Debug, PartialEq)]
enum DiskChoice {
    Overwrite,
    Reload,
    Keep,
}

/// The open file was changed by another program; asked when saving or on returning to the window.
#[derive(Clone, Copy, Debug, PartialEq)]
enum DiskConflict {
    /// The user asked to save: overwrite the other version, reload it, or cancel.
    Saving,
    /// Noticed on returning to the window: reload it, or keep the open version.
    Noticed,
}

/// The whole editor.
pub struct JourneyApp {
    document: Document,
    /// Presentation mode, when it is on.
    presenting: Option<presenting::Presenting>,
    /// The language new maps are created in (chosen in File ▸ New from template).
    new_language: crate::model::Language,
    /// Whether the bundled fonts are installed in the egui context yet (done on the first pass).
    fonts_installed: bool,
    canvas: Canvas,
    recent: RecentFiles,
    /// Commands gathered during the UI pass, applied after it.
    pending: Vec<Command>,
    /// A message to show in a dialog: heading and text.
    notice: Option<(String, String)>,
    /// A short message for the status bar, e.g. after copying.
    status: Option<String>,
    /// An action waiting for the answer to "save changes?".
    confirm: Option<AfterSave>,
    /// The file changed on disk; waiting for the user's choice.
    disk_conflict: Option<DiskConflict>,
    /// The export dialog's choices, while it is open.
    export_dialog: Option<ExportOptions>,
    title_buffer: String,
    selection: selection::Selection,
    personas: personas::PersonaPanel,
    in_place: Option<InPlace>,
    outbox: Outbox,
    autosave: autosave::Autosave,
    shown_title: String,
    close_confirmed: bool,
}

impl JourneyApp {
    /// The editor on `path`, or on the example map; a file that does not open is reported.
    pub fn start(path: Option<PathBuf>, recent: RecentFiles) -> Self {
        let mut app = JourneyApp::new(Document::untitled(templates::example()), recent);
        if let Some(path) = path {
            app.open_path(&path);
        }
        app
    }

    /// The editor on `document`.
    pub fn new(document: Document, recent: RecentFiles) -> Self {
        JourneyApp {
            title_buffer: document.journey().title.clone(),
            document,
            canvas: Canvas::default(),
            recent,
            pending: Vec::new(),
            notice: None,
            status: None,
            confirm: None,
            disk_conflict: None,
            export_dialog: None,
            shown_title: String::new(),
            selection: selection::Selection::default(),
            personas: personas::PersonaPanel::default(),
            in_place: None,
            outbox: Outbox::default(),
            autosave: autosave::Autosave::default(),
            close_confirmed: false,
            fonts_installed: false,
            presenting: None,
            new_language: crate::model::Language::English,
        }
    }

    /// Keeps recovery copies of unsaved work in `store`, and offers the copies already there.
    pub fn with_recovery(mut self, store: crate::file::recovery::RecoveryStore) -> Self {
        self.autosave = autosave::Autosave::new(Some(store), &self.document);
        self
    }

    /// Writes a recovery copy now if there are unsaved changes (as every 30 s and on exit).
    pub fn autosave_now(&mut self) {
        self.autosave(f64::MAX, true);
    }

    /// The open document.
    pub fn document(&self) -> &Document {
        &self.document
    }

    /// The part of the map in view, in map units.
    pub fn view(&self) -> egui::Rect {
        self.canvas.view()
    }

    /// The canvas: its layout and where the map is on screen.
    pub fn canvas(&self) -> &Canvas {
        &self.canvas
    }

    /// Applies `edit` to the document as one undo step, as a panel would (benchmarks, tests).
    pub fn apply(&mut self, edit: Edit) {
        self.document.apply(edit);
    }

    /// The canvas, to move its view from outside the UI (benchmarks, tests).
    pub fn canvas_mut(&mut self) -> &mut Canvas {
        &mut self.canvas
    }

    /// The current selection.
    pub fn selection(&self) -> &selection::Selection {
        &self.selection
    }

    /// The message shown to the user, if any.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_ref().map(|(_, text)| text.as_str())
    }

    /// The message in the status bar, if any.
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }

    fn error(&mut self, message: String) {
        self.notice = Some(("Something went wrong".to_owned(), message));
    }

    /// Queues a command, as a menu item would.
    pub fn request(&mut self, command: Command) {
        self.pending.push(command);
    }

    fn replace_document(&mut self, document: Document) {
        // The user has saved or chosen to discard the open map's changes by now.
        self.drop_recovery_copy();
        self.title_buffer = document.journey().title.clone();
        self.selection.clear();
        self.in_place = None;
        self.personas = personas::PersonaPanel::default();
        self.canvas.options = crate::scene::SceneOptions::default();
        self.rekey_recovery();
        self.document = document;
        self.canvas.reset();
    }

    /// Whether a dialog is up, so keys go to it and not to the map.
    fn modal_open(&self) -> bool {
        self.confirm.is_some()
            || self.disk_conflict.is_some()
            || self.notice.is_some()
            || self.export_dialog.is_some()
            || !self.autosave.offered.is_empty()
    }

    /// Whether `command` would throw away the open document.
    fn replaces_document(command: &Command) -> bool {
        matches!(
            command,
            Command::New(_) | Command::Open | Command::OpenPath(_)
        )
    }

    fn execute(&mut self, ctx: &egui::Context, command: Command) {
        if Self::replaces_document(&command) && self.document.is_dirty() {
            self.confirm = Some(AfterSave::Run(command));
            return;
        }
        self.run_command(ctx, command);
    }

    /// Carries out `command` without asking about unsaved changes.
    fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Present => {
                if self.presenting.is_some() {
                    self.stop_presentation(ctx);
                } else {
                    self.start_presentation(ctx);
                }
            }
            Command::New(name) => {
                match templates::find(name).map(|t| t.journey_in(self.new_language)) {
                    Some(Ok(journey)) => self.replace_document(Document::untitled(journey)),
                    Some(Err(error)) => self.error(error.to_string()),
                    None => self.error(format!("There is no template called {name:?}.")),
                }
            }
            Command::Open => {
                if let Some(path) = rfd::FileDialog::new()
                    .set_title("Open a journey map")
                    .add_filter(
                        "Journey maps and imports",
                        &["ron", "mmd", "mermaid", "md", "csv"],
                    )
                    .add_filter("Journey map", &["ron"])
                    .add_filter("Mermaid journey", &["mmd", "mermaid", "md"])
                    .add_filter("CSV cards", &["csv"])
                    .pick_file()
                {
                    self.open_path(&path);
                }
            }
            Command::OpenPath(path) => self.open_path(&path),
            Command::Save => {
                self.save();
            }
            Command::SaveAs => {
                self.save_as();
            }
            Command::ShowExport => self.export_dialog = Some(ExportOptions::default()),
            Command::ExportPng { scale, theme } => self.export_png(scale, theme),
            Command::Undo => {
                self.document.undo();
                self.title_buffer = self.document.journey().title.clone();
            }
            Command::Redo => {
                self.document.redo();
                self.title_buffer = self.document.journey().title.clone();
            }
            Command::Delete => self.delete_selection(),
            Command::Duplicate => self.duplicate_selection(),
            Command::EditTitle => {
                if let Some(id) = self.selection.single_card() {
                    self.start_in_place(id);
                }
            }
            Command::CommitTitle => self.commit_in_place(),
            Command::AddStage(index) => {
                let (edit, id) =
                    crate::edit::ops::add_stage(self.document.journey(), index, "New stage");
                self.document.apply(edit);
                self.selection.clear();
                self.selection.stage = Some(id);
            }
            Command::AddLane(index, kind) => {
                let (edit, id) = crate::edit::ops::add_lane(self.document.journey(), index, kind);
                self.document.apply(edit);
                self.selection.clear();
                self.selection.lane = Some(id);
            }
            Command::CopyMermaid => self.copy_as_mermaid(ctx),
            Command::ExportMermaid => self.export_text(false),
            Command::ExportMarkdown => self.export_text(true),
            Command::FitMap => self.canvas.fit(),
            Command::ZoomIn => self.canvas.zoom_by(1.25),
            Command::ZoomOut => self.canvas.zoom_by(0.8),
            Command::ToggleDirection => {
                let direction = match self.document.journey().direction {
                    Direction::LeftToRight => Direction::RightToLeft,
                    Direction::RightToLeft => Direction::LeftToRight,
                };
                self.document.apply(Edit::SetDirection(direction));
            }
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
        }
    }

    fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.pending.push(Command::OpenPath(path));
        }
    }

    fn handle_shortcuts(&mut self, ctx: &egui::Context) {
        let typing = ctx.egui_wants_keyboard_input();
        for (shortcut, command) in commands::shortcuts() {
            if typing && commands::acts_on_selection(&command) {
                continue;
            }
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                self.pending.push(command);
            }
        }
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested())
            && self.document.is_dirty()
            && !self.close_confirmed
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.confirm = Some(AfterSave::Close);
        }
    }

    fn update_window_title(&mut self, ctx: &egui::Context) {
        let title = self.document.window_title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }

    fn answer_confirm(&mut self, ctx: &egui::Context, save_first: bool) {
        let Some(after) = self.confirm.take() else {
            return;
        };
        if save_first && !self.save() {
            return;
        }
        match after {
            AfterSave::Run(command) => {
                // The user has chosen: saved, or discard the changes.
                self.run_command(ctx, command);
            }
            AfterSave::Close => {
                self.close_confirmed = true;
                self.drop_recovery_copy();
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }
}

impl eframe::App for JourneyApp {
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // Closing without the prompt (the system shutting down, say) must not lose work.
        if !self.close_confirmed {
            self.autosave_now();
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if !self.fonts_installed {
            // Before any text of this pass is laid out, so the fonts apply at once.
            crate::fonts::install(&ctx);
            self.fonts_installed = true;
        }
        // Ctrl+plus/minus/0 zoom the map, not the whole interface.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        self.handle_close_request(&ctx);
        self.handle_dropped_files(&ctx);
        self.check_disk_on_focus(&ctx);
        let mut actions = Vec::new();
        if self.presenting.is_some() {
            // Presentation has its own keys; the panels and menus are hidden.
            self.presentation_ui(ui);
        } else {
            if !self.modal_open() {
                self.handle_shortcuts(&ctx);
            }
            self.menu_bar(ui);
            self.status_bar(ui);
            self.side_panels(ui);
            egui::CentralPanel::no_frame().show(ui, |ui| {
                let Self {
                    canvas,
                    document,
                    selection,
                    personas,
                    in_place,
                    outbox,
                    ..
                } = self;
                actions = canvas.show(
                    ui,
                    document.journey(),
                    document.revision(),
                    selection,
                    personas.active,
                    |ui, layout| {
                        editing::in_place_editor(ui, layout, in_place, outbox);
                    },
                );
                menus::drop_hint(ui);
            });
        }
        self.dialogs(&ctx);
        if !self.modal_open() && self.presenting.is_none() {
            self.handle_editing_keys(&ctx);
        }
        self.apply_canvas_actions(actions);
        self.apply_outbox();
        let commands = std::mem::take(&mut self.pending);
        if !commands.is_empty() {
            // What the commands changed (a dialog, a new map) shows on the next frame.
            ctx.request_repaint();
        }
        for command in commands {
            self.execute(&ctx, command);
        }
        // Undo points are taken only when the user is not in the middle of typing or dragging.
        if !ctx.egui_wants_keyboard_input()
            && !self.canvas.is_interacting()
            && !ctx.input(|i| i.pointer.any_down())
        {
            self.document.seal();
        }
        self.selection.retain_existing(self.document.journey());
        self.autosave(ctx.input(|i| i.time), false);
        if self.document.is_dirty() {
            ctx.request_repaint_after(autosave::AUTOSAVE_EVERY);
        }
        self.update_window_title(&ctx);
    }
}
