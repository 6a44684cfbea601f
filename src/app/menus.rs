//! The menu bar with its toolbar, the status bar and the side panels of the editor. They only
//! record actions; the commands' words and keys come from the command table.

use super::actions::{Action, Actions};
use super::commands::{Command, Context};
use super::{JourneyApp, shown};
use crate::edit::Edit;
use crate::i18n::tr;
use crate::model::Direction;
use crate::scene::ThemeKind;
use crate::templates;
use egui::{Button, Ui};

/// The words of the menus and bars, in one place.
mod words {
    pub const FILE: &str = "menu-file";
    pub const EDIT: &str = "menu-edit";
    pub const VIEW: &str = "menu-view";
    pub const NEW_FROM_TEMPLATE: &str = "menu-new-from-template";
    pub const LANGUAGE: &str = "menu-language";
    pub const OPEN_RECENT: &str = "menu-open-recent";
    pub const LIGHT_MAP: &str = "menu-light-map";
    pub const DARK_MAP: &str = "menu-dark-map";
    pub const UNDO_ICON: &str = "⟲";
    pub const REDO_ICON: &str = "⟳";
    pub const PRESENT_ICON: &str = "▶";
    pub const FIT: &str = "menu-fit";
    pub const TITLE: &str = "menu-title";
    pub const TITLE_HINT: &str = "menu-title-hint";
    pub const TITLE_TIP: &str = "menu-title-tip";
    pub const NOT_SAVED: &str = "menu-not-saved";
    pub const UNSAVED: &str = "menu-unsaved";
    pub const DROP_HINT: &str = "menu-drop-hint";
    pub const DROP_PICTURES_HINT: &str = "menu-drop-pictures-hint";
    pub const UI_LANGUAGE: &str = "menu-ui-language";

    pub fn counts(stages: usize, lanes: usize, cards: usize, personas: usize) -> String {
        use crate::i18n::{Arg, tr_args};
        tr_args(
            "menu-counts",
            &[
                ("stages", Arg::Count(stages)),
                ("lanes", Arg::Count(lanes)),
                ("cards", Arg::Count(cards)),
                ("personas", Arg::Count(personas)),
            ],
        )
    }

    pub fn zoom(percent: f32) -> String {
        let percent = percent.round().max(0.0) as usize;
        crate::i18n::tr_args(
            "menu-zoom",
            &[("percent", crate::i18n::Arg::Count(percent))],
        )
    }
}

/// The message naming a built-in template in the menu (the command line keeps its short name).
fn template_title(name: &str) -> &'static str {
    match name {
        "lifecycle" => "template-title-lifecycle",
        "buyer" => "template-title-buyer",
        "full-cycle" => "template-title-full-cycle",
        "service-blueprint" => "template-title-service-blueprint",
        "forks" => "template-title-forks",
        _ => "template-title-blank",
    }
}

/// The message describing a built-in template.
fn template_summary(name: &str) -> &'static str {
    match name {
        "lifecycle" => "template-lifecycle",
        "buyer" => "template-buyer",
        "full-cycle" => "template-full-cycle",
        "service-blueprint" => "template-service-blueprint",
        "forks" => "template-forks",
        _ => "template-blank",
    }
}

/// A menu item for `command`: its label and its key, from the command table.
fn item(ui: &mut Ui, out: &mut Actions, command: Command, direction: Direction, enabled: bool) {
    let label = command.label_in(direction);
    let keys = command.shortcut_text(Context::Editor, direction);
    let keys = if keys.is_empty() {
        command.shortcut_text(Context::Map, direction)
    } else {
        keys
    };
    let button = shown::menu_entry(&label, &keys);
    let name = if keys.is_empty() {
        label
    } else {
        format!("{label} {keys}")
    };
    let response = ui.add_enabled(enabled, button);
    // What screen readers say: the words in typed order, not as drawn.
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, &name));
    if response.clicked() {
        out.command(command);
        ui.close();
    }
}

/// A toolbar button: an icon and the command's label, its tooltip with the key.
fn tool(ui: &mut Ui, out: &mut Actions, icon: &str, command: Command, enabled: bool) {
    let text = if icon.is_empty() {
        command.label().to_owned()
    } else {
        format!("{icon} {}", command.label())
    };
    let response = ui.add_enabled(enabled, Button::new(shown::shown(&text)));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, &text));
    if response
        .on_hover_text(shown::shown(&command.tooltip_with_keys()))
        .clicked()
    {
        out.command(command);
    }
}

impl JourneyApp {
    pub(super) fn menu_bar(&mut self, ui: &mut Ui) {
        egui::Panel::top("menu_bar").show(ui, |ui| {
            egui::MenuBar::new().ui(ui, |ui| {
                // The menus start on the side the window's language reads from.
                if shown::mirrored() {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        self.menus_and_tools(ui);
                    });
                } else {
                    self.menus_and_tools(ui);
                }
            });
        });
    }

    fn menus_and_tools(&mut self, ui: &mut Ui) {
        shown::menu_button(ui, &tr(words::FILE), |ui| self.file_menu(ui));
        let direction = self.document.journey().direction;
        let (undo, redo) = (self.document.can_undo(), self.document.can_redo());
        let one_card = self.selection.single_card().is_some();
        let out = &mut self.actions;
        shown::menu_button(ui, &tr(words::EDIT), |ui| {
            item(ui, out, Command::Undo, direction, undo);
            item(ui, out, Command::Redo, direction, redo);
            ui.separator();
            item(ui, out, Command::CopyMermaid, direction, true);
            item(ui, out, Command::CopyTable, direction, true);
            item(ui, out, Command::Connect, direction, one_card);
            item(ui, out, Command::ToggleDirection, direction, true);
        });
        let theme = self.canvas.theme;
        shown::menu_button(ui, &tr(words::VIEW), |ui| {
            for command in [
                Command::FitMap,
                Command::Present,
                Command::ZoomIn,
                Command::ZoomOut,
            ] {
                item(ui, out, command, direction, true);
            }
            ui.separator();
            shown::submenu(ui, &tr(words::UI_LANGUAGE), |ui| {
                for language in crate::model::Language::ALL {
                    let chosen = crate::i18n::language() == language;
                    if shown::radio(ui, chosen, language.native_name()).clicked() {
                        out.push(Action::SetUiLanguage(language));
                        ui.close();
                    }
                }
            });
            ui.separator();
            for (kind, label) in [
                (ThemeKind::Light, tr(words::LIGHT_MAP)),
                (ThemeKind::Dark, tr(words::DARK_MAP)),
            ] {
                if shown::radio(ui, theme == kind, &label).clicked() {
                    out.push(Action::SetTheme(kind));
                }
            }
        });
        ui.separator();
        tool(ui, out, words::UNDO_ICON, Command::Undo, undo);
        tool(ui, out, words::REDO_ICON, Command::Redo, redo);
        if shown::button(ui, &tr(words::FIT))
            .on_hover_text(shown::shown(&Command::FitMap.tooltip_with_keys()))
            .clicked()
        {
            out.command(Command::FitMap);
        }
        tool(ui, out, words::PRESENT_ICON, Command::Present, true);
        ui.separator();
        self.title_field(ui);
    }

    fn file_menu(&mut self, ui: &mut Ui) {
        let direction = self.document.journey().direction;
        let title = tr(words::NEW_FROM_TEMPLATE);
        if shown::mirrored() {
            shown::submenu(ui, &title, |ui| self.templates(ui));
        } else {
            // Choosing the language keeps the menu open; choosing a template closes it.
            egui::containers::menu::SubMenuButton::new(shown::shown(&title))
                .config(
                    egui::containers::menu::MenuConfig::new()
                        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside),
                )
                .ui(ui, |ui| self.templates(ui));
        }
        self.file_commands(ui, direction);
    }

    /// The templates, and the language new maps are made in.
    fn templates(&mut self, ui: &mut Ui) {
        // Laid out by hand from the left: a right-to-left layout would take all the width a
        // menu offers, making it as wide as the window.
        ui.horizontal(|ui| {
            let mirrored = shown::mirrored();
            if !mirrored {
                shown::label(ui, &tr(words::LANGUAGE));
            }
            let mut languages = crate::model::Language::ALL.to_vec();
            if mirrored {
                languages.reverse();
            }
            for language in languages {
                // The language of new maps is a choice in this menu, not the map's.
                ui.selectable_value(&mut self.new_language, language, language.native_name());
            }
            if mirrored {
                shown::label(ui, &tr(words::LANGUAGE));
            }
        });
        ui.separator();
        for template in templates::ALL {
            if shown::menu_text_entry(ui, &tr(template_title(template.name)))
                .on_hover_text(shown::shown(&tr(template_summary(template.name))))
                .clicked()
            {
                self.actions.push(Action::NewFromTemplate(template.name));
                ui.close();
            }
        }
    }

    fn file_commands(&mut self, ui: &mut Ui, direction: Direction) {
        let out = &mut self.actions;
        item(ui, out, Command::NewBlank, direction, true);
        item(ui, out, Command::Open, direction, true);
        let recent = self.recent.paths();
        ui.add_enabled_ui(!recent.is_empty(), |ui| {
            shown::submenu(ui, &tr(words::OPEN_RECENT), |ui| {
                for path in recent {
                    if shown::menu_text_entry(ui, &path.display().to_string()).clicked() {
                        out.push(Action::OpenPath(path.clone()));
                        ui.close();
                    }
                }
            });
        });
        ui.separator();
        for command in [
            Command::Save,
            Command::SaveAs,
            Command::ShowExport,
            Command::ExportMermaid,
            Command::ExportMarkdown,
            Command::ShowPictures,
        ] {
            item(ui, out, command, direction, true);
        }
        ui.separator();
        // One entry: Compare with…, or Leave compare mode while comparing.
        let compare = if self.comparing.is_some() {
            Command::LeaveCompare
        } else {
            Command::Compare
        };
        item(ui, out, compare, direction, true);
        ui.separator();
        item(ui, out, Command::Quit, direction, true);
    }

    /// The map's title: typed into a buffer, applied as one edit on Enter or leaving the field.
    fn title_field(&mut self, ui: &mut Ui) {
        let label = shown::label(ui, &tr(words::TITLE));
        let align = super::fields::alignment(&self.title_buffer);
        let id = egui::Id::unique("map title field");
        let layout = super::shown::FieldLayout {
            focused: ui.memory(|m| m.has_focus(id)),
            multiline: false,
            align,
        };
        let font = egui::TextStyle::Body.resolve(ui.style());
        let mut layouter = |ui: &Ui, buffer: &dyn egui::TextBuffer, wrap: f32| {
            layout.galley(ui, buffer.as_str(), wrap, font.clone())
        };
        let response = ui.add(
            egui::TextEdit::singleline(&mut self.title_buffer)
                .id(id)
                .align(align)
                .desired_width(360.0)
                .hint_text(shown::shown(&tr(words::TITLE_HINT)))
                .layouter(&mut layouter),
        );
        let response = response
            .labelled_by(label.id)
            .on_hover_text(shown::shown(&tr(words::TITLE_TIP)));
        let title = &self.document.journey().title;
        let cancelled = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Escape));
        if cancelled {
            self.title_buffer.clone_from(title);
        } else if response.lost_focus() && self.title_buffer != *title {
            self.actions
                .edit(Edit::SetTitle(self.title_buffer.clone()), None);
        } else if !response.has_focus() {
            self.title_buffer.clone_from(title);
        }
    }

    pub(super) fn side_panels(&mut self, ui: &mut Ui) {
        // In a right-to-left window the palette is on the right and the inspector on the left.
        let (palette_side, inspector_side) = if shown::mirrored() {
            (
                egui::Panel::right("palette_and_personas"),
                egui::Panel::left("inspector"),
            )
        } else {
            (
                egui::Panel::left("palette_and_personas"),
                egui::Panel::right("inspector"),
            )
        };
        palette_side
            .default_size(220.0)
            .resizable(true)
            .show(ui, |ui| {
                super::palette::show(ui);
                ui.separator();
                let journey = self.document.journey();
                let ppp = ui.ctx().pixels_per_point();
                let photo = self
                    .personas
                    .open
                    .and_then(|id| journey.persona(id)?.photo.as_ref())
                    .and_then(|photo| {
                        let size =
                            super::personas::photo_size(photo, super::personas::PHOTO_SIDE) * ppp;
                        let pixels = [size.x.round() as u32, size.y.round() as u32];
                        self.canvas.picture_texture(photo, pixels)
                    });
                let hidden = &self.canvas.options.hidden_personas;
                let (panel, out) = (&mut self.personas, &mut self.actions);
                egui::ScrollArea::vertical()
                    .id_salt("personas")
                    .show(ui, |ui| {
                        shown::column(ui, |ui| {
                            super::personas::show(ui, journey, panel, (hidden, photo), out)
                        })
                    });
            });
        inspector_side
            .default_size(300.0)
            .resizable(true)
            .show(ui, |ui| {
                if let Some(comparing) = &mut self.comparing {
                    let map = (self.document.journey(), self.canvas.theme);
                    super::compare_view::panel(ui, comparing, map, &mut self.actions);
                    return;
                }
                super::conflicts_view::panel(ui, self.document.journey(), &mut self.actions);
                super::inspector::show(
                    ui,
                    self.document.journey(),
                    &self.selection,
                    &mut self.actions,
                );
            });
    }

    pub(super) fn status_bar(&mut self, ui: &mut Ui) {
        egui::Panel::bottom("status_bar").show(ui, |ui| {
            shown::row(ui, |ui| {
                let journey = self.document.journey();
                let place = self.document.path().map_or_else(
                    || tr(words::NOT_SAVED).to_owned(),
                    |p| p.display().to_string(),
                );
                shown::label(ui, &place);
                ui.separator();
                shown::label(
                    ui,
                    &words::counts(
                        journey.stages.len(),
                        journey.lanes.len(),
                        journey.cards.len(),
                        journey.personas.len(),
                    ),
                );
                ui.separator();
                shown::label(ui, &words::zoom(self.canvas.zoom() * 100.0));
                if self.document.is_dirty() {
                    ui.separator();
                    shown::label(ui, &tr(words::UNSAVED));
                }
                if let Some(status) = &self.status {
                    ui.separator();
                    shown::label(ui, status);
                }
            });
        });
    }
}

/// While files are dragged over the window, says what dropping does.
pub(super) fn drop_hint(ui: &mut Ui) {
    let hovered: Vec<Option<std::path::PathBuf>> =
        ui.input(|i| i.raw.hovered_files.iter().map(|f| f.path.clone()).collect());
    if hovered.is_empty() {
        return;
    }
    // Pictures go onto the map; anything else is opened.
    let pictures = hovered.iter().all(|path| {
        path.as_deref()
            .is_some_and(super::pictures::is_picture_file)
    });
    let hint = if pictures {
        tr(words::DROP_PICTURES_HINT)
    } else {
        tr(words::DROP_HINT)
    };
    let rect = ui.max_rect();
    let painter = ui.painter();
    painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(140));
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        shown::shown(&hint),
        egui::FontId::proportional(24.0),
        egui::Color32::WHITE,
    );
}
