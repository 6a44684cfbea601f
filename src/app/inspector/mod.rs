//! The inspector: edits everything of the selection — a card, a stage, a lane — or the map.

mod blueprint;
mod card;
pub mod connection;
mod stage;

use super::actions::{Action, Actions};
use super::selection::Selection;
use super::{Command, fields, shown};
use crate::edit::{Edit, MergeKey};
use crate::i18n::tr;
use crate::model::{Direction, Journey, LaneKind, MapState};
use egui::Ui;

/// A labelled combo box of `options` (value, name) showing `current`; the value picked, if the
/// user picked another one.
pub(super) fn choose<'a, T: PartialEq + Copy>(
    ui: &mut Ui,
    label: &str,
    salt: impl std::hash::Hash + std::fmt::Debug,
    current: T,
    options: impl Iterator<Item = (T, &'a str)> + Clone,
) -> Option<T> {
    let mut picked = None;
    shown::row(ui, |ui| {
        let label = ui.label(label);
        let current_name = options
            .clone()
            .find(|(value, _)| *value == current)
            .map_or("", |(_, name)| name);
        let combo = egui::ComboBox::from_id_salt(salt)
            .selected_text(shown::shown(current_name))
            .show_ui(ui, |ui| {
                for (value, name) in options {
                    if shown::selectable(ui, value == current, name).clicked() && value != current {
                        picked = Some(value);
                    }
                }
            });
        combo.response.labelled_by(label.id);
    });
    picked
}

/// Buttons that move the item at `index` of `len` one place earlier or later (labelled by
/// `words`); the new index, if one was clicked.
pub(super) fn move_buttons(
    ui: &mut Ui,
    index: usize,
    len: usize,
    (earlier, later): (String, String),
) -> Option<usize> {
    let mut to = None;
    if ui
        .add_enabled(index > 0, egui::Button::new(shown::shown(&earlier)))
        .clicked()
    {
        to = Some(index - 1);
    }
    if ui
        .add_enabled(index + 1 < len, egui::Button::new(shown::shown(&later)))
        .clicked()
    {
        to = Some(index + 1);
    }
    to
}

/// A text field of the inspector: its label, one line or several, and whether it may be empty.
pub(super) struct Field {
    label: String,
    multiline: bool,
    required: bool,
}

impl Field {
    /// A one-line field.
    pub(super) fn line(label: impl Into<String>) -> Self {
        Field {
            label: label.into(),
            multiline: false,
            required: false,
        }
    }

    /// A field of several lines.
    pub(super) fn lines(label: impl Into<String>) -> Self {
        Field {
            multiline: true,
            ..Field::line(label)
        }
    }

    /// A field that may not be left empty (a name, a title): an empty text is not applied.
    pub(super) fn required(self) -> Self {
        Field {
            required: true,
            ..self
        }
    }
}

/// A text field showing `current`, one field of `item`: when the user changes it, `item` with
/// the new text put in place by `set`.
pub(super) fn text_of<T: Clone>(
    ui: &mut Ui,
    field: Field,
    id: u64,
    item: &T,
    current: &str,
    set: impl FnOnce(&mut T, String),
) -> Option<T> {
    let text = fields::text(ui, &field.label, id, current, field.multiline)?;
    if field.required && text.trim().is_empty() {
        return None;
    }
    let mut changed = item.clone();
    set(&mut changed, text);
    Some(changed)
}

pub(super) fn key(text: String) -> Option<MergeKey> {
    Some(MergeKey(text))
}

/// Shows the inspector for `selection`; what the user changes goes to `out`.
pub fn show(ui: &mut Ui, journey: &Journey, selection: &Selection, out: &mut Actions) {
    egui::ScrollArea::vertical()
        .id_salt("inspector")
        .show(ui, |ui| {
            shown::column(ui, |ui| {
                if let Some(id) = selection.single_card() {
                    if let Some(card) = journey.card(id) {
                        card::show(ui, journey, card, out);
                    }
                } else if selection.cards().len() > 1 {
                    let count = crate::i18n::Arg::Count(selection.cards().len());
                    shown::heading(
                        ui,
                        &crate::i18n::tr_args("inspector-cards", &[("count", count)]),
                    );
                    shown::label(ui, &tr("inspector-several-cards"));
                    if shown::button(ui, &Command::Duplicate.button_text()).clicked() {
                        out.command(Command::Duplicate);
                    }
                    if shown::button(ui, &Command::Delete.button_text()).clicked() {
                        out.command(Command::Delete);
                    }
                } else if let Some(stage) = selection.stage().and_then(|s| journey.stage(s)) {
                    stage::show(ui, journey, stage, out);
                } else if let Some(lane) = selection.lane().and_then(|l| journey.lane(l)) {
                    lane_inspector(ui, journey, lane, out);
                } else if let Some(connection) =
                    selection.connection().and_then(|c| journey.connection(c))
                {
                    connection::show(ui, journey, connection, out);
                } else {
                    map_inspector(ui, journey, out);
                }
            })
        });
}

fn lane_inspector(ui: &mut Ui, journey: &Journey, lane: &crate::model::Lane, out: &mut Actions) {
    shown::heading(ui, &tr("inspector-lane"));
    let id = lane.id.0;
    let name = Field::line(tr("inspector-lane-name")).required();
    if let Some(changed) = text_of(ui, name, id, lane, &lane.name, |l, t| l.name = t) {
        let edit = Edit::ReplaceLane(Box::new(changed));
        out.edit(edit, key(format!("lane name {id}")));
    }
    shown::row(ui, |ui| {
        let label = shown::label(ui, &tr("inspector-kind"));
        let combo = egui::ComboBox::from_id_salt(("lane kind", id))
            .selected_text(shown::shown(crate::i18n::language().lane(lane.kind)))
            .show_ui(ui, |ui| {
                for kind in LaneKind::ALL {
                    if ui
                        .add(egui::Button::selectable(
                            lane.kind == kind,
                            shown::shown(crate::i18n::language().lane(kind)),
                        ))
                        .clicked()
                        && lane.kind != kind
                    {
                        let mut changed = lane.clone();
                        changed.kind = kind;
                        out.edit(Edit::ReplaceLane(Box::new(changed)), None);
                    }
                }
            });
        combo.response.labelled_by(label.id);
    });
    let mut hidden = lane.hidden;
    if shown::checkbox(ui, &mut hidden, &tr("inspector-hidden")).changed() {
        let mut changed = lane.clone();
        changed.hidden = hidden;
        out.edit(Edit::ReplaceLane(Box::new(changed)), None);
    }
    let index = journey.lane_index(lane.id).unwrap_or(0);
    ui.horizontal_wrapped(|ui| {
        let moves = (tr("inspector-move-up"), tr("inspector-move-down"));
        if let Some(to) = move_buttons(ui, index, journey.lanes.len(), moves) {
            out.edit(Edit::MoveLane(lane.id, to), None);
        }
        if shown::button(ui, &tr("inspector-delete-lane")).clicked() {
            out.command(Command::Delete);
        }
    });
    ui.separator();
    add_lane_menu(out, ui, index + 1);
}

fn map_inspector(ui: &mut Ui, journey: &Journey, out: &mut Actions) {
    shown::heading(ui, &tr("inspector-map"));
    shown::label(ui, &tr("inspector-map-hint"));
    if let Some(description) = fields::text(
        ui,
        &tr("inspector-description"),
        "map",
        &journey.description,
        true,
    ) {
        out.edit(Edit::SetDescription(description), key("description".into()));
    }
    map_settings(ui, journey, out);
    ui.separator();
    lane_list(ui, journey, out);
    ui.separator();
    blueprint::blueprint_lines(ui, journey, out);
    ui.separator();
    if shown::button(ui, &tr("inspector-add-stage")).clicked() {
        out.push(Action::AddStage(journey.stages.len()));
    }
    add_lane_menu(out, ui, journey.lanes.len());
    ui.separator();
    shown::label(ui, &tr("inspector-tips"));
}

/// The map's state, reading direction and language.
fn map_settings(ui: &mut Ui, journey: &Journey, out: &mut Actions) {
    shown::row(ui, |ui| {
        shown::label(ui, &tr("inspector-state"));
        for (state, text) in [
            (MapState::Current, tr("inspector-current")),
            (MapState::Future, tr("inspector-future")),
        ] {
            if shown::selectable(ui, journey.state == state, &text).clicked()
                && journey.state != state
            {
                out.edit(Edit::SetState(state), None);
            }
        }
    });
    shown::row(ui, |ui| {
        shown::label(ui, &tr("inspector-direction"));
        for (direction, text) in [
            (Direction::LeftToRight, tr("inspector-left-to-right")),
            (Direction::RightToLeft, tr("inspector-right-to-left")),
        ] {
            if ui
                .add(egui::Button::selectable(
                    journey.direction == direction,
                    shown::shown(&text),
                ))
                .clicked()
                && journey.direction != direction
            {
                out.edit(Edit::SetDirection(direction), None);
            }
        }
    });
    shown::row(ui, |ui| {
        let label = shown::label(ui, &tr("inspector-language"));
        egui::ComboBox::from_id_salt("map language")
            .selected_text(journey.language.native_name())
            .show_ui(ui, |ui| {
                for language in crate::model::Language::ALL {
                    if ui
                        .selectable_label(journey.language == language, language.native_name())
                        .clicked()
                        && journey.language != language
                    {
                        out.edit(Edit::SetLanguage(language), None);
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
}

/// The lanes, each with a checkbox to show or hide it.
fn lane_list(ui: &mut Ui, journey: &Journey, out: &mut Actions) {
    shown::label(ui, &tr("inspector-lanes"));
    for lane in &journey.lanes {
        let mut visible = !lane.hidden;
        let kind = crate::i18n::language().lane(lane.kind);
        let text = if lane.name == kind || lane.name == lane.kind.label() {
            lane.name.clone()
        } else {
            format!("{} ({kind})", lane.name)
        };
        if shown::checkbox(ui, &mut visible, &text).changed() {
            let mut changed = lane.clone();
            changed.hidden = !visible;
            out.edit(Edit::ReplaceLane(Box::new(changed)), None);
        }
    }
}

fn add_lane_menu(out: &mut Actions, ui: &mut Ui, index: usize) {
    shown::menu_button(ui, &tr("inspector-add-lane"), |ui| {
        for kind in LaneKind::ALL {
            if shown::button(ui, crate::i18n::language().lane(kind)).clicked() {
                out.push(Action::AddLane(index, kind));
                ui.close();
            }
        }
    });
}
