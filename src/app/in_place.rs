//! The text field that edits a card title in place, over the card on the map. Enter commits,
//! Shift+Enter starts a new line, Esc cancels.

use super::actions::{Action, Actions};
use crate::app::shown;
use crate::i18n::tr;
use crate::layout::Layout;
use crate::model::CardId;
use egui::{Key, Modifiers, Ui};

/// The words of the in-place editor, in one place.
mod words {
    pub const FIELD: &str = "in-place-field";
    pub const HINT: &str = "in-place-hint";
}

/// A card title being edited in place on the map.
#[derive(Clone, Debug)]
pub struct InPlace {
    /// The card.
    pub card: CardId,
    /// The title as typed so far.
    pub text: String,
    /// Focus the field (with the title selected) on the next frame.
    pub focus_requested: bool,
}

/// Shows the in-place editor, if a title is being edited, over its card.
pub(super) fn editor(
    ui: &mut Ui,
    layout: &Layout,
    in_place: &mut Option<InPlace>,
    out: &mut Actions,
) {
    let Some(editing) = in_place else { return };
    let Some(card) = layout.cards.iter().find(|c| c.id == editing.card) else {
        out.push(Action::CancelTitle);
        return;
    };
    let id = egui::Id::unique("in-place title");
    let focused = ui.memory(|m| m.has_focus(id));
    // Enter without Shift commits: take it before the text field turns it into a new line.
    let commit = focused && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter));
    let cancel = focused && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape));
    let rect = card.rect.expand(layout.style.selection_gap);
    let align = super::fields::alignment(&editing.text);
    let response = ui.put(
        rect,
        egui::TextEdit::multiline(&mut editing.text)
            .id(id)
            .align(align)
            .font(egui::FontId::proportional(layout.style.card_title_size))
            .desired_width(rect.width())
            .hint_text(shown::shown(&tr(words::HINT))),
    );
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, tr(words::FIELD)));
    if std::mem::take(&mut editing.focus_requested) {
        response.request_focus();
        // Start with the whole title selected, so typing replaces it.
        let mut state = egui::text_edit::TextEditState::load(ui.ctx(), id).unwrap_or_default();
        let end = egui::text::CCursor::new(editing.text.chars().count());
        state
            .cursor
            .set_char_range(Some(egui::text::CCursorRange::two(
                egui::text::CCursor::new(0),
                end,
            )));
        state.store(ui.ctx(), id);
    }
    // egui drops the focus of a field on Esc before the frame's widgets run, so the field has
    // already lost it here: that loss is a cancel, not a commit.
    let escaped = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Escape));
    if cancel || escaped {
        out.push(Action::CancelTitle);
    } else if commit || response.lost_focus() {
        out.push(Action::CommitTitle);
    }
}
