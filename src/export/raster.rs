//! A small CPU rasterizer for egui's tessellated meshes, so the export needs no GPU or window.
//!
//! It follows egui's own renderers: vertex colours and textures are premultiplied sRGB, they are
//! multiplied together, and blended "over" in gamma space. Anti-aliasing comes from egui's
//! feathered meshes, so one sample at each pixel centre is enough.

use egui::epaint::{ClippedPrimitive, Vertex};
use egui::{Color32, ColorImage};

/// A premultiplied RGBA canvas, row by row.
pub struct Pixels {
    /// Premultiplied RGBA, row by row.
    pub pixels: Vec<[u8; 4]>,
}

/// The textures meshes may sample: egui's font atlas, and the map's pictures.
pub struct Textures<'a> {
    /// The font atlas (texture id 0).
    pub font: &'a ColorImage,
    /// The pictures, premultiplied, each as `TextureId::User` of its place in the list.
    pub pictures: &'a [ColorImage],
}

impl Textures<'_> {
    /// The texture `id` names, if there is one.
    fn get(&self, id: egui::TextureId) -> Option<&ColorImage> {
        match id {
            egui::TextureId::Managed(0) => Some(self.font),
            egui::TextureId::User(index) => self.pictures.get(usize::try_from(index).ok()?),
            egui::TextureId::Managed(_) => None,
        }
    }
}

mod bands;
mod rects;
mod strips;

impl Pixels {
    /// A canvas of `fill` with every primitive drawn on it, in order, with `pixels_per_point`
    /// mapping points to pixels. See [`Pixels::drawn_in_order`].
    pub fn drawn(
        canvas: (usize, usize, Color32),
        primitives: &[ClippedPrimitive],
        textures: &Textures<'_>,
        pixels_per_point: f32,
    ) -> Self {
        let mut pixels = Vec::with_capacity(canvas.0 * canvas.1);
        let done = |band: &[[u8; 4]]| {
            pixels.extend_from_slice(band);
            Ok::<(), std::convert::Infallible>(())
        };
        match Pixels::drawn_in_order(canvas, primitives, textures, pixels_per_point, done) {
            Ok(()) => Pixels { pixels },
            Err(never) => match never {},
        }
    }

    /// Draws a `width` × `height` canvas of `fill` with every primitive on it, in order, and
    /// hands each band of finished rows to `done`, top to bottom, while later bands are still
    /// being drawn on the other cores (a PNG encoder compresses the top of the image
    /// meanwhile). The whole image is never held: only a few bands, each drawn in the
    /// processor's cache. Stops at the first error `done` returns.
    pub fn drawn_in_order<E>(
        canvas: (usize, usize, Color32),
        primitives: &[ClippedPrimitive],
        textures: &Textures<'_>,
        pixels_per_point: f32,
        done: impl FnMut(&[[u8; 4]]) -> Result<(), E>,
    ) -> Result<(), E> {
        bands::draw_in_order(canvas, primitives, textures, pixels_per_point, done)
    }
}

struct Band<'a> {
    pixels: &'a mut [[u8; 4]],
    width: usize,
    y0: usize,
    rows: usize,
}

impl Band<'_> {
    fn draw_triangle(
        &mut self,
        vertices: [Vertex; 3],
        bounds: [f32; 4],
        texture: Option<&ColorImage>,
        ppp: f32,
    ) {
        let p = vertices.map(|v| (v.pos.x * ppp, v.pos.y * ppp));
        let area = edge(p[0], p[1], p[2]);
        if area.abs() < 1e-8 {
            return;
        }
        let min_x = p
            .iter()
            .map(|q| q.0)
            .fold(f32::INFINITY, f32::min)
            .max(bounds[0]);
        let max_x = p
            .iter()
            .map(|q| q.0)
            .fold(f32::NEG_INFINITY, f32::max)
            .min(bounds[2]);
        let min_y = p
            .iter()
            .map(|q| q.1)
            .fold(f32::INFINITY, f32::min)
            .max(bounds[1]);
        let max_y = p
            .iter()
            .map(|q| q.1)
            .fold(f32::NEG_INFINITY, f32::max)
            .min(bounds[3]);
        if min_x >= max_x || min_y >= max_y {
            return;
        }
        // Pixel (x, y) is sampled at its centre (x + 0.5, y + 0.5).
        let x_start = ceil(min_x - 0.5).max(0.0) as usize;
        let x_end = (floor(max_x - 0.5) as isize).min(self.width as isize - 1);
        let y_start = ceil(min_y - 0.5).max(self.y0 as f32) as usize;
        let y_end = (floor(max_y - 0.5) as isize).min((self.y0 + self.rows) as isize - 1);
        if x_end < x_start as isize || y_end < y_start as isize {
            return;
        }
        let inv_area = 1.0 / area;
        let colors = vertices.map(|v| v.color.to_array().map(f32::from));
        let uvs = vertices.map(|v| v.uv);
        // Solid meshes sample the atlas' white texel: skip sampling when every uv is that texel.
        let texture = texture.filter(|_| {
            !(uvs[0] == egui::epaint::WHITE_UV && uvs[1] == uvs[0] && uvs[2] == uvs[0])
        });
        // Most of a map is flat colour (paper, cells, card fills): one colour for the whole
        // triangle, and an opaque one is simply copied.
        let same_colour = colors[1] == colors[0] && colors[2] == colors[0];
        let flat = texture.is_none() && same_colour;
        let flat_opaque = flat && colors[0][3] >= 255.0;
        let flat_color = vertices[0].color.to_array();
        // Text is drawn at the size its glyphs were rasterized at: then each pixel's centre
        // falls on a texel's centre, where sampling between four texels is reading one.
        let texel_offset = texture.and_then(|t| one_to_one(p, uvs, t.size));
        // The barycentric weights are linear in x: step them along the row instead of
        // recomputing three edge functions per pixel.
        let step = [
            -(p[2].1 - p[1].1) * inv_area,
            -(p[0].1 - p[2].1) * inv_area,
            -(p[1].1 - p[0].1) * inv_area,
        ];
        for y in y_start..=y_end as usize {
            let py = y as f32 + 0.5;
            let row = (y - self.y0) * self.width;
            let q = (x_start as f32 + 0.5, py);
            let w_start = [
                edge(p[1], p[2], q) * inv_area,
                edge(p[2], p[0], q) * inv_area,
                edge(p[0], p[1], q) * inv_area,
            ];
            // Where on this row all three weights are non-negative: the triangle's span, found
            // at its ends rather than tested pixel by pixel (the bounding box of a thin diagonal
            // triangle is mostly empty, and a fill's inside needs no test at all).
            let Some((first, last)) = row_span(w_start, step, x_end as usize - x_start) else {
                continue;
            };
            if flat_opaque {
                let row = &mut self.pixels[row + x_start..];
                row[first..=last].fill(flat_color);
                continue;
            }
            for i in first..=last {
                let x = x_start + i;
                let at = i as f32;
                let (w0, w1, w2) = (
                    w_start[0] + step[0] * at,
                    w_start[1] + step[1] * at,
                    w_start[2] + step[2] * at,
                );
                let dst = &mut self.pixels[row + x];
                let mut src = if same_colour {
                    colors[0]
                } else {
                    let mut src = [0.0f32; 4];
                    for (k, channel) in src.iter_mut().enumerate() {
                        *channel = w0 * colors[0][k] + w1 * colors[1][k] + w2 * colors[2][k];
                    }
                    src
                };
                if let Some(texture) = texture {
                    let texel = match texel_offset {
                        Some(offset) => texel(texture, (x, y), offset),
                        None => {
                            let u = w0 * uvs[0].x + w1 * uvs[1].x + w2 * uvs[2].x;
                            let v = w0 * uvs[0].y + w1 * uvs[1].y + w2 * uvs[2].y;
                            sample(texture, u, v)
                        }
                    };
                    for k in 0..4 {
                        src[k] *= texel[k] * (1.0 / 255.0);
                    }
                }
                blend(dst, src);
            }
        }
    }
}

/// Blends premultiplied `src` over `dst`, in gamma space as egui's renderers do.
fn blend(dst: &mut [u8; 4], src: [f32; 4]) {
    let alpha = src[3] * (1.0 / 255.0);
    if alpha <= 0.0 && src[..3].iter().all(|c| *c <= 0.0) {
        return;
    }
    for k in 0..4 {
        let value = src[k] + f32::from(dst[k]) * (1.0 - alpha);
        // Round half up; `as u8` saturates, so no clamp is needed.
        dst[k] = (value + 0.5) as u8;
    }
}

/// The pixels `first..=last` (counted from the row's start, at most `end`) where all three
/// weights `w_start[k] + step[k] * i` are non-negative, if any. Each weight computed that way
/// only grows (or only shrinks) along the row, rounding included, so each edge lets in one run of
/// pixels, and its end is found by a guess and a step or two, with the same arithmetic the pixels
/// are drawn with.
fn row_span(w_start: [f32; 3], step: [f32; 3], end: usize) -> Option<(usize, usize)> {
    let (mut first, mut last) = (0usize, end);
    for k in 0..3 {
        let inside = |i: usize| w_start[k] + step[k] * i as f32 >= 0.0;
        if step[k] > 0.0 {
            // Inside from some pixel on: the first.
            // A guess (truncated: no call to `ceil`), put right by the steps below.
            let mut i = ((-w_start[k] / step[k]) as usize).min(end + 1);
            while i > 0 && inside(i - 1) {
                i -= 1;
            }
            while i <= end && !inside(i) {
                i += 1;
            }
            first = first.max(i);
        } else if step[k] < 0.0 {
            // Inside up to some pixel: the last.
            if !inside(0) {
                return None;
            }
            let mut i = ((w_start[k] / -step[k]) as usize).min(end);
            while i < end && inside(i + 1) {
                i += 1;
            }
            while i > 0 && !inside(i) {
                i -= 1;
            }
            last = last.min(i);
        } else if !inside(0) {
            return None;
        }
    }
    (first <= last).then_some((first, last))
}

/// `value.floor()` for the values of an image's coordinates, without a call into the maths
/// library (the baseline x86-64 processor has no rounding instruction).
fn floor(value: f32) -> f32 {
    let truncated = value as i64 as f32;
    if truncated > value {
        truncated - 1.0
    } else {
        truncated
    }
}

/// `value.ceil()`, as [`floor`].
fn ceil(value: f32) -> f32 {
    let truncated = value as i64 as f32;
    if truncated < value {
        truncated + 1.0
    } else {
        truncated
    }
}

fn edge(a: (f32, f32), b: (f32, f32), p: (f32, f32)) -> f32 {
    (b.0 - a.0) * (p.1 - a.1) - (b.1 - a.1) * (p.0 - a.0)
}

/// The whole number of texels `(x, y)` by which a triangle's texture is moved from its pixels,
/// when it is only moved: each corner's texel, in texels, is its pixel plus the same whole
/// numbers. Then [`texel`] reads what [`sample`] would interpolate.
fn one_to_one(
    corners: [(f32, f32); 3],
    uvs: [egui::Pos2; 3],
    [width, height]: [usize; 2],
) -> Option<(isize, isize)> {
    const CLOSE: f32 = 1e-3;
    let offset = |i: usize| {
        (
            uvs[i].x * width as f32 - corners[i].0,
            uvs[i].y * height as f32 - corners[i].1,
        )
    };
    let first = offset(0);
    let whole = (first.0.round(), first.1.round());
    let moved = (0..3).all(|i| {
        let (dx, dy) = offset(i);
        (dx - whole.0).abs() < CLOSE && (dy - whole.1).abs() < CLOSE
    });
    moved.then_some((whole.0 as isize, whole.1 as isize))
}

/// The texel under pixel `(x, y)` moved by `offset`, as [`sample`] clamps it to the texture.
fn texel(texture: &ColorImage, (x, y): (usize, usize), offset: (isize, isize)) -> [f32; 4] {
    let [w, h] = texture.size;
    if w == 0 || h == 0 {
        return [255.0; 4];
    }
    let tx = (x as isize + offset.0).clamp(0, w as isize - 1) as usize;
    let ty = (y as isize + offset.1).clamp(0, h as isize - 1) as usize;
    texture.pixels[ty * w + tx].to_array().map(f32::from)
}

/// Bilinear sample of a premultiplied texture at normalised coordinates.
fn sample(texture: &ColorImage, u: f32, v: f32) -> [f32; 4] {
    let [w, h] = texture.size;
    if w == 0 || h == 0 {
        return [255.0; 4];
    }
    let x = (u * w as f32 - 0.5).clamp(0.0, (w - 1) as f32);
    let y = (v * h as f32 - 0.5).clamp(0.0, (h - 1) as f32);
    // Both are clamped to be non-negative, where truncation is the floor (and much cheaper).
    let (x0, y0) = (x as usize, y as usize);
    let (x1, y1) = ((x0 + 1).min(w - 1), (y0 + 1).min(h - 1));
    let (fx, fy) = (x - x0 as f32, y - y0 as f32);
    let texel = |x: usize, y: usize| texture.pixels[y * w + x].to_array().map(f32::from);
    let (a, b, c, d) = (texel(x0, y0), texel(x1, y0), texel(x0, y1), texel(x1, y1));
    let mut out = [0.0; 4];
    for k in 0..4 {
        let top = a[k] + (b[k] - a[k]) * fx;
        let bottom = c[k] + (d[k] - c[k]) * fx;
        out[k] = top + (bottom - top) * fy;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{ExportOptions, export_png, render};

    #[test]
    fn bands_arrive_top_to_bottom_and_the_png_holds_the_rendered_pixels() {
        let journey = crate::templates::find("lifecycle")
            .unwrap()
            .journey()
            .unwrap();
        let options = ExportOptions::default();
        let rendered = render(&journey, &options).unwrap();
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("map.png");
        export_png(&journey, &path, &options).unwrap();
        let written = image::open(&path).unwrap().to_rgba8();
        assert_eq!(
            (written.width(), written.height()),
            (rendered.width, rendered.height)
        );
        assert!(
            written.as_raw() == &rendered.rgba,
            "the streamed PNG is the rendered image"
        );

        // Bands come in order and cover every row once, whatever order they were drawn in:
        // each row is drawn in a colour of its own, and the bands put together are the image.
        let (width, height) = (2048, 301);
        let row_colour = |y: usize| Color32::from_rgb((y % 251) as u8, (y / 251) as u8, 7);
        let mut mesh = egui::epaint::Mesh::default();
        for y in 0..height {
            let rect =
                egui::Rect::from_min_size(egui::pos2(0.0, y as f32), egui::vec2(width as f32, 1.0));
            mesh.add_colored_rect(rect, row_colour(y));
        }
        let primitives = [ClippedPrimitive {
            clip_rect: egui::Rect::EVERYTHING,
            primitive: egui::epaint::Primitive::Mesh(mesh),
        }];
        let font = ColorImage::filled([1, 1], Color32::WHITE);
        let textures = Textures {
            font: &font,
            pictures: &[],
        };
        let mut bands = 0;
        let mut image = Vec::new();
        Pixels::drawn_in_order(
            (width, height, Color32::RED),
            &primitives,
            &textures,
            1.0,
            |band| {
                assert_eq!(band.len() % width, 0, "whole rows");
                bands += 1;
                image.extend_from_slice(band);
                Ok::<(), ()>(())
            },
        )
        .unwrap();
        assert!(bands > 3, "several bands: {bands}");
        assert_eq!(image.len(), width * height);
        for (y, row) in image.chunks(width).enumerate() {
            assert!(
                row.iter().all(|p| *p == row_colour(y).to_array()),
                "row {y}"
            );
        }
        // An error from the consumer stops the drawing and is returned.
        let stopped =
            Pixels::drawn_in_order((width, height, Color32::RED), &[], &textures, 1.0, |_| {
                Err("full disk")
            });
        assert_eq!(stopped.err(), Some("full disk"));
    }
}
