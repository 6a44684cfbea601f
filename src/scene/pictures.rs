//! Pictures on cards. A card paints its picture's frame with the picture's name in it (what a
//! missing or loading picture looks like); the picture itself is drawn over the frame, after
//! the cards and before what lies over them, from a texture that whoever draws provides at
//! exactly the size it is drawn: the screen from its cache, the export decoded on the spot.

use super::Drawing;
use crate::layout::PictureBox;
use egui::epaint::{CornerRadius, Shape};
use egui::{Color32, ColorImage, Rect, TextureId, pos2};
use image::RgbaImage;
use image::imageops::FilterType;

/// Where pictures come from.
pub trait PictureTextures {
    /// The texture showing stored picture `name` (`size` pixels, upright) at `pixels` (width
    /// and height on the target), or `None` while it is not ready or when it cannot be shown:
    /// the placeholder stays.
    fn texture(&mut self, name: &str, size: [u32; 2], pixels: [u32; 2]) -> Option<TextureId>;
}

/// The size in pixels of a picture drawn over `rect` (map units) at `pixels_per_unit`.
pub fn drawn_pixels(rect: Rect, pixels_per_unit: f32) -> [u32; 2] {
    let side = |length: f32| (length * pixels_per_unit).round().clamp(1.0, 16_384.0) as u32;
    [side(rect.width()), side(rect.height())]
}

/// Paints the pictures of the cards that reach into `area`, and the personas' photos in the
/// legend, whose textures are ready, each over its frame, at `pixels_per_unit` target pixels
/// per map unit.
pub fn paint_pictures(
    map: Drawing,
    area: Rect,
    pixels_per_unit: f32,
    textures: &mut dyn PictureTextures,
    out: &mut Vec<Shape>,
) {
    let mut paint = |picture: &PictureBox, fill: Color32| {
        if !area.intersects(picture.frame) {
            return;
        }
        let pixels = drawn_pixels(picture.rect, pixels_per_unit);
        let Some(texture) = textures.texture(&picture.name, picture.size, pixels) else {
            return;
        };
        // The fill under it hides the placeholder, also beside a picture narrower than its
        // frame.
        let whole = Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0));
        out.push(Shape::rect_filled(picture.frame, CornerRadius::ZERO, fill));
        out.push(Shape::image(texture, picture.rect, whole, Color32::WHITE));
    };
    for entry in &map.layout.legend {
        if let Some(photo) = &entry.photo {
            paint(photo, map.theme.background);
        }
    }
    for (_, card) in map.layout.cards_meeting(area) {
        if let Some(picture) = &card.picture {
            let (fill, _) = map.theme.card_colors(card.kind, card.color);
            paint(picture, fill);
        }
    }
}

/// `image` resized to exactly `pixels` and premultiplied, as textures are. `sharp` uses a
/// slower filter that keeps fine detail (the export); otherwise a fast one (the screen).
pub fn texture_image(image: &RgbaImage, pixels: [u32; 2], sharp: bool) -> ColorImage {
    let [width, height] = pixels.map(|side| side.max(1));
    let resized = if image.dimensions() == (width, height) {
        image.clone()
    } else {
        let filter = if sharp {
            FilterType::CatmullRom
        } else {
            FilterType::Triangle
        };
        image::imageops::resize(image, width, height, filter)
    };
    ColorImage::from_rgba_unmultiplied([width as usize, height as usize], resized.as_raw())
}
