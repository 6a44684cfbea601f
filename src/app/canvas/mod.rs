//! The map canvas: draws the scene in its own coordinate space with pan and zoom, and records
//! what the user does on it as [`CanvasAction`]s in the frame's action queue.
//!
//! One concern per file: [`view`] (where the canvas looks and how it glides), `gestures` (clicks
//! and drags on headers, labels, cards and the background), `curves` (dragging faces),
//! `feedback` (what a drag would do, and the drop), `access` (labels and screen bounds for
//! screen readers and UI tests). This file keeps the layout cache and paints the map.

mod access;
mod curves;
mod feedback;
mod gestures;
mod pictures;
mod view;

pub use access::card_label;

use super::actions::Actions;
use super::selection::Selection;
use crate::layout::{self, CardCache, Hit, Layout, Style};
use crate::model::{CardId, Journey, LaneId, PersonaId, StageId};
use crate::scene::{
    self, KeptCards, Painted, PictureCache, SceneOptions, Theme, ThemeKind, ViewMesh,
};
use egui::epaint::Shape;
use egui::{Color32, Modifiers, Pos2, Rect, Scene, Ui, Vec2};
use std::sync::Arc;

/// What the user did on the canvas.
#[derive(Clone, Debug, PartialEq)]
pub enum CanvasAction {
    /// A click on a card (with the modifiers held), a header, a lane label, or empty space.
    Click(Option<Hit>, Modifiers),
    /// A double-click: on a card, edit its title; on an empty cell, add a card.
    DoubleClick(Hit),
    /// Glide the view to this part of the map, starting at this time (egui's clock): a
    /// double-click in the overview zooms in on the spot.
    ZoomTo(Rect, f64),
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
        item: super::palette::PaletteItem,
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
    /// The connect handle of a card dropped on another card, or past the map's edge (an exit).
    Connect {
        /// The card the connection leaves.
        from: CardId,
        /// The card it goes to; none for an exit out of the map.
        to: Option<CardId>,
    },
}

/// A drag in progress, in map units.
#[derive(Clone, Debug, PartialEq)]
enum Gesture {
    Cards { cards: Vec<CardId>, grab: Vec2 },
    Band { start: Pos2 },
    Stage(StageId),
    Lane(LaneId),
    Connect { from: CardId },
}

/// What the canvas shows this frame: the map and what is selected.
pub struct Shown<'a> {
    /// The map.
    pub journey: &'a Journey,
    /// The map's revision: a new one lays the map out again.
    pub revision: u64,
    /// The cards each recent revision rewrote, if the map has such a log (an open document
    /// does; a compared map does not): a layout after an edit looks again at those only.
    pub changes: Option<&'a crate::edit::ChangeLog>,
    /// What is selected.
    pub selection: &'a Selection,
    /// The persona whose curve points can be dragged; any when `None`.
    pub active_persona: Option<PersonaId>,
}

/// Everything the canvas' widgets need to know in one frame.
struct Frame<'a> {
    journey: &'a Journey,
    layout: &'a Layout,
    selection: &'a Selection,
    active_persona: Option<PersonaId>,
    /// The pointer, in map units.
    pointer: Option<Pos2>,
    /// Where the primary button went down, in map units.
    press: Option<Pos2>,
    space_held: bool,
    /// Whether cards are big enough to read (and have widgets of their own).
    readable: bool,
    modifiers: Modifiers,
    accent: Color32,
}

/// The canvas' view state: where it looks, the layout it last drew, and the current gesture.
pub struct Canvas {
    view: view::ViewState,
    cache: Option<Cached>,
    gesture: Option<Gesture>,
    /// Light or dark map.
    pub theme: ThemeKind,
    /// Which personas' curves to hide, and the stage in the spotlight.
    pub options: SceneOptions,
    /// The map as last tessellated, reused while neither it nor the view changes.
    view_mesh: ViewMesh,
    /// The cards in full detail as last tessellated, moved by a pan instead of made anew.
    kept_cards: KeptCards,
    /// The cards of the last layout, reused by the next for the cards an edit did not touch.
    card_cache: CardCache,
    /// The change log and revision the card cache was last laid out from.
    card_cache_from: Option<(u64, u64)>,
    /// Connecting by keyboard: the card a connection would leave, and the target picked so far.
    pub connecting: Option<(CardId, CardId)>,
    /// The pictures on screen, made on the first frame (their worker repaints the window).
    pictures: Option<PictureCache>,
}

struct Cached {
    key: (u64, u64, ThemeKind, SceneOptions),
    /// The change log of the map laid out, if it has one (see [`Shown::changes`]).
    log: Option<u64>,
    layout: Arc<Layout>,
    /// The overview's shapes with their bounds, made the first time the map is zoomed out
    /// that far. Closer in, the cards in view are painted when the view changes.
    overview: Option<Arc<Vec<Painted>>>,
    /// Counts the layouts and scenes made, so a tessellated view knows it is out of date.
    generation: u64,
}

/// Lays out again in `cached` only the cards rewritten since it was made, if the map's change
/// log says nothing else changed and no other view holds the layout; false when the map must be
/// laid out again.
fn patched(ui: &Ui, cached: &mut Cached, shown: &Shown<'_>) -> bool {
    let Some(log) = shown.changes.filter(|log| cached.log == Some(log.id())) else {
        return false;
    };
    let Some(rewritten) = log
        .rewritten_between(cached.key.0, shown.revision)
        .filter(|r| r.only_cards)
    else {
        return false;
    };
    let Some(layout) = Arc::get_mut(&mut cached.layout) else {
        return false;
    };
    ui.ctx()
        .fonts_mut(|fonts| layout::patch_cards(layout, shown.journey, &rewritten.cards, fonts))
}

impl Default for Canvas {
    fn default() -> Self {
        Canvas {
            view: view::ViewState::default(),
            cache: None,
            gesture: None,
            theme: ThemeKind::Light,
            options: SceneOptions::default(),
            view_mesh: ViewMesh::default(),
            kept_cards: KeptCards::default(),
            card_cache_from: None,
            card_cache: CardCache::default(),
            connecting: None,
            pictures: None,
        }
    }
}

impl Canvas {
    /// Forgets the cached layout, for a new document.
    pub fn reset(&mut self) {
        self.cache = None;
        self.view_mesh.clear();
        self.kept_cards = KeptCards::default();
        self.card_cache = CardCache::default();
        self.card_cache_from = None;
        self.gesture = None;
        self.view.fit();
    }

    /// The layout last drawn, if any.
    pub fn layout(&self) -> Option<&Layout> {
        self.cache.as_ref().map(|c| c.layout.as_ref())
    }

    /// The cell under `pointer` (screen points), if the pointer is over the map's grid where
    /// it is shown.
    pub fn cell_at(&self, pointer: Pos2) -> Option<(StageId, LaneId)> {
        let layout = self.layout()?;
        let at = self.view.to_screen.inverse() * pointer;
        if !self.view.scene_rect.contains(at) {
            return None;
        }
        let target = crate::layout::drop_target(layout, &layout.style, at, &[])?;
        Some((target.stage, target.lane))
    }

    /// The stage nearest the middle of the view, if the map has been laid out.
    pub fn stage_in_middle(&self) -> Option<StageId> {
        let middle = self.view().center().x;
        let distance = |rect: Rect| (rect.center().x - middle).abs();
        let stages = &self.layout()?.stages;
        let nearest = stages
            .iter()
            .min_by(|a, b| distance(a.body).total_cmp(&distance(b.body)))?;
        Some(nearest.id)
    }

    /// Whether a drag on the canvas is under way (no undo points are taken meanwhile).
    pub fn is_interacting(&self) -> bool {
        self.gesture.is_some()
    }

    fn ensure_layout(&mut self, ui: &Ui, shown: &Shown<'_>) {
        let (journey, revision) = (shown.journey, shown.revision);
        let key = (
            revision,
            u64::from(ui.ctx().pixels_per_point().to_bits()),
            self.theme,
            self.options.clone(),
        );
        if self.cache.as_ref().is_some_and(|c| c.key == key) {
            return;
        }
        // A new theme or spotlight (every step of a presentation) repaints the scene but keeps
        // the layout and the card index: only a new revision or scale lays out again.
        let generation = self.cache.as_ref().map_or(0, |c| c.generation) + 1;
        if self.cache.as_ref().is_some_and(|c| c.key.1 != key.1) {
            // Text shaped at another scale cannot be reused.
            self.card_cache = CardCache::default();
        }
        let mut cached = self.cache.take();
        if let Some(cached) = &mut cached
            && cached.key.1 == key.1
            && patched(ui, cached, shown)
        {
            // Only a few cards were rewritten, in place: the layout is still the map's.
            cached.key.0 = key.0;
        }
        let (kept, replaced) = match cached {
            Some(c) if c.key.0 == key.0 && c.key.1 == key.1 => (Some(c.layout), None),
            other => (None, other.map(|c| c.layout)),
        };
        if let Some(replaced) = replaced {
            // The card boxes lent to the layout being replaced go back to the card cache; if
            // something else still holds that layout, the cache gets copies.
            let cards = match Arc::try_unwrap(replaced) {
                Ok(layout) => layout.cards,
                Err(shared) => shared.cards.clone(),
            };
            self.card_cache.give_back(cards);
        }
        if kept.is_none() {
            // What changed since the cards were last laid out, if the log saw all of it.
            let rewritten = shown
                .changes
                .zip(self.card_cache_from)
                .and_then(|(log, from)| {
                    (log.id() == from.0).then(|| log.rewritten_between(from.1, revision))?
                });
            self.card_cache.expect_rewritten(rewritten);
            self.card_cache_from = shown.changes.map(|log| (log.id(), revision));
        }
        let card_cache = &mut self.card_cache;
        let layout = kept.unwrap_or_else(|| {
            Arc::new(ui.ctx().fonts_mut(|fonts| {
                layout::build_reusing(journey, &Style::default(), fonts, card_cache)
            }))
        });
        self.cache = Some(Cached {
            key,
            log: shown.changes.map(crate::edit::ChangeLog::id),
            layout,
            overview: None,
            generation,
        });
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

    /// Draws the map filling the available space and records what the user did into `out`.
    /// `overlay` draws on top of the map in map units (e.g. an in-place editor).
    pub fn show(
        &mut self,
        ui: &mut Ui,
        shown: &Shown<'_>,
        out: &mut Actions,
        overlay: impl FnOnce(&mut Ui, &Layout, &mut Actions),
    ) {
        self.ensure_layout(ui, shown);
        let Some(cached) = &self.cache else {
            return;
        };
        let layout = cached.layout.clone();
        self.view.advance(ui, layout.bounds);
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
        let mut scene_rect = self.view.scene_rect;
        let space_held = ui.input(|i| i.key_down(egui::Key::Space));
        Scene::new()
            // Far enough out that Fit shows all of a map of 10,000 cards (about 0.6 %): the
            // overview draws it as blocks.
            .zoom_range(0.002..=8.0)
            .max_inner_size(layout.bounds.max.to_vec2() + Vec2::splat(10_000.0))
            .drag_pan_buttons(egui::DragPanButtons::MIDDLE | egui::DragPanButtons::SECONDARY)
            .show(ui, &mut scene_rect, |ui| {
                let readable = self.paint_map(ui, shown.journey, &layout, &map_painter);
                let to_map = self.view.to_screen.inverse();
                let frame = Frame {
                    journey: shown.journey,
                    layout: &layout,
                    selection: shown.selection,
                    active_persona: shown.active_persona,
                    pointer: ui.input(|i| i.pointer.latest_pos()).map(|p| to_map * p),
                    press: ui.input(|i| i.pointer.press_origin()).map(|p| to_map * p),
                    space_held,
                    readable,
                    modifiers: ui.input(|i| i.modifiers),
                    accent: ui.visuals().selection.stroke.color,
                };
                self.interact(ui, &frame, out);
                overlay(ui, &layout, out);
            });
        self.view.scene_rect = scene_rect.translate(-self.view.pan);
        self.view.pan = Vec2::ZERO;
    }

    /// Paints the map in view on `map_painter`, tessellated in screen points and reused while
    /// neither the map nor the view changes. Returns whether cards are readable at this zoom.
    fn paint_map(
        &mut self,
        ui: &Ui,
        journey: &Journey,
        layout: &Layout,
        map_painter: &egui::Painter,
    ) -> bool {
        let exact = ui
            .ctx()
            .layer_transform_to_global(ui.layer_id())
            .unwrap_or_default();
        let to_global = view::on_whole_pixels(exact, ui.ctx().pixels_per_point());
        // The map and everything over it are drawn moved to whole pixels (at most half a pixel
        // from where the scene puts them): a pan then moves the cards already tessellated as
        // they are. The scene keeps its exact view, so nothing drifts.
        ui.ctx().set_transform_layer(ui.layer_id(), to_global);
        let zoom = to_global.scaling;
        let readable = scene::cards_readable(zoom, layout.style.card_title_size);
        let generation = self.cache.as_ref().map_or(0, |c| c.generation);
        let overview = (!readable).then(|| self.overview(journey));
        let ctx = ui.ctx();
        let view = scene::View {
            to_screen: to_global,
            clip: exact * ui.clip_rect(),
            pixels_per_point: ctx.pixels_per_point(),
            font_atlas_size: ctx.fonts(|f| f.font_image_size()),
            options: ctx.tessellation_options(|o| *o),
        };
        let (theme, options) = (Theme::new(self.theme), &self.options);
        let source = generation * 2 + u64::from(readable);
        let kept_cards = &mut self.kept_cards;
        let meshes = self
            .view_mesh
            .get(source, view, |view, meshes| match &overview {
                Some(overview) => scene::tessellate_into(
                    scene::visible(overview, view.area(), zoom),
                    view,
                    &mut meshes.under,
                ),
                None => {
                    let map = scene::Drawing {
                        layout,
                        journey,
                        theme: &theme,
                        options,
                    };
                    kept_cards.paint(source, map, view, meshes);
                }
            });
        let [under, over] = meshes;
        map_painter.add(Shape::Mesh(under));
        if let (None, Some(cache)) = (&overview, &mut self.pictures) {
            let map = scene::Drawing {
                layout,
                journey,
                theme: &theme,
                options,
            };
            pictures::paint(map, &view, cache, map_painter);
        }
        map_painter.add(Shape::Mesh(over));
        self.view.to_screen = to_global;
        readable
    }

    /// The widgets on the map: background, headers and labels, cards, curve points, and the
    /// feedback of a drag.
    fn interact(&mut self, ui: &mut Ui, frame: &Frame<'_>, out: &mut Actions) {
        let background = self.background(ui, frame, out);
        self.headers(ui, frame, out);
        self.cards(ui, frame, &background, out);
        self.curve_points(ui, frame, out);
        self.drag_feedback(ui, frame, out);
    }
}
