//! Drawing the upright strips meshes are full of — the anti-aliasing feather along every
//! vertical edge of a card, cell, lane or line — as one shape rather than two triangles. Between its ends, every row of such a strip is the same: the
//! same pixels, the same colours. That row is worked out once and blended down the strip,
//! instead of finding each triangle's span on every row (a feather strip is a pixel or two
//! wide, so the finding was most of its cost).

use super::{Band, blend, ceil, floor};
use egui::epaint::{Mesh, Vertex, WHITE_UV};
use std::cmp::Ordering;

/// The most pixels a strip's row is drawn across; wider ones are drawn as their triangles (a
/// feather is one or two pixels wide).
const MAX_WIDTH: usize = 8;

/// Two triangles of a mesh that make a quadrilateral with two upright sides, each side one
/// colour, untextured: its colour changes only across it, from one side to the other.
#[derive(Clone, Copy, Debug)]
pub(super) struct Strip {
    /// The two triangles, as the mesh has them (the ends are drawn from these).
    triangles: [[Vertex; 3]; 2],
    /// Each side: its x, its top and bottom y, its colour (premultiplied), in points.
    sides: [Side; 2],
}

#[derive(Clone, Copy, Debug)]
struct Side {
    x: f32,
    top: f32,
    bottom: f32,
    colour: [f32; 4],
}

impl Strip {
    /// The rows (in points) the strip may cover: for sorting it into bands.
    pub(super) fn span(&self) -> (f32, f32) {
        let [a, b] = self.sides;
        (a.top.min(b.top), a.bottom.max(b.bottom))
    }
}

/// The strip the triangles at `first` and `first + 3` make, if they make one: four distinct
/// corners, two on each of two upright lines, the triangles sharing the diagonal from the top
/// of one side to the bottom of the other (so they tile the quadrilateral, not overlap), each
/// side's two corners of one colour and the sides of two, every corner on the atlas' white
/// texel.
pub(super) fn strip_at(mesh: &Mesh, first: usize) -> Option<Strip> {
    let (first3, last3) = mesh.indices.get(first..first + 6)?.split_at(3);
    let distinct = |t: &[u32]| t[0] != t[1] && t[1] != t[2] && t[0] != t[2];
    // The one corner of `t` that `other` lacks: two triangles of three corners sharing two.
    let own_corner = |t: &[u32], other: &[u32]| {
        let mut own = (0..3).filter(|&k| !other.contains(&t[k]));
        match (own.next(), own.next()) {
            (Some(k), None) => Some(k),
            _ => None,
        }
    };
    if !distinct(first3) || !distinct(last3) {
        return None;
    }
    let (a, b) = (own_corner(first3, last3)?, own_corner(last3, first3)?);
    let vertex = |i: u32| mesh.vertices.get(i as usize).copied();
    let triangle = |t: &[u32]| Some([vertex(t[0])?, vertex(t[1])?, vertex(t[2])?]);
    let triangles = [triangle(first3)?, triangle(last3)?];
    // The diagonal: the first triangle's corners other than its own.
    let (e0, e1) = (triangles[0][(a + 1) % 3], triangles[0][(a + 2) % 3]);
    let [t0, t1, t2] = triangles[0];
    let mut all = [t0, t1, t2, triangles[1][b]];
    if all.iter().any(|v| v.uv != WHITE_UV) {
        return None;
    }
    // Sorted by x, then y: the left side's top and bottom, then the right side's.
    all.sort_by(|p, q| {
        (p.pos.x, p.pos.y)
            .partial_cmp(&(q.pos.x, q.pos.y))
            .unwrap_or(Ordering::Equal)
    });
    let side = |top: &Vertex, bottom: &Vertex| {
        let upright = top.pos.x == bottom.pos.x && top.pos.y < bottom.pos.y;
        (upright && top.color == bottom.color).then(|| Side {
            x: top.pos.x,
            top: top.pos.y,
            bottom: bottom.pos.y,
            colour: top.color.to_array().map(f32::from),
        })
    };
    let sides = [side(&all[0], &all[1])?, side(&all[2], &all[3])?];
    // One colour throughout: the triangles' own flat fill is as fast (a copy when opaque).
    if sides[0].colour == sides[1].colour {
        return None;
    }
    // NaN corners fail here too.
    if sides[0].x.partial_cmp(&sides[1].x) != Some(Ordering::Less) {
        return None;
    }
    // The diagonal must join one side's top to the other's bottom.
    let is_top = |v: Vertex| sides.iter().any(|s| s.x == v.pos.x && s.top == v.pos.y);
    let crosses = e0.pos.x != e1.pos.x && is_top(e0) != is_top(e1);
    crosses.then_some(Strip { triangles, sides })
}

impl Band<'_> {
    /// Draws `strip` within `bounds` (pixels): the rows where both sides run, one worked-out
    /// row blended down them; the rows of its slanted ends as the two triangles.
    pub(super) fn draw_strip(&mut self, strip: &Strip, bounds: [f32; 4], ppp: f32) {
        let [a, b] = strip.sides;
        if (b.x - a.x) * ppp > (MAX_WIDTH - 1) as f32 {
            // Wider than a feather: the triangles, as they are.
            for triangle in strip.triangles {
                self.draw_triangle(triangle, bounds, None, ppp);
            }
            return;
        }
        // The rows whose pixel centres lie between both sides' tops and both sides' bottoms.
        let top = a.top.max(b.top) * ppp;
        let bottom = a.bottom.min(b.bottom) * ppp;
        let first_row = ceil(top.max(bounds[1]) - 0.5).max(self.y0 as f32) as usize;
        let last_row =
            (floor(bottom.min(bounds[3]) - 0.5) as isize).min((self.y0 + self.rows) as isize - 1);
        if last_row < first_row as isize {
            // No row between the ends in this band: the triangles, as they are.
            for triangle in strip.triangles {
                self.draw_triangle(triangle, bounds, None, ppp);
            }
            return;
        }
        let last_row = last_row as usize;
        // The ends: the rows above the first whole row and below the last.
        let above = [
            bounds[0],
            bounds[1],
            bounds[2],
            bounds[3].min(first_row as f32),
        ];
        let below = [
            bounds[0],
            bounds[1].max(last_row as f32 + 1.0),
            bounds[2],
            bounds[3],
        ];
        for triangle in strip.triangles {
            self.draw_triangle(triangle, above, None, ppp);
            self.draw_triangle(triangle, below, None, ppp);
        }
        let (x0, x1) = (a.x * ppp, b.x * ppp);
        let x_start = ceil(x0.max(bounds[0]) - 0.5).max(0.0) as usize;
        let x_end = (floor(x1.min(bounds[2]) - 0.5) as isize).min(self.width as isize - 1);
        if x_end < x_start as isize {
            return;
        }
        let x_end = x_end as usize;
        let mut row = [[0.0f32; 4]; MAX_WIDTH];
        for (x, src) in (x_start..=x_end).zip(&mut row) {
            let t = (x as f32 + 0.5 - x0) / (x1 - x0);
            *src = [0, 1, 2, 3].map(|k| a.colour[k] + (b.colour[k] - a.colour[k]) * t);
        }
        for y in first_row..=last_row {
            let start = (y - self.y0) * self.width;
            let pixels = &mut self.pixels[start + x_start..=start + x_end];
            for (dst, src) in pixels.iter_mut().zip(&row) {
                blend(dst, *src);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Pixels, Textures};
    use super::strip_at;
    use egui::epaint::{
        ClippedPrimitive, CornerRadius, Mesh, Primitive, Shape, Stroke, StrokeKind,
        TessellationOptions, Tessellator,
    };
    use egui::{Color32, ColorImage, Rect, pos2, vec2};

    /// Feathered shapes as egui tessellates them at `ppp`: rectangles, rounded ones and
    /// vertical lines, opaque and see-through, at fractional places, some taller than a band.
    /// Not rounded to pixels: a side exactly on a pixel's centre is where two triangles that
    /// step their edge functions along a row may drop the pixel by rounding, while a strip, like
    /// a rectangle, draws every pixel whose centre it covers, edges included.
    fn feathered(ppp: f32) -> Mesh {
        let options = TessellationOptions {
            round_rects_to_pixels: false,
            round_line_segments_to_pixels: false,
            ..Default::default()
        };
        let mut tessellator = Tessellator::new(ppp, options, [1, 1], Vec::new());
        let mut mesh = Mesh::default();
        let colours = [
            Color32::from_rgb(200, 30, 60),
            Color32::from_black_alpha(100),
            Color32::from_rgba_premultiplied(20, 90, 40, 160),
        ];
        for i in 0..12 {
            let at = pos2(3.3 + 41.7 * i as f32, 2.6 + 3.1 * i as f32);
            let rect = Rect::from_min_size(at, vec2(30.25, 40.0 + 25.5 * i as f32));
            let colour = colours[i % 3];
            let shape = match i % 4 {
                0 => Shape::rect_filled(rect, CornerRadius::ZERO, colour),
                1 => Shape::rect_filled(rect, CornerRadius::same(6), colour),
                2 => Shape::vline(rect.center().x, rect.y_range(), Stroke::new(2.5, colour)),
                _ => Shape::rect_stroke(
                    rect,
                    CornerRadius::same(3),
                    Stroke::new(1.0, colour),
                    StrokeKind::Inside,
                ),
            };
            tessellator.tessellate_shape(shape, &mut mesh);
        }
        mesh
    }

    fn drawn(meshes: Vec<Mesh>, clip: Rect, ppp: f32) -> Vec<[u8; 4]> {
        let font = ColorImage::filled([1, 1], Color32::WHITE);
        let textures = Textures {
            font: &font,
            pictures: &[],
        };
        let primitives: Vec<ClippedPrimitive> = meshes
            .into_iter()
            .map(|mesh| ClippedPrimitive {
                clip_rect: clip,
                primitive: Primitive::Mesh(mesh),
            })
            .collect();
        // 2,048 pixels wide: bands of 32 rows, so the tall shapes cross several.
        let canvas = (2048, 420, Color32::from_rgb(250, 248, 240));
        Pixels::drawn(canvas, &primitives, &textures, ppp).pixels
    }

    /// Each triangle as a mesh of its own: no two can be taken for a strip.
    fn one_by_one(mesh: &Mesh) -> Vec<Mesh> {
        mesh.indices
            .chunks(3)
            .map(|triangle| {
                let mut alone = Mesh::default();
                for &i in triangle {
                    alone.vertices.push(mesh.vertices[i as usize]);
                }
                alone.indices = vec![0, 1, 2];
                alone
            })
            .collect()
    }

    #[test]
    fn strips_draw_what_their_two_triangles_draw() {
        for ppp in [1.0, 1.5, 2.0] {
            let mesh = feathered(ppp);
            let strips = (0..mesh.indices.len() / 3)
                .filter(|t| strip_at(&mesh, 3 * t).is_some())
                .count();
            // At least both sides of every filled rectangle and of every vertical line.
            assert!(strips >= 18, "the feathers are found as strips: {strips}");
            for clip in [
                Rect::EVERYTHING,
                Rect::from_min_max(pos2(10.2, 7.7), pos2(400.0, 151.3)),
            ] {
                let whole = drawn(vec![mesh.clone()], clip, ppp);
                let apart = drawn(one_by_one(&mesh), clip, ppp);
                let differ = whole
                    .iter()
                    .zip(&apart)
                    .filter(|(a, b)| a.iter().zip(*b).any(|(x, y)| x.abs_diff(*y) > 1))
                    .count();
                assert_eq!(
                    differ, 0,
                    "pixels differing by more than one level at {ppp}"
                );
            }
        }
    }

    #[test]
    fn only_two_triangles_tiling_an_upright_quadrilateral_are_a_strip() {
        let mut mesh = Mesh::default();
        let (red, clear) = (Color32::RED, Color32::TRANSPARENT);
        for (x, y, colour) in [
            (0.0, 0.0, red),
            (0.0, 9.0, red),
            (1.0, 0.5, clear),
            (1.0, 8.5, clear),
        ] {
            mesh.colored_vertex(pos2(x, y), colour);
        }
        // Left top, left bottom, right top, right bottom: split along a diagonal.
        mesh.indices = vec![0, 1, 3, 0, 3, 2];
        assert!(strip_at(&mesh, 0).is_some());
        // Split along the top edge: the triangles overlap instead of tiling.
        mesh.indices = vec![0, 2, 1, 0, 2, 3];
        assert!(strip_at(&mesh, 0).is_none());
        // One side of two colours.
        mesh.indices = vec![0, 1, 3, 0, 3, 2];
        mesh.vertices[1].color = Color32::BLUE;
        assert!(strip_at(&mesh, 0).is_none());
        mesh.vertices[1].color = red;
        // A slanted side.
        mesh.vertices[3].pos.x = 1.5;
        assert!(strip_at(&mesh, 0).is_none());
    }
}
