//! The scene as the canvas draws it frame after frame: shapes with their bounds and a cheaper
//! form for when they are too small to read, tessellated once per view and reused while the
//! view stays. A frame in which only the pointer moves (hovering, dragging a card, moving a face)
//! then copies one ready mesh instead of outlining every card and glyph again.

use crate::layout::TextBlock;
use egui::Rect;
use egui::emath::TSTransform;
use egui::epaint::{Mesh, Shape, TessellationOptions, Tessellator};
use std::sync::Arc;

/// Below this size on screen (in points) text is drawn as grey bars: unreadable glyphs cost
/// as much to draw as readable ones, and a zoomed-out map of a thousand cards is mostly text.
pub const MIN_READABLE_TEXT: f32 = 4.0;

/// Whether cards are drawn and handled one by one at `zoom` (screen points per map unit): only
/// when titles of `title_size` can be read. Below, the map is drawn as the overview
/// ([`super::paint_overview`]).
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
    /// Drawn only at this zoom or closer (text bars of the overview).
    min_zoom: f32,
}

impl Painted {
    /// `shape`, drawn at every zoom (text as bars when too small to read).
    pub fn new(shape: Shape) -> Self {
        let bounds = shape.visual_bounding_rect();
        let text = match &shape {
            Shape::Text(text) => {
                let color = text.fallback_color.gamma_multiply(0.3);
                // One bar per row, as tall as the x-height: a ready-made mesh, which costs
                // nothing to outline or anti-alias.
                let mut bars = Mesh::default();
                let block = TextBlock {
                    pos: text.pos,
                    galley: text.galley.clone(),
                };
                let size = super::add_bars(&mut bars, &block, color);
                Some((size, Shape::mesh(bars)))
            }
            _ => None,
        };
        Painted {
            bounds,
            shape,
            text,
            min_zoom: 0.0,
        }
    }

    /// `shape`, drawn only at `min_zoom` or closer.
    pub fn from_zoom(shape: Shape, min_zoom: f32) -> Self {
        Painted {
            min_zoom,
            ..Painted::new(shape)
        }
    }

    /// Whether it is drawn at all at `zoom`.
    pub fn shown_at(&self, zoom: f32) -> bool {
        zoom >= self.min_zoom
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

/// The visible part of a list of [`Painted`] shapes, tessellated in screen points for one
/// [`View`], kept until the shapes or the view change.
#[derive(Default)]
pub struct ViewMesh {
    cached: Option<(Arc<Vec<Painted>>, View, Arc<Mesh>)>,
}

impl ViewMesh {
    /// The mesh of `shapes` seen through `view`: the one from before if neither changed.
    pub fn get(&mut self, shapes: &Arc<Vec<Painted>>, view: View) -> Arc<Mesh> {
        if let Some((source, seen, mesh)) = &self.cached
            && Arc::ptr_eq(source, shapes)
            && *seen == view
        {
            return mesh.clone();
        }
        let mesh = Arc::new(tessellate(shapes, &view));
        self.cached = Some((shapes.clone(), view, mesh.clone()));
        mesh
    }

    /// Forgets the mesh, so the next [`ViewMesh::get`] tessellates again.
    pub fn clear(&mut self) {
        self.cached = None;
    }
}

/// Tessellates the shapes that `view` shows, as egui would: each shape moved to the screen and
/// then outlined, so the result matches drawing them one by one.
fn tessellate(shapes: &[Painted], view: &View) -> Mesh {
    let zoom = view.to_screen.scaling;
    let in_map = view.to_screen.inverse() * view.clip;
    let mut tessellator = Tessellator::new(
        view.pixels_per_point,
        view.options,
        view.font_atlas_size,
        Vec::new(),
    );
    tessellator.set_clip_rect(view.clip);
    let mut mesh = Mesh::default();
    for painted in shapes
        .iter()
        .filter(|p| p.shown_at(zoom) && p.bounds.intersects(in_map))
    {
        let mut shape = painted.at_zoom(zoom);
        shape.transform(view.to_screen);
        tessellator.tessellate_shape(shape, &mut mesh);
    }
    mesh
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::overview::tests::full_cycle;
    use crate::scene::{SceneOptions, Theme, ThemeKind, paint};
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
        let first = cache.get(&shapes, view(1.0, Vec2::ZERO));
        assert!(!first.is_empty());
        assert!(Arc::ptr_eq(
            &first,
            &cache.get(&shapes, view(1.0, Vec2::ZERO))
        ));
        let panned = cache.get(&shapes, view(1.0, Vec2::new(-300.0, 0.0)));
        assert!(!Arc::ptr_eq(&first, &panned));
        // New shapes (an edit) are tessellated again even when the view stays.
        let edited = painted();
        let after_edit = cache.get(&edited, view(1.0, Vec2::new(-300.0, 0.0)));
        assert!(!Arc::ptr_eq(&panned, &after_edit));
        assert_eq!(panned.vertices.len(), after_edit.vertices.len());
    }

    #[test]
    fn only_what_is_in_view_is_tessellated() {
        let shapes = painted();
        let whole = tessellate(&shapes, &view(0.1, Vec2::ZERO));
        let corner = tessellate(&shapes, &view(1.0, Vec2::ZERO));
        let beside = tessellate(&shapes, &view(1.0, Vec2::new(-100_000.0, 0.0)));
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
        assert!(cards_readable(1.0, 14.0) && !cards_readable(0.2, 14.0));
        let bars_only = Painted::from_zoom(Shape::Noop, 0.5);
        assert!(bars_only.shown_at(0.5) && !bars_only.shown_at(0.4));
    }
}
