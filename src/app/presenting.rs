//! Presentation mode: the map full screen on a projector, walked stage by stage, with ideas
//! captured and dot votes given live. The rules (stepping, focus, timer, where the view goes)
//! are in [`crate::presentation`]; this module draws and drives them.

use super::JourneyApp;
use crate::edit::ops::{self, CardSeed};
use crate::layout::Hit;
use crate::model::{Direction, PersonaId};
use crate::presentation::{self as rules, Move, Timer};
use crate::scene::ThemeKind;
use egui::{Align2, Color32, FontId, Key, Modifiers, Rect, RichText, Ui, Vec2};

/// Text sizes of the presentation panels, in points: large enough for the back of the room.
const HEADING: f32 = 40.0;
const BODY: f32 = 28.0;

/// What presentation mode needs to remember.
pub(super) struct Presenting {
    /// The stage in the spotlight (index in the journey).
    stage: usize,
    /// Whether the whole map is shown instead of one stage.
    overview: bool,
    /// The persona whose curve alone is shown, by index; all when `None`.
    focus: Option<usize>,
    /// Whether clicks on cards give votes.
    voting: bool,
    /// The workshop timer.
    timer: Timer,
    /// Whether the key help is shown.
    help: bool,
    /// An idea being typed, if any.
    capture: Option<Capture>,
    /// The view and window as they were, restored on leaving.
    before: Before,
    /// The view should go to the current stage (or the overview) on the next frame.
    move_view: bool,
    /// The canvas size the view was computed for: a resize (entering full screen) recomputes it.
    screen: Vec2,
}

/// An idea being typed into a sticky card.
struct Capture {
    /// Index into [`rules::capture_lanes`].
    lane: usize,
    /// The text so far.
    text: String,
    /// Focus the field on the next frame.
    focus: bool,
}

/// How things were before presenting.
struct Before {
    view: Rect,
    theme: ThemeKind,
    hidden_personas: Vec<PersonaId>,
    fullscreen: bool,
}

impl Presenting {
    /// The stage in the spotlight, by index.
    pub(super) fn stage(&self) -> usize {
        self.stage
    }
}

impl JourneyApp {
    /// Whether presentation mode is on.
    pub fn is_presenting(&self) -> bool {
        self.presenting.is_some()
    }

    /// The stage in the spotlight while presenting, by index.
    pub fn presented_stage(&self) -> Option<usize> {
        self.presenting.as_ref().map(Presenting::stage)
    }

    /// Enters presentation mode: full screen, projector colours, the selected stage (or the
    /// first) in the spotlight.
    pub(super) fn start_presentation(&mut self, ctx: &egui::Context) {
        if self.presenting.is_some() {
            return;
        }
        let journey = self.document.journey();
        let selected_stage = self.selection.stage.or_else(|| {
            let card = self.selection.cards.iter().next()?;
            Some(journey.card(*card)?.stage)
        });
        let stage = selected_stage
            .and_then(|id| journey.stages.iter().position(|s| s.id == id))
            .unwrap_or(0);
        let fullscreen = ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
        self.presenting = Some(Presenting {
            stage,
            overview: false,
            focus: None,
            voting: false,
            timer: Timer::default(),
            help: false,
            capture: None,
            before: Before {
                view: self.canvas.view(),
                theme: self.canvas.theme,
                hidden_personas: self.canvas.options.hidden_personas.clone(),
                fullscreen,
            },
            move_view: true,
            screen: Vec2::ZERO,
        });
        self.in_place = None;
        self.canvas.theme = self.canvas.theme.projector();
        if !fullscreen {
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
        }
    }

    /// Leaves presentation mode and puts the view, colours and window back as they were.
    pub(super) fn stop_presentation(&mut self, ctx: &egui::Context) {
        let Some(presenting) = self.presenting.take() else {
            return;
        };
        let before = presenting.before;
        self.canvas.theme = before.theme;
        self.canvas.options.hidden_personas = before.hidden_personas;
        self.canvas.options.spotlight = None;
        self.canvas.set_view(before.view);
        if !before.fullscreen {
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
        }
    }

    /// One frame of presentation mode: keys, the stage panel, the map and the overlays.
    pub(super) fn presentation_ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.presentation_keys(&ctx);
        let Some(presenting) = &mut self.presenting else {
            return;
        };
        let journey = self.document.journey();
        presenting.stage = presenting.stage.min(journey.stages.len().saturating_sub(1));
        let stage = journey.stages.get(presenting.stage);
        self.canvas.options.spotlight = (!presenting.overview)
            .then(|| stage.map(|s| s.id))
            .flatten();
        self.canvas.options.hidden_personas = match presenting.focus {
            Some(index) => journey
                .personas
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != index)
                .map(|(_, p)| p.id)
                .collect(),
            None => Vec::new(),
        };

        // The stage's goal, questions and KPIs, large, on the side the journey comes from.
        let rtl = journey.direction == Direction::RightToLeft;
        let panel = if rtl {
            egui::Panel::left("presented stage")
        } else {
            egui::Panel::right("presented stage")
        };
        let now = ctx.input(|i| i.time);
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
                });
            });

        let Self {
            canvas,
            document,
            selection,
            outbox,
            ..
        } = self;
        let mut clicked_card = None;
        egui::CentralPanel::no_frame().show(ui, |ui| {
            // The canvas's own edits (drags, double-clicks) are not wanted on a projector.
            let _ = canvas.show(
                ui,
                document.journey(),
                document.revision(),
                selection,
                None,
                |_, _| {},
            );
            let click = ui.input(|i| {
                i.pointer
                    .primary_clicked()
                    .then(|| i.pointer.interact_pos())
                    .flatten()
                    .map(|pos| (pos, i.modifiers.shift))
            });
            if let (Some((pos, shift)), Some(layout)) = (click, canvas.layout())
                && ui.max_rect().contains(pos)
                && let Some(Hit::Card(id)) = layout.hit(canvas.to_map(pos))
            {
                clicked_card = Some((id, shift));
            }
        });
        if presenting.voting
            && let Some((card, shift)) = clicked_card
            && let Some(edit) = ops::vote(document.journey(), card, if shift { -1 } else { 1 })
        {
            outbox.edit(edit, None);
        }

        // The view follows the walk; a change of canvas size (full screen) recomputes it.
        let screen = canvas.screen_size();
        if screen != presenting.screen {
            presenting.screen = screen;
            presenting.move_view = true;
        }
        if presenting.move_view
            && let Some(layout) = canvas.layout()
            && screen.x > 0.0
        {
            let target = if presenting.overview {
                Some(layout.bounds)
            } else {
                rules::stage_view(
                    layout,
                    presenting.stage,
                    screen,
                    &crate::layout::Style::default(),
                )
            };
            if let Some(target) = target {
                canvas.animate_to(target, now);
            }
            presenting.move_view = false;
        }

        overlays(&ctx, document.journey(), presenting, now);
        if presenting.timer.is_running() {
            // The clock ticks once a second; nothing else repaints an idle presentation.
            ctx.request_repaint_after(std::time::Duration::from_millis(250));
        }
    }

    /// The keys of presentation mode (see [`HELP`]).
    fn presentation_keys(&mut self, ctx: &egui::Context) {
        let Some(presenting) = &mut self.presenting else {
            return;
        };
        let journey = self.document.journey();
        let pressed = |key: Key| ctx.input_mut(|i| i.consume_key(Modifiers::NONE, key));

        if let Some(capture) = &mut presenting.capture {
            let lanes = rules::capture_lanes(journey);
            if pressed(Key::Escape) {
                presenting.capture = None;
            } else if pressed(Key::Tab) {
                capture.lane = (capture.lane + 1) % lanes.len().max(1);
                capture.focus = true;
            } else if ctx.input_mut(|i| i.consume_key(Modifiers::SHIFT, Key::Tab)) {
                capture.lane = (capture.lane + lanes.len().max(1) - 1) % lanes.len().max(1);
                capture.focus = true;
            } else if pressed(Key::Enter) {
                let title = capture.text.trim().to_owned();
                let stage = journey.stages.get(presenting.stage).map(|s| s.id);
                if let (false, Some(stage), Some(&lane)) =
                    (title.is_empty(), stage, lanes.get(capture.lane))
                {
                    let end = journey.cards_in(stage, lane).len();
                    let seed = CardSeed {
                        title,
                        channel: None,
                    };
                    let (edit, _) = ops::add_card(journey, stage, lane, end, seed);
                    self.outbox.edit(edit, None);
                }
                presenting.capture = None;
            }
            return;
        }

        let command =
            |shortcut: Modifiers, key: Key| ctx.input_mut(|i| i.consume_key(shortcut, key));
        if command(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z)
            || command(Modifiers::COMMAND, Key::Y)
        {
            self.pending.push(super::Command::Redo);
        }
        if command(Modifiers::COMMAND, Key::Z) {
            self.pending.push(super::Command::Undo);
        }
        if command(Modifiers::COMMAND, Key::S) {
            self.pending.push(super::Command::Save);
        }

        let count = journey.stages.len();
        let mut moved = None;
        for (key, step) in [
            (Key::ArrowRight, Move::Right),
            (Key::ArrowLeft, Move::Left),
            (Key::PageDown, Move::Next),
            (Key::Space, Move::Next),
            (Key::PageUp, Move::Previous),
        ] {
            if pressed(key) {
                moved = Some(rules::step(
                    presenting.stage,
                    count,
                    step,
                    journey.direction,
                ));
            }
        }
        if pressed(Key::Home) {
            moved = Some(0);
        }
        if pressed(Key::End) {
            moved = Some(count.saturating_sub(1));
        }
        if let Some(stage) = moved {
            presenting.stage = stage;
            presenting.overview = false;
            presenting.move_view = true;
        }
        for (key, fraction) in [(Key::ArrowDown, 0.4), (Key::ArrowUp, -0.4)] {
            if pressed(key) {
                let view = self.canvas.view();
                let target = view.translate(egui::vec2(0.0, view.height() * fraction));
                self.canvas.animate_to(target, ctx.input(|i| i.time));
            }
        }
        if pressed(Key::O) {
            presenting.overview = !presenting.overview;
            presenting.move_view = true;
        }
        if pressed(Key::P) {
            presenting.focus = rules::next_focus(presenting.focus, journey.personas.len());
        }
        if pressed(Key::N) && !journey.stages.is_empty() {
            presenting.capture = Some(Capture {
                lane: 0,
                text: String::new(),
                focus: true,
            });
            presenting.voting = false;
        }
        if pressed(Key::V) {
            presenting.voting = !presenting.voting;
        }
        if pressed(Key::T) {
            presenting.timer.toggle(ctx.input(|i| i.time));
        }
        if pressed(Key::S)
            && let Some(stage) = journey.stages.get(presenting.stage)
        {
            let edit = ops::sort_by_votes(journey, stage.id, &rules::voted_lanes(journey));
            self.outbox.edit(edit, None);
        }
        let help = pressed(Key::F1)
            || pressed(Key::Questionmark)
            || ctx.input_mut(|i| i.consume_key(Modifiers::SHIFT, Key::Slash))
            || ctx.input_mut(|i| i.consume_key(Modifiers::SHIFT, Key::Questionmark));
        if help {
            presenting.help = !presenting.help;
        }
        if pressed(Key::Escape) {
            if presenting.help {
                presenting.help = false;
            } else if presenting.voting {
                presenting.voting = false;
            } else {
                self.pending.push(super::Command::Present);
            }
        }
        if pressed(Key::F5) {
            self.pending.push(super::Command::Present);
        }
    }
}

/// The keys of presentation mode, for the help overlay.
pub const HELP: [(&str, &str); 14] = [
    (
        "→ ← Page Down/Up, Space",
        "next / previous stage (← is next in a right-to-left map)",
    ),
    ("Home, End", "first / last stage"),
    ("↑ ↓", "scroll the stage"),
    ("O", "overview of the whole map"),
    ("P", "one persona's curve at a time, or all"),
    ("N", "capture an idea in this stage"),
    (
        "Tab (while capturing)",
        "next lane: Thoughts, Pain points, Opportunities…",
    ),
    ("Enter, Esc (while capturing)", "add the card, cancel"),
    (
        "V",
        "voting: click a card to vote, Shift+click to take a vote back",
    ),
    (
        "S",
        "sort this stage's pain points and opportunities by votes",
    ),
    ("T", "start / stop the timer"),
    ("Ctrl+Z, Ctrl+Shift+Z", "undo, redo"),
    ("? or F1", "this help"),
    ("Esc or F5", "leave the presentation"),
];

/// The side panel: where we are, the stage's goal, questions and KPIs.
fn stage_panel(
    ui: &mut Ui,
    journey: &crate::model::Journey,
    presenting: &Presenting,
    color: Color32,
) {
    let direction = journey.direction;
    let auto = crate::layout::Base::Auto(direction);
    let fixed = crate::layout::Base::Fixed(direction);
    ui.add_space(16.0);
    if presenting.overview {
        bidi_label(ui, &journey.title, HEADING, color, auto);
        ui.add_space(12.0);
        bidi_label(ui, "O: back to the stage", BODY * 0.8, color, auto);
        return;
    }
    let Some(stage) = journey.stages.get(presenting.stage) else {
        return;
    };
    let counter = format!("Stage {} of {}", presenting.stage + 1, journey.stages.len());
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
        let line = kpi.text(journey.language);
        bidi_label(ui, &line, BODY, color, fixed);
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
    journey: &crate::model::Journey,
    presenting: &mut Presenting,
    now: f64,
) {
    let chip = |ui: &mut Ui, text: String| {
        egui::Frame::popup(ui.style()).show(ui, |ui| {
            ui.add(
                egui::Label::new(RichText::new(text).size(BODY))
                    .wrap_mode(egui::TextWrapMode::Extend),
            );
        });
    };
    egui::Area::new(egui::Id::unique("presentation chips"))
        .anchor(Align2::LEFT_BOTTOM, egui::vec2(16.0, -16.0))
        .show(ctx, |ui| {
            if presenting.timer.is_used() {
                let text = presenting.timer.text(now);
                let running = if presenting.timer.is_running() {
                    "⏱"
                } else {
                    "⏸"
                };
                chip(ui, format!("{running} {text}"));
            }
            if presenting.voting {
                chip(
                    ui,
                    "Voting: click a card (+1), Shift+click (−1). Esc or V to stop".to_owned(),
                );
            }
            if let Some(index) = presenting.focus
                && let Some(persona) = journey.personas.get(index)
            {
                chip(ui, format!("Persona: {}", persona.name));
            }
            if !presenting.help && presenting.capture.is_none() {
                chip(ui, "? keys · Esc leave".to_owned());
            }
        });

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
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.label(
                        RichText::new(format!("New idea · {stage} · {lane}   (Tab: next lane)"))
                            .size(BODY * 0.8),
                    );
                    let align = super::fields::alignment(&capture.text);
                    let field = ui.add(
                        egui::TextEdit::singleline(&mut capture.text)
                            // Tab picks the lane here; it must not move the focus away.
                            .lock_focus(true)
                            .font(FontId::proportional(BODY))
                            .align(align)
                            .desired_width(900.0)
                            .hint_text("Type, then Enter"),
                    );
                    field.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::TextInput, true, "New idea")
                    });
                    if std::mem::take(&mut capture.focus) {
                        field.request_focus();
                    }
                });
            });
    }

    if presenting.help {
        egui::Area::new(egui::Id::unique("presentation help"))
            .anchor(Align2::CENTER_CENTER, Vec2::ZERO)
            .show(ctx, |ui| {
                egui::Frame::popup(ui.style())
                    .fill(ui.visuals().window_fill)
                    .show(ui, |ui| {
                        ui.label(RichText::new("Presentation keys").size(BODY).strong());
                        egui::Grid::new("presentation keys")
                            .spacing(egui::vec2(24.0, 8.0))
                            .show(ui, |ui| {
                                let bright = ui.visuals().strong_text_color();
                                for (keys, what) in HELP {
                                    ui.label(RichText::new(keys).size(BODY * 0.75).strong());
                                    ui.label(RichText::new(what).size(BODY * 0.75).color(bright));
                                    ui.end_row();
                                }
                            });
                        ui.label(
                            RichText::new("Esc or ? to close")
                                .size(BODY * 0.6)
                                .color(Color32::GRAY),
                        );
                    });
            });
    }
}
