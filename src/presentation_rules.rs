//! The rules of presentation mode, without a window: walking the journey stage by stage,
//! focusing one persona, the lanes ideas are captured into, the workshop timer, and where the
//! view goes for a stage. The app's `presentation_view` module draws them; its action pipeline drives them.

use crate::layout::{Layout, Style};
use crate::model::{Direction, Journey, LaneId, LaneKind};
use egui::{Rect, Vec2, pos2};

/// The smallest text on the projected map, in screen pixels: readable from the back of a room.
pub const MIN_TEXT_PX: f32 = 24.0;

/// A key press that moves through the journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// The next stage in journey order (Page Down, Space).
    Next,
    /// The previous stage in journey order (Page Up).
    Previous,
    /// The stage to the right on screen (→): the next one, or the previous one in a
    /// right-to-left map.
    Right,
    /// The stage to the left on screen (←).
    Left,
}

/// The stage index after `step` from `current` among `count` stages of a map read in
/// `direction`; stays at the first and last stage.
pub fn step(current: usize, count: usize, step: Move, direction: Direction) -> usize {
    if count == 0 {
        return 0;
    }
    let rtl = direction == Direction::RightToLeft;
    let forward = match step {
        Move::Next => true,
        Move::Previous => false,
        Move::Right => !rtl,
        Move::Left => rtl,
    };
    if forward {
        (current + 1).min(count - 1)
    } else {
        current.saturating_sub(1).min(count - 1)
    }
}

/// Which persona's curve is shown: all of them, or one (by index in the persona list).
pub fn next_focus(current: Option<usize>, personas: usize) -> Option<usize> {
    match current {
        None if personas > 0 => Some(0),
        Some(index) if index + 1 < personas => Some(index + 1),
        _ => None,
    }
}

/// The lanes a captured idea can go to, in the order Tab walks them: thoughts, pain points
/// and opportunities first (where workshop ideas belong), then the other card lanes. Hidden
/// lanes and emotion lanes (which hold curves, not notes) are left out.
pub fn capture_lanes(journey: &Journey) -> Vec<LaneId> {
    let first = [
        LaneKind::Thoughts,
        LaneKind::PainPoints,
        LaneKind::Opportunities,
    ];
    // Emotions are scored, not written; a storyboard holds pictures, not typed ideas.
    let usable = journey
        .lanes
        .iter()
        .filter(|l| !l.hidden && !matches!(l.kind, LaneKind::Emotions | LaneKind::Images));
    let mut lanes: Vec<LaneId> = usable
        .clone()
        .filter(|l| first.contains(&l.kind))
        .map(|l| l.id)
        .collect();
    lanes.extend(usable.filter(|l| !first.contains(&l.kind)).map(|l| l.id));
    lanes
}

/// The lanes whose cards are sorted by votes: pain points and opportunities.
pub fn voted_lanes(journey: &Journey) -> Vec<LaneId> {
    journey
        .lanes
        .iter()
        .filter(|l| matches!(l.kind, LaneKind::PainPoints | LaneKind::Opportunities))
        .map(|l| l.id)
        .collect()
}

/// The part of the map to show so that stage `index` is in the middle of a `screen` of the given
/// size (in screen pixels) with its smallest text at [`MIN_TEXT_PX`]: the top of the stage column
/// (header first), and as much of its neighbours as fits.
pub fn stage_view(layout: &Layout, index: usize, screen: Vec2, style: &Style) -> Option<Rect> {
    let stage = layout.stages.get(index)?;
    let column = stage.header.union(stage.body);
    let zoom = MIN_TEXT_PX / style.caption_size();
    // Never zoom out further than needed to see the column whole, if that is even closer.
    let fit = (screen.x / (column.width() + 2.0 * style.padding))
        .min(screen.y / (column.height() + 2.0 * style.padding));
    let zoom = zoom.max(fit.min(4.0));
    let size = screen / zoom;
    let top = column.min.y - style.padding;
    Some(Rect::from_min_size(
        pos2(column.center().x - size.x / 2.0, top),
        size,
    ))
}

/// A workshop timer: started, stopped, and started again, it adds up.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Timer {
    /// Since when it runs (seconds on the caller's clock), if it runs.
    started: Option<f64>,
    /// Time counted before the current run.
    counted: f64,
}

impl Timer {
    /// Starts a stopped timer, stops a running one.
    pub fn toggle(&mut self, now: f64) {
        match self.started.take() {
            Some(start) => self.counted += (now - start).max(0.0),
            None => self.started = Some(now),
        }
    }

    /// Whether it runs.
    pub fn is_running(&self) -> bool {
        self.started.is_some()
    }

    /// Seconds counted so far.
    pub fn elapsed(&self, now: f64) -> f64 {
        self.counted + self.started.map_or(0.0, |s| (now - s).max(0.0))
    }

    /// Whether it was ever started.
    pub fn is_used(&self) -> bool {
        self.started.is_some() || self.counted > 0.0
    }

    /// The time counted, as `m:ss` (or `h:mm:ss` past an hour).
    pub fn text(&self, now: f64) -> String {
        let total = self.elapsed(now).floor() as u64;
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
        if h > 0 {
            format!("{h}:{m:02}:{s:02}")
        } else {
            format!("{m}:{s:02}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stepping_stays_inside_the_journey() {
        let ltr = Direction::LeftToRight;
        assert_eq!(step(0, 5, Move::Next, ltr), 1);
        assert_eq!(step(4, 5, Move::Next, ltr), 4);
        assert_eq!(step(0, 5, Move::Previous, ltr), 0);
        assert_eq!(step(3, 5, Move::Previous, ltr), 2);
        assert_eq!(step(0, 0, Move::Next, ltr), 0);
    }

    #[test]
    fn arrows_follow_the_screen_in_right_to_left_maps() {
        let rtl = Direction::RightToLeft;
        assert_eq!(step(1, 5, Move::Left, rtl), 2, "next stage is on the left");
        assert_eq!(step(1, 5, Move::Right, rtl), 0);
        assert_eq!(
            step(1, 5, Move::Next, rtl),
            2,
            "clicker keys always go forward"
        );
        let ltr = Direction::LeftToRight;
        assert_eq!(step(1, 5, Move::Right, ltr), 2);
        assert_eq!(step(1, 5, Move::Left, ltr), 0);
    }

    #[test]
    fn persona_focus_cycles_through_each_then_all() {
        assert_eq!(next_focus(None, 2), Some(0));
        assert_eq!(next_focus(Some(0), 2), Some(1));
        assert_eq!(next_focus(Some(1), 2), None);
        assert_eq!(next_focus(None, 0), None);
    }

    #[test]
    fn ideas_go_to_thoughts_pain_points_and_opportunities_first() {
        let journey = crate::templates::find("lifecycle")
            .unwrap()
            .journey()
            .unwrap();
        let kinds: Vec<LaneKind> = capture_lanes(&journey)
            .into_iter()
            .map(|id| journey.lane(id).unwrap().kind)
            .collect();
        assert_eq!(
            kinds,
            vec![
                LaneKind::Thoughts,
                LaneKind::PainPoints,
                LaneKind::Opportunities,
                LaneKind::Actions,
                LaneKind::Touchpoints,
            ]
        );
    }

    #[test]
    fn the_timer_adds_up_its_runs() {
        let mut timer = Timer::default();
        assert!(!timer.is_used());
        timer.toggle(10.0);
        assert_eq!(timer.text(75.5), "1:05");
        timer.toggle(75.5);
        assert!(!timer.is_running());
        assert_eq!(timer.text(500.0), "1:05", "stopped, it does not count");
        timer.toggle(600.0);
        assert_eq!(timer.text(600.0 + 3600.0), "1:01:05");
    }
}
