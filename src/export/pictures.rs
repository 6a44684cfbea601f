//! The pictures of an exported map: each decoded on the spot from the map's assets folder and
//! resized to exactly the pixels it covers in the export, with the sharper filter, so a
//! picture is as crisp as the export's scale allows. A picture that cannot be read keeps its
//! placeholder and is reported.

use crate::file::pictures::{decode, resolve};
use crate::i18n::Message;
use crate::scene::{PictureTextures, texture_image};
use ahash::{HashMap, HashSet};
use egui::{ColorImage, TextureId};
use std::path::PathBuf;

/// Pictures decoded for one export.
pub(crate) struct ExportPictures {
    /// The assets folder pictures are read from; none for a map that has no folder.
    assets: Option<PathBuf>,
    /// The textures made, each `TextureId::User` of its place.
    pub(crate) images: Vec<ColorImage>,
    /// The texture made of each picture at each size.
    made: HashMap<(String, [u32; 2]), TextureId>,
    /// The pictures that cannot be drawn: reported once, and not read again at another size.
    failed: HashSet<String>,
    /// Why pictures could not be drawn, worded, one per picture.
    pub(crate) problems: Vec<Message>,
}

impl ExportPictures {
    /// Pictures read from `assets`.
    pub(crate) fn new(assets: Option<PathBuf>) -> Self {
        ExportPictures {
            assets,
            images: Vec::new(),
            made: HashMap::default(),
            failed: HashSet::default(),
            problems: Vec::new(),
        }
    }

    fn load(&mut self, name: &str, pixels: [u32; 2]) -> Option<TextureId> {
        let assets = self.assets.as_ref()?;
        let decoded = resolve(assets, name).and_then(|path| decode(&path));
        match decoded {
            Ok(image) => {
                self.images.push(texture_image(&image, pixels, true));
                Some(TextureId::User(self.images.len() as u64 - 1))
            }
            Err(error) => {
                self.failed.insert(name.to_owned());
                self.problems
                    .push(Message::new("check-picture").part("problem", error.message()));
                None
            }
        }
    }
}

impl PictureTextures for ExportPictures {
    fn texture(&mut self, name: &str, _size: [u32; 2], pixels: [u32; 2]) -> Option<TextureId> {
        let key = (name.to_owned(), pixels);
        if let Some(made) = self.made.get(&key) {
            return Some(*made);
        }
        if self.failed.contains(name) {
            return None;
        }
        let made = self.load(name, pixels)?;
        self.made.insert(key, made);
        Some(made)
    }
}

#[cfg(test)]
mod tests {
    use crate::export::{ExportOptions, render};
    use crate::file::pictures::{assets_dir, store};
    use crate::model::{Journey, Picture};
    use image::{ImageFormat, Rgba, RgbaImage};
    use std::io::Cursor;

    /// A PNG whose left half is red and right half blue.
    fn halves(width: u32, height: u32) -> Vec<u8> {
        let image = RgbaImage::from_fn(width, height, |x, _| {
            if x < width / 2 {
                Rgba([220, 30, 30, 255])
            } else {
                Rgba([30, 30, 220, 255])
            }
        });
        let mut bytes = Vec::new();
        image
            .write_to(&mut Cursor::new(&mut bytes), ImageFormat::Png)
            .unwrap();
        bytes
    }

    fn pixel(rendered: &crate::export::Rendered, x: f32, y: f32) -> [u8; 4] {
        let at = (y as usize * rendered.width as usize + x as usize) * 4;
        rendered.rgba[at..at + 4].try_into().unwrap()
    }

    /// A map of one card carrying `picture`, with its assets folder.
    fn map_with(picture: Picture) -> (Journey, tempfile::TempDir) {
        let folder = tempfile::tempdir().unwrap();
        let lifecycle = crate::templates::find("lifecycle")
            .unwrap()
            .journey()
            .unwrap();
        let mut journey = crate::templates::without_pictures(lifecycle);
        journey.cards.truncate(1);
        journey.connections.clear();
        journey.cards[0].image = Some(Box::new(picture));
        (journey, folder)
    }

    #[test]
    fn an_export_draws_each_picture_over_its_frame_at_its_scale() {
        let folder = tempfile::tempdir().unwrap();
        let assets = assets_dir(&folder.path().join("map.journey.ron"));
        let stored = store(&assets, &halves(400, 200)).unwrap();
        let (journey, _) = map_with(Picture {
            name: stored.name,
            size: stored.size,
        });
        let style = crate::layout::Style::default();
        for scale in [1.0, 2.0] {
            let options = ExportOptions {
                scale,
                pictures: Some(assets.clone()),
                ..ExportOptions::default()
            };
            let rendered = render(&journey, &options).unwrap();
            assert!(rendered.problems.is_empty());
            let layout = crate::fonts::with_fonts(|f| crate::layout::build(&journey, &style, f));
            let frame = layout.cards[0].picture.as_ref().unwrap().rect;
            // Twice as wide as tall, at the card's width.
            assert!((frame.width() - 2.0 * frame.height()).abs() < 0.5);
            let (y, left, right) = (
                frame.center().y * scale,
                (frame.min.x + frame.width() / 4.0) * scale,
                (frame.max.x - frame.width() / 4.0) * scale,
            );
            assert_eq!(pixel(&rendered, left, y), [220, 30, 30, 255], "at {scale}×");
            assert_eq!(
                pixel(&rendered, right, y),
                [30, 30, 220, 255],
                "at {scale}×"
            );
        }
    }

    #[test]
    fn a_missing_or_escaping_picture_keeps_its_placeholder_and_is_reported() {
        for name in [
            format!("{}.png", "a".repeat(64)),
            "../../etc/passwd".to_owned(),
        ] {
            let (journey, folder) = map_with(Picture {
                name,
                size: [400, 200],
            });
            let options = ExportOptions {
                pictures: Some(folder.path().join("assets")),
                ..ExportOptions::default()
            };
            let rendered = render(&journey, &options).unwrap();
            assert_eq!(rendered.problems.len(), 1);
            let without = render(&journey, &ExportOptions::default()).unwrap();
            assert_eq!(
                rendered.rgba, without.rgba,
                "the placeholder is drawn as is"
            );
        }
    }
}
