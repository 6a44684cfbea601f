//! A small CPU rasterizer for egui's tessellated meshes, so the export needs no GPU or window.
//!
//! It follows egui's own renderers: vertex colours and textures are premultiplied sRGB, they are
//! multiplied together, and blended "over" in gamma space. Anti-aliasing comes from egui's
//! feathered meshes, so one sample at each pixel centre is enough.

use egui::epaint::{ClippedPrimitive, Mesh, Primitive, Vertex};
use egui::{Color32, ColorImage, Rect};

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

impl Pixels {
    /// A canvas of `fill` with every primitive drawn on it, in order, with `pixels_per_point`
    /// mapping points to pixels. See [`Pixels::drawn_in_order`].
    pub fn drawn(
        canvas: (usize, usize, Color32),
        primitives: &[ClippedPrimitive],
        textures: &Textures<'_>,
        pixels_per_point: f32,
    ) -> Self {
        let done = |_: &[[u8; 4]]| Ok::<(), std::convert::Infallible>(());
        match Pixels::drawn_in_order(canvas, primitives, textures, pixels_per_point, done) {
            Ok(pixels) => pixels,
            Err(never) => match never {},
        }
    }

    /// Draws like [`Pixels::drawn`] and hands each band of finished rows to `done`, top to
    /// bottom, while later bands are still being drawn (a PNG encoder compresses the top of the
    /// image meanwhile). The rows are split into a few bands per thread; each thread takes the
    /// next band, fills it, then draws every triangle into it. The memory comes from the system
    /// untouched, so a large image's pages are faulted in and painted on every core, and only
    /// once. Stops at the first error `done` returns.
    pub fn drawn_in_order<E>(
        (width, height, fill): (usize, usize, Color32),
        primitives: &[ClippedPrimitive],
        textures: &Textures<'_>,
        pixels_per_point: f32,
        mut done: impl FnMut(&[[u8; 4]]) -> Result<(), E>,
    ) -> Result<Self, E> {
        // Zeroed memory: a fresh mapping the system gives without writing it.
        let mut pixels = vec![[0; 4]; width * height];
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .clamp(1, 16);
        let rows_per_band = height.div_ceil(threads * BANDS_PER_THREAD).max(1);
        let bands = std::sync::Mutex::new(
            pixels
                .chunks_mut((rows_per_band * width).max(1))
                .enumerate(),
        );
        let (finished, arrived) = std::sync::mpsc::channel();
        let result = std::thread::scope(|scope| {
            for _ in 0..threads {
                let (bands, finished) = (&bands, finished.clone());
                scope.spawn(move || {
                    // A band at a time, until none is left; the lock is held only to take one.
                    while let Some((index, band)) = next_band(bands) {
                        band.fill(fill.to_array());
                        let mut drawing = Band {
                            rows: band.len() / width.max(1),
                            pixels: band,
                            width,
                            y0: index * rows_per_band,
                        };
                        for primitive in primitives {
                            if let Primitive::Mesh(mesh) = &primitive.primitive {
                                let clip = primitive.clip_rect;
                                drawing.draw_mesh(mesh, clip, textures, pixels_per_point);
                            }
                        }
                        if finished.send((index, drawing.pixels)).is_err() {
                            return;
                        }
                    }
                });
            }
            drop(finished);
            in_order(arrived, &mut done)
        });
        result.map(|()| Pixels { pixels })
    }
}

/// Bands of rows each drawing thread takes in turn: enough that the first ones are finished (and
/// handed on) while the last ones are drawn, few enough that each thread's pass over every
/// triangle stays cheap.
const BANDS_PER_THREAD: usize = 4;

/// The next band to draw, with its place, if any is left.
fn next_band<'a, I: Iterator<Item = (usize, &'a mut [[u8; 4]])>>(
    bands: &std::sync::Mutex<I>,
) -> Option<(usize, &'a mut [[u8; 4]])> {
    bands
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .next()
}

/// Hands the bands that `arrived` (in any order) to `done` in order, top to bottom.
fn in_order<E>(
    arrived: std::sync::mpsc::Receiver<(usize, &mut [[u8; 4]])>,
    done: &mut impl FnMut(&[[u8; 4]]) -> Result<(), E>,
) -> Result<(), E> {
    let mut waiting = std::collections::BTreeMap::new();
    let mut next = 0;
    for (index, band) in arrived {
        waiting.insert(index, band);
        while let Some(band) = waiting.remove(&next) {
            done(band)?;
            next += 1;
        }
    }
    Ok(())
}

struct Band<'a> {
    pixels: &'a mut [[u8; 4]],
    width: usize,
    y0: usize,
    rows: usize,
}

impl Band<'_> {
    fn draw_mesh(&mut self, mesh: &Mesh, clip: Rect, textures: &Textures<'_>, ppp: f32) {
        let clip = Rect::from_min_max(
            (clip.min.to_vec2() * ppp).to_pos2(),
            (clip.max.to_vec2() * ppp).to_pos2(),
        );
        let x_min = clip.min.x.max(0.0);
        let x_max = clip.max.x.min(self.width as f32);
        let y_min = clip.min.y.max(self.y0 as f32);
        let y_max = clip.max.y.min((self.y0 + self.rows) as f32);
        if x_min >= x_max || y_min >= y_max {
            return;
        }
        let texture = textures.get(mesh.texture_id);
        for triangle in mesh.indices.chunks_exact(3) {
            let vertex = |i: u32| mesh.vertices.get(i as usize).copied();
            let (Some(a), Some(b), Some(c)) = (
                vertex(triangle[0]),
                vertex(triangle[1]),
                vertex(triangle[2]),
            ) else {
                continue;
            };
            self.draw_triangle([a, b, c], [x_min, y_min, x_max, y_max], texture, ppp);
        }
    }

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
        let x_start = (min_x - 0.5).ceil().max(0.0) as usize;
        let x_end = ((max_x - 0.5).floor() as isize).min(self.width as isize - 1);
        let y_start = (min_y - 0.5).ceil().max(self.y0 as f32) as usize;
        let y_end = ((max_y - 0.5).floor() as isize).min((self.y0 + self.rows) as isize - 1);
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
        let flat = texture.is_none() && colors[1] == colors[0] && colors[2] == colors[0];
        let flat_opaque = flat && colors[0][3] >= 255.0;
        let flat_color = vertices[0].color.to_array();
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
            // Where on this row all three weights are non-negative: the triangle's span. The
            // bounding box of a thin diagonal triangle is mostly empty.
            let mut first = 0.0f32;
            let mut last = (x_end as usize - x_start) as f32;
            for k in 0..3 {
                if step[k] > 0.0 {
                    first = first.max((-w_start[k] / step[k]).floor());
                } else if step[k] < 0.0 {
                    last = last.min((w_start[k] / -step[k]).ceil());
                } else if w_start[k] < 0.0 {
                    last = -1.0;
                }
            }
            if last < first {
                continue;
            }
            let (first, last) = (first as usize, last as usize);
            let mut w = [
                w_start[0] + step[0] * first as f32,
                w_start[1] + step[1] * first as f32,
                w_start[2] + step[2] * first as f32,
            ];
            for x in x_start + first..=x_start + last {
                let [w0, w1, w2] = w;
                w = [w0 + step[0], w1 + step[1], w2 + step[2]];
                if w0 < 0.0 || w1 < 0.0 || w2 < 0.0 {
                    continue;
                }
                let dst = &mut self.pixels[row + x];
                if flat_opaque {
                    *dst = flat_color;
                    continue;
                }
                let mut src = if flat {
                    colors[0]
                } else {
                    let mut src = [0.0f32; 4];
                    for (k, channel) in src.iter_mut().enumerate() {
                        *channel = w0 * colors[0][k] + w1 * colors[1][k] + w2 * colors[2][k];
                    }
                    src
                };
                if let Some(texture) = texture {
                    let u = w0 * uvs[0].x + w1 * uvs[1].x + w2 * uvs[2].x;
                    let v = w0 * uvs[0].y + w1 * uvs[1].y + w2 * uvs[2].y;
                    let texel = sample(texture, u, v);
                    for k in 0..4 {
                        src[k] *= texel[k] * (1.0 / 255.0);
                    }
                }
                let alpha = src[3] * (1.0 / 255.0);
                if alpha <= 0.0 && src[..3].iter().all(|c| *c <= 0.0) {
                    continue;
                }
                for k in 0..4 {
                    let value = src[k] + f32::from(dst[k]) * (1.0 - alpha);
                    // Round half up; `as u8` saturates, so no clamp is needed.
                    dst[k] = (value + 0.5) as u8;
                }
            }
        }
    }
}

fn edge(a: (f32, f32), b: (f32, f32), p: (f32, f32)) -> f32 {
    (b.0 - a.0) * (p.1 - a.1) - (b.1 - a.1) * (p.0 - a.0)
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

        // Bands come in order and cover every row once, whatever order they were drawn in.
        let (width, height) = (37, 101);
        let mut rows = Vec::new();
        let font = ColorImage::filled([1, 1], Color32::WHITE);
        let textures = Textures {
            font: &font,
            pictures: &[],
        };
        let drawn =
            Pixels::drawn_in_order((width, height, Color32::RED), &[], &textures, 1.0, |band| {
                rows.push((band.as_ptr() as usize, band.len() / width));
                Ok::<(), ()>(())
            })
            .unwrap();
        // Where each band starts in the image: top to bottom, each right after the one before.
        let row_bytes = width * std::mem::size_of::<[u8; 4]>();
        for pair in rows.windows(2) {
            assert_eq!(
                pair[1].0,
                pair[0].0 + pair[0].1 * row_bytes,
                "in order, no gap"
            );
        }
        assert_eq!(rows.iter().map(|(_, n)| n).sum::<usize>(), height);
        assert!(rows.len() > 1, "several bands");
        assert!(drawn.pixels.iter().all(|p| *p == Color32::RED.to_array()));
        // An error from the consumer stops the drawing and is returned.
        let stopped =
            Pixels::drawn_in_order((width, height, Color32::RED), &[], &textures, 1.0, |_| {
                Err("full disk")
            });
        assert_eq!(stopped.err(), Some("full disk"));
    }
}
