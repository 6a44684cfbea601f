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
    /// How far apart arrows that share a gap run; a gap with more arrows than fit at this
    /// spacing is widened.
    pub arrow_spacing: f32,
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
    /// Space under the title, the description and a stage's name and goal.
    pub block_gap: f32,
    /// Space between a card's caption, title, body and tags.
    pub line_gap: f32,
    /// Legend: height added to the text size for a row of entries.
    pub legend_row_extra: f32,
    /// Legend: where an entry's marker is, from the entry's start.
    pub legend_marker_x: f32,
    /// Legend: where an entry's text starts, from the entry's start.
    pub legend_text_x: f32,
    /// Legend: space after an entry's text, before the next entry.
    pub legend_trailing: f32,
    /// Legend: half the length of a marker's line.
    pub legend_line_half: f32,
    /// Legend: the radius of a marker's face.
    pub legend_face_radius: f32,
    /// Space between the legend and the grid.
    pub legend_gap: f32,
    /// Stage header: the width of the stage number before the name.
    pub stage_number_width: f32,
    /// Stage header: the smallest height.
    pub min_header_height: f32,
    /// KPI badges: the padding around their text.
    pub badge_padding: f32,
    /// KPI badges: the space between two badges.
    pub badge_gap: f32,
    /// The corner radius of cards.
    pub card_corner: f32,
    /// The width of the coloured stripe on a card's or lane label's leading edge.
    pub stripe_width: f32,
    /// Space between a channel icon and its name on a card.
    pub icon_gap: f32,
    /// Vote dots: how far the first dot is from a card's trailing corner.
    pub vote_dot_inset: f32,
    /// Vote dots: the space between two dots.
    pub vote_dot_gap: f32,
    /// The radius of an emotion face on a curve.
    pub face_radius: f32,
    /// How far from a face's centre a click or a drag still takes it.
    pub face_hit_radius: f32,
    /// How near an arrow a click must be to select its connection.
    pub arrow_hit_distance: f32,
    /// How far from its card the handle for connecting it sticks out.
    pub connect_handle_radius: f32,
    /// The face under the pointer while a curve point is dragged: larger than the faces, so
    /// it shows around the pointer.
    pub dragged_face_radius: f32,
    /// Outline of selected things on the canvas: its width, on screen.
    pub selection_width: f32,
    /// Outline of selected cards: its distance from the card.
    pub selection_gap: f32,
    /// Outline of hovered things on the canvas: its width.
    pub hover_width: f32,
    /// The line showing where a drop lands, and the outline of the target header.
    pub drop_line_width: f32,
    /// The outline of the cell a drop lands in.
    pub drop_cell_width: f32,
    /// The tallest a card's picture is drawn, as a multiple of its width: a taller picture
    /// (a phone screenshot) is drawn narrower, centred.
    pub picture_max_aspect: f32,
    /// The side of the square a persona's photo is fitted into in the legend.
    pub legend_photo: f32,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            margin: 28.0,
            stage_width: 236.0,
            label_width: 150.0,
            padding: 10.0,
            card_gap: 8.0,
            arrow_spacing: 6.0,
            min_row_height: 64.0,
            curve_band_height: 170.0,
            title_size: 28.0,
            stage_name_size: 18.0,
            lane_name_size: 15.0,
            card_title_size: 14.0,
            small_size: 12.0,
            block_gap: 6.0,
            line_gap: 4.0,
            legend_row_extra: 12.0,
            legend_marker_x: 16.0,
            legend_text_x: 36.0,
            legend_trailing: 24.0,
            legend_line_half: 14.0,
            legend_face_radius: 7.5,
            legend_gap: 14.0,
            stage_number_width: 26.0,
            min_header_height: 56.0,
            badge_padding: 6.0,
            badge_gap: 4.0,
            card_corner: 6.0,
            stripe_width: 4.0,
            icon_gap: 5.0,
            vote_dot_inset: 12.0,
            vote_dot_gap: 3.0,
            face_radius: 9.0,
            face_hit_radius: 11.0,
            arrow_hit_distance: 5.0,
            connect_handle_radius: 7.0,
            dragged_face_radius: 12.0,
            selection_width: 2.5,
            selection_gap: 2.0,
            hover_width: 1.5,
            drop_line_width: 3.0,
            drop_cell_width: 2.0,
            picture_max_aspect: 1.5,
            legend_photo: 44.0,
        }
    }
}

impl Style {
    /// The smallest text of the map: card captions and tags.
    pub fn caption_size(&self) -> f32 {
        self.small_size - 1.0
    }
}
