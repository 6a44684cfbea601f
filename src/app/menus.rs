//! The menu bar, status bar and dialogs of the editor. They only emit [`Command`]s or edits.

use super::{AfterSave, Command, DiskChoice, DiskConflict, JourneyApp, commands::shortcut_text};
use crate::edit::Edit;
use crate::model::Direction;
use crate::scene::ThemeKind;
use crate::templates;
use egui::{Button, Ui};

impl JourneyApp {
    fn item(&mut self, ui: &mut Ui, label: &str, command: Command, enabled: bool) {
        let shortcut = shortcut_text(ui.ctx(), &command);
        let mut button = Button::new(label);
        if !shortcut.is_empty() {
            button = button.shortcut_text(shortcut);
        }
        if ui.add_enabled(enabled, button).clicked() {
            self.pending.push(command);
            ui.close();
        }
    }

    pub(super) fn menu_bar(&mut self, ui: &mut Ui) {
        egui::Panel::top("menu_bar").show(ui, |ui| {
            egui::MenuBar::new().ui(ui, |ui| {
                ui.menu_button("File", |ui| {
                    // Choosing the language keeps the menu open; choosing a template closes it.
                    egui::containers::menu::SubMenuButton::new("New from template")
                        .config(
                            egui::containers::menu::MenuConfig::new()
                                .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside),
                        )
                        .ui(ui, |ui| {
                            ui.horizontal(|ui| {
                                ui.label("Language:");
                                for language in crate::model::Language::ALL {
                                    ui.selectable_value(
                                        &mut self.new_language,
                                        language,
                                        language.native_name(),
                                    );
                                }
                            });
                            ui.separator();
                            for template in templates::ALL {
                                if ui
                                    .button(template.name)
                                    .on_hover_text(template.summary)
                                    .clicked()
                                {
                                    self.pending.push(Command::New(template.name));
                                    ui.close();
                                }
                            }
                        });
                    self.item(ui, "New blank map", Command::New("blank"), true);
                    self.item(ui, "Open…", Command::Open, true);
                    let recent = self.recent.paths().to_vec();
                    ui.add_enabled_ui(!recent.is_empty(), |ui| {
                        ui.menu_button("Open recent", |ui| {
                            for path in recent {
                                if ui.button(path.display().to_string()).clicked() {
                                    self.pending.push(Command::OpenPath(path));
                                    ui.close();
                                }
                            }
                        });
                    });
                    ui.separator();
                    self.item(ui, "Save", Command::Save, true);
                    self.item(ui, "Save As…", Command::SaveAs, true);
                    self.item(ui, "Export PNG…", Command::ShowExport, true);
                    self.item(ui, "Export Mermaid…", Command::ExportMermaid, true);
                    self.item(ui, "Export Markdown report…", Command::ExportMarkdown, true);
                    ui.separator();
                    self.item(ui, "Quit", Command::Quit, true);
                });
                ui.menu_button("Edit", |ui| {
                    let (undo, redo) = (self.document.can_undo(), self.document.can_redo());
                    self.item(ui, "Undo", Command::Undo, undo);
                    self.item(ui, "Redo", Command::Redo, redo);
                    ui.separator();
                    self.item(ui, "Copy as Mermaid", Command::CopyMermaid, true);
                    let rtl = self.document.journey().direction == Direction::RightToLeft;
                    let label = if rtl {
                        "Make left-to-right"
                    } else {
                        "Make right-to-left"
                    };
                    self.item(ui, label, Command::ToggleDirection, true);
                });
                ui.menu_button("View", |ui| {
                    self.item(ui, "Fit map", Command::FitMap, true);
                    self.item(ui, "Present", Command::Present, true);
                    self.item(ui, "Zoom in", Command::ZoomIn, true);
                    self.item(ui, "Zoom out", Command::ZoomOut, true);
                    ui.separator();
                    ui.radio_value(&mut self.canvas.theme, ThemeKind::Light, "Light map");
                    ui.radio_value(&mut self.canvas.theme, ThemeKind::Dark, "Dark map");
                });
                ui.separator();
                if ui
                    .add_enabled(self.document.can_undo(), Button::new("⟲ Undo"))
                    .on_hover_text("Undo the last change (Ctrl+Z)")
                    .clicked()
                {
                    self.pending.push(Command::Undo);
                }
                if ui
                    .add_enabled(self.document.can_redo(), Button::new("⟳ Redo"))
                    .on_hover_text("Redo (Ctrl+Shift+Z)")
                    .clicked()
                {
                    self.pending.push(Command::Redo);
                }
                if ui
                    .button("Fit")
                    .on_hover_text("Show the whole map (Ctrl+0)")
                    .clicked()
                {
                    self.pending.push(Command::FitMap);
                }
                if ui
                    .button("▶ Present")
                    .on_hover_text("Present the map full screen, stage by stage (F5)")
                    .clicked()
                {
                    self.pending.push(Command::Present);
                }
                ui.separator();
                let label = ui.label("Title:");
                let align = super::fields::alignment(&self.title_buffer);
                let response = ui.add(
                    egui::TextEdit::singleline(&mut self.title_buffer)
                        .align(align)
                        .desired_width(360.0)
                        .hint_text("Map title"),
                );
                let response = response
                    .labelled_by(label.id)
                    .on_hover_text("Rename the map; Enter to apply");
                let cancelled =
                    response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Escape));
                if cancelled {
                    self.title_buffer.clone_from(&self.document.journey().title);
                } else if response.lost_focus()
                    && self.title_buffer != self.document.journey().title
                {
                    self.document
                        .apply(Edit::SetTitle(self.title_buffer.clone()));
                    self.title_buffer = self.document.journey().title.clone();
                } else if !response.has_focus() {
                    self.title_buffer.clone_from(&self.document.journey().title);
                }
            });
        });
    }

    pub(super) fn side_panels(&mut self, ui: &mut Ui) {
        egui::Panel::left("palette_and_personas")
            .default_size(220.0)
            .resizable(true)
            .show(ui, |ui| {
                super::palette::show(ui);
                ui.separator();
                let Self {
                    document,
                    personas,
                    canvas,
                    outbox,
                    ..
                } = self;
                egui::ScrollArea::vertical()
                    .id_salt("personas")
                    .show(ui, |ui| {
                        super::personas::show(
                            ui,
                            document.journey(),
                            personas,
                            &mut canvas.options,
                            outbox,
                        );
                    });
            });
        egui::Panel::right("inspector")
            .default_size(300.0)
            .resizable(true)
            .show(ui, |ui| {
                let Self {
                    document,
                    selection,
                    outbox,
                    ..
                } = self;
                super::inspector::show(ui, document.journey(), selection, outbox);
            });
    }

    pub(super) fn status_bar(&mut self, ui: &mut Ui) {
        egui::Panel::bottom("status_bar").show(ui, |ui| {
            ui.horizontal(|ui| {
                let journey = self.document.journey();
                let place = self
                    .document
                    .path()
                    .map_or_else(|| "not saved yet".to_owned(), |p| p.display().to_string());
                ui.label(place);
                ui.separator();
                ui.label(format!(
                    "{} stages · {} lanes · {} cards · {} personas",
                    journey.stages.len(),
                    journey.lanes.len(),
                    journey.cards.len(),
                    journey.personas.len()
                ));
                ui.separator();
                let zoom = self.canvas.zoom();
                ui.label(format!("zoom {:.0}%", zoom * 100.0));
                if self.document.is_dirty() {
                    ui.separator();
                    ui.label("unsaved changes");
                }
                if let Some(status) = &self.status {
                    ui.separator();
                    ui.label(status);
                }
            });
        });
    }

    pub(super) fn dialogs(&mut self, ctx: &egui::Context) {
        if let Some(conflict) = self.disk_conflict {
            let mut choice = None;
            egui::Modal::new(egui::Id::unique("disk conflict")).show(ctx, |ui| {
                ui.set_max_width(560.0);
                ui.heading("The file changed on disk");
                ui.label(format!(
                    "{} was changed by another program (or deleted) since you opened or saved it here.",
                    self.document.display_name()
                ));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if conflict == DiskConflict::Saving && ui.button("Overwrite with this version").clicked() {
                        choice = Some(DiskChoice::Overwrite);
                    }
                    let reload = if self.document.is_dirty() { "Reload (lose changes made here)" } else { "Reload" };
                    if ui.button(reload).clicked() {
                        choice = Some(DiskChoice::Reload);
                    }
                    let keep = if conflict == DiskConflict::Saving { "Cancel" } else { "Keep this version" };
                    if ui.button(keep).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                        choice = Some(DiskChoice::Keep);
                    }
                });
            });
            if let Some(choice) = choice {
                self.resolve_disk_conflict(choice);
            }
        }
        if !self.autosave.offered.is_empty() && self.notice.is_none() {
            self.recovery_dialog(ctx);
        }
        if let Some((heading, message)) = self.notice.clone() {
            egui::Modal::new(egui::Id::unique("notice")).show(ctx, |ui| {
                ui.set_max_width(560.0);
                ui.heading(heading);
                ui.label(message);
                ui.add_space(8.0);
                if ui.button("OK").clicked()
                    || ui.input(|i| {
                        i.key_pressed(egui::Key::Escape) || i.key_pressed(egui::Key::Enter)
                    })
                {
                    self.notice = None;
                }
            });
        }
        if let Some(after) = self.confirm.clone() {
            let mut answer = None;
            egui::Modal::new(egui::Id::unique("confirm")).show(ctx, |ui| {
                ui.heading("Save changes?");
                let what = match after {
                    AfterSave::Close => "before closing",
                    AfterSave::Run(_) => "before opening another map",
                };
                ui.label(format!(
                    "{} has unsaved changes. Save them {what}?",
                    self.document.display_name()
                ));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Save").clicked() {
                        answer = Some(Some(true));
                    }
                    if ui.button("Don't save").clicked() {
                        answer = Some(Some(false));
                    }
                    if ui.button("Cancel").clicked()
                        || ui.input(|i| i.key_pressed(egui::Key::Escape))
                    {
                        answer = Some(None);
                    }
                });
            });
            match answer {
                Some(Some(save_first)) => self.answer_confirm(ctx, save_first),
                Some(None) => self.confirm = None,
                None => {}
            }
        }
        if let Some(mut options) = self.export_dialog.clone() {
            let mut close = false;
            egui::Modal::new(egui::Id::unique("export")).show(ctx, |ui| {
                ui.heading("Export PNG");
                ui.horizontal(|ui| {
                    ui.label("Scale:");
                    for scale in [1.0, 2.0, 4.0] {
                        ui.radio_value(&mut options.scale, scale, format!("{scale}×"));
                    }
                });
                ui.horizontal(|ui| {
                    ui.label("Theme:");
                    ui.radio_value(&mut options.theme, ThemeKind::Light, "Light");
                    ui.radio_value(&mut options.theme, ThemeKind::Dark, "Dark");
                });
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Export…").clicked() {
                        self.pending.push(Command::ExportPng {
                            scale: options.scale,
                            theme: options.theme,
                        });
                        close = true;
                    }
                    if ui.button("Cancel").clicked()
                        || ui.input(|i| i.key_pressed(egui::Key::Escape))
                    {
                        close = true;
                    }
                });
            });
            self.export_dialog = if close { None } else { Some(options) };
        }
    }
}

/// While files are dragged over the window, says what dropping does.
pub(super) fn drop_hint(ui: &mut Ui) {
    if ui.input(|i| i.raw.hovered_files.is_empty()) {
        return;
    }
    let rect = ui.max_rect();
    let painter = ui.painter();
    painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(140));
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        "Drop a .journey.ron file to open it",
        egui::FontId::proportional(24.0),
        egui::Color32::WHITE,
    );
}
