//! The map in full detail, drawn so that panning does not outline every card again. Each card
//! in view is tessellated once for the view's zoom and kept; a frame that only moves the view
//! by whole pixels copies the cards it shows to their new place and tessellates only the cards
//! that came into view. What lies under and over the cards (grid, curves, veil: a few hundred
//! shapes whatever the map's size) is tessellated afresh each frame.
//!
//! Moving by whole pixels keeps every text and rectangle on the same pixel grid, so a moved
//! card is what tessellating it again would give.

use super::painted::{View, ViewMeshes, ViewTessellator, at_zoom, tessellate_into};
use super::{CARD_REACH, Drawing, paint_card, paint_curves, paint_grid, paint_veil};
use crate::model::Direction;
use egui::epaint::{Mesh, Shape};
use egui::{Rect, Vec2, pos2};
use std::ops::Range;

/// The cards of one map tessellated for one zoom, kept and moved as the view moves.
#[derive(Default)]
pub struct KeptCards {
    /// What was tessellated: the map's source number and the view the cards are placed in.
    base: Option<(u64, View)>,
    /// Every kept card's vertices and indices, one card after the other, in the screen points
    /// of the base view.
    kept: Mesh,
    /// Where each card of the layout (by its place in the list) is in `kept`, if it is.
    parts: Vec<Option<Part>>,
    /// How many vertices the last frame showed: kept cards beyond a few screens' worth are
    /// forgotten.
    last_shown: usize,
    /// How many cards have been tessellated, for tests.
    #[cfg(test)]
    made: usize,
}

/// Where one card is in [`KeptCards::kept`].
#[derive(Clone)]
struct Part {
    vertices: Range<u32>,
    indices: Range<u32>,
}

/// Kept cards beyond this many times what a frame shows (plus a margin) are forgotten, so
/// roaming over a map of 10,000 cards does not keep all of them.
const KEEP_SCREENS: usize = 4;

impl KeptCards {
    /// Adds the map `source` (a number that changes whenever what is drawn changes) as seen
    /// through `view` to `meshes`: the grid and the cards that reach into view under, the
    /// comparison marks, arrows, curves and veil over (pictures go between).
    pub fn paint(&mut self, source: u64, map: Drawing, view: &View, meshes: &mut ViewMeshes) {
        let mesh = &mut meshes.under;
        let Drawing {
            layout,
            journey,
            theme,
            ..
        } = map;
        let zoom = view.to_screen.scaling;
        let area = view.area();
        let mut under = Vec::new();
        paint_grid(map, &mut under);
        tessellate_into(at_zoom_all(under, zoom), view, mesh);

        let (base, shift) = self.moved_to(source, view, layout.cards.len());
        let rtl = journey.direction == Direction::RightToLeft;
        // Cards are tessellated whole, also where they stick out of the view: they are kept
        // for when that part comes into view.
        let whole = View {
            clip: Rect::from_min_max(pos2(-1.0e7, -1.0e7), pos2(1.0e7, 1.0e7)),
            ..base
        };
        let mut tessellator = None;
        let mut shapes = Vec::new();
        let start = mesh.vertices.len();
        for (index, card) in layout.cards_meeting(area.expand(CARD_REACH)) {
            if self.parts[index].is_none() {
                let tessellator = tessellator.get_or_insert_with(|| ViewTessellator::new(&whole));
                paint_card(card, (rtl, &layout.style), theme, &mut shapes);
                let (vertices, indices) = (self.kept.vertices.len(), self.kept.indices.len());
                let at_zoom = shapes.drain(..).map(|shape| at_zoom(shape, zoom));
                tessellator.add(at_zoom, &mut self.kept);
                self.parts[index] = Some(Part {
                    vertices: vertices as u32..self.kept.vertices.len() as u32,
                    indices: indices as u32..self.kept.indices.len() as u32,
                });
                #[cfg(test)]
                {
                    self.made += 1;
                }
            }
            if let Some(part) = &self.parts[index] {
                append_moved(mesh, &self.kept, part, shift);
            }
        }
        self.last_shown = mesh.vertices.len() - start;

        let mut over = Vec::new();
        super::compare::paint(map, area, &mut over);
        super::arrows::paint_arrows(map, area, &mut over);
        paint_curves(map, area, zoom, &mut over);
        paint_veil(map, &mut over);
        tessellate_into(at_zoom_all(over, zoom), view, &mut meshes.over);
    }

    /// The view the kept cards were made for, and how far `view` has moved from it in screen
    /// points; forgets them first (and `view` becomes that view) if they cannot be moved there
    /// (another map or zoom, a move by part of a pixel, another tessellation) or if they have
    /// grown to many screens' worth.
    fn moved_to(&mut self, source: u64, view: &View, cards: usize) -> (View, Vec2) {
        let too_many = self.kept.vertices.len() > KEEP_SCREENS * self.last_shown + 100_000;
        if !too_many
            && let Some((seen, base)) = &self.base
            && *seen == source
            && self.parts.len() == cards
            && let Some(shift) = whole_pixel_shift(base, view)
        {
            return (*base, shift);
        }
        self.base = Some((source, *view));
        // Emptied, not dropped (as `Mesh::clear` would): the next view needs as much room.
        self.kept.vertices.clear();
        self.kept.indices.clear();
        self.parts.clear();
        self.parts.resize(cards, None);
        (*view, Vec2::ZERO)
    }
}

/// `shapes` as drawn at `zoom`: text too small to read as bars.
fn at_zoom_all(shapes: Vec<Shape>, zoom: f32) -> Vec<Shape> {
    shapes.into_iter().map(|s| at_zoom(s, zoom)).collect()
}

/// How far `view` lies from `base` in screen points, if it is the same zoom and tessellation
/// moved by whole pixels.
fn whole_pixel_shift(base: &View, view: &View) -> Option<Vec2> {
    let (a, b) = (base.to_screen, view.to_screen);
    // egui's scene recomputes its transform every frame: the same zoom may differ in the last
    // bits. A relative error of 1e-6 moves a point 30,000 px out by 0.03 px.
    let same_zoom = ((b.scaling - a.scaling) / a.scaling).abs() < 1e-6;
    let same_drawing = base.pixels_per_point == view.pixels_per_point
        && base.font_atlas_size == view.font_atlas_size
        && base.options == view.options;
    let shift = b.translation - a.translation;
    let pixels = shift * view.pixels_per_point;
    let whole = (pixels - pixels.round()).abs().max_elem() < 1e-3;
    (same_zoom && same_drawing && whole).then(|| pixels.round() / view.pixels_per_point)
}

/// Adds the `part` of `kept` to `mesh`, moved by `shift`.
fn append_moved(mesh: &mut Mesh, kept: &Mesh, part: &Part, shift: Vec2) {
    let (vertices, indices) = (&part.vertices, &part.indices);
    // The part's indices count in `kept`; in `mesh` its vertices start at the end.
    let offset = mesh.vertices.len() as u32;
    mesh.indices.extend(
        kept.indices[indices.start as usize..indices.end as usize]
            .iter()
            .map(|i| i - vertices.start + offset),
    );
    mesh.vertices.extend(
        kept.vertices[vertices.start as usize..vertices.end as usize]
            .iter()
            .map(|v| {
                let mut v = *v;
                v.pos += shift;
                v
            }),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::raster;
    use crate::scene::overview::tests::full_cycle;
    use crate::scene::{SceneOptions, Theme, ThemeKind, paint_area};
    use egui::emath::TSTransform;
    use egui::epaint::{ClippedPrimitive, Primitive, TessellationOptions};
    use egui::{Color32, ColorImage, Pos2, vec2};

    const SCREEN: Vec2 = vec2(900.0, 600.0);

    fn view(zoom: f32, offset: Vec2) -> View {
        View {
            to_screen: TSTransform::new(offset, zoom),
            clip: Rect::from_min_size(Pos2::ZERO, SCREEN),
            pixels_per_point: 1.0,
            font_atlas_size: [2048, 2048],
            options: TessellationOptions::default(),
        }
    }

    /// `mesh` drawn on a screen-sized canvas (glyphs as solid boxes: the atlas is white).
    fn raster(mesh: Mesh) -> Vec<[u8; 4]> {
        let font = ColorImage::filled([2048, 2048], Color32::WHITE);
        let primitive = ClippedPrimitive {
            clip_rect: Rect::from_min_size(Pos2::ZERO, SCREEN),
            primitive: Primitive::Mesh(mesh),
        };
        let canvas = raster::Pixels::drawn(
            (SCREEN.x as usize, SCREEN.y as usize, Color32::BLACK),
            &[primitive],
            &raster::Textures {
                font: &font,
                pictures: &[],
            },
            1.0,
        );
        canvas.pixels
    }

    /// The map drawn through `view` the plain way: everything in view painted and tessellated.
    fn drawn_directly(map: Drawing, view: &View) -> Mesh {
        let mut shapes = Vec::new();
        let zoom = view.to_screen.scaling;
        paint_area(map, view.area(), zoom, &mut shapes);
        let mut mesh = Mesh::default();
        tessellate_into(at_zoom_all(shapes, zoom), view, &mut mesh);
        mesh
    }

    #[test]
    fn panning_moves_kept_cards_and_draws_what_drawing_afresh_draws() {
        let (journey, layout) = full_cycle();
        let theme = Theme::new(ThemeKind::Light);
        let options = SceneOptions::default();
        let map = Drawing {
            layout: &layout,
            journey: &journey,
            theme: &theme,
            options: &options,
        };
        let mut kept = KeptCards::default();
        // Not a round zoom: at 0.45 many edges of a map laid out in whole units land exactly
        // half-way between pixels, where rounding goes either way.
        let zoom = 0.4537;
        // A view in the middle of the map.
        let middle = layout.bounds.center();
        let start = (SCREEN / 2.0 - middle.to_vec2() * zoom).round();
        let first = view(zoom, start);
        // Whole-pixel pans keep the cards made for the first view; a move by half a pixel or
        // a new zoom starts again.
        for (offset, zoom, keeps) in [
            (start, zoom, true),
            (start + vec2(-37.0, 12.0), zoom, true),
            (start + vec2(600.0, -450.0), zoom, true),
            (start + vec2(600.5, -450.0), zoom, false),
            (start + vec2(-300.0, 200.0), zoom * 1.5, false),
        ] {
            let view = view(zoom, offset);
            let made = kept.made;
            let mut meshes = ViewMeshes::default();
            kept.paint(7, map, &view, &mut meshes);
            let mut mesh = meshes.under;
            mesh.append(meshes.over);
            let expected = drawn_directly(map, &view);
            assert!(!expected.is_empty());
            let (ours, theirs) = (raster(mesh), raster(expected));
            let differing = ours.iter().zip(&theirs).filter(|(a, b)| a != b).count();
            // An edge half-way between two pixels may be put on either when the sums are done
            // in another order: a pixel here and there, never a card.
            assert!(
                differing < ours.len() / 1000,
                "{differing} pixels differ at {offset:?}, zoom {zoom}"
            );
            let base = kept.base.map(|(_, base)| base.to_screen);
            let expected_base = if keeps { first } else { view };
            assert_eq!(base, Some(expected_base.to_screen), "at {offset:?}");
            if offset == start + vec2(-37.0, 12.0) {
                assert!(
                    kept.made - made < made / 2,
                    "{} cards made for a small pan, {made} before",
                    kept.made - made
                );
            }
        }
        // Another source (an edit) starts again too.
        let view = view(zoom, start);
        kept.paint(7, map, &view, &mut ViewMeshes::default());
        let before = kept.made;
        kept.paint(8, map, &view, &mut ViewMeshes::default());
        assert!(kept.made > before);
    }
}
