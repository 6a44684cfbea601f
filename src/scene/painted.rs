//! The scene as the canvas draws it frame after frame: shapes with their bounds and a cheaper
//! form for when they are too small to read, tessellated once per view and reused while the
//! view stays. A frame in which only the pointer moves (hovering, dragging a card, moving a face)
//! then copies one ready mesh instead of outlining every card and glyph again.

use crate::layout::TextBlock;
use egui::Rect;
use egui::emath::{GuiRounding as _, TSTransform};
use egui::epaint::{Mesh, Shape, TessellationOptions, Tessellator};
use std::ops::Range;
use std::sync::Arc;

/// Below this size on screen (in points) text is drawn as grey bars: unreadable glyphs cost
/// as much to draw as readable ones, and a zoomed-out map of a thousand cards is mostly text.
const MIN_READABLE_TEXT: f32 = 4.0;

/// Whether cards are drawn and handled one by one at `zoom` (screen points per map unit): only
/// when titles of `title_size` can be read. Below, the map is drawn as the overview
/// ([`super::overview_shapes`]).
pub fn cards_readable(zoom: f32, title_size: f32) -> bool {
    zoom * title_size >= MIN_READABLE_TEXT
}

/// One shape of the scene, ready to paint.
pub struct Painted {
    /// Where it is, in map units.
    pub bounds: Rect,
    shape: Shape,
    /// For text: its font size, and the bars drawn instead when the text is too small to read.
    text: Option<(f32, Shape)>,
    /// Drawn only at these zooms (text bars and curves of the overview).
    zooms: Range<f32>,
}

/// One row-shaped bar per line of `text`, in a dimmed text colour, and the text's font size.
fn bars_of(text: &egui::epaint::TextShape) -> (f32, Shape) {
    let color = text.fallback_color.gamma_multiply(0.3);
    // One bar per row, as tall as the x-height: a ready-made mesh, which costs nothing to
    // outline or anti-alias.
    let mut bars = Mesh::default();
    let block = TextBlock {
        pos: text.pos,
        galley: text.galley.clone(),
    };
    let size = super::add_bars(&mut bars, &block, color);
    (size, Shape::mesh(bars))
}

/// `shape` as drawn at `zoom`: text too small to read becomes bars, anything else is kept.
pub(super) fn at_zoom(shape: Shape, zoom: f32) -> Shape {
    match &shape {
        // Bars only when needed: most text in a view of readable cards is readable.
        Shape::Text(text)
            if super::overview::font_size(&text.galley) * zoom < MIN_READABLE_TEXT =>
        {
            bars_of(text).1
        }
        _ => shape,
    }
}

impl Painted {
    /// `shape`, drawn at every zoom (text as bars when too small to read).
    pub fn new(shape: Shape) -> Self {
        let bounds = shape.visual_bounding_rect();
        let text = match &shape {
            Shape::Text(text) => Some(bars_of(text)),
            _ => None,
        };
        Painted {
            bounds,
            shape,
            text,
            zooms: 0.0..f32::INFINITY,
        }
    }

    /// `shape`, drawn only at `zooms`.
    pub fn at_zooms(shape: Shape, zooms: Range<f32>) -> Self {
        Painted {
            zooms,
            ..Painted::new(shape)
        }
    }

    /// Whether it is drawn at all at `zoom`.
    pub fn shown_at(&self, zoom: f32) -> bool {
        self.zooms.contains(&zoom)
    }

    /// The shape to paint at `zoom` (screen points per map unit).
    pub fn at_zoom(&self, zoom: f32) -> Shape {
        match &self.text {
            Some((size, bars)) if size * zoom < MIN_READABLE_TEXT => bars.clone(),
            _ => self.shape.clone(),
        }
    }
}

/// Everything a tessellated view depends on besides the shapes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    /// Map units to screen points.
    pub to_screen: TSTransform,
    /// The part of the screen drawn on, in points.
    pub clip: Rect,
    /// Physical pixels per point.
    pub pixels_per_point: f32,
    /// The size of the font atlas, which the glyphs' texture coordinates are relative to.
    pub font_atlas_size: [usize; 2],
    /// egui's tessellation settings (anti-aliasing and the like).
    pub options: TessellationOptions,
}

/// The visible part of the map tessellated in screen points for one [`View`], kept until the
/// map or the view change.
#[derive(Default)]
pub struct ViewMesh {
    cached: Option<(u64, View, [Arc<Mesh>; 2])>,
    /// Vertices and indices of the last meshes, to make room for the next ones at once.
    last_size: [(usize, usize); 2],
}

/// A view of the map as two meshes: pictures (each its own texture) are drawn between them.
#[derive(Default)]
pub struct ViewMeshes {
    /// The grid and the cards.
    pub under: Mesh,
    /// What lies over the cards and their pictures: comparison marks, arrows, curves, the veil.
    pub over: Mesh,
}

impl ViewMesh {
    /// The meshes of map `source` (a number that changes whenever what is drawn changes) seen
    /// through `view`: the ones from before if neither changed, else what `build` adds to
    /// empty meshes (sized like the last ones) for that view: the meshes under and over the
    /// pictures.
    pub fn get(
        &mut self,
        source: u64,
        view: View,
        build: impl FnOnce(&View, &mut ViewMeshes),
    ) -> [Arc<Mesh>; 2] {
        if let Some((seen_source, seen_view, meshes)) = &self.cached
            && *seen_source == source
            && *seen_view == view
        {
            return meshes.clone();
        }
        let mut meshes = ViewMeshes::default();
        // As many as last time: growing a mesh of megabytes step by step copies it again and
        // again.
        for (mesh, (vertices, indices)) in [&mut meshes.under, &mut meshes.over]
            .into_iter()
            .zip(self.last_size)
        {
            mesh.vertices.reserve(vertices);
            mesh.indices.reserve(indices);
        }
        build(&view, &mut meshes);
        let meshes = [Arc::new(meshes.under), Arc::new(meshes.over)];
        self.last_size = [0, 1].map(|i| (meshes[i].vertices.len(), meshes[i].indices.len()));
        self.cached = Some((source, view, meshes.clone()));
        meshes
    }

    /// Forgets the mesh, so the next [`ViewMesh::get`] builds it again.
    pub fn clear(&mut self) {
        self.cached = None;
    }
}

impl View {
    /// The part of the map in view, in map units.
    pub fn area(&self) -> Rect {
        self.to_screen.inverse() * self.clip
    }
}

/// The shapes of `painted` worth drawing in `area` (map units) at `zoom`.
pub fn visible(painted: &[Painted], area: Rect, zoom: f32) -> Vec<Shape> {
    painted
        .iter()
        .filter(|p| p.shown_at(zoom) && p.bounds.intersects(area))
        .map(|p| p.at_zoom(zoom))
        .collect()
}

/// Tessellates map-unit `shapes` as egui would, adding them to `mesh`: see [`ViewTessellator`].
pub fn tessellate_into(shapes: Vec<Shape>, view: &View, mesh: &mut Mesh) {
    ViewTessellator::new(view).add(shapes, mesh);
}

/// Tessellates map-unit shapes for one [`View`] as egui would: each moved to the screen and then
/// outlined, so the result matches drawing them one by one. Text is the exception: moving a
/// text shape copies every glyph of its galley, so it is tessellated where it is and its
/// vertices are moved after, with the galley put on a whole pixel as egui does.
pub(super) struct ViewTessellator {
    view: View,
    shapes_on_screen: Tessellator,
    text_in_map: Tessellator,
}

impl ViewTessellator {
    /// A tessellator for `view`.
    pub(super) fn new(view: &View) -> Self {
        let tessellator = |options: TessellationOptions, clip: Rect| {
            let mut tessellator = Tessellator::new(
                view.pixels_per_point,
                options,
                view.font_atlas_size,
                Vec::new(),
            );
            tessellator.set_clip_rect(clip);
            tessellator
        };
        ViewTessellator {
            view: *view,
            shapes_on_screen: tessellator(view.options, view.clip),
            text_in_map: tessellator(
                TessellationOptions {
                    round_text_to_pixels: false,
                    ..view.options
                },
                view.area(),
            ),
        }
    }

    /// Adds `shapes` (map units) to `mesh`, in screen points.
    pub(super) fn add(&mut self, shapes: impl IntoIterator<Item = Shape>, mesh: &mut Mesh) {
        let view = &self.view;
        let ppp = view.pixels_per_point;
        for mut shape in shapes {
            if let Shape::Text(text) = &shape {
                let on_screen = view.to_screen * text.pos;
                let snapped = if view.options.round_text_to_pixels {
                    on_screen.round_to_pixels(ppp)
                } else {
                    on_screen
                };
                let start = mesh.vertices.len();
                self.text_in_map.tessellate_text(text, mesh);
                let shift = snapped - on_screen;
                for vertex in &mut mesh.vertices[start..] {
                    vertex.pos = view.to_screen * vertex.pos + shift;
                }
            } else {
                shape.transform(view.to_screen);
                self.shapes_on_screen.tessellate_shape(shape, mesh);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::overview::tests::full_cycle;
    use crate::scene::{Drawing, SceneOptions, Theme, ThemeKind, paint, paint_area};
    use egui::{Pos2, Vec2};

    fn painted() -> Arc<Vec<Painted>> {
        let (journey, layout) = full_cycle();
        let mut shapes = Vec::new();
        paint(
            &layout,
            &journey,
            &Theme::new(ThemeKind::Light),
            &SceneOptions::default(),
            &mut shapes,
        );
        Arc::new(shapes.into_iter().map(Painted::new).collect())
    }

    fn tessellate(shapes: Vec<Shape>, view: &View) -> Mesh {
        let mut mesh = Mesh::default();
        tessellate_into(shapes, view, &mut mesh);
        mesh
    }

    fn view(zoom: f32, offset: Vec2) -> View {
        View {
            to_screen: TSTransform::new(offset, zoom),
            clip: Rect::from_min_size(Pos2::ZERO, Vec2::new(1920.0, 1080.0)),
            pixels_per_point: 1.0,
            font_atlas_size: [2048, 2048],
            options: TessellationOptions::default(),
        }
    }

    #[test]
    fn the_same_view_reuses_its_mesh_and_a_new_one_does_not() {
        let shapes = painted();
        let mut cache = ViewMesh::default();
        let mut paints = 0;
        let mut paint = |view: &View, meshes: &mut ViewMeshes| {
            paints += 1;
            tessellate_into(visible(&shapes, view.area(), 1.0), view, &mut meshes.under);
        };
        let first = cache.get(1, view(1.0, Vec2::ZERO), &mut paint);
        assert!(!first[0].is_empty());
        let again = cache.get(1, view(1.0, Vec2::ZERO), &mut paint);
        assert!(Arc::ptr_eq(&first[0], &again[0]));
        let panned = cache.get(1, view(1.0, Vec2::new(-300.0, 0.0)), &mut paint);
        assert!(!Arc::ptr_eq(&first[0], &panned[0]));
        // A new source (an edit) is painted again even when the view stays.
        let edited = cache.get(2, view(1.0, Vec2::new(-300.0, 0.0)), &mut paint);
        assert!(!Arc::ptr_eq(&panned[0], &edited[0]));
        assert_eq!(panned[0].vertices.len(), edited[0].vertices.len());
        assert_eq!(paints, 3);
    }

    #[test]
    fn only_what_is_in_view_is_tessellated() {
        let shapes = painted();
        let mesh = |view: View| {
            let area = view.to_screen.inverse() * view.clip;
            tessellate(visible(&shapes, area, view.to_screen.scaling), &view)
        };
        let whole = mesh(view(0.1, Vec2::ZERO));
        let corner = mesh(view(1.0, Vec2::ZERO));
        let beside = mesh(view(1.0, Vec2::new(-100_000.0, 0.0)));
        assert!(corner.vertices.len() < whole.vertices.len());
        assert!(beside.is_empty(), "nothing of the map is in that view");
        let bounds = corner.calc_bounds();
        assert!(bounds.min.x >= -1.0 && bounds.min.y >= -1.0, "{bounds:?}");
    }

    #[test]
    fn text_too_small_to_read_becomes_bars() {
        let shapes = painted();
        let title = shapes
            .iter()
            .find(|p| matches!(p.shape, Shape::Text(_)))
            .expect("the map has text");
        assert!(matches!(title.at_zoom(1.0), Shape::Text(_)));
        assert!(matches!(title.at_zoom(0.01), Shape::Mesh(_)));
        assert!(matches!(at_zoom(title.shape.clone(), 1.0), Shape::Text(_)));
        assert!(matches!(at_zoom(title.shape.clone(), 0.01), Shape::Mesh(_)));
        assert!(cards_readable(1.0, 14.0) && !cards_readable(0.2, 14.0));
        let bars_only = Painted::at_zooms(Shape::Noop, 0.5..2.0);
        assert!(bars_only.shown_at(0.5) && !bars_only.shown_at(0.4) && !bars_only.shown_at(2.0));
    }

    #[test]
    fn an_area_paints_only_the_cards_that_reach_into_it() {
        let (journey, layout) = full_cycle();
        let (theme, options) = (Theme::new(ThemeKind::Light), SceneOptions::default());
        let first = layout.cards[0].rect;
        let area = Rect::from_min_size(first.min, Vec2::splat(50.0));
        let mut some = Vec::new();
        let map = Drawing {
            layout: &layout,
            journey: &journey,
            theme: &theme,
            options: &options,
        };
        paint_area(map, area, 1.0, &mut some);
        let mut all = Vec::new();
        paint(&layout, &journey, &theme, &options, &mut all);
        assert!(
            some.len() * 4 < all.len(),
            "{} of {}",
            some.len(),
            all.len()
        );
        let has_card = |shapes: &[Shape], rect: Rect| {
            shapes
                .iter()
                .any(|s| matches!(s, Shape::Rect(r) if r.rect == rect))
        };
        assert!(has_card(&some, first));
        let far = layout
            .cards
            .iter()
            .find(|c| !c.rect.expand(20.0).intersects(area))
            .expect("a card elsewhere");
        assert!(has_card(&all, far.rect) && !has_card(&some, far.rect));
    }

    #[test]
    fn tessellating_text_in_place_matches_moving_it_first() {
        let shapes = painted();
        for (zoom, offset) in [
            (1.0, Vec2::ZERO),
            (0.5, Vec2::new(-40.0, -25.0)),
            (2.0, Vec2::new(-300.5, -80.25)),
        ] {
            let view = view(zoom, offset);
            let area = view.to_screen.inverse() * view.clip;
            let texts: Vec<Shape> = visible(&shapes, area, zoom)
                .into_iter()
                .filter(|s| matches!(s, Shape::Text(_)))
                .collect();
            assert!(!texts.is_empty());
            let ours = tessellate(texts.clone(), &view);
            let mut egui_way = Mesh::default();
            let mut tessellator =
                Tessellator::new(1.0, view.options, view.font_atlas_size, Vec::new());
            tessellator.set_clip_rect(view.clip);
            for mut text in texts {
                text.transform(view.to_screen);
                tessellator.tessellate_shape(text, &mut egui_way);
            }
            assert_eq!(ours.indices, egui_way.indices);
            assert_eq!(ours.vertices.len(), egui_way.vertices.len());
            for (a, b) in ours.vertices.iter().zip(&egui_way.vertices) {
                assert!(
                    (a.pos - b.pos).length() < 0.01,
                    "zoom {zoom}: {:?} vs {:?}",
                    a.pos,
                    b.pos
                );
                assert_eq!((a.uv, a.color), (b.uv, b.color));
            }
        }
    }
}
