//! The legend under a diff picture: a heading and one entry per kind of mark, in a band below
//! the map, laid out in the map's direction.

use super::bidi::{self, Base};
use super::{Style, TextBlock};
use crate::diff::marks::Mark;
use crate::model::Direction;
use egui::epaint::text::FontsView;
use egui::{FontFamily, FontId, Rect, pos2, vec2};

/// One entry: a sample of the mark (none: a dashed old curve) and its words.
#[derive(Clone, Debug)]
pub struct LegendSample {
    /// What the sample shows: a card with this mark, or (none) a dashed curve.
    pub mark: Option<Mark>,
    /// Where the sample is drawn.
    pub swatch: Rect,
    /// Its words.
    pub text: TextBlock,
}

/// The legend of a diff picture.
#[derive(Clone, Debug)]
pub struct DiffLegend {
    /// The whole band, the map's width.
    pub rect: Rect,
    /// The heading ("Changes from … to …").
    pub heading: TextBlock,
    /// The entries, in reading order.
    pub samples: Vec<LegendSample>,
}

/// Lays out the legend in a band under `map` (the map's bounds): `heading`, then one entry for
/// each of `entries`, mirrored in a right-to-left map.
pub fn diff_legend(
    fonts: &mut FontsView<'_>,
    style: &Style,
    map: Rect,
    direction: Direction,
    heading: &str,
    entries: &[(Option<Mark>, String)],
) -> DiffLegend {
    let s = style;
    let rtl = direction == Direction::RightToLeft;
    let font = |size: f32| FontId::new(size, FontFamily::Proportional);
    let width = map.width() - 2.0 * s.margin;
    let heading = bidi::shape(
        fonts,
        heading,
        font(s.lane_name_size),
        width,
        Base::Fixed(direction),
    );
    let top = map.max.y;
    let heading_size = heading.galley.size();
    let heading_x = if rtl {
        map.max.x - s.margin - heading_size.x
    } else {
        map.min.x + s.margin
    };
    let heading = TextBlock {
        pos: pos2(heading_x, top),
        galley: heading.galley,
    };
    let swatch = vec2(s.small_size * 2.4, s.small_size * 1.4);
    let row_top = top + heading_size.y + s.block_gap;
    let mut x = 0.0;
    let mut samples = Vec::new();
    for (mark, words) in entries {
        let shaped = bidi::shape(
            fonts,
            words,
            font(s.small_size),
            f32::INFINITY,
            Base::Fixed(direction),
        );
        let text_size = shaped.galley.size();
        let entry_width = swatch.x + s.padding + text_size.x;
        // Entries run from the map's start edge: the left, or the right in a right-to-left map.
        let (swatch_x, text_x) = if rtl {
            let end = map.max.x - s.margin - x;
            (end - swatch.x, end - swatch.x - s.padding - text_size.x)
        } else {
            let start = map.min.x + s.margin + x;
            (start, start + swatch.x + s.padding)
        };
        let swatch_rect = egui::Rect::from_min_size(pos2(swatch_x, row_top), swatch);
        let text_y = row_top + (swatch.y - text_size.y) / 2.0;
        samples.push(LegendSample {
            mark: *mark,
            swatch: swatch_rect,
            text: TextBlock {
                pos: pos2(text_x, text_y),
                galley: shaped.galley,
            },
        });
        x += entry_width + s.legend_trailing.max(s.padding * 3.0);
    }
    let bottom = row_top + swatch.y.max(s.small_size * 1.6) + s.margin;
    DiffLegend {
        rect: Rect::from_min_max(pos2(map.min.x, top), pos2(map.max.x, bottom)),
        heading,
        samples,
    }
}
