//! Drawing the image a band of rows at a time, on every core, and handing the bands on in order.
//!
//! Every triangle is first sorted into the bands it touches (its rows, within its clip), so a
//! band draws only its own triangles. Bands are short enough (about 256 KB) that all the layers
//! drawn over one pixel — paper, cells, lane bands, grid, cards, text — land in the processor's
//! cache, not in main memory; and the buffers are reused, so an image of any size needs only a
//! few bands of memory while it is encoded.

use super::{Band, Textures, rects, strips};
use egui::epaint::{ClippedPrimitive, Primitive};
use egui::{Color32, Rect};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Mutex, PoisonError};

/// About this many bytes of pixels per band.
const BAND_BYTES: usize = 256 * 1024;

/// Band buffers per drawing thread: one being drawn, others finished and waiting for the rows
/// above them or for the consumer.
const BUFFERS_PER_THREAD: usize = 3;

/// Marks an entry of a band as the rectangle of two triangles starting at its index.
const RECT: u32 = 1 << 31;

/// Marks an entry of a band as the upright strip of two triangles starting at its index.
const STRIP: u32 = 1 << 30;

/// An entry's first index, without its marks.
const INDEX: u32 = STRIP - 1;

/// How the image is cut and which triangles each band draws.
struct Plan {
    width: usize,
    height: usize,
    rows_per_band: usize,
    /// For each band, its triangles in drawing order: (primitive, first index of the triangle,
    /// with [`RECT`] when it and the next make a rectangle, [`STRIP`] when an upright strip).
    bins: Vec<Vec<(u32, u32)>>,
    /// Each primitive's clip rectangle in pixels, within the image.
    clips: Vec<[f32; 4]>,
}

impl Plan {
    fn new(width: usize, height: usize, primitives: &[ClippedPrimitive], ppp: f32) -> Self {
        let rows_per_band = (BAND_BYTES / (width.max(1) * 4)).clamp(8, height.max(8));
        let band_count = height.div_ceil(rows_per_band);
        let mut bins = vec![Vec::new(); band_count];
        let clips: Vec<[f32; 4]> = primitives
            .iter()
            .map(|p| pixel_clip(p.clip_rect, ppp, width, height))
            .collect();
        for (index, primitive) in primitives.iter().enumerate() {
            let (Primitive::Mesh(mesh), clip) = (&primitive.primitive, clips[index]) else {
                continue;
            };
            if clip[0] >= clip[2] || clip[1] >= clip[3] {
                continue;
            }
            let mut first = 0;
            // An entry keeps its first index in 30 bits: 2^30 indices would be 4 GB of mesh.
            let indices = mesh.indices.len().min(INDEX as usize);
            while first + 3 <= indices {
                // Two triangles that make a rectangle (a glyph, a picture) or an upright strip
                // (a feather along a vertical edge) are one entry.
                let rect = rects::rect_at(mesh, first);
                let strip = rect
                    .is_none()
                    .then(|| strips::strip_at(mesh, first))
                    .flatten();
                let (span, mark) = match (rect, strip) {
                    (Some([top, _, bottom, _]), _) => (Some((top.pos.y, bottom.pos.y)), RECT),
                    (None, Some(strip)) => (Some(strip.span()), STRIP),
                    (None, None) => (vertical_span(mesh, first), 0),
                };
                let entry = (index as u32, first as u32 | mark);
                first += if mark == 0 { 3 } else { 6 };
                let Some((top, bottom)) = span else {
                    continue;
                };
                // The rows whose pixel centres the shape (within its clip) may cover.
                let (top, bottom) = ((top * ppp).max(clip[1]), (bottom * ppp).min(clip[3]));
                // Also false for a NaN corner: such a triangle draws nothing.
                if top.partial_cmp(&bottom) != Some(std::cmp::Ordering::Less) {
                    continue;
                }
                let first_row = (top - 0.5).ceil().max(0.0) as usize;
                let last_row = ((bottom - 0.5).floor().max(0.0) as usize).min(height - 1);
                if last_row < first_row {
                    continue;
                }
                for bin in &mut bins[first_row / rows_per_band..=last_row / rows_per_band] {
                    bin.push(entry);
                }
            }
        }
        Plan {
            width,
            height,
            rows_per_band,
            bins,
            clips,
        }
    }

    /// Fills `pixels` with `fill` and draws band `index`'s triangles into it.
    fn draw(
        &self,
        index: usize,
        pixels: &mut Vec<[u8; 4]>,
        (fill, primitives, textures, ppp): Inputs<'_>,
    ) {
        let y0 = index * self.rows_per_band;
        let rows = self.rows_per_band.min(self.height - y0);
        pixels.clear();
        pixels.resize(rows * self.width, fill.to_array());
        let mut band = Band {
            pixels: pixels.as_mut_slice(),
            width: self.width,
            y0,
            rows,
        };
        let band_bounds = [0.0, y0 as f32, self.width as f32, (y0 + rows) as f32];
        for &(primitive, first) in &self.bins[index] {
            let primitive = primitive as usize;
            let Primitive::Mesh(mesh) = &primitives[primitive].primitive else {
                continue;
            };
            let clip = self.clips[primitive];
            let bounds = [
                clip[0].max(band_bounds[0]),
                clip[1].max(band_bounds[1]),
                clip[2].min(band_bounds[2]),
                clip[3].min(band_bounds[3]),
            ];
            let texture = textures.get(mesh.texture_id);
            if first & RECT != 0 {
                if let Some(corners) = rects::rect_at(mesh, (first & INDEX) as usize) {
                    band.draw_rect(corners, bounds, texture, ppp);
                }
                continue;
            }
            if first & STRIP != 0 {
                if let Some(strip) = strips::strip_at(mesh, (first & INDEX) as usize) {
                    band.draw_strip(&strip, bounds, ppp);
                }
                continue;
            }
            let vertex = |k: usize| {
                let i = *mesh.indices.get(first as usize + k)?;
                mesh.vertices.get(i as usize).copied()
            };
            if let (Some(a), Some(b), Some(c)) = (vertex(0), vertex(1), vertex(2)) {
                band.draw_triangle([a, b, c], bounds, texture, ppp);
            }
        }
    }
}

/// The top and bottom (in points) of the triangle whose first index is `first`, if its corners
/// are in the mesh.
fn vertical_span(mesh: &egui::epaint::Mesh, first: usize) -> Option<(f32, f32)> {
    let y = |k: usize| {
        Some(
            mesh.vertices
                .get(*mesh.indices.get(first + k)? as usize)?
                .pos
                .y,
        )
    };
    let (a, b, c) = (y(0)?, y(1)?, y(2)?);
    Some((a.min(b).min(c), a.max(b).max(c)))
}

/// What every band is drawn from: the paper, the meshes, their textures, pixels per point.
type Inputs<'a> = (Color32, &'a [ClippedPrimitive], &'a Textures<'a>, f32);

/// `clip` (in points) in pixels, within a `width` × `height` image: [x min, y min, x max, y max].
fn pixel_clip(clip: Rect, ppp: f32, width: usize, height: usize) -> [f32; 4] {
    [
        (clip.min.x * ppp).max(0.0),
        (clip.min.y * ppp).max(0.0),
        (clip.max.x * ppp).min(width as f32),
        (clip.max.y * ppp).min(height as f32),
    ]
}

/// Draws a `width` × `height` image of `fill` with every primitive on it, in order, and hands
/// its bands of rows to `done`, top to bottom, while later bands are still being drawn. Each
/// thread takes a free buffer, then the next band, draws it and passes it on; `done` gives the
/// buffer back once it has used the rows. Stops at the first error `done` returns.
pub(crate) fn draw_in_order<E>(
    (width, height, fill): (usize, usize, Color32),
    primitives: &[ClippedPrimitive],
    textures: &Textures<'_>,
    ppp: f32,
    mut done: impl FnMut(&[[u8; 4]]) -> Result<(), E>,
) -> Result<(), E> {
    if width == 0 || height == 0 {
        return Ok(());
    }
    let plan = Plan::new(width, height, primitives, ppp);
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 16);
    let next_band = std::sync::atomic::AtomicUsize::new(0);
    let (give_back, free) = channel::<Vec<[u8; 4]>>();
    for _ in 0..threads * BUFFERS_PER_THREAD {
        // Cannot fail: the receiver is alive.
        let _ = give_back.send(Vec::new());
    }
    let free = Mutex::new(free);
    let (finished, arrived) = channel();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let (plan, free, next_band) = (&plan, &free, &next_band);
            let finished = finished.clone();
            scope.spawn(move || {
                // A buffer first, then a band: a thread holding a band always has somewhere to
                // draw it, so the band the consumer waits for is never stuck behind later ones.
                while let Ok(mut pixels) = take(free) {
                    let index = next_band.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    if index >= plan.bins.len() {
                        return;
                    }
                    plan.draw(index, &mut pixels, (fill, primitives, textures, ppp));
                    if finished.send((index, pixels)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(finished);
        in_order(arrived, give_back, &mut done)
    })
}

/// A free band buffer, or an error once the consumer has stopped.
fn take(free: &Mutex<Receiver<Vec<[u8; 4]>>>) -> Result<Vec<[u8; 4]>, std::sync::mpsc::RecvError> {
    free.lock().unwrap_or_else(PoisonError::into_inner).recv()
}

/// Hands the bands that `arrived` (in any order) to `done` in order, top to bottom, and their
/// buffers back. Returning (an error, or the end) drops both channels, which stops the drawing.
fn in_order<E>(
    arrived: Receiver<(usize, Vec<[u8; 4]>)>,
    give_back: Sender<Vec<[u8; 4]>>,
    done: &mut impl FnMut(&[[u8; 4]]) -> Result<(), E>,
) -> Result<(), E> {
    let mut waiting = std::collections::BTreeMap::new();
    let mut next = 0;
    for (index, band) in arrived {
        waiting.insert(index, band);
        while let Some(band) = waiting.remove(&next) {
            done(&band)?;
            // The drawing threads may all have finished: a buffer nobody takes is dropped.
            let _ = give_back.send(band);
            next += 1;
        }
    }
    Ok(())
}
