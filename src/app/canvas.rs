//! The map canvas: draws the scene in its own coordinate space, with pan and zoom.

use crate::layout::{self, Layout, Style};
use crate::model::Journey;
use crate::scene::{self, SceneOptions, Theme, ThemeKind};
use egui::epaint::Shape;
use egui::{Rect, Scene, Ui};
use std::sync::Arc;

/// The canvas' view state: where it looks, and the layout it last drew.
pub struct Canvas {
    /// The part of the map shown, in map units. Kept here, not in the document.
    scene_rect: Rect,
    fit_requested: bool,
    zoom_request: Option<f32>,
    cache: Option<Cached>,
    /// Light or dark map.
    pub theme: ThemeKind,
    /// Which personas' curves to hide.
    pub options: SceneOptions,
}

struct Cached {
    key: (u64, u64, ThemeKind, SceneOptions),
    layout: Arc<Layout>,
    shapes: Arc<Vec<Shape>>,
}

impl Default for Canvas {
    fn default() -> Self {
        Canvas {
            scene_rect: Rect::NOTHING,
            fit_requested: true,
            zoom_request: None,
            cache: None,
            theme: ThemeKind::Light,
            options: SceneOptions::default(),
        }
    }
}

impl Canvas {
    /// Shows the whole map on the next frame.
    pub fn fit(&mut self) {
        self.fit_requested = true;
    }

    /// Zooms by `factor` around the centre of the view on the next frame.
    pub fn zoom_by(&mut self, factor: f32) {
        self.zoom_request = Some(factor);
    }

    /// Forgets the cached layout, for a new document.
    pub fn reset(&mut self) {
        self.cache = None;
        self.fit_requested = true;
    }

    /// The layout last drawn, if any.
    pub fn layout(&self) -> Option<&Layout> {
        self.cache.as_ref().map(|c| c.layout.as_ref())
    }

    /// The part of the map in view, in map units.
    pub fn view(&self) -> Rect {
        self.scene_rect
    }

    /// Draws `journey` (whose state is `revision`) filling the available space.
    pub fn show(&mut self, ui: &mut Ui, journey: &Journey, revision: u64) {
        let key = (
            revision,
            ui.ctx().pixels_per_point().to_bits() as u64,
            self.theme,
            self.options.clone(),
        );
        if self.cache.as_ref().is_none_or(|c| c.key != key) {
            let layout = ui
                .ctx()
                .fonts_mut(|fonts| layout::build(journey, &Style::default(), fonts));
            let mut shapes = Vec::new();
            scene::paint(
                &layout,
                journey,
                &Theme::new(self.theme),
                &self.options,
                &mut shapes,
            );
            self.cache = Some(Cached {
                key,
                layout: Arc::new(layout),
                shapes: Arc::new(shapes),
            });
        }
        let Some(cached) = &self.cache else { return };
        let bounds = cached.layout.bounds;
        if self.fit_requested {
            self.scene_rect = bounds;
            self.fit_requested = false;
        }
        if let Some(factor) = self.zoom_request.take() {
            let center = self.scene_rect.center();
            self.scene_rect = Rect::from_center_size(center, self.scene_rect.size() / factor);
        }
        let background = Theme::new(self.theme).background;
        ui.painter().rect_filled(
            ui.max_rect(),
            0.0,
            scene::mix(background, egui::Color32::GRAY, 0.15),
        );
        Scene::new()
            .zoom_range(0.05..=8.0)
            .max_inner_size(bounds.max.to_vec2() + egui::vec2(10_000.0, 10_000.0))
            .show(ui, &mut self.scene_rect, |ui| {
                ui.painter().extend(cached.shapes.iter().cloned());
                // Reserve the map's area so the scene knows its extent.
                ui.allocate_rect(bounds, egui::Sense::hover());
            });
    }

    /// The zoom of the view: screen points per map unit.
    pub fn zoom(&self, screen_width: f32) -> f32 {
        if self.scene_rect.width() > 0.0 {
            screen_width / self.scene_rect.width()
        } else {
            1.0
        }
    }
}
