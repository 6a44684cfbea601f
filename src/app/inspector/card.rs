//! The inspector of one card: its texts, place, channel, severity, colour and scores.

use super::{Field, choose, key, text_of};
use crate::app::actions::Actions;
use crate::app::{Command, fields, shown};
use crate::edit::Edit;
use crate::edit::ops;
use crate::i18n::tr;
use crate::model::{Card, Channel, Journey, LaneKind, Score, Severity};
use egui::Ui;

/// Edits everything of one card.
pub(super) fn show(ui: &mut Ui, journey: &Journey, card: &Card, out: &mut Actions) {
    shown::heading(ui, &tr("inspector-card"));
    texts(ui, card, out);
    place(ui, journey, card, out);
    channel_and_severity(ui, journey, card, out);
    tags_and_colour(ui, card, out);
    picture(ui, card, out);
    ui.separator();
    scores(ui, journey, card, out);
    ui.separator();
    buttons(ui, out);
}

fn replace(changed: Card) -> Edit {
    Edit::ReplaceCard(Box::new(changed))
}

fn texts(ui: &mut Ui, card: &Card, out: &mut Actions) {
    let id = card.id.0;
    let title = Field::line(tr("inspector-title")).required();
    if let Some(changed) = text_of(ui, title, id, card, &card.title, |c, t| c.title = t) {
        out.edit(replace(changed), key(format!("title {id}")));
    }
    let body = Field::lines(tr("inspector-body"));
    if let Some(changed) = text_of(ui, body, id, card, &card.body, |c, t| c.body = t) {
        out.edit(replace(changed), key(format!("body {id}")));
    }
}

/// The card's stage and lane.
fn place(ui: &mut Ui, journey: &Journey, card: &Card, out: &mut Actions) {
    let id = card.id.0;
    let stages = journey.stages.iter().map(|s| (s.id, s.name.as_str()));
    if let Some(stage) = choose(
        ui,
        &tr("inspector-stage"),
        ("card stage", id),
        card.stage,
        stages,
    ) {
        let edit = ops::move_cards(journey, &[card.id], stage, card.lane, usize::MAX);
        out.edit(edit, None);
    }
    let lanes = journey.lanes.iter().map(|l| (l.id, l.name.as_str()));
    if let Some(lane) = choose(
        ui,
        &tr("inspector-lane"),
        ("card lane", id),
        card.lane,
        lanes,
    ) {
        let edit = ops::move_cards(journey, &[card.id], card.stage, lane, usize::MAX);
        out.edit(edit, None);
    }
}

/// The message naming a severity.
fn severity_id(severity: Severity) -> &'static str {
    match severity {
        Severity::Low => "inspector-severity-low",
        Severity::Medium => "inspector-severity-medium",
        Severity::High => "inspector-severity-high",
    }
}

fn channel_and_severity(ui: &mut Ui, journey: &Journey, card: &Card, out: &mut Actions) {
    // Channel names in the window's language (the map shows its own).
    let ui_words = crate::i18n::language();
    let id = card.id.0;
    shown::row(ui, |ui| {
        let label = shown::label(ui, &tr("inspector-channel"));
        let current = card.channel.map_or(tr("inspector-none"), |c| {
            format!("{} {}", c.icon(), ui_words.channel(c))
        });
        let combo = egui::ComboBox::from_id_salt(("card channel", id))
            .selected_text(shown::shown(&current))
            .show_ui(ui, |ui| {
                let options = std::iter::once(None).chain(Channel::ALL.into_iter().map(Some));
                for channel in options {
                    let text = channel.map_or(tr("inspector-none"), |c| {
                        format!("{} {}", c.icon(), ui_words.channel(c))
                    });
                    if shown::selectable(ui, card.channel == channel, &text).clicked()
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
        shown::row(ui, |ui| {
            shown::label(ui, &tr("inspector-severity"));
            for severity in [
                None,
                Some(Severity::Low),
                Some(Severity::Medium),
                Some(Severity::High),
            ] {
                let text = severity.map_or(tr("inspector-none"), |s| tr(severity_id(s)));
                if ui
                    .add(egui::Button::selectable(
                        card.severity == severity,
                        shown::shown(&text),
                    ))
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
}

/// Whether the card is a decision point (the customer picks a route here) and a milestone.
fn marks(ui: &mut Ui, card: &Card, out: &mut Actions) {
    shown::row(ui, |ui| {
        let mut decision = card.decision;
        if shown::checkbox(ui, &mut decision, &tr("inspector-decision")).changed() {
            let mut changed = card.clone();
            changed.decision = decision;
            out.edit(replace(changed), None);
        }
        let mut milestone = card.milestone;
        if shown::checkbox(ui, &mut milestone, &tr("inspector-milestone")).changed() {
            let mut changed = card.clone();
            changed.milestone = milestone;
            out.edit(replace(changed), None);
        }
    });
}

fn tags_and_colour(ui: &mut Ui, card: &Card, out: &mut Actions) {
    marks(ui, card, out);
    let id = card.id.0;
    if let Some(tags) = fields::text(ui, &tr("inspector-tags"), id, &card.tags.join(", "), false) {
        let mut changed = card.clone();
        changed.tags = tags
            .split(',')
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
            .collect();
        out.edit(replace(changed), key(format!("tags {id}")));
    }
    shown::row(ui, |ui| {
        let mut custom = card.color.is_some();
        if shown::checkbox(ui, &mut custom, &tr("inspector-own-colour")).changed() {
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
}

/// The card's picture: its size, and buttons to choose, replace or remove it.
fn picture(ui: &mut Ui, card: &Card, out: &mut Actions) {
    use crate::app::actions::Action;
    use crate::edit::pictures::PictureTarget;
    use crate::i18n::{Arg, tr_args};
    let target = PictureTarget::Card(card.id);
    if let Some(picture) = &card.image {
        let [width, height] = picture.size.map(|side| Arg::Count(side as usize));
        shown::label(
            ui,
            &tr_args(
                "inspector-picture-size",
                &[("width", width), ("height", height)],
            ),
        );
    }
    shown::row(ui, |ui| {
        let choose = match card.image {
            Some(_) => tr("inspector-replace-picture"),
            None => tr("inspector-picture"),
        };
        if shown::button(ui, &choose).clicked() {
            out.push(Action::ChoosePicture(target));
        }
        if card.image.is_some() && shown::button(ui, &tr("inspector-remove-picture")).clicked() {
            out.push(Action::RemovePicture(target));
        }
    });
}

/// How each persona feels at this card: a checkbox to score or not, and a slider.
fn scores(ui: &mut Ui, journey: &Journey, card: &Card, out: &mut Actions) {
    let id = card.id.0;
    shown::label(ui, &tr("inspector-feelings"));
    for persona in &journey.personas {
        shown::row(ui, |ui| {
            let current = card.emotions.get(&persona.id).map(|s| s.value());
            let mut scored = current.is_some();
            let color = crate::scene::persona_color(persona.color);
            ui.colored_label(color, "⚫");
            if shown::checkbox(ui, &mut scored, &persona.name).changed() {
                let score = scored.then(|| Score::clamped(0));
                out.edit(ops::set_score(journey, card.id, persona.id, score), None);
            }
            if let Some(mut value) = current {
                let slider = egui::Slider::new(&mut value, Score::MIN..=Score::MAX).text(
                    shown::shown(&crate::i18n::tr_args(
                        "inspector-score",
                        &[("name", persona.name.as_str().into())],
                    )),
                );
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
}

fn buttons(ui: &mut Ui, out: &mut Actions) {
    shown::row(ui, |ui| {
        if shown::button(ui, &Command::EditTitle.button_text()).clicked() {
            out.command(Command::EditTitle);
        }
        if shown::button(ui, &Command::Delete.label()).clicked() {
            out.command(Command::Delete);
        }
    });
}
