//! Text shown by egui's own widgets, in visual order. egui draws every run left to right and has
//! no bidirectional reordering, so a label of several Persian or Arabic words would read
//! backwards. These helpers hand egui each line already in visual order (the map's bidi code,
//! [`crate::layout::visual_text`]) and keep the accessible name — what screen readers say and
//! what UI tests find — in logical order.

use crate::layout::{Base, visual_text};
use crate::model::Direction;
use egui::{Response, Role, Ui, WidgetInfo};

/// `text` as egui must draw it: each line in visual order, its direction from its first letter.
pub fn shown(text: &str) -> String {
    visual_text(text, Base::Auto(Direction::LeftToRight))
}

/// Gives a widget the accessible name `text` (logical order) in place of what it draws.
fn named(response: &Response, kind: Role, selected: Option<bool>, text: &str) {
    let enabled = response.enabled();
    response.widget_info(|| match selected {
        Some(selected) => WidgetInfo::selected(kind, enabled, selected, text),
        None => WidgetInfo::labeled(kind, enabled, text),
    });
}

/// A label of user text. Right-to-left paragraphs are wrapped in typed order (egui's own
/// wrapping of a visual line would put its rows in reverse) and right-aligned.
pub fn label(ui: &mut Ui, text: &str) -> Response {
    if shown(text) == text {
        // Nothing to reorder: egui's own label (not selectable, like the reordered ones, so a
        // drag on it, as in the palette, drags what it labels).
        return ui.add(egui::Label::new(text).selectable(false));
    }
    // In a row that does not wrap (a menu's or a toolbar's), a label keeps to one line, as
    // egui's own labels do there.
    let width = match ui.wrap_mode() {
        egui::TextWrapMode::Extend => f32::INFINITY,
        _ => ui.available_width(),
    };
    let font = egui::TextStyle::Body.resolve(ui.style());
    let base = Base::Auto(Direction::LeftToRight);
    let shaped = ui.fonts_mut(|f| crate::layout::shape_text(f, text, font, width, base));
    let galley = shaped.galley;
    let size = egui::vec2(galley.size().x.min(width), galley.size().y);
    let (rect, response) = if ui.layout().main_dir().is_horizontal() || width.is_infinite() {
        ui.allocate_exact_size(size, egui::Sense::hover())
    } else {
        ui.allocate_exact_size(egui::vec2(width, size.y), egui::Sense::hover())
    };
    let left = match shaped.direction {
        Direction::RightToLeft => rect.max.x - galley.size().x,
        Direction::LeftToRight => rect.min.x,
    };
    let origin = egui::pos2(left, rect.min.y) - galley.rect.min.to_vec2();
    let color = ui.visuals().text_color();
    ui.painter().galley(origin, galley, color);
    named(&response, Role::Label, None, text);
    response
}

/// Whether the window is mirrored: its language is written right to left.
pub fn mirrored() -> bool {
    crate::i18n::language().direction() == Direction::RightToLeft
}

/// A row of widgets that starts on the side the window's language reads from: the right in
/// Persian and Arabic.
pub fn row<R>(ui: &mut Ui, contents: impl FnOnce(&mut Ui) -> R) -> egui::InnerResponse<R> {
    if mirrored() {
        // Aligned to the top: centred, the row would take the whole height left in a panel.
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), contents)
    } else {
        ui.horizontal(contents)
    }
}

/// A panel's column of widgets, stacked from the side the window's language reads from: the
/// right in Persian and Arabic, so buttons and fields line up under right-aligned headings.
pub fn column<R>(ui: &mut Ui, contents: impl FnOnce(&mut Ui) -> R) -> R {
    if mirrored() {
        ui.with_layout(egui::Layout::top_down(egui::Align::Max), contents)
            .inner
    } else {
        contents(ui)
    }
}

/// A heading.
pub fn heading(ui: &mut Ui, text: &str) -> Response {
    let response = if mirrored() && ui.layout().is_vertical() {
        // At the right of the column, where a right-to-left reader starts.
        let right = egui::Layout::top_down(egui::Align::Max);
        ui.with_layout(right, |ui| ui.heading(shown(text))).inner
    } else {
        ui.heading(shown(text))
    };
    named(&response, Role::Label, None, text);
    response
}

/// A menu button (a top-level menu or a submenu) labelled `text`.
pub fn menu_button<R>(
    ui: &mut Ui,
    text: &str,
    contents: impl FnOnce(&mut Ui) -> R,
) -> egui::InnerResponse<Option<R>> {
    let response = ui.menu_button(shown(text), |ui| {
        if mirrored() {
            // Entries fill the menu's width with their words at its right edge.
            contents(ui)
        } else {
            contents(ui)
        }
    });
    named(&response.response, Role::Button, None, text);
    response
}

/// A menu entry: its words and, when it has one, its key. In a mirrored window the words are at
/// the right and the key at the left, as right-to-left desktop menus have them.
pub fn menu_entry<'a>(text: &str, keys: &str) -> egui::Button<'a> {
    match (mirrored(), keys.is_empty()) {
        (false, true) => egui::Button::new(shown(text)),
        (false, false) => egui::Button::new(shown(text)).shortcut_text(keys.to_owned()),
        (true, true) => egui::Button::new(()).right_text(shown(text)),
        (true, false) => {
            egui::Button::new(egui::RichText::new(keys).weak()).right_text(shown(text))
        }
    }
}

/// A submenu inside a menu. egui opens submenus to the right whatever the window's direction; in
/// a mirrored window its entries are shown in place instead, as a titled section of the menu.
pub fn submenu(ui: &mut Ui, text: &str, contents: impl FnOnce(&mut Ui)) {
    if mirrored() {
        ui.separator();
        // Drawn like an entry, so that it sits at the menu's right edge as the entries do.
        let words = egui::RichText::new(shown(text)).strong();
        let title = egui::Button::new(())
            .right_text(words)
            .frame(false)
            .sense(egui::Sense::hover());
        let title = ui.add(title);
        named(&title, Role::Label, None, text);
        contents(ui);
        ui.separator();
    } else {
        menu_button(ui, text, contents);
    }
}

/// A radio button labelled `text`.
pub fn radio(ui: &mut Ui, selected: bool, text: &str) -> Response {
    let response = ui.radio(selected, shown(text));
    named(&response, Role::RadioButton, Some(selected), text);
    response
}

/// A menu entry of user text (a recent file, a template): at the menu's right edge in a
/// mirrored window.
pub fn menu_text_entry(ui: &mut Ui, text: &str) -> Response {
    let response = ui.add(menu_entry(text, ""));
    named(&response, Role::Button, None, text);
    response
}

/// A button of user text.
pub fn button(ui: &mut Ui, text: &str) -> Response {
    let response = ui.button(shown(text));
    named(&response, Role::Button, None, text);
    response
}

/// A selectable label of user text (list rows, combo box entries).
pub fn selectable(ui: &mut Ui, selected: bool, text: &str) -> Response {
    let response = ui.selectable_label(selected, shown(text));
    named(&response, Role::Button, Some(selected), text);
    response
}

/// A selectable label showing `text` shortened to `short` but named in full for screen readers
/// and UI tests (a row of a long list).
pub fn selectable_short(ui: &mut Ui, selected: bool, short: &str, text: &str) -> Response {
    let response = ui.selectable_label(selected, shown(short));
    named(&response, Role::Button, Some(selected), text);
    response
}

/// A checkbox labelled with user text; in a mirrored window the box is right of its label.
pub fn checkbox(ui: &mut Ui, checked: &mut bool, text: &str) -> Response {
    let response = if mirrored() {
        row(ui, |ui| {
            let mut response = ui.checkbox(checked, "");
            // The label toggles the box, as egui's own checkbox label does.
            let label = ui.add(egui::Label::new(shown(text)).sense(egui::Sense::click()));
            if label.clicked() {
                *checked = !*checked;
                response.mark_changed();
            }
            response | label
        })
        .inner
    } else {
        ui.checkbox(checked, shown(text))
    };
    named(&response, Role::CheckBox, Some(*checked), text);
    response
}

/// How a text field lays out its text: while the field does not have the keyboard, each
/// paragraph in visual order and right-to-left ones right-aligned, wrapped like the map's text;
/// while typing, as typed, since egui edits a line in typed order.
pub struct FieldLayout {
    /// Whether the field has the keyboard.
    pub focused: bool,
    /// Whether the field wraps its text over several lines.
    pub multiline: bool,
    /// Where the text sits while typing (right for right-to-left text).
    pub align: egui::Align2,
}

impl FieldLayout {
    /// The galley of `text` for a field `wrap_width` wide, in `font`.
    pub fn galley(
        &self,
        ui: &Ui,
        text: &str,
        wrap_width: f32,
        font: egui::FontId,
    ) -> std::sync::Arc<egui::Galley> {
        let wrap = if self.multiline {
            wrap_width
        } else {
            f32::INFINITY
        };
        if !self.focused {
            let base = Base::Auto(Direction::LeftToRight);
            return ui.fonts_mut(|f| crate::layout::shape_text(f, text, font, wrap, base).galley);
        }
        let color = egui::Color32::PLACEHOLDER;
        let mut job = if self.multiline {
            egui::text::LayoutJob::simple(text.to_owned(), font, color, wrap)
        } else {
            egui::text::LayoutJob::simple_singleline(text.to_owned(), font, color)
        };
        job.halign = self.align.x();
        // Trailing spaces stay while typing, as egui's own fields keep them.
        job.keep_trailing_whitespace = true;
        ui.fonts_mut(|f| f.layout_job(job))
    }
}

/// A small one-line field for user text (a KPI's name or unit), `width` wide, drawn in visual
/// order while it does not have the keyboard.
pub fn line_field(ui: &mut Ui, id: egui::Id, text: &mut String, width: f32) -> Response {
    let layout = FieldLayout {
        focused: ui.memory(|m| m.has_focus(id)),
        multiline: false,
        align: super::fields::alignment(text),
    };
    let font = egui::TextStyle::Body.resolve(ui.style());
    let mut layouter = |ui: &Ui, buffer: &dyn egui::TextBuffer, wrap: f32| {
        layout.galley(ui, buffer.as_str(), wrap, font.clone())
    };
    ui.add(
        egui::TextEdit::singleline(text)
            .id(id)
            .align(layout.align)
            .desired_width(width)
            .layouter(&mut layouter),
    )
}
