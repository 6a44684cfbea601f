//! Presentation mode as it is drawn: the map full screen on a projector, a side panel with the
//! stage in the spotlight, and the chips, idea field and key help over the map. Its keys are
//! commands like any other (see [`super::commands`]); what they do is applied with the rest of
//! the frame's actions. The rules (stepping, focus, timer, where the view goes) are in
//! [`crate::presentation_rules`].

use super::JourneyApp;
use super::actions::{Action, Actions};
use super::canvas::Shown;
use super::commands::{Command, Context};
use crate::app::shown;
use crate::i18n::tr;
use crate::model::{Direction, Journey, PersonaId};
use crate::presentation_rules::{self as rules, Timer};
use crate::scene::ThemeKind;
use egui::{Align2, Color32, FontId, Rect, RichText, Ui, Vec2};

/// Text sizes of the presentation panels, in points: large enough for the back of the room.
const HEADING: f32 = 40.0;
const BODY: f32 = 28.0;
/// The side of a persona's photo in the side panel, in points.
const PHOTO: f32 = 72.0;

/// The words of presentation mode, in one place.
mod words {
    pub const BACK_TO_STAGE: &str = "present-back-to-stage";
    pub const VOTING: &str = "present-voting";
    pub const KEYS_HINT: &str = "present-keys-hint";
    pub const IDEA_FIELD: &str = "present-idea-field";
    pub const IDEA_HINT: &str = "present-idea-hint";
    pub const HELP_HEADING: &str = "present-help-heading";
    pub const HELP_CLOSE: &str = "present-help-close";

    use crate::i18n::{Arg, tr_args};

    pub fn counter(stage: usize, of: usize) -> String {
        tr_args(
            "present-counter",
            &[("stage", Arg::Count(stage)), ("of", Arg::Count(of))],
        )
    }

    pub fn persona(name: &str) -> String {
        tr_args("present-persona", &[("name", name.into())])
    }

    pub fn fork(n: usize, count: usize, card: &str) -> String {
        tr_args(
            "present-fork",
            &[
                ("n", Arg::Count(n)),
                ("count", Arg::Count(count)),
                ("card", card.into()),
            ],
        )
    }

    pub fn share(share: u8) -> String {
        tr_args(
            "present-share",
            &[("share", Arg::Count(usize::from(share)))],
        )
    }

    pub fn idea(stage: &str, lane: &str) -> String {
        tr_args(
            "present-idea",
            &[("stage", stage.into()), ("lane", lane.into())],
        )
    }
}

/// What presentation mode needs to remember.
pub(super) struct Presenting {
    /// The stage in the spotlight (index in the journey).
    pub(super) stage: usize,
    /// Whether the whole map is shown instead of one stage.
    pub(super) overview: bool,
    /// The persona whose curve alone is shown, by index; all when `None`.
    pub(super) focus: Option<usize>,
    /// The fork of the stage highlighted, by index into its forks; none when `None`.
    pub(super) fork: Option<usize>,
    /// Whether clicks on cards give votes.
    pub(super) voting: bool,
    /// The workshop timer.
    pub(super) timer: Timer,
    /// Whether the key help is shown.
    pub(super) help: bool,
    /// An idea being typed, if any.
    pub(super) capture: Option<Capture>,
    /// The view and window as they were, restored on leaving.
    pub(super) before: Before,
    /// The view should go to the current stage (or the overview) after this frame.
    pub(super) move_view: bool,
    /// The canvas size the view was computed for: a resize (entering full screen) recomputes it.
    pub(super) screen: Vec2,
}

/// An idea being typed into a sticky card.
pub(super) struct Capture {
    /// Index into [`rules::capture_lanes`].
    pub(super) lane: usize,
    /// The text so far.
    pub(super) text: String,
    /// Focus the field on the next frame.
    pub(super) focus: bool,
}

/// How things were before presenting.
pub(super) struct Before {
    pub(super) view: Rect,
    pub(super) theme: ThemeKind,
    pub(super) hidden_personas: Vec<PersonaId>,
    pub(super) fullscreen: bool,
}

impl Presenting {
    /// The contexts whose keys work now: only the idea's keys while one is typed.
    pub(super) fn key_contexts(&self) -> &'static [Context] {
        if self.capture.is_some() {
            &[Context::Capturing]
        } else {
            &[Context::Presenting]
        }
    }
}

impl JourneyApp {
    /// Whether presentation mode is on.
    pub fn is_presenting(&self) -> bool {
        self.presenting.is_some()
    }

    /// The stage in the spotlight while presenting, by index.
    pub fn presented_stage(&self) -> Option<usize> {
        self.presenting.as_ref().map(|p| p.stage)
    }

    /// One frame of presentation mode: the stage panel, the map and the overlays. Clicks on the
    /// map are recorded like in the editor; while voting they become votes.
    pub(super) fn presentation_ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        let Some(presenting) = &mut self.presenting else {
            return;
        };
        let journey = self.document.journey();
        let ppp = ctx.pixels_per_point();
        let photos: Vec<Option<egui::TextureId>> = journey
            .personas
            .iter()
            .map(|persona| {
                let photo = persona.photo.as_ref()?;
                let size = super::personas::photo_size(photo, PHOTO) * ppp;
                let pixels = [size.x.round() as u32, size.y.round() as u32];
                self.canvas.picture_texture(photo, pixels)
            })
            .collect();
        // The stage's goal, questions and KPIs, large, on the side the journey comes from.
        let panel = match journey.direction {
            Direction::RightToLeft => egui::Panel::left("presented stage"),
            Direction::LeftToRight => egui::Panel::right("presented stage"),
        };
        // The panel wears the map's projector colours: black on white, or white on black.
        let theme = crate::scene::Theme::new(self.canvas.theme);
        // The overview gets the whole screen; a stage shares it with its panel.
        let panel_width = if presenting.overview {
            0.0
        } else {
            ui.max_rect().width() * 0.3
        };
        panel
            .exact_size(panel_width)
            .resizable(false)
            .frame(
                egui::Frame::new()
                    .fill(theme.header_fill)
                    .inner_margin(egui::Margin::same(24)),
            )
            .show(ui, |ui| {
                ui.visuals_mut().override_text_color = Some(theme.text);
                egui::ScrollArea::vertical().show(ui, |ui| {
                    stage_panel(ui, journey, presenting, theme.text);
                    if !presenting.overview {
                        personas_panel(ui, journey, &photos, theme.text);
                    }
                });
            });
        let shown = Shown {
            journey,
            revision: self.document.revision(),
            changes: Some(self.document.changes()),
            selection: &self.selection,
            active_persona: None,
        };
        let (canvas, actions) = (&mut self.canvas, &mut self.actions);
        egui::CentralPanel::no_frame().show(ui, |ui| {
            canvas.show(ui, &shown, actions, |_, _, _| {});
        });
        let now = ctx.input(|i| i.time);
        overlays(&ctx, journey, presenting, now, actions);
        if presenting.timer.is_running() {
            // The clock ticks once a second; nothing else repaints an idle presentation.
            ctx.request_repaint_after(std::time::Duration::from_millis(250));
        }
    }
}

/// The side panel: where we are, the stage's goal, questions and KPIs.
fn stage_panel(ui: &mut Ui, journey: &Journey, presenting: &Presenting, color: Color32) {
    let direction = journey.direction;
    let auto = crate::layout::Base::Auto(direction);
    let fixed = crate::layout::Base::Fixed(direction);
    ui.add_space(16.0);
    if presenting.overview {
        bidi_label(ui, &journey.title, HEADING, color, auto);
        ui.add_space(12.0);
        bidi_label(ui, &tr(words::BACK_TO_STAGE), BODY * 0.8, color, auto);
        return;
    }
    let Some(stage) = journey.stages.get(presenting.stage) else {
        return;
    };
    let counter = words::counter(presenting.stage + 1, journey.stages.len());
    bidi_label(ui, &counter, BODY * 0.8, color, auto);
    bidi_label(ui, &stage.name, HEADING, color, auto);
    ui.add_space(12.0);
    if !stage.goal.trim().is_empty() {
        bidi_label(ui, &stage.goal, BODY, color, auto);
        ui.add_space(12.0);
    }
    for question in &stage.questions {
        bidi_label(ui, &format!("• {question}"), BODY, color, auto);
        ui.add_space(6.0);
    }
    ui.add_space(6.0);
    for kpi in &stage.kpis {
        bidi_label(ui, &kpi.text(journey.language), BODY, color, fixed);
    }
    paths_panel(ui, journey, presenting, stage.id, color);
}

/// The personas at the foot of the side panel: each one's photo (once decoded), name and role.
fn personas_panel(
    ui: &mut Ui,
    journey: &Journey,
    photos: &[Option<egui::TextureId>],
    color: Color32,
) {
    let auto = crate::layout::Base::Auto(journey.direction);
    ui.add_space(16.0);
    for (persona, photo) in journey.personas.iter().zip(photos) {
        let layout = match journey.direction {
            Direction::RightToLeft => egui::Layout::right_to_left(egui::Align::Center),
            Direction::LeftToRight => egui::Layout::left_to_right(egui::Align::Center),
        };
        let row = egui::vec2(ui.available_width(), PHOTO);
        ui.allocate_ui_with_layout(row, layout, |ui| {
            if let (Some(texture), Some(picture)) = (photo, &persona.photo) {
                let size = super::personas::photo_size(picture, PHOTO);
                ui.add(egui::Image::new((*texture, size)));
            }
            let text = if persona.role.is_empty() {
                persona.name.clone()
            } else {
                format!("{} — {}", persona.name, persona.role)
            };
            bidi_label(ui, &text, BODY * 0.7, color, auto);
        });
        ui.add_space(8.0);
    }
}

/// The stage's paths in the side panel: the fork highlighted on the map, each of its branches
/// in words with its label and share, and the exits of the stage with their shares.
fn paths_panel(
    ui: &mut Ui,
    journey: &Journey,
    presenting: &Presenting,
    stage: crate::model::StageId,
    color: Color32,
) {
    use crate::presentation_forks as forks;
    let auto = crate::layout::Base::Auto(journey.direction);
    let in_words = |connection: &crate::model::Connection| {
        let mut text = format!(
            "{}: {}",
            super::inspector::connection::kind_words(connection.kind),
            super::inspector::connection::describe(journey, connection)
        );
        if !connection.label.is_empty() {
            text = format!("{text} — {}", connection.label);
        }
        if let Some(share) = connection.share {
            text = format!("{text} ({})", words::share(share));
        }
        text
    };
    let all = forks::forks(journey, stage);
    if let Some((index, card)) = presenting
        .fork
        .and_then(|i| Some((i, journey.card(*all.get(i)?)?)))
    {
        ui.add_space(12.0);
        let heading = words::fork(index + 1, all.len(), &card.title);
        bidi_label(ui, &heading, BODY, color, auto);
        for branch in forks::branches(journey, card.id) {
            bidi_label(
                ui,
                &format!("• {}", in_words(branch)),
                BODY * 0.8,
                color,
                auto,
            );
        }
    }
    let exits = forks::exits(journey, stage);
    if !exits.is_empty() {
        ui.add_space(12.0);
        bidi_label(ui, &tr("present-exits"), BODY, color, auto);
        for exit in exits {
            bidi_label(
                ui,
                &format!("• {}", in_words(exit)),
                BODY * 0.8,
                color,
                auto,
            );
        }
    }
}

/// A paragraph laid out like the map's text (right-to-left paragraphs in visual order and
/// right-aligned), which egui's own labels cannot do.
fn bidi_label(ui: &mut Ui, text: &str, size: f32, color: Color32, base: crate::layout::Base) {
    let width = ui.available_width();
    let shaped = ui.ctx().fonts_mut(|fonts| {
        crate::layout::shape_text(fonts, text, FontId::proportional(size), width, base)
    });
    let galley = shaped.galley;
    let (rect, response) =
        ui.allocate_exact_size(egui::vec2(width, galley.size().y), egui::Sense::hover());
    let left = match shaped.direction {
        Direction::RightToLeft => rect.max.x - galley.size().x,
        Direction::LeftToRight => rect.min.x,
    };
    let origin = egui::pos2(left, rect.min.y) - galley.rect.min.to_vec2();
    ui.painter().galley(origin, galley, color);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
}

/// The timer, the mode chips, the capture field and the help, over the map.
fn overlays(
    ctx: &egui::Context,
    journey: &Journey,
    presenting: &mut Presenting,
    now: f64,
    out: &mut Actions,
) {
    egui::Area::new(egui::Id::unique("presentation chips"))
        .anchor(Align2::LEFT_BOTTOM, egui::vec2(16.0, -16.0))
        .show(ctx, |ui| chips(ui, journey, presenting, now));
    if let Some(capture) = &mut presenting.capture {
        let lanes = rules::capture_lanes(journey);
        let lane = lanes
            .get(capture.lane)
            .and_then(|id| journey.lane(*id))
            .map_or("", |l| l.name.as_str());
        let stage = journey
            .stages
            .get(presenting.stage)
            .map_or("", |s| s.name.as_str());
        egui::Area::new(egui::Id::unique("presentation capture"))
            .anchor(Align2::CENTER_BOTTOM, egui::vec2(0.0, -40.0))
            .show(ctx, |ui| {
                capture_field(ui, capture, &words::idea(stage, lane))
            });
    }
    if presenting.help {
        egui::Area::new(egui::Id::unique("presentation help"))
            .anchor(Align2::CENTER_CENTER, Vec2::ZERO)
            .show(ctx, |ui| help(ui, journey.direction, out));
    }
}

fn chips(ui: &mut Ui, journey: &Journey, presenting: &Presenting, now: f64) {
    let chip = |ui: &mut Ui, text: String| {
        egui::Frame::popup(ui.style()).show(ui, |ui| {
            ui.add(
                egui::Label::new(RichText::new(shown::shown(&text)).size(BODY))
                    .wrap_mode(egui::TextWrapMode::Extend),
            );
        });
    };
    if presenting.timer.is_used() {
        let running = if presenting.timer.is_running() {
            "⏱"
        } else {
            "⏸"
        };
        chip(ui, format!("{running} {}", presenting.timer.text(now)));
    }
    if presenting.voting {
        chip(ui, tr(words::VOTING).to_owned());
    }
    if let Some(persona) = presenting.focus.and_then(|i| journey.personas.get(i)) {
        chip(ui, super::shown::shown(&words::persona(&persona.name)));
    }
    if !presenting.help && presenting.capture.is_none() {
        chip(ui, tr(words::KEYS_HINT).to_owned());
    }
}

fn capture_field(ui: &mut Ui, capture: &mut Capture, heading: &str) {
    egui::Frame::popup(ui.style()).show(ui, |ui| {
        ui.label(RichText::new(super::shown::shown(heading)).size(BODY * 0.8));
        let align = super::fields::alignment(&capture.text);
        let field = ui.add(
            egui::TextEdit::singleline(&mut capture.text)
                // Tab picks the lane here; it must not move the focus away.
                .lock_focus(true)
                .font(FontId::proportional(BODY))
                .align(align)
                .desired_width(900.0)
                .hint_text(shown::shown(&tr(words::IDEA_HINT))),
        );
        field.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::TextInput, true, tr(words::IDEA_FIELD))
        });
        if std::mem::take(&mut capture.focus) {
            field.request_focus();
        }
    });
}

/// The key help: every key of presentation mode, from the command table.
fn help(ui: &mut Ui, direction: Direction, out: &mut Actions) {
    egui::Frame::popup(ui.style())
        .fill(ui.visuals().window_fill)
        .show(ui, |ui| {
            ui.label(
                RichText::new(shown::shown(&tr(words::HELP_HEADING)))
                    .size(BODY)
                    .strong(),
            );
            egui::Grid::new("presentation keys")
                .spacing(egui::vec2(24.0, 8.0))
                .show(ui, |ui| {
                    let bright = ui.visuals().strong_text_color();
                    for (keys, command) in help_rows(direction) {
                        ui.label(RichText::new(keys).size(BODY * 0.75).strong());
                        ui.label(
                            RichText::new(shown::shown(&command.tooltip()))
                                .size(BODY * 0.75)
                                .color(bright),
                        );
                        ui.end_row();
                    }
                });
            let close = ui.button(
                RichText::new(shown::shown(&tr(words::HELP_CLOSE)))
                    .size(BODY * 0.6)
                    .color(Color32::GRAY),
            );
            if close.clicked() {
                out.push(Action::Command(Command::ToggleHelp));
            }
        });
}

/// One row per command that has keys while presenting: the keys in words, and the command.
/// The keys of presentation mode come first, then those it shares with the editor (undo, save).
pub fn help_rows(direction: Direction) -> Vec<(String, Command)> {
    let editor_too = |command: &Command| {
        let contexts = [Context::Editor, Context::Map];
        command
            .bindings()
            .iter()
            .any(|b| contexts.contains(&b.context))
    };
    let (own, shared): (Vec<Command>, Vec<Command>) = Command::all().partition(|c| !editor_too(c));
    own.into_iter()
        .chain(shared)
        .filter_map(|command| {
            let mut keys: Vec<String> = [Context::Presenting, Context::Capturing]
                .iter()
                .flat_map(|c| command.keys_in(*c, direction))
                .map(|k| super::commands::shortcut_words(&k))
                .collect();
            keys.dedup();
            (!keys.is_empty()).then(|| (keys.join(", "), command))
        })
        .collect()
}
