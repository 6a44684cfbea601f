//! Where the canvas looks: the part of the map in view, fitting, zooming, panning, and the
//! glide of the view from one place to another.

use super::Canvas;
use egui::emath::TSTransform;
use egui::{Pos2, Rect, Ui, Vec2};

/// How long the view takes to glide to a new place, in seconds.
const GLIDE_SECONDS: f64 = 0.45;

/// The view's state, kept between frames.
pub(super) struct ViewState {
    /// The part of the map shown, in map units. Kept here, not in the document.
    pub(super) scene_rect: Rect,
    fit_requested: bool,
    zoom_request: Option<f32>,
    /// A move of the view under way: from, to, start time (seconds on egui's clock).
    animation: Option<(Rect, Rect, f64)>,
    /// The size of the canvas on screen, in points, as of the last frame.
    screen_size: Vec2,
    /// Map units to screen points, as of the last frame.
    pub(super) to_screen: TSTransform,
    /// How far the map was dragged this frame with the middle or right button (or Space held).
    pub(super) pan: Vec2,
}

impl Default for ViewState {
    fn default() -> Self {
        ViewState {
            scene_rect: Rect::NOTHING,
            fit_requested: true,
            zoom_request: None,
            animation: None,
            screen_size: Vec2::ZERO,
            to_screen: TSTransform::IDENTITY,
            pan: Vec2::ZERO,
        }
    }
}

impl ViewState {
    /// Shows the whole map on the next frame.
    pub(super) fn fit(&mut self) {
        self.fit_requested = true;
    }

    /// Applies what was asked for since the last frame (fit, zoom) and moves the glide on.
    pub(super) fn advance(&mut self, ui: &Ui, bounds: Rect) {
        if self.fit_requested {
            self.scene_rect = bounds;
            self.fit_requested = false;
        }
        if let Some(factor) = self.zoom_request.take() {
            let center = self.scene_rect.center();
            self.scene_rect = Rect::from_center_size(center, self.scene_rect.size() / factor);
        }
        if let Some((from, to, start)) = self.animation {
            let t = ((ui.input(|i| i.time) - start) / GLIDE_SECONDS).clamp(0.0, 1.0) as f32;
            // Ease in and out, so the move starts and lands softly.
            let eased = t * t * (3.0 - 2.0 * t);
            self.scene_rect =
                Rect::from_min_max(from.min.lerp(to.min, eased), from.max.lerp(to.max, eased));
            if t < 1.0 {
                ui.ctx().request_repaint();
            } else {
                self.animation = None;
            }
        }
        self.screen_size = ui.max_rect().size();
    }
}

/// `transform` moved to the nearest whole physical pixel.
pub(super) fn on_whole_pixels(transform: TSTransform, pixels_per_point: f32) -> TSTransform {
    TSTransform {
        translation: (transform.translation * pixels_per_point).round() / pixels_per_point,
        ..transform
    }
}

impl Canvas {
    /// Shows the whole map on the next frame.
    pub fn fit(&mut self) {
        self.view.fit();
    }

    /// Zooms by `factor` around the centre of the view on the next frame.
    pub fn zoom_by(&mut self, factor: f32) {
        self.view.zoom_request = Some(factor);
    }

    /// The part of the map in view, in map units.
    pub fn view(&self) -> Rect {
        self.view.scene_rect
    }

    /// Shows exactly `view` (in map units) from the next frame on.
    pub fn set_view(&mut self, view: Rect) {
        self.view.animation = None;
        self.view.fit_requested = false;
        self.view.scene_rect = view;
    }

    /// Moves the view to `target` smoothly, starting at `now` (egui's clock, in seconds).
    pub fn animate_to(&mut self, target: Rect, now: f64) {
        let from = if self.view.scene_rect.is_positive() {
            self.view.scene_rect
        } else {
            target
        };
        self.view.fit_requested = false;
        self.view.animation = Some((from, target, now));
    }

    /// The size of the canvas on screen in points, as of the last frame.
    pub fn screen_size(&self) -> Vec2 {
        self.view.screen_size
    }

    /// Where a point on screen lies on the map, as of the last frame.
    pub fn to_map(&self, screen: Pos2) -> Pos2 {
        self.view.to_screen.inverse() * screen
    }

    /// The zoom of the view: screen points per map unit.
    pub fn zoom(&self) -> f32 {
        self.view.to_screen.scaling
    }

    /// Where a point of the map is on screen, as of the last frame.
    pub fn to_screen(&self, map: Pos2) -> Pos2 {
        self.view.to_screen * map
    }
}
