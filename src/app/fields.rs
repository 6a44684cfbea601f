//! Form fields for the inspector and persona panels.
//!
//! While a field has focus, its text lives in egui's memory rather than being read back from the
//! document every frame: the document trims and caps what it stores, and that must not fight the
//! user's typing (a trailing space would vanish before the next word).

use egui::{Align, Align2, Id, TextEdit, Ui};

/// Where text is aligned in a text field: right for Persian or Arabic text. egui's text fields
/// keep the words of a line in typed order (no bidirectional reordering while editing), but
/// right alignment at least puts the start of an RTL line where its reader looks first.
pub fn alignment(text: &str) -> Align2 {
    match crate::layout::first_strong(text) {
        Some(crate::model::Direction::RightToLeft) => Align2([Align::RIGHT, Align::TOP]),
        _ => Align2::LEFT_TOP,
    }
}

/// A labelled text field showing `current`; returns the new text whenever the user changes it.
pub fn text(
    ui: &mut Ui,
    label: &str,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    current: &str,
    multiline: bool,
) -> Option<String> {
    let id = Id::unique(("field", label, id_salt));
    let focused = ui.memory(|m| m.has_focus(id));
    let mut buffer = if focused {
        ui.data_mut(|d| d.get_temp::<String>(id))
            .unwrap_or_else(|| current.to_owned())
    } else {
        current.to_owned()
    };
    let label = super::shown::label(ui, label);
    let align = alignment(&buffer);
    let layout = super::shown::FieldLayout {
        focused,
        multiline,
        align,
    };
    let font = egui::TextStyle::Body.resolve(ui.style());
    let mut layouter = |ui: &Ui, buffer: &dyn egui::TextBuffer, wrap: f32| {
        layout.galley(ui, buffer.as_str(), wrap, font.clone())
    };
    let edit = if multiline {
        TextEdit::multiline(&mut buffer).desired_rows(3)
    } else {
        TextEdit::singleline(&mut buffer)
    };
    let edit = edit
        .id(id)
        .desired_width(f32::INFINITY)
        .align(align)
        .layouter(&mut layouter);
    let response = ui.add(edit).labelled_by(label.id);
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, buffer.clone()));
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    response.changed().then_some(buffer)
}

/// A field holding a list, one item per line; returns the new list when changed.
pub fn lines(
    ui: &mut Ui,
    label: &str,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    items: &[String],
) -> Option<Vec<String>> {
    text(ui, label, id_salt, &items.join("\n"), true).map(|text| {
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect()
    })
}

/// A colour button for an sRGB colour; returns the new colour when changed.
pub fn color(ui: &mut Ui, current: crate::model::Rgb) -> Option<crate::model::Rgb> {
    let mut rgb = [current.0, current.1, current.2];
    ui.color_edit_button_srgb(&mut rgb)
        .changed()
        .then_some(crate::model::Rgb(rgb[0], rgb[1], rgb[2]))
}

/// A small field for an optional number, kept as typed while it has focus; accepts Persian and
/// Arabic-Indic digits, and remembers in `digits` which ones were typed so the number is shown
/// with them again. Returns whether `value` or `digits` changed.
pub fn number(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    value: &mut Option<f64>,
    digits: &mut crate::model::Digits,
    label: Id,
) -> bool {
    let id = Id::unique(("number", id_salt));
    let focused = ui.memory(|m| m.has_focus(id));
    let shown = value.map(|v| digits.format(v)).unwrap_or_default();
    let mut buffer = if focused {
        ui.data_mut(|d| d.get_temp::<String>(id)).unwrap_or(shown)
    } else {
        shown
    };
    let response = ui
        .add(TextEdit::singleline(&mut buffer).id(id).desired_width(48.0))
        .labelled_by(label);
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, buffer.clone()));
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    if !response.changed() {
        return false;
    }
    let parsed = crate::model::parse_number(&buffer);
    if !buffer.trim().is_empty() && parsed.is_none() {
        return false;
    }
    let typed = crate::model::Digits::of(&buffer);
    let digits_changed = parsed.is_some() && typed != *digits;
    if digits_changed {
        *digits = typed;
    }
    if parsed != *value {
        *value = parsed;
        return true;
    }
    digits_changed
}
