//! PNG export: the map's scene rendered on the CPU, with no window and no GPU.
//!
//! The scene is painted into a headless egui context, tessellated by egui, and rasterized by
//! [`raster`]. Same document and options give the same bytes.

pub mod compare;
pub mod phases;
mod pictures;
mod png_rows;
pub(crate) mod raster;

pub use phases::Phases;

use crate::i18n::Message;
use crate::layout::{self, Style};
use crate::model::Journey;
use crate::scene::{self, SceneOptions, Theme, ThemeKind};
use egui::{Color32, ColorImage, LayerId, Order, Pos2, RawInput, Rect, ViewportId};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Widest or tallest image the export will make, in pixels.
pub const MAX_SIDE: usize = 32_768;
/// Most pixels the export will make (about 1 GiB of memory while drawing).
pub const MAX_PIXELS: usize = 256 * 1024 * 1024;

/// How to export.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportOptions {
    /// Pixels per map point: 1, 2 or 4 for screens, prints and posters.
    pub scale: f32,
    /// Light or dark.
    pub theme: ThemeKind,
    /// The assets folder the map's pictures are read from (beside the map file); `None` for
    /// a map without a folder: its pictures are drawn as placeholders.
    pub pictures: Option<PathBuf>,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions {
            scale: 1.0,
            theme: ThemeKind::Light,
            pictures: None,
        }
    }
}

/// Why an export failed, worded when shown (see [`Message`]).
#[derive(Debug)]
pub enum ExportError {
    /// The scale is not a usable number.
    BadScale(f32),
    /// The image would be too big to make.
    TooLarge {
        /// Width in pixels.
        width: usize,
        /// Height in pixels.
        height: usize,
    },
    /// Encoding or writing the PNG failed.
    Write {
        /// The output file.
        path: PathBuf,
        /// What went wrong.
        message: Message,
    },
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExportError::BadScale(scale) => Message::new("export-bad-scale")
                .text("scale", scale.to_string())
                .fmt(f),
            ExportError::TooLarge { width, height } => Message::new("export-too-large")
                .count("width", *width)
                .count("height", *height)
                .fmt(f),
            ExportError::Write { path, message } => {
                let message = Message::new("export-cannot-write").part("reason", message.clone());
                write!(f, "{}: {message}", path.display())
            }
        }
    }
}

impl std::error::Error for ExportError {}

/// A rendered map: straight (not premultiplied) RGBA pixels.
pub struct Rendered {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// RGBA bytes, row by row.
    pub rgba: Vec<u8>,
    /// Why pictures of the map could not be drawn (each has its placeholder instead).
    pub problems: Vec<Message>,
}

/// Renders the whole map to pixels.
pub fn render(journey: &Journey, options: &ExportOptions) -> Result<Rendered, ExportError> {
    render_timed(journey, options, &mut Phases::off())
}

/// Renders the whole map to pixels like [`render`], marking each phase in `phases`.
pub fn render_timed(
    journey: &Journey,
    options: &ExportOptions,
    phases: &mut Phases,
) -> Result<Rendered, ExportError> {
    render_drawn(options, phases, map_drawing(journey, options))
}

/// What the export of `journey` draws: the map laid out and painted, its pictures at the
/// options' scale.
fn map_drawing<'a>(journey: &'a Journey, options: &ExportOptions) -> impl Draw + 'a {
    let theme = Theme::new(options.theme);
    let scale = options.scale;
    move |fonts, pictures, phases| {
        let layout = layout::build(journey, &Style::default(), fonts);
        phases.mark("layout");
        let mut shapes = Vec::new();
        let map = scene::Drawing {
            layout: &layout,
            journey,
            theme: &theme,
            options: &SceneOptions::default(),
        };
        scene::paint_area_with(
            map,
            Rect::EVERYTHING,
            1.0,
            Some((pictures, scale)),
            &mut shapes,
        );
        (layout.bounds, shapes)
    }
}

/// What an export draws: given the fonts and the map's pictures, it returns the bounds of the
/// image and its shapes, in map units.
pub(crate) trait Draw:
    FnOnce(
    &mut egui::epaint::text::FontsView<'_>,
    &mut pictures::ExportPictures,
    &mut Phases,
) -> (Rect, Vec<egui::Shape>)
{
}

impl<F> Draw for F where
    F: FnOnce(
        &mut egui::epaint::text::FontsView<'_>,
        &mut pictures::ExportPictures,
        &mut Phases,
    ) -> (Rect, Vec<egui::Shape>)
{
}

/// What an export draws, tessellated and ready to rasterize.
struct Prepared {
    width: usize,
    height: usize,
    paper: Color32,
    primitives: Vec<egui::ClippedPrimitive>,
    font_atlas: ColorImage,
    pictures: pictures::ExportPictures,
    pixels_per_point: f32,
}

impl Prepared {
    /// The textures the primitives sample.
    fn textures(&self) -> raster::Textures<'_> {
        raster::Textures {
            font: &self.font_atlas,
            pictures: &self.pictures.images,
        }
    }
}

/// Renders what `draw` paints to pixels at the options' scale and on the theme's paper.
pub(crate) fn render_drawn(
    options: &ExportOptions,
    phases: &mut Phases,
    draw: impl Draw,
) -> Result<Rendered, ExportError> {
    let prepared = prepare(options, phases, draw)?;
    let canvas = raster::Pixels::drawn(
        (prepared.width, prepared.height, prepared.paper),
        &prepared.primitives,
        &prepared.textures(),
        prepared.pixels_per_point,
    );
    phases.mark("rasterizing");

    let mut pixels = canvas.pixels;
    // Everything is blended over the paper, and over an opaque paper every pixel stays opaque
    // (the golden tests check it): then there is nothing to unmultiply, and no reason to read
    // the whole image once more (a sixth of the time of a 2× export).
    if prepared.paper.a() != 255 {
        unmultiply(&mut pixels);
    }
    // The same memory as bytes: a copy of a 100-megabyte image would cost more than drawing it.
    let rgba: Vec<u8> = bytemuck::allocation::cast_vec(pixels);
    phases.mark("unpremultiplied");
    Ok(Rendered {
        width: prepared.width as u32,
        height: prepared.height as u32,
        rgba,
        problems: prepared.pictures.problems,
    })
}

/// Straight alpha for premultiplied `pixels` that are not opaque.
fn unmultiply(pixels: &mut [[u8; 4]]) {
    for pixel in pixels {
        if pixel[3] != 255 {
            *pixel = Color32::from_rgba_premultiplied(pixel[0], pixel[1], pixel[2], pixel[3])
                .to_srgba_unmultiplied();
        }
    }
}

/// Runs `draw` in a headless egui pass at the options' scale and tessellates what it paints.
fn prepare(
    options: &ExportOptions,
    phases: &mut Phases,
    draw: impl Draw,
) -> Result<Prepared, ExportError> {
    let scale = options.scale;
    if !(0.25..=8.0).contains(&scale) {
        return Err(ExportError::BadScale(scale));
    }
    let ctx = crate::fonts::context();
    let theme = Theme::new(options.theme);
    let mut input = RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, egui::vec2(1024.0, 768.0))),
        max_texture_side: Some(8192),
        ..RawInput::default()
    };
    input
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .native_pixels_per_point = Some(scale);

    let mut bounds = Rect::NOTHING;
    let mut pictures = pictures::ExportPictures::new(options.pictures.clone());
    phases.mark("context");
    let mut draw = Some(draw);
    let mut output = ctx.run_pass(input, |ctx| {
        phases.mark("pass begun: fonts loaded, atlas made");
        let Some(draw) = draw.take() else {
            return;
        };
        let shapes;
        (bounds, shapes) = ctx.fonts_mut(|fonts| draw(fonts, &mut pictures, phases));
        let painter = egui::Painter::new(
            ctx.clone(),
            LayerId::new(Order::Background, egui::Id::unique("export")),
            bounds,
        );
        painter.extend(shapes);
        phases.mark("scene");
    });
    phases.mark("pass ended");

    let width = (bounds.width() * scale).ceil() as usize;
    let height = (bounds.height() * scale).ceil() as usize;
    if width == 0
        || height == 0
        || width > MAX_SIDE
        || height > MAX_SIDE
        || width * height > MAX_PIXELS
    {
        return Err(ExportError::TooLarge { width, height });
    }

    let mut font_atlas: Option<ColorImage> = None;
    let font_deltas = output.textures_delta.set.get(&egui::TextureId::default());
    for delta in font_deltas.into_iter().flatten() {
        let egui::ImageData::Color(image) = &delta.image;
        match (delta.pos, &mut font_atlas) {
            (Some([x0, y0]), Some(atlas)) => {
                let [w, h] = image.size;
                for y in 0..h {
                    for x in 0..w {
                        atlas.pixels[(y0 + y) * atlas.size[0] + x0 + x] = image.pixels[y * w + x];
                    }
                }
            }
            _ => font_atlas = Some(Arc::unwrap_or_clone(image.clone())),
        }
    }
    // The deltas are applied above, to our own copy of the atlas.
    output.textures_delta.clear();
    let font_atlas = font_atlas.unwrap_or_else(|| ColorImage::filled([1, 1], Color32::WHITE));
    phases.mark("font atlas copied");
    let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
    phases.mark("tessellation");

    Ok(Prepared {
        width,
        height,
        paper: theme.background,
        primitives,
        font_atlas,
        pictures,
        pixels_per_point: output.pixels_per_point,
    })
}

/// Encodes a rendered map as PNG bytes. (Dropping the always-opaque alpha channel makes files
/// 7% smaller but needs a copy of the image: measured slower and 60 MB more at 2×. Every row is
/// filtered with Paeth rather than the best of five: a third faster, files 5% larger.)
pub fn encode_png(rendered: &Rendered) -> Result<Vec<u8>, String> {
    let mut png =
        png_rows::PngRows::new(rendered.width, rendered.height).map_err(|e| e.to_string())?;
    png.write_rows(&rendered.rgba).map_err(|e| e.to_string())?;
    png.finish()
}

/// Renders `journey` and writes it to `path` as PNG, atomically: a reader never sees half a file.
/// Returns why pictures could not be drawn (each shows its placeholder).
pub fn export_png(
    journey: &Journey,
    path: &Path,
    options: &ExportOptions,
) -> Result<Vec<Message>, ExportError> {
    export_png_timed(journey, path, options, &mut Phases::off())
}

/// Exports like [`export_png`], marking each phase in `phases`.
pub fn export_png_timed(
    journey: &Journey,
    path: &Path,
    options: &ExportOptions,
    phases: &mut Phases,
) -> Result<Vec<Message>, ExportError> {
    let prepared = prepare(options, phases, map_drawing(journey, options))?;
    let write_error = |message: Message| ExportError::Write {
        path: path.to_owned(),
        message,
    };
    let bytes = encode_while_drawing(&prepared)
        .map_err(|e| write_error(Message::new("io-other").text("system", e)))?;
    phases.mark("rasterizing and PNG encoding, overlapped");
    crate::file::write_atomic(path, &bytes)
        .map_err(|e| write_error(crate::file::system_reason(&e)))?;
    phases.mark("writing");
    Ok(prepared.pictures.problems)
}

/// Rasterizes `prepared` and encodes it as PNG at once: the encoder (on this thread) compresses
/// each band of rows as soon as the drawing threads have finished it, rather than waiting for
/// the whole image. The same settings as [`encode_png`]: fast deflate, Paeth on every row.
fn encode_while_drawing(prepared: &Prepared) -> Result<Vec<u8>, String> {
    let (width, height) = (prepared.width as u32, prepared.height as u32);
    let mut stream = png_rows::PngRows::new(width, height).map_err(|e| e.to_string())?;
    let opaque = prepared.paper.a() == 255;
    let mut straight = Vec::new();
    raster::Pixels::drawn_in_order(
        (prepared.width, prepared.height, prepared.paper),
        &prepared.primitives,
        &prepared.textures(),
        prepared.pixels_per_point,
        |band| {
            if opaque {
                stream.write_rows(bytemuck::cast_slice(band))
            } else {
                straight.clear();
                straight.extend_from_slice(band);
                unmultiply(&mut straight);
                stream.write_rows(bytemuck::cast_slice(&straight))
            }
        },
    )
    .map_err(|e| e.to_string())?;
    stream.finish()
}

/// Encodes `rendered` as PNG and writes it to `path`, atomically.
pub(crate) fn write_png(rendered: &Rendered, path: &Path) -> Result<(), ExportError> {
    write_png_timed(rendered, path, &mut Phases::off())
}

fn write_png_timed(
    rendered: &Rendered,
    path: &Path,
    phases: &mut Phases,
) -> Result<(), ExportError> {
    let write_error = |message: Message| ExportError::Write {
        path: path.to_owned(),
        message,
    };
    let bytes = encode_png(rendered)
        .map_err(|e| write_error(Message::new("io-other").text("system", e)))?;
    phases.mark("PNG encoding");
    crate::file::write_atomic(path, &bytes)
        .map_err(|e| write_error(crate::file::system_reason(&e)))?;
    phases.mark("writing");
    Ok(())
}
