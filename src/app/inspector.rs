//! The inspector: edits everything of the selection — a card, a stage, a lane — or the map.

use super::actions::{Action, Actions};
use super::selection::Selection;
use super::{Command, fields};
use crate::edit::ops;
use crate::edit::{Edit, MergeKey};
use crate::model::{
    Card, Channel, Direction, Journey, Kpi, LaneKind, MapState, Score, Severity, Stage,
};
use egui::Ui;

fn key(text: String) -> Option<MergeKey> {
    Some(MergeKey(text))
}

/// Shows the inspector for `selection`; what the user changes goes to `out`.
pub fn show(ui: &mut Ui, journey: &Journey, selection: &Selection, out: &mut Actions) {
    egui::ScrollArea::vertical()
        .id_salt("inspector")
        .show(ui, |ui| {
            if let Some(id) = selection.single_card() {
                if let Some(card) = journey.card(id) {
                    card_inspector(ui, journey, card, out);
                }
            } else if selection.cards().len() > 1 {
                ui.heading(format!("{} cards", selection.cards().len()));
                ui.label("Drag them together onto another cell, or:");
                if ui.button(Command::Duplicate.button_text()).clicked() {
                    out.command(Command::Duplicate);
                }
                if ui.button(Command::Delete.button_text()).clicked() {
                    out.command(Command::Delete);
                }
            } else if let Some(stage) = selection.stage().and_then(|s| journey.stage(s)) {
                stage_inspector(ui, journey, stage, out);
            } else if let Some(lane) = selection.lane().and_then(|l| journey.lane(l)) {
                lane_inspector(ui, journey, lane, out);
            } else {
                map_inspector(ui, journey, out);
            }
        });
}

fn card_inspector(ui: &mut Ui, journey: &Journey, card: &Card, out: &mut Actions) {
    ui.heading("Card");
    let id = card.id.0;
    let replace = |changed: Card| Edit::ReplaceCard(Box::new(changed));
    if let Some(title) = fields::text(ui, "Title", id, &card.title, false)
        && !title.trim().is_empty()
    {
        let mut changed = card.clone();
        changed.title = title;
        out.edit(replace(changed), key(format!("title {id}")));
    }
    if let Some(body) = fields::text(ui, "Body", id, &card.body, true) {
        let mut changed = card.clone();
        changed.body = body;
        out.edit(replace(changed), key(format!("body {id}")));
    }
    ui.horizontal(|ui| {
        let label = ui.label("Stage");
        let current = journey.stage(card.stage).map_or("", |s| s.name.as_str());
        let combo = egui::ComboBox::from_id_salt(("card stage", id))
            .selected_text(current)
            .show_ui(ui, |ui| {
                for stage in &journey.stages {
                    if ui
                        .selectable_label(stage.id == card.stage, &stage.name)
                        .clicked()
                        && stage.id != card.stage
                    {
                        let edit =
                            ops::move_cards(journey, &[card.id], stage.id, card.lane, usize::MAX);
                        out.edit(edit, None);
                    }
                }
            });
        combo.response.labelled_by(label.id);
    });
    ui.horizontal(|ui| {
        let label = ui.label("Lane");
        let current = journey.lane(card.lane).map_or("", |l| l.name.as_str());
        let combo = egui::ComboBox::from_id_salt(("card lane", id))
            .selected_text(current)
            .show_ui(ui, |ui| {
                for lane in &journey.lanes {
                    if ui
                        .selectable_label(lane.id == card.lane, &lane.name)
                        .clicked()
                        && lane.id != card.lane
                    {
                        let edit =
                            ops::move_cards(journey, &[card.id], card.stage, lane.id, usize::MAX);
                        out.edit(edit, None);
                    }
                }
            });
        combo.response.labelled_by(label.id);
    });
    ui.horizontal(|ui| {
        let label = ui.label("Channel");
        let current = card
            .channel
            .map_or("none".to_owned(), |c| format!("{} {}", c.icon(), c.label()));
        let combo = egui::ComboBox::from_id_salt(("card channel", id))
            .selected_text(current)
            .show_ui(ui, |ui| {
                let options = std::iter::once(None).chain(Channel::ALL.into_iter().map(Some));
                for channel in options {
                    let text = channel
                        .map_or("none".to_owned(), |c| format!("{} {}", c.icon(), c.label()));
                    if ui.selectable_label(card.channel == channel, text).clicked()
                        && card.channel != channel
                    {
                        let mut changed = card.clone();
                        changed.channel = channel;
                        out.edit(replace(changed), None);
                    }
                }
            });
        combo.response.labelled_by(label.id);
    });
    let kind = journey.lane(card.lane).map(|l| l.kind);
    if kind == Some(LaneKind::PainPoints) || card.severity.is_some() {
        ui.horizontal(|ui| {
            ui.label("Severity");
            for severity in [
                None,
                Some(Severity::Low),
                Some(Severity::Medium),
                Some(Severity::High),
            ] {
                let text = severity.map_or("none", Severity::label);
                if ui
                    .selectable_label(card.severity == severity, text)
                    .clicked()
                    && card.severity != severity
                {
                    let mut changed = card.clone();
                    changed.severity = severity;
                    out.edit(replace(changed), None);
                }
            }
        });
    }
    if let Some(tags) = fields::text(
        ui,
        "Tags (comma separated)",
        id,
        &card.tags.join(", "),
        false,
    ) {
        let mut changed = card.clone();
        changed.tags = tags
            .split(',')
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
            .collect();
        out.edit(replace(changed), key(format!("tags {id}")));
    }
    ui.horizontal(|ui| {
        let mut custom = card.color.is_some();
        if ui.checkbox(&mut custom, "Own colour").changed() {
            let mut changed = card.clone();
            changed.color = custom.then_some(crate::model::Rgb(0xff, 0xcc, 0x00));
            out.edit(replace(changed), None);
        }
        if let Some(color) = card.color
            && let Some(new) = fields::color(ui, color)
        {
            let mut changed = card.clone();
            changed.color = Some(new);
            out.edit(replace(changed), key(format!("colour {id}")));
        }
    });
    ui.separator();
    ui.label("How each persona feels here");
    for persona in &journey.personas {
        ui.horizontal(|ui| {
            let current = card.emotions.get(&persona.id).map(|s| s.value());
            let mut scored = current.is_some();
            let color = crate::scene::persona_color(persona.color);
            ui.colored_label(color, "⚫");
            if ui.checkbox(&mut scored, &persona.name).changed() {
                let score = scored.then(|| Score::clamped(0));
                out.edit(ops::set_score(journey, card.id, persona.id, score), None);
            }
            if let Some(mut value) = current {
                let slider = egui::Slider::new(&mut value, Score::MIN..=Score::MAX)
                    .text(format!("{} score", persona.name));
                if ui.add(slider).changed() {
                    let edit = ops::set_score(
                        journey,
                        card.id,
                        persona.id,
                        Some(Score::clamped(i64::from(value))),
                    );
                    out.edit(edit, key(format!("score {id} {}", persona.id.0)));
                }
            }
        });
    }
    ui.separator();
    ui.horizontal(|ui| {
        if ui.button(Command::EditTitle.button_text()).clicked() {
            out.command(Command::EditTitle);
        }
        if ui.button(Command::Delete.label()).clicked() {
            out.command(Command::Delete);
        }
    });
}

fn stage_inspector(ui: &mut Ui, journey: &Journey, stage: &Stage, out: &mut Actions) {
    ui.heading("Stage");
    let id = stage.id.0;
    let replace = |changed: Stage| Edit::ReplaceStage(Box::new(changed));
    if let Some(name) = fields::text(ui, "Stage name", id, &stage.name, false)
        && !name.trim().is_empty()
    {
        let mut changed = stage.clone();
        changed.name = name;
        out.edit(replace(changed), key(format!("stage name {id}")));
    }
    if let Some(goal) = fields::text(ui, "Goal", id, &stage.goal, true) {
        let mut changed = stage.clone();
        changed.goal = goal;
        out.edit(replace(changed), key(format!("stage goal {id}")));
    }
    if let Some(questions) = fields::lines(
        ui,
        "Customer questions (one per line)",
        id,
        &stage.questions,
    ) {
        let mut changed = stage.clone();
        changed.questions = questions;
        out.edit(replace(changed), key(format!("stage questions {id}")));
    }
    ui.separator();
    ui.label("KPIs");
    let mut kpis = stage.kpis.clone();
    let mut changed_kpis = None;
    egui::Grid::new(("kpis", id)).num_columns(5).show(ui, |ui| {
        let name_label = ui.label("Name").id;
        let value_label = ui.label("Value").id;
        let target_label = ui.label("Target").id;
        let unit_label = ui.label("Unit").id;
        ui.end_row();
        for index in 0..kpis.len() {
            let kpi = &mut kpis[index];
            let name = ui.add(egui::TextEdit::singleline(&mut kpi.name).desired_width(60.0));
            let mut changed = name.labelled_by(name_label).changed();
            let digits = &mut kpi.digits;
            changed |= fields::number(
                ui,
                ("kpi value", id, index),
                &mut kpi.value,
                digits,
                value_label,
            );
            changed |= fields::number(
                ui,
                ("kpi target", id, index),
                &mut kpi.target,
                digits,
                target_label,
            );
            let unit = ui.add(egui::TextEdit::singleline(&mut kpi.unit).desired_width(36.0));
            changed |= unit.labelled_by(unit_label).changed();
            if changed {
                changed_kpis = Some(format!("kpi {id} {index}"));
            }
            if ui
                .small_button("✖")
                .on_hover_text("Remove this KPI")
                .clicked()
            {
                kpis.remove(index);
                changed_kpis = Some(String::new());
                ui.end_row();
                break;
            }
            ui.end_row();
        }
    });
    if ui.button("Add KPI").clicked() {
        let name = ["CSAT", "NPS", "CRR"]
            .into_iter()
            .find(|n| !kpis.iter().any(|k| k.name == *n))
            .unwrap_or("KPI");
        kpis.push(Kpi {
            name: name.to_owned(),
            value: None,
            target: None,
            unit: String::new(),
            digits: Default::default(),
        });
        changed_kpis = Some(String::new());
    }
    if let Some(merge) = changed_kpis {
        let mut changed = stage.clone();
        changed.kpis = kpis;
        out.edit(
            replace(changed),
            if merge.is_empty() { None } else { key(merge) },
        );
    }
    ui.separator();
    let index = journey.stage_index(stage.id).unwrap_or(0);
    ui.horizontal_wrapped(|ui| {
        if ui.button("Insert stage before").clicked() {
            out.push(Action::AddStage(index));
        }
        if ui.button("Insert stage after").clicked() {
            out.push(Action::AddStage(index + 1));
        }
        if ui
            .add_enabled(index > 0, egui::Button::new("Move earlier"))
            .clicked()
        {
            out.edit(Edit::MoveStage(stage.id, index - 1), None);
        }
        if ui
            .add_enabled(
                index + 1 < journey.stages.len(),
                egui::Button::new("Move later"),
            )
            .clicked()
        {
            out.edit(Edit::MoveStage(stage.id, index + 1), None);
        }
        if ui.button("Delete stage").clicked() {
            out.command(Command::Delete);
        }
    });
}

fn lane_inspector(ui: &mut Ui, journey: &Journey, lane: &crate::model::Lane, out: &mut Actions) {
    ui.heading("Lane");
    let id = lane.id.0;
    if let Some(name) = fields::text(ui, "Lane name", id, &lane.name, false)
        && !name.trim().is_empty()
    {
        let mut changed = lane.clone();
        changed.name = name;
        out.edit(
            Edit::ReplaceLane(Box::new(changed)),
            key(format!("lane name {id}")),
        );
    }
    ui.horizontal(|ui| {
        let label = ui.label("Kind");
        let combo = egui::ComboBox::from_id_salt(("lane kind", id))
            .selected_text(lane.kind.label())
            .show_ui(ui, |ui| {
                for kind in LaneKind::ALL {
                    if ui
                        .selectable_label(lane.kind == kind, kind.label())
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
    if ui.checkbox(&mut hidden, "Hidden").changed() {
        let mut changed = lane.clone();
        changed.hidden = hidden;
        out.edit(Edit::ReplaceLane(Box::new(changed)), None);
    }
    let index = journey.lane_index(lane.id).unwrap_or(0);
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(index > 0, egui::Button::new("Move up"))
            .clicked()
        {
            out.edit(Edit::MoveLane(lane.id, index - 1), None);
        }
        if ui
            .add_enabled(
                index + 1 < journey.lanes.len(),
                egui::Button::new("Move down"),
            )
            .clicked()
        {
            out.edit(Edit::MoveLane(lane.id, index + 1), None);
        }
        if ui.button("Delete lane").clicked() {
            out.command(Command::Delete);
        }
    });
    ui.separator();
    add_lane_menu(out, ui, index + 1);
}

fn map_inspector(ui: &mut Ui, journey: &Journey, out: &mut Actions) {
    ui.heading("Map");
    ui.label("Click a card, a stage header or a lane name to edit it.");
    if let Some(description) = fields::text(ui, "Description", "map", &journey.description, true) {
        out.edit(Edit::SetDescription(description), key("description".into()));
    }
    ui.horizontal(|ui| {
        ui.label("State");
        for (state, text) in [
            (MapState::Current, "Current (as is)"),
            (MapState::Future, "Future (to be)"),
        ] {
            if ui.selectable_label(journey.state == state, text).clicked() && journey.state != state
            {
                out.edit(Edit::SetState(state), None);
            }
        }
    });
    ui.horizontal(|ui| {
        ui.label("Direction");
        for (direction, text) in [
            (Direction::LeftToRight, "Left to right"),
            (Direction::RightToLeft, "Right to left"),
        ] {
            if ui
                .selectable_label(journey.direction == direction, text)
                .clicked()
                && journey.direction != direction
            {
                out.edit(Edit::SetDirection(direction), None);
            }
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label("Language");
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
    ui.separator();
    ui.label("Lanes (untick to hide one; hidden lanes keep their cards)");
    for lane in &journey.lanes {
        let mut shown = !lane.hidden;
        if ui
            .checkbox(
                &mut shown,
                if lane.name == lane.kind.label() {
                    lane.name.clone()
                } else {
                    format!("{} ({})", lane.name, lane.kind.label())
                },
            )
            .changed()
        {
            let mut changed = lane.clone();
            changed.hidden = !shown;
            out.edit(Edit::ReplaceLane(Box::new(changed)), None);
        }
    }
    ui.separator();
    if ui.button("Add stage").clicked() {
        out.push(Action::AddStage(journey.stages.len()));
    }
    add_lane_menu(out, ui, journey.lanes.len());
    ui.separator();
    ui.label("Tips: double-click an empty cell to add a card; drag palette entries onto cells; drag cards between cells; drag on empty space to select several; middle-drag or Space-drag to pan.");
}

fn add_lane_menu(out: &mut Actions, ui: &mut Ui, index: usize) {
    ui.menu_button("Add lane", |ui| {
        for kind in LaneKind::ALL {
            if ui.button(kind.label()).clicked() {
                out.push(Action::AddLane(index, kind));
                ui.close();
            }
        }
    });
}
