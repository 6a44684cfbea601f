//! The persona panel: add, edit and delete personas; show or hide their curves; pick the
//! persona whose curve points are dragged.

use super::actions::{Action, Actions};
use super::fields;
use crate::app::shown;
use crate::edit::{Edit, MergeKey};
use crate::i18n::tr;
use crate::model::{Journey, Persona, PersonaId};
use crate::scene::persona_color;
use egui::Ui;

/// Which persona is being edited and which one curve drags apply to. View state only.
#[derive(Debug, Default)]
pub struct PersonaPanel {
    /// The persona whose details are open.
    pub open: Option<PersonaId>,
    /// The persona whose curve points can be dragged; `None` means any.
    pub active: Option<PersonaId>,
}

/// Persona colours for new personas, picked so that neighbours differ.
const NEW_COLOURS: [crate::model::Rgb; 6] = [
    crate::model::Rgb(0xe4, 0x57, 0x2e),
    crate::model::Rgb(0x2e, 0x86, 0xab),
    crate::model::Rgb(0x6a, 0x4c, 0x93),
    crate::model::Rgb(0x2f, 0xa8, 0x5a),
    crate::model::Rgb(0xf4, 0xa2, 0x59),
    crate::model::Rgb(0xd1, 0x49, 0x5b),
];

/// Shows the persona list and the open persona's details.
pub fn show(
    ui: &mut Ui,
    journey: &Journey,
    panel: &mut PersonaPanel,
    (hidden, photo): (&[PersonaId], Option<egui::TextureId>),
    out: &mut Actions,
) {
    shown::heading(ui, &tr("personas-heading"));
    for persona in &journey.personas {
        shown::row(ui, |ui| {
            ui.colored_label(persona_color(persona.color), "⚫");
            let mut visible = !hidden.contains(&persona.id);
            if ui
                .checkbox(&mut visible, "")
                .on_hover_text(shown::shown(&tr("personas-show-curve")))
                .changed()
            {
                out.push(Action::ShowCurve(persona.id, visible));
            }
            let active = panel.active == Some(persona.id);
            if super::shown::selectable(ui, active, &persona.name)
                .on_hover_text(shown::shown(&tr("personas-active")))
                .clicked()
            {
                panel.active = if active { None } else { Some(persona.id) };
            }
            let open = panel.open == Some(persona.id);
            if ui
                .small_button(if open { "⏷" } else { "✏" })
                .on_hover_text(shown::shown(&tr("personas-edit")))
                .clicked()
            {
                panel.open = if open { None } else { Some(persona.id) };
            }
        });
        if panel.open == Some(persona.id) {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                photo_of(ui, persona, photo, out);
                persona_details(ui, persona, panel, out);
            });
        }
    }
    if shown::button(ui, &tr("personas-add")).clicked() {
        let id = journey.new_persona_id();
        let persona = Persona {
            id,
            name: journey.language.new_persona(journey.personas.len() + 1),
            role: String::new(),
            goals: Vec::new(),
            needs: Vec::new(),
            motivations: Vec::new(),
            fears: Vec::new(),
            triggers: Vec::new(),
            photo: None,
            color: NEW_COLOURS[journey.personas.len() % NEW_COLOURS.len()],
        };
        out.edit(
            Edit::InsertPersona(journey.personas.len(), Box::new(persona)),
            None,
        );
        panel.open = Some(id);
    }
}

/// How wide a persona's photo is shown in the panel, in points (at most as tall).
pub const PHOTO_SIDE: f32 = 96.0;

/// The size a persona's `photo` is shown at fitted into a square of `side` points.
pub fn photo_size(photo: &crate::model::Picture, side: f32) -> egui::Vec2 {
    let height = photo.height_at(side);
    let scale = (side / height).min(1.0);
    egui::vec2(side * scale, height * scale)
}

/// The persona's photo (`texture` once it is decoded; a frame until then), and buttons to
/// choose, replace or remove it.
fn photo_of(ui: &mut Ui, persona: &Persona, texture: Option<egui::TextureId>, out: &mut Actions) {
    use crate::edit::pictures::PictureTarget;
    if let Some(photo) = &persona.photo {
        let size = photo_size(photo, PHOTO_SIDE);
        match texture {
            Some(texture) => {
                ui.add(egui::Image::new((texture, size)));
            }
            None => {
                let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
                ui.painter()
                    .rect_filled(rect, 2.0, ui.visuals().faint_bg_color);
            }
        }
    }
    let target = PictureTarget::Persona(persona.id);
    shown::row(ui, |ui| {
        let choose = match persona.photo {
            Some(_) => tr("personas-replace-photo"),
            None => tr("personas-photo"),
        };
        if shown::button(ui, &choose).clicked() {
            out.push(Action::ChoosePicture(target));
        }
        if persona.photo.is_some() && shown::button(ui, &tr("personas-remove-photo")).clicked() {
            out.push(Action::RemovePicture(target));
        }
    });
}

fn persona_details(ui: &mut Ui, persona: &Persona, panel: &mut PersonaPanel, out: &mut Actions) {
    let id = persona.id.0;
    let key = |field: &str| Some(MergeKey(format!("persona {field} {id}")));
    let mut push =
        |changed: Persona, merge| out.edit(Edit::ReplacePersona(Box::new(changed)), merge);
    if let Some(name) = fields::text(
        ui,
        &tr("personas-name"),
        ("persona", id),
        &persona.name,
        false,
    ) && !name.trim().is_empty()
    {
        push(
            Persona {
                name,
                ..persona.clone()
            },
            key("name"),
        );
    }
    if let Some(role) = fields::text(
        ui,
        &tr("personas-role"),
        ("persona", id),
        &persona.role,
        false,
    ) {
        push(
            Persona {
                role,
                ..persona.clone()
            },
            key("role"),
        );
    }
    for (label, items) in [
        ("personas-goals", &persona.goals),
        ("personas-needs", &persona.needs),
        ("personas-motivations", &persona.motivations),
        ("personas-fears", &persona.fears),
        ("personas-triggers", &persona.triggers),
    ] {
        if let Some(list) = fields::lines(ui, &tr(label), ("persona", id), items) {
            let mut changed = persona.clone();
            match label {
                "personas-goals" => changed.goals = list,
                "personas-needs" => changed.needs = list,
                "personas-motivations" => changed.motivations = list,
                "personas-fears" => changed.fears = list,
                _ => changed.triggers = list,
            }
            push(changed, key(label));
        }
    }
    shown::row(ui, |ui| {
        shown::label(ui, &tr("personas-colour"));
        if let Some(color) = fields::color(ui, persona.color) {
            push(
                Persona {
                    color,
                    ..persona.clone()
                },
                key("colour"),
            );
        }
    });
    if shown::button(ui, &tr("personas-delete"))
        .on_hover_text(shown::shown(&tr("personas-delete-tip")))
        .clicked()
    {
        out.edit(Edit::RemovePersona(persona.id), None);
        panel.open = None;
        if panel.active == Some(persona.id) {
            panel.active = None;
        }
    }
}
