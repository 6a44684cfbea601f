//! Emotion curves: which cards they pass through, where each score sits in the band, and a
//! smooth line through the points.

use super::{Curve, CurvePoint, LaneBox, StageBox};
use crate::edit::Rewritten;
use crate::model::{Card, CardId, Journey, Score};
use ahash::HashMap;
use egui::{Pos2, Rect, pos2};
use std::hash::{Hash, Hasher};

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

/// The points of `points` (in journey order, so across the map in one direction) whose line
/// reaches between `min_x` and `max_x`: those inside, and one more on each side.
pub fn reaching(points: &[CurvePoint], min_x: f32, max_x: f32) -> std::ops::Range<usize> {
    let n = points.len();
    let ascending = match (points.first(), points.last()) {
        (Some(first), Some(last)) => first.pos.x <= last.pos.x,
        _ => return 0..0,
    };
    let (start, end) = if ascending {
        (
            points.partition_point(|p| p.pos.x < min_x),
            points.partition_point(|p| p.pos.x <= max_x),
        )
    } else {
        (
            points.partition_point(|p| p.pos.x > max_x),
            points.partition_point(|p| p.pos.x >= min_x),
        )
    };
    start.saturating_sub(1)..(end + 1).min(n)
}

/// Where each of `ids` is in their order.
fn positions(ids: impl Iterator<Item = u64>) -> HashMap<u64, usize> {
    ids.enumerate().map(|(i, id)| (id, i)).collect()
}

/// The emotion curves `journey`'s scores would draw on `layout`, which lays out a map with the
/// same stages and lanes in the same order (the old curves of a comparison).
pub fn curves_on(journey: &Journey, layout: &super::Layout) -> Vec<Curve> {
    let mut curves = curves(journey, &layout.stages, &layout.lanes);
    if journey.direction == crate::model::Direction::RightToLeft {
        // The layout is mirrored: points run from each stage's right edge, as its own curves.
        let headers: HashMap<u64, Rect> =
            layout.stages.iter().map(|s| (s.id.0, s.header)).collect();
        let stage_of: HashMap<u64, u64> =
            journey.cards.iter().map(|c| (c.id.0, c.stage.0)).collect();
        for point in curves.iter_mut().flat_map(|c| c.points.iter_mut()) {
            let header = stage_of.get(&point.card.0).and_then(|s| headers.get(s));
            if let Some(header) = header {
                point.pos.x = header.min.x + header.max.x - point.pos.x;
            }
        }
    }
    curves
}

/// Each persona's scores, stage by stage (see [`scores_by_persona_and_stage`]).
pub(super) type Scores = Vec<Vec<Vec<(CardId, Score)>>>;

/// The scores the last layout's curves were drawn from, kept for the next layout: sorting every
/// scored card into journey order and reading its scores was a third of the layout after an
/// edit at 100,000 cards, though most edits (a card's words, a new unscored card) change no
/// score and no scored card's place.
#[derive(Default)]
pub struct KeptScores {
    scores: Scores,
    /// What each scored card gave the curves (see [`curve_key`]).
    keys: HashMap<CardId, u64>,
}

impl KeptScores {
    /// The scores of `journey`: those kept, if `rewritten` (the edit log's account since they
    /// were made) says only cards changed and none of those changed what it gives the curves;
    /// else read again.
    pub(super) fn of<'a>(
        kept: &'a mut Option<KeptScores>,
        journey: &Journey,
        rewritten: Option<&Rewritten>,
    ) -> &'a Scores {
        let still = |kept: &KeptScores, rewritten: &Rewritten| {
            rewritten.only_cards
                && rewritten.cards.iter().all(|id| {
                    journey.card_if_listed(*id).and_then(curve_key) == kept.keys.get(id).copied()
                })
        };
        let reusable = kept
            .as_ref()
            .zip(rewritten)
            .is_some_and(|(kept, rewritten)| still(kept, rewritten));
        if !reusable {
            let keys = journey
                .cards
                .iter()
                .filter_map(|card| Some((card.id, curve_key(card)?)))
                .collect();
            let scores = scores_by_persona_and_stage(journey);
            *kept = Some(KeptScores { scores, keys });
        }
        &kept.get_or_insert_default().scores
    }
}

/// What `card` gives the curves: its scores and its place in journey order (stage, lane,
/// order); `None` for a card without scores, which gives nothing.
fn curve_key(card: &Card) -> Option<u64> {
    if card.emotions.is_empty() {
        return None;
    }
    let mut hasher = ahash::AHasher::default();
    (card.stage, card.lane, card.order, &card.emotions).hash(&mut hasher);
    Some(hasher.finish())
}

/// Places each persona's scored cards along the emotions bands, in journey order: stage by
/// stage, and inside a stage by lane and card order, spread evenly across the stage column.
pub(super) fn curves(journey: &Journey, stages: &[StageBox], lanes: &[LaneBox]) -> Vec<Curve> {
    curves_from(
        &scores_by_persona_and_stage(journey),
        journey,
        stages,
        lanes,
    )
}

/// The curves of `scores`, each persona's scores of `journey` stage by stage, on these stages
/// and lanes.
pub(super) fn curves_from(
    scores: &Scores,
    journey: &Journey,
    stages: &[StageBox],
    lanes: &[LaneBox],
) -> Vec<Curve> {
    let mut curves = Vec::new();
    for lane in lanes.iter().filter(|l| l.curve_band.is_some()) {
        let band = lane.curve_band.unwrap_or(Rect::NOTHING);
        let persona_count = journey.personas.len().max(1) as f32;
        for ((persona_index, persona), by_stage) in journey.personas.iter().enumerate().zip(scores)
        {
            // Personas are nudged apart a little so equal scores do not hide each other.
            let nudge = (persona_index as f32 - (persona_count - 1.0) / 2.0) * 6.0;
            let mut points = Vec::with_capacity(by_stage.iter().map(Vec::len).sum());
            for (scored, stage_box) in by_stage.iter().zip(stages) {
                let n = scored.len() as f32;
                for (k, &(card, score)) in scored.iter().enumerate() {
                    let x = stage_box.header.min.x
                        + stage_box.header.width() * (k as f32 + 1.0) / (n + 1.0)
                        + nudge;
                    points.push(CurvePoint {
                        card,
                        score,
                        pos: pos2(x, score_y(band, score.value())),
                    });
                }
            }
            curves.push(Curve {
                persona: persona.id,
                lane: lane.id,
                points,
            });
        }
    }
    curves
}

/// Each persona's scores (in the journey's persona order), stage by stage, in journey order
/// inside a stage (by lane, then card order). Each card's scores are read once: looking each
/// persona up in every scored card was most of a layout's time at 100,000 cards.
fn scores_by_persona_and_stage(journey: &Journey) -> Scores {
    let lane_rank = positions(journey.lanes.iter().map(|l| l.id.0));
    let stage_index = positions(journey.stages.iter().map(|s| s.id.0));
    let mut scored_by_stage: Vec<Vec<&Card>> = vec![Vec::new(); journey.stages.len()];
    for card in journey.cards.iter().filter(|c| !c.emotions.is_empty()) {
        if let Some(&i) = stage_index.get(&card.stage.0) {
            scored_by_stage[i].push(card);
        }
    }
    let stages = journey.stages.len();
    let mut scores = vec![vec![Vec::new(); stages]; journey.personas.len()];
    for (stage, scored) in scored_by_stage.iter_mut().enumerate() {
        scored.sort_by_cached_key(|c| {
            (
                lane_rank.get(&c.lane.0).copied().unwrap_or(usize::MAX),
                c.order,
                c.id,
            )
        });
        for card in scored.iter() {
            for (persona, score) in &card.emotions {
                // A handful of personas: a look along the list is quicker than hashing.
                let at = journey.personas.iter().position(|p| p.id == *persona);
                if let Some(by_stage) = at.and_then(|at| scores.get_mut(at)) {
                    by_stage[stage].push((card.id, *score));
                }
            }
        }
    }
    scores
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
    fn the_points_reaching_into_a_view_are_found_in_either_direction() {
        let point = |x: f32| CurvePoint {
            card: crate::model::CardId(1),
            score: crate::model::Score::new(0).unwrap(),
            pos: pos2(x, 0.0),
        };
        let ltr: Vec<CurvePoint> = [0.0, 100.0, 200.0, 300.0, 400.0].map(point).into();
        assert_eq!(reaching(&ltr, 150.0, 250.0), 1..4);
        assert_eq!(reaching(&ltr, 100.0, 200.0), 0..4);
        assert_eq!(reaching(&ltr, -50.0, -10.0), 0..1);
        assert_eq!(reaching(&ltr, 500.0, 600.0), 4..5);
        assert_eq!(reaching(&ltr, -1e9, 1e9), 0..5);
        let rtl: Vec<CurvePoint> = [400.0, 300.0, 200.0, 100.0, 0.0].map(point).into();
        assert_eq!(reaching(&rtl, 150.0, 250.0), 1..4);
        assert_eq!(reaching(&rtl, -1e9, 1e9), 0..5);
        assert_eq!(reaching(&[], 0.0, 1.0), 0..0);
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
