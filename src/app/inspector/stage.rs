//! The inspector of one stage: its name, goal, questions, KPIs, and where it is.

use super::{Field, key, move_buttons, text_of};
use crate::app::actions::{Action, Actions};
use crate::app::{Command, fields, shown};
use crate::edit::Edit;
use crate::i18n::tr;
use crate::model::{Journey, Kpi, Stage};
use egui::Ui;

/// Edits everything of one stage.
pub(super) fn show(ui: &mut Ui, journey: &Journey, stage: &Stage, out: &mut Actions) {
    shown::heading(ui, &tr("inspector-stage"));
    texts(ui, stage, out);
    ui.separator();
    kpis(ui, stage, out);
    ui.separator();
    buttons(ui, journey, stage, out);
}

fn replace(changed: Stage) -> Edit {
    Edit::ReplaceStage(Box::new(changed))
}

fn texts(ui: &mut Ui, stage: &Stage, out: &mut Actions) {
    let id = stage.id.0;
    let name = Field::line(tr("inspector-stage-name")).required();
    if let Some(changed) = text_of(ui, name, id, stage, &stage.name, |s, t| s.name = t) {
        out.edit(replace(changed), key(format!("stage name {id}")));
    }
    let goal = Field::lines(tr("inspector-goal"));
    if let Some(changed) = text_of(ui, goal, id, stage, &stage.goal, |s, t| s.goal = t) {
        out.edit(replace(changed), key(format!("stage goal {id}")));
    }
    if let Some(questions) = fields::lines(ui, &tr("inspector-questions"), id, &stage.questions) {
        let mut changed = stage.clone();
        changed.questions = questions;
        out.edit(replace(changed), key(format!("stage questions {id}")));
    }
}

/// The KPI grid: name, value, target and unit of each, added and removed.
fn kpis(ui: &mut Ui, stage: &Stage, out: &mut Actions) {
    let id = stage.id.0;
    shown::label(ui, &tr("inspector-kpis"));
    let mut kpis = stage.kpis.clone();
    let mut changed_kpis = None;
    egui::Grid::new(("kpis", id)).num_columns(5).show(ui, |ui| {
        let name_label = shown::label(ui, &tr("inspector-kpi-name")).id;
        let value_label = shown::label(ui, &tr("inspector-kpi-value")).id;
        let target_label = shown::label(ui, &tr("inspector-kpi-target")).id;
        let unit_label = shown::label(ui, &tr("inspector-kpi-unit")).id;
        ui.end_row();
        for index in 0..kpis.len() {
            let kpi = &mut kpis[index];
            let name_id = egui::Id::unique(("kpi name", id, index));
            let name = shown::line_field(ui, name_id, &mut kpi.name, 60.0);
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
            let unit_id = egui::Id::unique(("kpi unit", id, index));
            let unit = shown::line_field(ui, unit_id, &mut kpi.unit, 36.0);
            changed |= unit.labelled_by(unit_label).changed();
            if changed {
                changed_kpis = Some(format!("kpi {id} {index}"));
            }
            if ui
                .small_button("✖")
                .on_hover_text(shown::shown(&tr("inspector-remove-kpi")))
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
    if shown::button(ui, &tr("inspector-add-kpi")).clicked() {
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
}

fn buttons(ui: &mut Ui, journey: &Journey, stage: &Stage, out: &mut Actions) {
    let index = journey.stage_index(stage.id).unwrap_or(0);
    ui.horizontal_wrapped(|ui| {
        if shown::button(ui, &tr("inspector-insert-before")).clicked() {
            out.push(Action::AddStage(index));
        }
        if shown::button(ui, &tr("inspector-insert-after")).clicked() {
            out.push(Action::AddStage(index + 1));
        }
        let moves = (tr("inspector-move-earlier"), tr("inspector-move-later"));
        if let Some(to) = move_buttons(ui, index, journey.stages.len(), moves) {
            out.edit(Edit::MoveStage(stage.id, to), None);
        }
        if shown::button(ui, &tr("inspector-delete-stage")).clicked() {
            out.command(Command::Delete);
        }
    });
}
