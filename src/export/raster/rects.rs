//! Drawing the rectangles meshes are mostly made of — every glyph of text, every picture — as
//! rectangles rather than as two triangles: no edge arithmetic per row, and no pixel on the
//! shared diagonal blended twice.

use super::{Band, blend, ceil, floor, one_to_one, sample, texel};
use egui::epaint::{Mesh, Vertex};

/// A rectangle two triangles of a mesh make, as egui's `Mesh::add_rect_with_uv` lays them out:
/// indices `a b c  c b d` over the corners left top, right top, left bottom, right bottom, all
/// of one colour, the texture stretched over it the same way.
pub(super) fn rect_at(mesh: &Mesh, first: usize) -> Option<[Vertex; 4]> {
    let indices = mesh.indices.get(first..first + 6)?;
    let [a, b, c, c2, b2, d] = [0, 1, 2, 3, 4, 5].map(|k| indices[k]);
    if c2 != c || b2 != b {
        return None;
    }
    let vertex = |i: u32| mesh.vertices.get(i as usize).copied();
    let corners = [vertex(a)?, vertex(b)?, vertex(c)?, vertex(d)?];
    let [lt, rt, lb, rb] = corners;
    let positions = lt.pos.y == rt.pos.y
        && lb.pos.y == rb.pos.y
        && lt.pos.x == lb.pos.x
        && rt.pos.x == rb.pos.x
        && lt.pos.x < rt.pos.x
        && lt.pos.y < lb.pos.y;
    let uvs = lt.uv.y == rt.uv.y && lb.uv.y == rb.uv.y && lt.uv.x == lb.uv.x && rt.uv.x == rb.uv.x;
    let colour = corners.iter().all(|v| v.color == lt.color);
    (positions && uvs && colour).then_some(corners)
}

impl Band<'_> {
    /// Draws the rectangle [`rect_at`] found: the pixels whose centres it covers, edges
    /// included (as a triangle's are), within `bounds`.
    pub(super) fn draw_rect(
        &mut self,
        [lt, _, _, rb]: [Vertex; 4],
        bounds: [f32; 4],
        texture: Option<&egui::ColorImage>,
        ppp: f32,
    ) {
        let (x0, y0, x1, y1) = (
            lt.pos.x * ppp,
            lt.pos.y * ppp,
            rb.pos.x * ppp,
            rb.pos.y * ppp,
        );
        let x_start = ceil(x0.max(bounds[0]) - 0.5).max(0.0) as usize;
        let x_end = (floor(x1.min(bounds[2]) - 0.5) as isize).min(self.width as isize - 1);
        let y_start = ceil(y0.max(bounds[1]) - 0.5).max(self.y0 as f32) as usize;
        let y_end =
            (floor(y1.min(bounds[3]) - 0.5) as isize).min((self.y0 + self.rows) as isize - 1);
        if x_end < x_start as isize || y_end < y_start as isize {
            return;
        }
        let (x_end, y_end) = (x_end as usize, y_end as usize);
        let colour = lt.color.to_array();
        let white = lt.uv == egui::epaint::WHITE_UV && rb.uv == lt.uv;
        let texture = texture.filter(|_| !white);
        let Some(texture) = texture else {
            for y in y_start..=y_end {
                let row = (y - self.y0) * self.width;
                let pixels = &mut self.pixels[row + x_start..=row + x_end];
                if colour[3] == 255 {
                    pixels.fill(colour);
                } else {
                    let src = colour.map(f32::from);
                    pixels.iter_mut().for_each(|dst| blend(dst, src));
                }
            }
            return;
        };
        let corners = [(x0, y0), (x1, y0), (x0, y1)];
        let uvs = [
            lt.uv,
            egui::pos2(rb.uv.x, lt.uv.y),
            egui::pos2(lt.uv.x, rb.uv.y),
        ];
        let offset = one_to_one(corners, uvs, texture.size);
        let colour = colour.map(f32::from);
        let (du, dv) = (
            (rb.uv.x - lt.uv.x) / (x1 - x0),
            (rb.uv.y - lt.uv.y) / (y1 - y0),
        );
        for y in y_start..=y_end {
            let row = (y - self.y0) * self.width;
            let v = lt.uv.y + (y as f32 + 0.5 - y0) * dv;
            for x in x_start..=x_end {
                let texel = match offset {
                    Some(offset) => texel(texture, (x, y), offset),
                    None => sample(texture, lt.uv.x + (x as f32 + 0.5 - x0) * du, v),
                };
                let src = [0, 1, 2, 3].map(|k| colour[k] * texel[k] * (1.0 / 255.0));
                blend(&mut self.pixels[row + x], src);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Pixels, Textures};
    use egui::epaint::{ClippedPrimitive, Mesh, Primitive, WHITE_UV};
    use egui::{Color32, ColorImage, Rect, pos2, vec2};

    fn drawn(mesh: Mesh, size: usize, textures: &Textures<'_>) -> Vec<[u8; 4]> {
        let primitives = [ClippedPrimitive {
            clip_rect: Rect::EVERYTHING,
            primitive: Primitive::Mesh(mesh),
        }];
        Pixels::drawn((size, size, Color32::WHITE), &primitives, textures, 1.0).pixels
    }

    #[test]
    fn a_see_through_rectangle_is_blended_once_everywhere_even_on_its_diagonal() {
        let font = ColorImage::filled([1, 1], Color32::WHITE);
        let textures = Textures {
            font: &font,
            pictures: &[],
        };
        let mut mesh = Mesh::default();
        let square = Rect::from_min_size(pos2(2.0, 2.0), vec2(12.0, 12.0));
        let half_black = Color32::from_black_alpha(128);
        mesh.add_rect_with_uv(square, Rect::from_min_max(WHITE_UV, WHITE_UV), half_black);
        let pixels = drawn(mesh, 16, &textures);
        let inside = pixels[5 * 16 + 5];
        assert_ne!(inside, [255; 4], "drawn");
        for y in 2..14 {
            for x in 2..14 {
                assert_eq!(pixels[y * 16 + x], inside, "pixel {x}, {y}");
            }
        }
        assert_eq!(pixels[16 + 1], [255; 4], "outside untouched");
    }

    #[test]
    fn a_glyph_at_its_own_size_is_its_texels() {
        // An atlas of 8 × 8 texels, each different; the glyph is its 4 × 4 middle.
        let texels: Vec<Color32> = (0..64)
            .map(|i| Color32::from_rgba_premultiplied(i * 3, i * 2, i, 200))
            .collect();
        let atlas = ColorImage::new([8, 8], texels.clone());
        let textures = Textures {
            font: &atlas,
            pictures: &[],
        };
        let mut mesh = Mesh::default();
        let uv = Rect::from_min_max(pos2(2.0 / 8.0, 2.0 / 8.0), pos2(6.0 / 8.0, 6.0 / 8.0));
        let at = Rect::from_min_size(pos2(5.0, 3.0), vec2(4.0, 4.0));
        mesh.add_rect_with_uv(at, uv, Color32::WHITE);
        let pixels = drawn(mesh, 12, &textures);
        for y in 0..4 {
            for x in 0..4 {
                let texel = texels[(y + 2) * 8 + x + 2].to_array();
                let alpha = f32::from(texel[3]) / 255.0;
                let over_white = texel.map(|c| (f32::from(c) + 255.0 * (1.0 - alpha) + 0.5) as u8);
                assert_eq!(pixels[(y + 3) * 12 + x + 5], over_white, "texel {x}, {y}");
            }
        }
    }
}
