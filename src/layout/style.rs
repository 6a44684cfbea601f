//! Sizes that shape the map. Colours are not here: they belong to the scene's theme.

/// Sizes of the parts of a map, in points.
#[derive(Clone, Debug, PartialEq)]
pub struct Style {
    /// Space around the whole map.
    pub margin: f32,
    /// Width of a stage column.
    pub stage_width: f32,
    /// Width of the lane label column.
    pub label_width: f32,
    /// Padding inside cells, headers and cards.
    pub padding: f32,
    /// Vertical space between cards.
    pub card_gap: f32,
    /// Smallest height of a lane row.
    pub min_row_height: f32,
    /// Height of the band where emotion curves are drawn.
    pub curve_band_height: f32,
    /// Font size of the map title.
    pub title_size: f32,
    /// Font size of stage names.
    pub stage_name_size: f32,
    /// Font size of lane names.
    pub lane_name_size: f32,
    /// Font size of card titles.
    pub card_title_size: f32,
    /// Font size of small text: bodies, goals, KPIs, captions.
    pub small_size: f32,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            margin: 28.0,
            stage_width: 236.0,
            label_width: 150.0,
            padding: 10.0,
            card_gap: 8.0,
            min_row_height: 64.0,
            curve_band_height: 170.0,
            title_size: 28.0,
            stage_name_size: 18.0,
            lane_name_size: 15.0,
            card_title_size: 14.0,
            small_size: 12.0,
        }
    }
}

impl Style {
    /// The smallest text of the map: card captions and tags.
    pub fn caption_size(&self) -> f32 {
        self.small_size - 1.0
    }
}
