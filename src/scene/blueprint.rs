//! The service blueprint's lines: long dashes across the whole grid in the text colour, heavier
//! than the grid's rules, each with its name above it at the start of the lane labels.

use super::{Drawing, text};
use egui::epaint::{Shape, Stroke};
use egui::pos2;

/// Paints every blueprint line of the map.
pub(super) fn paint_lines(map: Drawing, out: &mut Vec<Shape>) {
    let theme = map.theme;
    for line in &map.layout.blueprint_lines {
        let (start, end) = (line.x_range.min, line.x_range.max);
        out.extend(Shape::dashed_line(
            &[pos2(start, line.y), pos2(end, line.y)],
            Stroke::new(1.8, theme.text),
            10.0,
            5.0,
        ));
        text(out, &line.label, theme.text);
    }
}
