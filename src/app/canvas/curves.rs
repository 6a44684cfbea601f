//! The faces on the emotion curves: hovering shows the card and score, dragging one up or down
//! changes the score.

use super::access::{card_label, card_title, words};
use super::{Canvas, CanvasAction, Frame};
use crate::app::actions::{Action, Actions};
use crate::layout::{self, Curve, CurvePoint};
use crate::model::{LaneId, Score};
use crate::scene::{self, Theme};
use egui::{Id, PointerButton, Pos2, Rect, Sense, Ui, Vec2};

impl Canvas {
    /// A widget per face in view, for the curves shown. Faces too small to aim at have none.
    pub(super) fn curve_points(&mut self, ui: &mut Ui, f: &Frame<'_>, out: &mut Actions) {
        if !f.readable {
            return;
        }
        let visible = ui.clip_rect().expand(40.0);
        let hidden = self.options.hidden_personas.clone();
        for curve in f
            .layout
            .curves
            .iter()
            .filter(|c| !hidden.contains(&c.persona))
        {
            for point in curve.points.iter().filter(|p| visible.contains(p.pos)) {
                self.curve_point(ui, f, curve, point, out);
            }
        }
    }

    fn curve_point(
        &mut self,
        ui: &mut Ui,
        f: &Frame<'_>,
        curve: &Curve,
        point: &CurvePoint,
        out: &mut Actions,
    ) {
        let persona_name = f
            .journey
            .persona(curve.persona)
            .map_or("", |p| p.name.as_str());
        let title = card_title(f.journey, point.card);
        let size = Vec2::splat(2.0 * f.layout.style.face_hit_radius);
        let response = ui.interact(
            Rect::from_center_size(point.pos, size),
            Id::unique(("point", curve.lane.0, curve.persona.0, point.card.0)),
            Sense::click_and_drag(),
        );
        response.widget_info(|| {
            let label = words::point(persona_name, &card_label(title));
            egui::WidgetInfo::labeled(egui::Role::Slider, true, label)
        });
        self.screen_bounds(ui, response.id, response.rect);
        let band = band_of(f, curve.lane);
        let dragging = response.dragged_by(PointerButton::Primary);
        if (response.hovered() && self.gesture.is_none()) || dragging {
            let score = match (dragging, f.pointer, band) {
                (true, Some(p), Some(band)) => layout::y_score(band, p.y),
                _ => point.score.value(),
            };
            let shown = Score::clamped(i64::from(score));
            let tip = format!("{persona_name}: {shown}\n{}", card_label(title));
            response.show_tooltip_text(crate::app::shown::shown(&tip));
            if dragging && let Some(band) = band {
                let ghost = Pos2::new(point.pos.x, layout::score_y(band, score));
                self.ghost_face(ui, f, curve, ghost, score);
            }
        }
        let persona_is_active = f.active_persona.is_none_or(|a| a == curve.persona);
        if persona_is_active
            && (dragging || response.drag_stopped())
            && let (Some(p), Some(band)) = (f.pointer, band)
        {
            out.push(Action::Canvas(CanvasAction::Score {
                card: point.card,
                persona: curve.persona,
                score: layout::y_score(band, p.y),
                done: response.drag_stopped(),
            }));
        }
    }

    /// The face under the pointer while a curve point is dragged, at the score it would get.
    fn ghost_face(&self, ui: &Ui, f: &Frame<'_>, curve: &Curve, at: Pos2, score: i8) {
        let color = f
            .journey
            .persona(curve.persona)
            .map_or(f.accent, |p| scene::persona_color(p.color));
        let mut face = Vec::new();
        let radius = f.layout.style.dragged_face_radius;
        let fill = Theme::new(self.theme).face_fill;
        scene::face(&mut face, at, radius, score, color, fill);
        ui.painter().extend(face);
    }
}

/// The band of the emotions lane a curve is drawn in.
fn band_of(f: &Frame<'_>, lane: LaneId) -> Option<Rect> {
    f.layout
        .lanes
        .iter()
        .find(|l| l.id == lane)
        .and_then(|l| l.curve_band)
}
