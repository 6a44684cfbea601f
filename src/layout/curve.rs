//! Emotion curves: where each score sits in the band, and a smooth line through the points.

use egui::{Pos2, Rect, pos2};

/// Height of a score inside a curve band: +2 near the top, -2 near the bottom, 0 in the middle.
pub fn score_y(band: Rect, score: i8) -> f32 {
    let half = band.height() / 2.0 - 18.0;
    band.center().y - f32::from(score) / 2.0 * half
}

/// The score nearest to a height in the band, clamped to -2..=+2.
pub fn y_score(band: Rect, y: f32) -> i8 {
    let half = (band.height() / 2.0 - 18.0).max(1.0);
    let raw = (band.center().y - y) / half * 2.0;
    raw.round().clamp(-2.0, 2.0) as i8
}

/// A smooth polyline through `points`: cubic segments that leave and enter each point level,
/// so the line never overshoots above +2 or below -2.
pub fn smooth_path(points: &[Pos2]) -> Vec<Pos2> {
    const STEPS: usize = 16;
    let Some(first) = points.first() else {
        return Vec::new();
    };
    let mut path = vec![*first];
    for pair in points.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let dx = (b.x - a.x) / 2.0;
        let c1 = pos2(a.x + dx, a.y);
        let c2 = pos2(b.x - dx, b.y);
        for step in 1..=STEPS {
            let t = step as f32 / STEPS as f32;
            let u = 1.0 - t;
            let x =
                u * u * u * a.x + 3.0 * u * u * t * c1.x + 3.0 * u * t * t * c2.x + t * t * t * b.x;
            let y =
                u * u * u * a.y + 3.0 * u * u * t * c1.y + 3.0 * u * t * t * c2.y + t * t * t * b.y;
            path.push(pos2(x, y));
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_map_to_heights_and_back() {
        let band = Rect::from_min_max(pos2(0.0, 100.0), pos2(200.0, 300.0));
        for score in -2..=2 {
            assert_eq!(y_score(band, score_y(band, score)), score);
        }
        assert!(score_y(band, 2) < score_y(band, 0));
        assert_eq!(y_score(band, -1000.0), 2);
    }

    #[test]
    fn smooth_path_stays_between_its_points() {
        let points = [pos2(0.0, 10.0), pos2(50.0, 90.0), pos2(100.0, 10.0)];
        let path = smooth_path(&points);
        assert_eq!(path.first(), Some(&points[0]));
        assert_eq!(path.last(), Some(&points[2]));
        assert!(path.iter().all(|p| (10.0..=90.0).contains(&p.y)));
        assert!(path.windows(2).all(|w| w[0].x <= w[1].x));
    }
}
