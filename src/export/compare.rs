//! The picture of a diff (`journeymap diff OLD NEW -o diff.png`): the new map with added cards
//! outlined in one colour, changed ones in another, removed ones as faint ghosts where they
//! were, the old map's emotion curves dashed under the new ones, and a legend under the map.

use super::{ExportError, ExportOptions, Phases, Rendered, render_drawn};
use crate::diff::marks::{self, Mark};
use crate::i18n::{Arg, tr_args_in};
use crate::layout::{self, Style};
use crate::model::Journey;
use crate::scene::{self, SceneOptions, Theme, compare::Comparison};
use std::path::Path;
use std::sync::Arc;

/// The two maps of a diff picture and the names the legend calls them by.
pub struct DiffPicture<'a> {
    /// The map before.
    pub old: &'a Journey,
    /// The map after: the one drawn.
    pub new: &'a Journey,
    /// What the legend calls the map before (its file name).
    pub old_name: &'a str,
    /// What the legend calls the map after.
    pub new_name: &'a str,
}

/// Renders the diff picture to pixels.
pub fn render_diff(
    picture: &DiffPicture<'_>,
    options: &ExportOptions,
) -> Result<Rendered, ExportError> {
    let changes = crate::diff::diff(picture.old, picture.new);
    let compared = marks::compared(picture.old, picture.new, &changes);
    let journey = &compared.journey;
    let language = journey.language;
    let count = |mark: Mark| Arg::Count(compared.marks.count(mark));
    let heading = tr_args_in(
        language,
        "diff-legend-heading",
        &[
            ("old", picture.old_name.into()),
            ("new", picture.new_name.into()),
        ],
    );
    let entry = |mark: Option<Mark>, id: &str| {
        let args = mark.map(|m| [("count", count(m))]);
        (
            mark,
            tr_args_in(language, id, args.as_ref().map_or(&[][..], |a| &a[..])),
        )
    };
    let entries = [
        entry(Some(Mark::Added), "diff-legend-added"),
        entry(Some(Mark::Changed), "diff-legend-changed"),
        entry(Some(Mark::Removed), "diff-legend-removed"),
        entry(None, "diff-legend-old-curves"),
    ];
    let theme = Theme::new(options.theme);
    let scene_options = SceneOptions {
        compare: Some(Comparison::new(Arc::new(compared.marks.clone()))),
        ..SceneOptions::default()
    };
    render_drawn(options, &mut Phases::off(), |fonts, pictures, _| {
        let style = Style::default();
        let layout = layout::build(journey, &style, fonts);
        let legend = layout::diff_legend(
            fonts,
            &style,
            layout.bounds,
            journey.direction,
            &heading,
            &entries,
        );
        let mut shapes = Vec::new();
        let map = scene::Drawing {
            layout: &layout,
            journey,
            theme: &theme,
            options: &scene_options,
        };
        let pictures = Some((pictures as &mut dyn scene::PictureTextures, options.scale));
        scene::paint_area_with(map, egui::Rect::EVERYTHING, 1.0, pictures, &mut shapes);
        scene::compare::paint_legend(&legend, &theme, &mut shapes);
        (layout.bounds.union(legend.rect), shapes)
    })
}

/// Renders the diff picture and writes it to `path` as PNG, atomically.
pub fn export_diff_png(
    picture: &DiffPicture<'_>,
    path: &Path,
    options: &ExportOptions,
) -> Result<(), ExportError> {
    let rendered = render_diff(picture, options)?;
    super::write_png(&rendered, path)
}
