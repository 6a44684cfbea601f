//! Presentation mode's changes: entering and leaving it, walking the stages, capturing ideas,
//! votes, and the view following the walk.

use crate::app::JourneyApp;
use crate::app::canvas::CanvasAction;
use crate::app::commands::Command;
use crate::app::presentation_view::{Before, Capture, Presenting};
use crate::edit::ops::{self, CardSeed};
use crate::layout::Hit;
use crate::presentation_rules::{self as rules, Move, Timer};
use egui::Vec2;

/// How far Up and Down scroll the stage, as a share of the view's height.
const SCROLL: f32 = 0.4;

impl JourneyApp {
    /// Enters presentation mode: full screen, projector colours, the selected stage (or the
    /// first) in the spotlight.
    pub(super) fn start_presentation(&mut self, ctx: &egui::Context) {
        let journey = self.document.journey();
        let selected_stage = self.selection.stage().or_else(|| {
            let card = self.selection.cards().iter().next()?;
            Some(journey.card(*card)?.stage)
        });
        let stage = selected_stage
            .and_then(|id| journey.stage_index(id))
            .unwrap_or(0);
        let fullscreen = ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
        self.presenting = Some(Presenting {
            stage,
            overview: false,
            focus: None,
            fork: None,
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
        self.canvas.options.fork = None;
        self.canvas.set_view(before.view);
        if !before.fullscreen {
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
        }
    }

    /// A gesture on the projected map: while voting, a click on a card gives it a vote
    /// (Shift+click takes one back); the view may zoom in; nothing else edits the map.
    pub(super) fn presenting_gesture(&mut self, gesture: CanvasAction) {
        let voting = self.presenting.as_ref().is_some_and(|p| p.voting);
        match gesture {
            CanvasAction::Click(Some(Hit::Card(card)), modifiers) if voting => {
                let delta = if modifiers.shift { -1 } else { 1 };
                if let Some(edit) = ops::vote(self.document.journey(), card, delta) {
                    self.document.apply(edit);
                }
            }
            CanvasAction::ZoomTo(view, now) => self.canvas.animate_to(view, now),
            _ => {}
        }
    }

    /// Carries out a command of presentation mode; nothing when not presenting.
    pub(super) fn run_presenting(&mut self, ctx: &egui::Context, command: Command) {
        let now = ctx.input(|i| i.time);
        let Some(presenting) = &mut self.presenting else {
            return;
        };
        let journey = self.document.journey();
        let count = journey.stages.len();
        let step = |to: Move| rules::step(presenting.stage, count, to, journey.direction);
        let moved = match command {
            Command::NextStage => Some(step(Move::Next)),
            Command::PreviousStage => Some(step(Move::Previous)),
            Command::FirstStage => Some(0),
            Command::LastStage => Some(count.saturating_sub(1)),
            _ => None,
        };
        if let Some(stage) = moved {
            presenting.stage = stage;
            presenting.fork = None;
            presenting.overview = false;
            presenting.move_view = true;
            return;
        }
        match command {
            Command::ScrollUp | Command::ScrollDown => {
                let share = if command == Command::ScrollUp {
                    -SCROLL
                } else {
                    SCROLL
                };
                let view = self.canvas.view();
                let target = view.translate(egui::vec2(0.0, view.height() * share));
                self.canvas.animate_to(target, now);
            }
            Command::ToggleOverview => {
                presenting.overview = !presenting.overview;
                presenting.move_view = true;
            }
            Command::FocusNextPersona => {
                presenting.focus = rules::next_focus(presenting.focus, journey.personas.len());
            }
            Command::NextFork => {
                let forks = journey
                    .stages
                    .get(presenting.stage)
                    .map_or(0, |s| crate::presentation_forks::forks(journey, s.id).len());
                presenting.fork = crate::presentation_forks::next_fork(presenting.fork, forks);
            }
            Command::ToggleVoting => presenting.voting = !presenting.voting,
            Command::ToggleTimer => presenting.timer.toggle(now),
            Command::ToggleHelp => presenting.help = !presenting.help,
            Command::Back if presenting.help => presenting.help = false,
            Command::Back if presenting.voting => presenting.voting = false,
            Command::Back => self.stop_presentation(ctx),
            Command::SortByVotes => {
                if let Some(stage) = journey.stages.get(presenting.stage) {
                    let edit = ops::sort_by_votes(journey, stage.id, &rules::voted_lanes(journey));
                    self.document.apply(edit);
                }
            }
            capture => self.run_capture(capture),
        }
    }

    /// The commands of an idea being captured: N starts one, Tab picks the lane, Enter adds it.
    fn run_capture(&mut self, command: Command) {
        let Some(presenting) = &mut self.presenting else {
            return;
        };
        let journey = self.document.journey();
        let lanes = rules::capture_lanes(journey).len().max(1);
        match (command, &mut presenting.capture) {
            (Command::CaptureIdea, _) if !journey.stages.is_empty() => {
                presenting.capture = Some(Capture {
                    lane: 0,
                    text: String::new(),
                    focus: true,
                });
                presenting.voting = false;
            }
            (Command::CaptureNextLane, Some(capture)) => {
                capture.lane = (capture.lane + 1) % lanes;
                capture.focus = true;
            }
            (Command::CapturePreviousLane, Some(capture)) => {
                capture.lane = (capture.lane + lanes - 1) % lanes;
                capture.focus = true;
            }
            (Command::CaptureCancel, _) => presenting.capture = None,
            (Command::CaptureAdd, Some(capture)) => {
                let title = capture.text.trim().to_owned();
                let stage = journey.stages.get(presenting.stage).map(|s| s.id);
                let lane = rules::capture_lanes(journey).get(capture.lane).copied();
                if let (false, Some(stage), Some(lane)) = (title.is_empty(), stage, lane) {
                    let end = journey.cards_in(stage, lane).len();
                    let seed = CardSeed {
                        title,
                        channel: None,
                    };
                    let (edit, _) = ops::add_card(journey, stage, lane, end, seed);
                    self.document.apply(edit);
                }
                presenting.capture = None;
            }
            _ => {}
        }
    }

    /// After the frame's actions: the spotlight and persona focus follow the presentation, and
    /// the view glides to the stage (or the overview) when it changed or the screen did.
    pub(super) fn follow_presentation(&mut self, ctx: &egui::Context) {
        let Some(presenting) = &mut self.presenting else {
            return;
        };
        let journey = self.document.journey();
        presenting.stage = presenting.stage.min(journey.stages.len().saturating_sub(1));
        let stage = journey.stages.get(presenting.stage).map(|s| s.id);
        self.canvas.options.spotlight = stage.filter(|_| !presenting.overview);
        self.canvas.options.fork = match (self.canvas.options.spotlight, presenting.fork) {
            (Some(stage), Some(index)) => crate::presentation_forks::forks(journey, stage)
                .get(index)
                .copied(),
            _ => None,
        };
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
        let screen = self.canvas.screen_size();
        if screen != presenting.screen {
            presenting.screen = screen;
            presenting.move_view = true;
        }
        if !presenting.move_view || screen.x <= 0.0 {
            return;
        }
        let Some(layout) = self.canvas.layout() else {
            return;
        };
        let target = if presenting.overview {
            Some(layout.bounds)
        } else {
            rules::stage_view(layout, presenting.stage, screen, &layout.style)
        };
        presenting.move_view = false;
        if let Some(target) = target {
            self.canvas.animate_to(target, ctx.input(|i| i.time));
        }
    }
}
