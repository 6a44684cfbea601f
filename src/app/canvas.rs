//! The map canvas: draws the scene in its own coordinate space with pan and zoom, and turns
//! pointer gestures on it into [`CanvasAction`]s that the app applies after the UI pass.

use super::palette::PaletteItem;
use super::selection::Selection;
use crate::layout::{self, CardCache, Hit, Layout, Style};
use crate::model::{CardId, Journey, LaneId, PersonaId, StageId};
use crate::scene::{self, KeptCards, Painted, SceneOptions, Theme, ThemeKind, ViewMesh};
use egui::emath::TSTransform;
use egui::epaint::Shape;
use egui::{
    Color32, Id, Modifiers, Pos2, Rect, Response, Scene, Sense, Stroke, StrokeKind, Ui, Vec2,
};
use std::collections::HashMap;
use std::sync::Arc;

/// What the user did on the canvas this frame.
#[derive(Clone, Debug, PartialEq)]
pub enum CanvasAction {
    /// A click on a card (with the modifiers held), a header, a lane label, or empty space.
    Click(Option<Hit>, Modifiers),
    /// A double-click: on a card, edit its title; on an empty cell, add a card.
    DoubleClick(Hit),
    /// Cards dragged into a cell, at position `index` among its other cards.
    MoveCards {
        /// The cards moved.
        cards: Vec<CardId>,
        /// Target stage.
        stage: StageId,
        /// Target lane.
        lane: LaneId,
        /// Position in the cell.
        index: usize,
    },
    /// A palette entry dropped into a cell.
    DropPalette {
        /// What was dropped.
        item: PaletteItem,
        /// Target stage.
        stage: StageId,
        /// Target lane.
        lane: LaneId,
        /// Position in the cell.
        index: usize,
    },
    /// A rubber band selected these cards (added to the selection with Shift or Ctrl).
    SelectCards(Vec<CardId>, bool),
    /// A curve point dragged to a score; `done` when the drag ends.
    Score {
        /// The scored card.
        card: CardId,
        /// Whose score.
        persona: PersonaId,
        /// The new score, -2..=+2.
        score: i8,
        /// Whether the gesture has ended.
        done: bool,
    },
    /// A stage header dragged to another position.
    MoveStage(StageId, usize),
    /// A lane label dragged to another position.
    MoveLane(LaneId, usize),
}

/// A drag in progress, in map units.
#[derive(Clone, Debug, PartialEq)]
enum Gesture {
    Cards { cards: Vec<CardId>, grab: Vec2 },
    Band { start: Pos2 },
    Stage(StageId),
    Lane(LaneId),
}

/// The canvas' view state: where it looks, the layout it last drew, and the current gesture.
pub struct Canvas {
    /// The part of the map shown, in map units. Kept here, not in the document.
    scene_rect: Rect,
    fit_requested: bool,
    zoom_request: Option<f32>,
    cache: Option<Cached>,
    gesture: Option<Gesture>,
    /// Map units to screen points, as of the last frame.
    to_screen: TSTransform,
    /// How far the map was dragged this frame with the middle or right button (or Space held).
    pan: Vec2,
    /// A move of the view under way: from, to, start time (seconds on egui's clock).
    animation: Option<(Rect, Rect, f64)>,
    /// The size of the canvas on screen, in points, as of the last frame.
    screen_size: Vec2,
    /// Light or dark map.
    pub theme: ThemeKind,
    /// Which personas' curves to hide.
    pub options: SceneOptions,
    /// The map as last tessellated, reused while neither it nor the view changes.
    view_mesh: ViewMesh,
    /// The cards in full detail as last tessellated, moved by a pan instead of made anew.
    kept_cards: KeptCards,
    /// The cards of the last layout, reused by the next for the cards an edit did not touch.
    card_cache: CardCache,
}

/// `transform` moved to the nearest whole physical pixel.
fn on_whole_pixels(transform: TSTransform, pixels_per_point: f32) -> TSTransform {
    TSTransform {
        translation: (transform.translation * pixels_per_point).round() / pixels_per_point,
        ..transform
    }
}

/// The title of card `id`, found through `index`.
fn card_title<'a>(journey: &'a Journey, index: &HashMap<CardId, usize>, id: CardId) -> &'a str {
    index
        .get(&id)
        .and_then(|&i| journey.cards.get(i))
        .filter(|c| c.id == id)
        .map_or("", |c| c.title.as_str())
}

struct Cached {
    key: (u64, u64, ThemeKind, SceneOptions),
    layout: Arc<Layout>,
    /// The overview's shapes with their bounds, made the first time the map is zoomed out
    /// that far. Closer in, the cards in view are painted when the view changes.
    overview: Option<Arc<Vec<Painted>>>,
    /// Counts the layouts and scenes made, so a tessellated view knows it is out of date.
    generation: u64,
    /// Where each card is in the document's card list: looking cards up one by one in a map of
    /// 10,000 would cost more than drawing them.
    card_index: Arc<HashMap<CardId, usize>>,
}

impl Default for Canvas {
    fn default() -> Self {
        Canvas {
            scene_rect: Rect::NOTHING,
            fit_requested: true,
            zoom_request: None,
            animation: None,
            screen_size: Vec2::ZERO,
            cache: None,
            gesture: None,
            pan: Vec2::ZERO,
            to_screen: TSTransform::IDENTITY,
            theme: ThemeKind::Light,
            options: SceneOptions::default(),
            view_mesh: ViewMesh::default(),
            kept_cards: KeptCards::default(),
            card_cache: CardCache::default(),
        }
    }
}

/// The accessibility label of a card: its title.
pub fn card_label(title: &str) -> String {
    if title.trim().is_empty() {
        "Untitled card".to_owned()
    } else {
        title.to_owned()
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
        self.view_mesh.clear();
        self.kept_cards = KeptCards::default();
        self.card_cache = CardCache::default();
        self.gesture = None;
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

    /// Shows exactly `view` (in map units) from the next frame on.
    pub fn set_view(&mut self, view: Rect) {
        self.animation = None;
        self.fit_requested = false;
        self.scene_rect = view;
    }

    /// Moves the view to `target` smoothly, starting at `now` (egui's clock, in seconds).
    pub fn animate_to(&mut self, target: Rect, now: f64) {
        let from = if self.scene_rect.is_positive() {
            self.scene_rect
        } else {
            target
        };
        self.fit_requested = false;
        self.animation = Some((from, target, now));
    }

    /// The size of the canvas on screen in points, as of the last frame.
    pub fn screen_size(&self) -> Vec2 {
        self.screen_size
    }

    /// Whether a drag on the canvas is under way (no undo points are taken meanwhile).
    pub fn is_interacting(&self) -> bool {
        self.gesture.is_some()
    }

    fn ensure_layout(&mut self, ui: &Ui, journey: &Journey, revision: u64) {
        let key = (
            revision,
            u64::from(ui.ctx().pixels_per_point().to_bits()),
            self.theme,
            self.options.clone(),
        );
        if self.cache.as_ref().is_none_or(|c| c.key != key) {
            // A new theme or spotlight (every step of a presentation) repaints the scene but
            // keeps the layout and the card index: only a new revision or scale lays out again.
            let generation = self.cache.as_ref().map_or(0, |c| c.generation) + 1;
            if self.cache.as_ref().is_some_and(|c| c.key.1 != key.1) {
                // Text shaped at another scale cannot be reused.
                self.card_cache = CardCache::default();
            }
            let kept = self
                .cache
                .take()
                .filter(|c| c.key.0 == key.0 && c.key.1 == key.1)
                .map(|c| (c.layout, c.card_index));
            let card_cache = &mut self.card_cache;
            let (layout, card_index) = kept.unwrap_or_else(|| {
                let layout = ui.ctx().fonts_mut(|fonts| {
                    layout::build_reusing(journey, &Style::default(), fonts, card_cache)
                });
                let card_index = journey
                    .cards
                    .iter()
                    .enumerate()
                    .map(|(i, c)| (c.id, i))
                    .collect();
                (Arc::new(layout), Arc::new(card_index))
            });
            self.cache = Some(Cached {
                key,
                layout,
                overview: None,
                generation,
                card_index,
            });
        }
    }

    /// The overview's shapes for the cached layout, made on first use and kept until the next
    /// change.
    fn overview(&mut self, journey: &Journey) -> Arc<Vec<Painted>> {
        let (theme, options) = (Theme::new(self.theme), &self.options);
        let Some(cached) = &mut self.cache else {
            return Arc::default();
        };
        let layout = &cached.layout;
        cached
            .overview
            .get_or_insert_with(|| {
                Arc::new(scene::overview_shapes(scene::Drawing {
                    layout,
                    journey,
                    theme: &theme,
                    options,
                }))
            })
            .clone()
    }

    /// Draws `journey` (whose state is `revision`) filling the available space, and reports what
    /// the user did. `overlay` draws on top of the map in map units (e.g. an in-place editor).
    pub fn show(
        &mut self,
        ui: &mut Ui,
        journey: &Journey,
        revision: u64,
        selection: &Selection,
        active_persona: Option<PersonaId>,
        overlay: impl FnOnce(&mut Ui, &Layout),
    ) -> Vec<CanvasAction> {
        self.ensure_layout(ui, journey, revision);
        let Some(cached) = &self.cache else {
            return Vec::new();
        };
        let layout = cached.layout.clone();
        let card_index = cached.card_index.clone();
        let bounds = layout.bounds;
        if self.fit_requested {
            self.scene_rect = bounds;
            self.fit_requested = false;
        }
        if let Some(factor) = self.zoom_request.take() {
            let center = self.scene_rect.center();
            self.scene_rect = Rect::from_center_size(center, self.scene_rect.size() / factor);
        }
        if let Some((from, to, start)) = self.animation {
            const SECONDS: f64 = 0.45;
            let t = ((ui.input(|i| i.time) - start) / SECONDS).clamp(0.0, 1.0) as f32;
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
        let background = Theme::new(self.theme).background;
        ui.painter().rect_filled(
            ui.max_rect(),
            0.0,
            scene::mix(background, Color32::GRAY, 0.15),
        );
        // The map is painted on the canvas' own layer, in screen points, below the scene layer
        // where widgets and feedback go: egui would otherwise copy and move every shape of the
        // scene layer each frame before outlining it again.
        let map_painter = ui.painter().clone();
        let mut actions = Vec::new();
        let mut scene_rect = self.scene_rect;
        let space_held = ui.input(|i| i.key_down(egui::Key::Space));
        Scene::new()
            // Far enough out that Fit shows all of a map of 10,000 cards (about 0.6 %): the
            // overview draws it as blocks.
            .zoom_range(0.002..=8.0)
            .max_inner_size(bounds.max.to_vec2() + Vec2::splat(10_000.0))
            .drag_pan_buttons(egui::DragPanButtons::MIDDLE | egui::DragPanButtons::SECONDARY)
            .show(ui, &mut scene_rect, |ui| {
                let view = ui.clip_rect();
                let exact = ui
                    .ctx()
                    .layer_transform_to_global(ui.layer_id())
                    .unwrap_or_default();
                let to_global = on_whole_pixels(exact, ui.ctx().pixels_per_point());
                // The map and everything over it are drawn moved to whole pixels (at most half
                // a pixel from where the scene puts them): a pan then moves the cards already
                // tessellated as they are. The scene keeps its exact view, so nothing drifts.
                ui.ctx().set_transform_layer(ui.layer_id(), to_global);
                let zoom = to_global.scaling;
                let readable = scene::cards_readable(zoom, Style::default().card_title_size);
                let generation = self.cache.as_ref().map_or(0, |c| c.generation);
                let overview = (!readable).then(|| self.overview(journey));
                let ctx = ui.ctx();
                let view = scene::View {
                    to_screen: to_global,
                    clip: exact * view,
                    pixels_per_point: ctx.pixels_per_point(),
                    font_atlas_size: ctx.fonts(|f| f.font_image_size()),
                    options: ctx.tessellation_options(|o| *o),
                };
                let (theme, options) = (Theme::new(self.theme), &self.options);
                let source = generation * 2 + u64::from(readable);
                let kept_cards = &mut self.kept_cards;
                let mesh = self
                    .view_mesh
                    .get(source, view, |view, mesh| match &overview {
                        Some(overview) => scene::tessellate_into(
                            scene::visible(overview, view.area(), zoom),
                            view,
                            mesh,
                        ),
                        None => {
                            let map = scene::Drawing {
                                layout: &layout,
                                journey,
                                theme: &theme,
                                options,
                            };
                            kept_cards.paint(source, map, view, mesh);
                        }
                    });
                map_painter.add(Shape::Mesh(mesh));
                self.to_screen = to_global;
                let pointer = ui
                    .input(|i| i.pointer.latest_pos())
                    .map(|p| to_global.inverse() * p);
                self.interact(
                    ui,
                    journey,
                    &card_index,
                    &layout,
                    selection,
                    active_persona,
                    pointer,
                    space_held,
                    readable,
                    &mut actions,
                );
                overlay(ui, &layout);
            });
        self.scene_rect = scene_rect.translate(-self.pan);
        self.pan = Vec2::ZERO;
        actions
    }

    #[allow(clippy::too_many_arguments)]
    fn interact(
        &mut self,
        ui: &mut Ui,
        journey: &Journey,
        card_index: &HashMap<CardId, usize>,
        layout: &Layout,
        selection: &Selection,
        active_persona: Option<PersonaId>,
        pointer: Option<Pos2>,
        space_held: bool,
        readable: bool,
        actions: &mut Vec<CanvasAction>,
    ) {
        let painter = ui.painter().clone();
        let accent = ui.visuals().selection.stroke.color;
        let modifiers = ui.input(|i| i.modifiers);
        // The scene's clip rect is already in map units.
        let visible = ui.clip_rect().expand(40.0);

        // The map background: clicks clear the selection, double-clicks add cards, drags band-select.
        let background = ui.interact(
            layout.bounds,
            Id::unique("map background"),
            Sense::click_and_drag(),
        );
        self.pan_with(&background, space_held);
        if background.clicked() {
            actions.push(CanvasAction::Click(
                pointer.and_then(|p| layout.hit(p)),
                modifiers,
            ));
        }
        let hit = pointer.and_then(|p| layout.hit(p));
        if background.double_clicked()
            && let Some(point) = pointer
        {
            if !readable {
                // Nothing can be read or typed at this zoom: a double-click zooms in on the
                // spot, to where card titles read at their own size.
                let view = Rect::from_center_size(point, self.screen_size);
                self.animate_to(view, ui.input(|i| i.time));
            } else if let Some(hit @ Hit::Cell { .. }) = hit {
                actions.push(CanvasAction::DoubleClick(hit));
            }
        }
        // Where the button went down: a drag is recognised only once the pointer has moved.
        let press = ui
            .input(|i| i.pointer.press_origin())
            .map(|p| self.to_screen.inverse() * p);
        if background.drag_started_by(egui::PointerButton::Primary)
            && !space_held
            && let Some(start) = press.or(pointer)
        {
            // In the overview cards have no widgets of their own: a drag that starts on one
            // moves it (and the selection it belongs to), as it does closer in.
            self.gesture = Some(match layout.hit(start) {
                Some(Hit::Card(id)) if !readable => {
                    let rect = layout.cards.iter().find(|c| c.id == id).map(|c| c.rect);
                    Gesture::Cards {
                        cards: if selection.cards.contains(&id) {
                            selection.card_list()
                        } else {
                            vec![id]
                        },
                        grab: rect.map_or(Vec2::ZERO, |r| start - r.min),
                    }
                }
                _ => Gesture::Band { start },
            });
        }

        // Stage headers and lane labels: click to select, drag to reorder.
        for (index, stage) in layout.stages.iter().enumerate() {
            let response = ui.interact(
                stage.header,
                Id::unique(("stage", stage.id.0)),
                Sense::click_and_drag(),
            );
            let name = journey.stage(stage.id).map_or("", |s| s.name.as_str());
            response.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    true,
                    format!("Stage {}: {name}", index + 1),
                )
            });
            self.screen_bounds(ui, response.id, response.rect);
            self.header_gesture(
                &response,
                Gesture::Stage(stage.id),
                Hit::StageHeader(stage.id),
                modifiers,
                actions,
            );
            if selection.stage == Some(stage.id) {
                painter.rect_stroke(
                    stage.header,
                    0.0,
                    Stroke::new(2.5, accent),
                    StrokeKind::Inside,
                );
            }
        }
        for lane in &layout.lanes {
            let response = ui.interact(
                lane.label,
                Id::unique(("lane", lane.id.0)),
                Sense::click_and_drag(),
            );
            let name = journey.lane(lane.id).map_or("", |l| l.name.as_str());
            response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Lane: {name}"))
            });
            self.screen_bounds(ui, response.id, response.rect);
            self.header_gesture(
                &response,
                Gesture::Lane(lane.id),
                Hit::LaneLabel(lane.id),
                modifiers,
                actions,
            );
            if selection.lane == Some(lane.id) {
                painter.rect_stroke(
                    lane.label,
                    0.0,
                    Stroke::new(2.5, accent),
                    StrokeKind::Inside,
                );
            }
        }

        // Cards.
        let pixel = 1.0 / self.to_screen.scaling.max(f32::EPSILON);
        for card in layout.cards.iter().filter(|c| visible.intersects(c.rect)) {
            if !readable {
                // Outlines a few pixels wide whatever the zoom, so a selected or hovered block
                // stands out however small it is.
                let hovered = background.hovered() && hit == Some(Hit::Card(card.id));
                if selection.cards.contains(&card.id) {
                    painter.rect_stroke(
                        card.rect.expand(2.0 * pixel),
                        0.0,
                        Stroke::new(2.5 * pixel, accent),
                        StrokeKind::Outside,
                    );
                } else if hovered && self.gesture.is_none() {
                    painter.rect_stroke(
                        card.rect,
                        0.0,
                        Stroke::new(1.5 * pixel, accent.gamma_multiply(0.6)),
                        StrokeKind::Outside,
                    );
                }
                continue;
            }
            let title = card_title(journey, card_index, card.id);
            let response = ui.interact(
                card.rect,
                Id::unique(("card", card.id.0)),
                Sense::click_and_drag(),
            );
            response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Button, true, card_label(title))
            });
            self.screen_bounds(ui, response.id, response.rect);
            self.pan_with(&response, space_held);
            if response.clicked() {
                actions.push(CanvasAction::Click(Some(Hit::Card(card.id)), modifiers));
            }
            if response.double_clicked() {
                actions.push(CanvasAction::DoubleClick(Hit::Card(card.id)));
            }
            if response.drag_started_by(egui::PointerButton::Primary) && !space_held {
                let cards = if selection.cards.contains(&card.id) {
                    selection.card_list()
                } else {
                    vec![card.id]
                };
                let grab = pointer.map_or(Vec2::ZERO, |p| p - card.rect.min);
                self.gesture = Some(Gesture::Cards { cards, grab });
            }
            if selection.cards.contains(&card.id) {
                painter.rect_stroke(
                    card.rect.expand(2.0),
                    7.0,
                    Stroke::new(2.5, accent),
                    StrokeKind::Outside,
                );
            } else if response.hovered() && self.gesture.is_none() {
                painter.rect_stroke(
                    card.rect,
                    6.0,
                    Stroke::new(1.5, accent.gamma_multiply(0.6)),
                    StrokeKind::Outside,
                );
            }
        }

        // Curve points: hover shows the card and score; dragging changes the score.
        let band_of = |lane: LaneId| {
            layout
                .lanes
                .iter()
                .find(|l| l.id == lane)
                .and_then(|l| l.curve_band)
        };
        // Faces too small to aim at have no widgets.
        let curves = if readable { &layout.curves[..] } else { &[] };
        for curve in curves
            .iter()
            .filter(|c| !self.options.hidden_personas.contains(&c.persona))
        {
            let persona_name = journey
                .persona(curve.persona)
                .map_or("", |p| p.name.as_str());
            for point in curve.points.iter().filter(|p| visible.contains(p.pos)) {
                let title = card_title(journey, card_index, point.card);
                let rect = Rect::from_center_size(point.pos, Vec2::splat(20.0));
                let response = ui.interact(
                    rect,
                    Id::unique(("point", curve.lane.0, curve.persona.0, point.card.0)),
                    Sense::click_and_drag(),
                );
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::Slider,
                        true,
                        format!("{persona_name} at {}", card_label(title)),
                    )
                });
                self.screen_bounds(ui, response.id, response.rect);
                let dragging = response.dragged_by(egui::PointerButton::Primary);
                if (response.hovered() && self.gesture.is_none()) || dragging {
                    let score = match (dragging, pointer, band_of(curve.lane)) {
                        (true, Some(p), Some(band)) => layout::y_score(band, p.y),
                        _ => point.score.value(),
                    };
                    let score_text = crate::model::Score::clamped(i64::from(score));
                    response.show_tooltip_text(format!(
                        "{persona_name}: {score_text}\n{}",
                        card_label(title)
                    ));
                    if dragging && let Some(band) = band_of(curve.lane) {
                        let ghost = Pos2::new(point.pos.x, layout::score_y(band, score));
                        let color = journey
                            .persona(curve.persona)
                            .map_or(accent, |p| scene::persona_color(p.color));
                        let mut face = Vec::new();
                        scene::face(
                            &mut face,
                            ghost,
                            12.0,
                            score,
                            color,
                            Theme::new(self.theme).face_fill,
                        );
                        painter.extend(face);
                    }
                }
                let persona_is_active = active_persona.is_none_or(|a| a == curve.persona);
                if persona_is_active
                    && (response.dragged_by(egui::PointerButton::Primary)
                        || response.drag_stopped())
                    && let (Some(p), Some(band)) = (pointer, band_of(curve.lane))
                {
                    actions.push(CanvasAction::Score {
                        card: point.card,
                        persona: curve.persona,
                        score: layout::y_score(band, p.y),
                        done: response.drag_stopped(),
                    });
                }
            }
        }

        self.drag_feedback(ui, journey, layout, pointer, modifiers, actions);
    }

    /// Gives a widget on the map its place on screen in the accessibility tree: egui reports
    /// widget bounds in the layer's own units, which on this zoomed and panned layer are map
    /// units. Screen readers and UI tests need screen positions.
    fn screen_bounds(&self, ui: &Ui, id: Id, rect: Rect) {
        let r = self.to_screen * rect;
        ui.ctx().accesskit_node_builder(id, |node| {
            node.set_bounds(egui::accesskit::Rect {
                x0: r.min.x.into(),
                y0: r.min.y.into(),
                x1: r.max.x.into(),
                y1: r.max.y.into(),
            });
        });
    }

    /// Middle or right drags, and left drags with Space held, pan the view wherever they start.
    fn pan_with(&mut self, response: &Response, space_held: bool) {
        use egui::PointerButton::{Middle, Primary, Secondary};
        if response.dragged_by(Middle)
            || response.dragged_by(Secondary)
            || (space_held && response.dragged_by(Primary))
        {
            self.pan += response.drag_delta();
        }
    }

    fn header_gesture(
        &mut self,
        response: &Response,
        gesture: Gesture,
        hit: Hit,
        modifiers: Modifiers,
        actions: &mut Vec<CanvasAction>,
    ) {
        self.pan_with(response, false);
        if response.clicked() {
            actions.push(CanvasAction::Click(Some(hit), modifiers));
        }
        if response.drag_started_by(egui::PointerButton::Primary) {
            self.gesture = Some(gesture);
        }
    }

    /// Draws what the current drag would do, and finishes it when the button is released.
    fn drag_feedback(
        &mut self,
        ui: &Ui,
        journey: &Journey,
        layout: &Layout,
        pointer: Option<Pos2>,
        modifiers: Modifiers,
        actions: &mut Vec<CanvasAction>,
    ) {
        let painter = ui.painter();
        let accent = ui.visuals().selection.stroke.color;
        let released = ui.input(|i| i.pointer.primary_released() || !i.pointer.primary_down());
        let palette = egui::DragAndDrop::payload::<PaletteItem>(ui.ctx());
        let Some(pointer) = pointer else { return };

        // A cell and position under the pointer, for cards and palette entries.
        let target = cell_target(layout, pointer);
        let show_target = |index_pos: Option<(Rect, f32)>| {
            if let Some((cell, y)) = index_pos {
                painter.rect_filled(cell, 0.0, accent.gamma_multiply(0.18));
                painter.rect_stroke(cell, 0.0, Stroke::new(2.0, accent), StrokeKind::Inside);
                painter.hline(cell.shrink(6.0).x_range(), y, Stroke::new(3.0, accent));
            }
        };

        if let Some(item) = palette {
            show_target(target.map(|t| (t.cell, t.line_y)));
            if ui.input(|i| i.pointer.any_released())
                && let Some(t) = target
            {
                egui::DragAndDrop::clear_payload(ui.ctx());
                actions.push(CanvasAction::DropPalette {
                    item: *item,
                    stage: t.stage,
                    lane: t.lane,
                    index: t.index,
                });
            }
            return;
        }

        match self.gesture.clone() {
            Some(Gesture::Cards { cards, grab }) => {
                let target = cell_target_excluding(layout, pointer, &cards);
                show_target(target.map(|t| (t.cell, t.line_y)));
                for id in &cards {
                    if let Some(card) = layout.cards.iter().find(|c| c.id == *id) {
                        let offset = pointer
                            - grab
                            - layout
                                .cards
                                .iter()
                                .find(|c| c.id == cards[0])
                                .map_or(card.rect.min, |c| c.rect.min);
                        painter.rect_filled(
                            card.rect.translate(offset),
                            6.0,
                            accent.gamma_multiply(0.25),
                        );
                    }
                }
                if released {
                    self.gesture = None;
                    if let Some(t) = target {
                        actions.push(CanvasAction::MoveCards {
                            cards,
                            stage: t.stage,
                            lane: t.lane,
                            index: t.index,
                        });
                    }
                }
            }
            Some(Gesture::Band { start }) => {
                let band = Rect::from_two_pos(start, pointer);
                painter.rect(
                    band,
                    0.0,
                    accent.gamma_multiply(0.1),
                    Stroke::new(1.0, accent),
                    StrokeKind::Inside,
                );
                if released {
                    self.gesture = None;
                    let inside: Vec<CardId> = layout
                        .cards
                        .iter()
                        .filter(|c| band.intersects(c.rect))
                        .map(|c| c.id)
                        .collect();
                    actions.push(CanvasAction::SelectCards(
                        inside,
                        modifiers.shift || modifiers.command,
                    ));
                }
            }
            Some(Gesture::Stage(id)) => {
                let index = layout
                    .stages
                    .iter()
                    .filter(|s| s.header.center().x < pointer.x)
                    .count();
                let rtl = journey.direction == crate::model::Direction::RightToLeft;
                let index = if rtl {
                    layout.stages.len() - index
                } else {
                    index
                };
                let from = journey.stage_index(id).unwrap_or(0);
                let to = if index > from { index - 1 } else { index };
                if let Some(stage) = layout.stages.get(to) {
                    painter.rect_stroke(
                        stage.header,
                        0.0,
                        Stroke::new(3.0, accent),
                        StrokeKind::Inside,
                    );
                }
                if released {
                    self.gesture = None;
                    if to != from {
                        actions.push(CanvasAction::MoveStage(id, to));
                    }
                }
            }
            Some(Gesture::Lane(id)) => {
                let index = layout
                    .lanes
                    .iter()
                    .filter(|l| l.rect.center().y < pointer.y)
                    .count();
                let visible: Vec<LaneId> = layout.lanes.iter().map(|l| l.id).collect();
                let from_visible = visible.iter().position(|l| *l == id).unwrap_or(0);
                let to_visible = if index > from_visible {
                    index - 1
                } else {
                    index
                };
                if let Some(lane) = layout.lanes.get(to_visible) {
                    painter.rect_stroke(
                        lane.label,
                        0.0,
                        Stroke::new(3.0, accent),
                        StrokeKind::Inside,
                    );
                }
                if released {
                    self.gesture = None;
                    // Hidden lanes keep their place: translate the visible position to the full list.
                    if to_visible != from_visible
                        && let Some(to) =
                            visible.get(to_visible).and_then(|l| journey.lane_index(*l))
                    {
                        actions.push(CanvasAction::MoveLane(id, to));
                    }
                }
            }
            None => {}
        }
    }

    /// Where a point on screen lies on the map, as of the last frame.
    pub fn to_map(&self, screen: Pos2) -> Pos2 {
        self.to_screen.inverse() * screen
    }

    /// The zoom of the view: screen points per map unit.
    pub fn zoom(&self) -> f32 {
        self.to_screen.scaling
    }

    /// Where a point of the map is on screen, as of the last frame.
    pub fn to_screen(&self, map: Pos2) -> Pos2 {
        self.to_screen * map
    }
}

/// Where a drop at `pointer` would land.
#[derive(Clone, Copy, Debug)]
struct CellTarget {
    stage: StageId,
    lane: LaneId,
    index: usize,
    cell: Rect,
    line_y: f32,
}

fn cell_target(layout: &Layout, pointer: Pos2) -> Option<CellTarget> {
    cell_target_excluding(layout, pointer, &[])
}

/// The cell under `pointer` and the position among its cards (leaving out `moving`).
fn cell_target_excluding(layout: &Layout, pointer: Pos2, moving: &[CardId]) -> Option<CellTarget> {
    let (stage, lane) = match layout.hit(pointer)? {
        Hit::Cell { stage, lane } => (stage, lane),
        Hit::Card(_) | Hit::CurvePoint { .. } => {
            let lane = layout
                .lanes
                .iter()
                .find(|l| l.rect.y_range().contains(pointer.y))?;
            let stage = layout
                .stages
                .iter()
                .find(|s| s.body.x_range().contains(pointer.x))?;
            (stage.id, lane.id)
        }
        _ => return None,
    };
    let lane_box = layout.lanes.iter().find(|l| l.id == lane)?;
    let stage_box = layout.stages.iter().find(|s| s.id == stage)?;
    let cell = Rect::from_x_y_ranges(stage_box.body.x_range(), lane_box.rect.y_range());
    let cards: Vec<Rect> = layout
        .cards
        .iter()
        .filter(|c| cell.contains(c.rect.center()) && !moving.contains(&c.id))
        .map(|c| c.rect)
        .collect();
    let index = cards.iter().filter(|r| r.center().y < pointer.y).count();
    let line_y = match (
        index.checked_sub(1).and_then(|i| cards.get(i)),
        cards.get(index),
    ) {
        (Some(above), _) => above.max.y + 4.0,
        (None, Some(below)) => below.min.y - 4.0,
        (None, None) => lane_box.curve_band.map_or(cell.min.y, |b| b.max.y) + 8.0,
    };
    Some(CellTarget {
        stage,
        lane,
        index,
        cell,
        line_y,
    })
}
