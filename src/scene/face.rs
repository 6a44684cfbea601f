//! Emotion faces: a circle with eyes and a mouth that smiles or frowns with the score.

use egui::epaint::{PathStroke, Shape, Stroke};
use egui::{Color32, Pos2, pos2, vec2};

/// Adds the face for `score` (-2..=+2) at `center` to `out`.
pub fn face(
    out: &mut Vec<Shape>,
    center: Pos2,
    radius: f32,
    score: i8,
    color: Color32,
    fill: Color32,
) {
    out.push(Shape::circle_filled(center, radius, fill));
    out.push(Shape::circle_stroke(
        center,
        radius,
        Stroke::new(radius * 0.2, color),
    ));
    let eye = radius * 0.13;
    for side in [-1.0, 1.0] {
        out.push(Shape::circle_filled(
            center + vec2(side * radius * 0.35, -radius * 0.25),
            eye,
            color,
        ));
    }
    // The mouth is a parabola whose bend follows the score: up for joy, down for frustration.
    let bend = f32::from(score) * radius * 0.14;
    let mouth_y = center.y + radius * 0.35;
    let half = radius * 0.45;
    let points: Vec<Pos2> = (0..=8)
        .map(|i| {
            let t = i as f32 / 8.0 * 2.0 - 1.0;
            pos2(
                center.x + t * half,
                mouth_y + bend * (1.0 - t * t) - bend * 0.5,
            )
        })
        .collect();
    out.push(Shape::line(points, PathStroke::new(radius * 0.16, color)));
}
