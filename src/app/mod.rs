//! The eframe application. It holds UI state only; the document changes only through
//! [`crate::edit`].
//!
//! # How a change flows
//!
//! Every frame has two halves. During the UI pass ([`JourneyApp::ui`]) nothing changes: input
//! (keys of [`Command`]s, the clipboard, dropped files), menus and toolbar, the canvas, the
//! inspector, the persona panel, presentation mode and dialogs only *record* what the user asked
//! for as [`actions::Action`]s in one queue. After the UI pass, `JourneyApp::apply_actions` (in
//! `apply/mod.rs`) carries them out in order: it is the one place where the document, the
//! selection, the view and the mode change.
//!
//! A click on a card, for example: `canvas/gestures.rs` sees the card's widget clicked and
//! records `Action::Canvas(CanvasAction::Click(Some(Hit::Card(id)), modifiers))`;
//! `apply/editing.rs` turns it into a new selection. A drag of that card to another cell ends
//! in `canvas/feedback.rs` with `CanvasAction::MoveCards`, which `apply/editing.rs` turns into
//! `ops::move_cards` — an [`Edit`](crate::edit::Edit) — and applies as one undo step.
//!
//! Commands carry their label, tooltip and keys per context in one table (`commands/table.rs`);
//! dialogs are one [`modal::Modal`] at a time, queued. The canvas's own pan and zoom gestures,
//! like a scroll area's scrolling, move the view inside the widget; every other move of the view
//! (fit, zoom steps, presentation steps) goes through the queue.

mod actions;
mod apply;
mod autosave;
pub mod canvas;
pub mod commands;
mod compare_view;
mod conflicts_view;
pub mod document;
mod fields;
mod files;
mod in_place;
mod input;
mod inspector;
mod menus;
mod modal;
pub mod palette;
pub mod personas;
mod pictures;
mod pictures_dialog;
mod presentation_view;
pub mod recent;
pub mod selection;
mod shown;
mod table_question;
pub mod ui_language;

pub use actions::Action;
pub use commands::Command;
pub use document::Document;

use actions::Actions;
use canvas::{Canvas, Shown};
use in_place::InPlace;
use modal::{Modal, Modals};
use recent::RecentFiles;
use selection::Selection;
use std::path::PathBuf;

/// Opens the editor window on `path`, or on the example map; with `compare`, in compare mode
/// against that map.
pub fn run(path: Option<PathBuf>, compare: Option<PathBuf>) -> Result<(), String> {
    let dirs = directories::ProjectDirs::from("", "", "journeymap");
    let store = dirs.as_ref().map(|d| d.config_dir().join("recent.txt"));
    let mut app = JourneyApp::start(path, RecentFiles::load(store));
    if let Some(other) = compare {
        app.request(Action::CompareWith(other));
    }
    let language = dirs
        .as_ref()
        .map(|d| d.config_dir().join("ui-language.txt"));
    let locale = sys_locale::get_locale();
    app.ui_language = ui_language::UiLanguage::load(language, locale.as_deref());
    if let Some(dirs) = dirs {
        app = app.with_recovery(crate::file::recovery::RecoveryStore::new(
            dirs.data_dir().join("recovery"),
        ));
        app.unsaved_assets = Some(dirs.data_dir().join(crate::file::pictures::ASSETS_DIR));
        // The example map at start is a template too.
        app.store_template_pictures();
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

/// The whole editor.
pub struct JourneyApp {
    /// The open map, its file and its history.
    document: Document,
    /// What is selected on the map.
    selection: Selection,
    /// Where the map is looked at, and its drawing caches.
    canvas: Canvas,
    /// Presentation mode, when it is on.
    presenting: Option<presentation_view::Presenting>,
    /// Compare mode, when it is on.
    comparing: Option<compare_view::Comparing>,
    /// The revision whose merge conflicts the canvas marks.
    conflict_marks: Option<u64>,
    /// A card title being typed on the map.
    in_place: Option<InPlace>,
    /// The dialog on screen and those waiting.
    modals: Modals,
    /// What the UI recorded this frame, applied after the UI pass.
    actions: Actions,
    /// A short message for the status bar, e.g. after copying.
    status: Option<String>,
    /// The title field's text while it is being typed.
    title_buffer: String,
    /// Which persona is open in the panel and whose curve points drag.
    personas: personas::PersonaPanel,
    recent: RecentFiles,
    /// The language new maps are created in (chosen in File ▸ New from template).
    new_language: crate::model::Language,
    /// The language of the window's own words.
    ui_language: ui_language::UiLanguage,
    autosave: autosave::Autosave,
    /// The window: fonts installed, the title shown, closing confirmed.
    window: Window,
    /// Where the pictures of a map without a file are kept until its first save (in the data
    /// folder); `None` when there is no such folder.
    unsaved_assets: Option<PathBuf>,
    /// Answers for file dialogs given in advance (tests); empty: the dialogs ask.
    file_answers: pictures::FileAnswers,
}

/// What the app tracks of its window.
#[derive(Default)]
struct Window {
    /// Whether the bundled fonts are installed in the egui context yet (done on the first pass).
    fonts_installed: bool,
    shown_title: String,
    close_confirmed: bool,
}

impl JourneyApp {
    /// The editor on `path`, or on the example map; a file that does not open is reported.
    pub fn start(path: Option<PathBuf>, recent: RecentFiles) -> Self {
        let mut app = JourneyApp::new(Document::untitled(crate::templates::example()), recent);
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
            selection: Selection::default(),
            canvas: Canvas::default(),
            presenting: None,
            comparing: None,
            conflict_marks: None,
            in_place: None,
            modals: Modals::default(),
            actions: Actions::default(),
            status: None,
            personas: personas::PersonaPanel::default(),
            recent,
            new_language: crate::model::Language::English,
            ui_language: ui_language::UiLanguage::default(),
            autosave: autosave::Autosave::default(),
            window: Window::default(),
            unsaved_assets: None,
            file_answers: pictures::FileAnswers::default(),
        }
    }

    /// The editor answering its picture and Save As dialogs with `files`, in order, instead of
    /// asking (tests: no system dialog can be driven from them); once they run out, nothing is
    /// chosen.
    pub fn with_file_answers(mut self, files: Vec<PathBuf>) -> Self {
        self.file_answers = pictures::FileAnswers(Some(files.into()));
        self
    }

    /// The editor keeping the pictures of maps not saved yet in `folder`.
    pub fn with_unsaved_assets(mut self, folder: PathBuf) -> Self {
        self.unsaved_assets = Some(folder);
        self.store_template_pictures();
        self
    }

    /// The folder the open map's pictures are stored in: `assets/` beside its file, or the
    /// data folder's for a map not saved yet.
    fn assets(&self) -> Option<PathBuf> {
        match self.document.assets() {
            Some(assets) => Some(assets.to_owned()),
            None => self.unsaved_assets.clone(),
        }
    }

    /// The window in `language` (tests and benchmarks choose it; the app takes it from the
    /// config folder or the system's locale).
    pub fn with_ui_language(mut self, language: crate::model::Language) -> Self {
        self.ui_language = ui_language::UiLanguage::load(None, Some(language.code()));
        self
    }

    /// The language of the window's own words.
    pub fn ui_language(&self) -> crate::model::Language {
        self.ui_language.language
    }

    /// Keeps recovery copies of unsaved work in `store`, and offers the copies already there.
    pub fn with_recovery(mut self, store: crate::file::recovery::RecoveryStore) -> Self {
        let (autosave, found) = autosave::Autosave::new(Some(store), &self.document);
        self.autosave = autosave;
        for recovery in found {
            self.modals.push(Modal::Restore(recovery));
        }
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

    /// The canvas, to move its view from outside the UI (benchmarks, tests).
    pub fn canvas_mut(&mut self) -> &mut Canvas {
        &mut self.canvas
    }

    /// The current selection.
    pub fn selection(&self) -> &Selection {
        &self.selection
    }

    /// The first message waiting for the user in a dialog, if any.
    pub fn notice(&self) -> Option<&str> {
        self.modals.notice()
    }

    /// The message in the status bar, if any.
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }

    /// Records `action` for the next pass, as a menu item would (benchmarks, tests).
    pub fn request(&mut self, action: impl Into<Action>) {
        self.actions.push(action.into());
    }

    fn error(&mut self, message: String) {
        self.modals
            .push(Modal::Notice(crate::i18n::tr("app-error"), message));
    }

    /// The editor's panels and the map, when not presenting.
    fn editor_ui(&mut self, ui: &mut egui::Ui) {
        self.refresh_conflict_marks();
        self.menu_bar(ui);
        self.status_bar(ui);
        self.side_panels(ui);
        egui::CentralPanel::no_frame().show(ui, |ui| {
            let (journey, revision, changes) = match &self.comparing {
                Some(comparing) => {
                    let (journey, revision) = comparing.shown();
                    (journey, revision, None)
                }
                None => (
                    self.document.journey(),
                    self.document.revision(),
                    Some(self.document.changes()),
                ),
            };
            let shown = Shown {
                journey,
                revision,
                changes,
                selection: &self.selection,
                active_persona: self.personas.active,
            };
            let in_place = &mut self.in_place;
            self.canvas
                .show(ui, &shown, &mut self.actions, |ui, layout, out| {
                    in_place::editor(ui, layout, in_place, out);
                });
            menus::drop_hint(ui);
        });
    }

    /// After the actions: autosave and the window title.
    fn end_frame(&mut self, ctx: &egui::Context) {
        self.autosave(ctx.input(|i| i.time), false);
        if self.autosave.is_copying() {
            ctx.request_repaint();
        } else if self.document.is_dirty() {
            ctx.request_repaint_after(autosave::AUTOSAVE_EVERY);
        }
        let title = self.document.window_title();
        if title != self.window.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window.shown_title = title;
        }
    }
}

impl eframe::App for JourneyApp {
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // Closing without the prompt (the system shutting down, say) must not lose work.
        if !self.window.close_confirmed {
            self.autosave_now();
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if !self.window.fonts_installed {
            // Before any text of this pass is laid out, so the fonts apply at once.
            crate::fonts::install(&ctx);
            self.window.fonts_installed = true;
        }
        // Every word drawn this frame is in the window's language.
        crate::i18n::set_language(self.ui_language.language);
        // Ctrl+plus/minus/0 zoom the map, not the whole interface.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        self.record_input(&ctx);
        let assets = self.assets();
        self.canvas.begin_pictures(&ctx, assets, &mut self.actions);
        if self.presenting.is_some() {
            self.presentation_ui(ui);
        } else {
            self.editor_ui(ui);
        }
        self.canvas.end_pictures();
        let map = modal::Context {
            name: &self.document.display_name(),
            dirty: self.document.is_dirty(),
        };
        modal::show(&ctx, &mut self.modals, &map, &mut self.actions);
        self.record_map_keys(&ctx);
        self.apply_actions(&ctx);
        self.end_frame(&ctx);
    }
}
