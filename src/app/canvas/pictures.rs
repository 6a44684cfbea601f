//! The canvas' pictures: the cache that decodes them (started on the first frame, its worker
//! repainting the window), the frame's start and end, and the pictures drawn between the cards
//! and what lies over them.

use super::Canvas;
use crate::app::actions::{Action, Actions};
use crate::scene::{self, PictureCache};
use std::sync::Arc;

impl Canvas {
    /// Starts a frame showing pictures from `assets`: what was decoded since is uploaded, and
    /// pictures that newly failed are reported into `out`.
    pub fn begin_pictures(
        &mut self,
        ctx: &egui::Context,
        assets: Option<std::path::PathBuf>,
        out: &mut Actions,
    ) {
        let repaint = ctx.clone();
        let pictures = self
            .pictures
            .get_or_insert_with(|| PictureCache::new(Arc::new(move || repaint.request_repaint())));
        for problem in pictures.begin_frame(assets, &ctx.tex_manager()) {
            out.push(Action::Notice(problem.to_string()));
        }
    }

    /// Ends the frame's pictures: those no longer shown stop loading, and those out of view
    /// beyond the budget are let go.
    pub fn end_pictures(&mut self) {
        if let Some(pictures) = &mut self.pictures {
            pictures.end_frame();
        }
    }

    /// How many picture textures are kept, and their bytes (benchmarks and measurements).
    pub fn picture_memory(&self) -> (usize, usize) {
        self.pictures.as_ref().map_or((0, 0), PictureCache::memory)
    }

    /// The texture of `picture` drawn `pixels` wide and high (a persona's photo in a panel),
    /// once it is decoded.
    pub fn picture_texture(
        &mut self,
        picture: &crate::model::Picture,
        pixels: [u32; 2],
    ) -> Option<egui::TextureId> {
        use crate::scene::PictureTextures;
        self.pictures
            .as_mut()?
            .texture(&picture.name, picture.size, pixels)
    }
}

/// Paints the pictures of `map` in `view` that `cache` has ready on `painter`, in screen points.
pub(super) fn paint(
    map: scene::Drawing<'_>,
    view: &scene::View,
    cache: &mut PictureCache,
    painter: &egui::Painter,
) {
    let mut shapes = Vec::new();
    let pixels_per_unit = view.to_screen.scaling * view.pixels_per_point;
    scene::paint_pictures(map, view.area(), pixels_per_unit, cache, &mut shapes);
    for mut shape in shapes {
        shape.transform(view.to_screen);
        painter.add(shape);
    }
}
