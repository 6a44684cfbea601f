//! Where to look to show one thing on the map: the view keeps its size when the thing can be
//! read at it, and comes closer when the map is zoomed out too far to read it.

use egui::{Rect, Vec2};

/// Widest view (in map units) at which a card can still be read on a usual window: about
/// five stage columns.
const READABLE_WIDTH: f32 = 1600.0;

/// The view that shows `target` from `current`: centred on it, at the current size if that is
/// close enough to read it (and large enough to hold it), else at a readable size with the
/// current shape.
pub fn view_onto(current: Rect, target: Rect) -> Rect {
    let size = if current.is_positive() {
        current.size()
    } else {
        Vec2::new(READABLE_WIDTH, READABLE_WIDTH * 0.6)
    };
    let aspect = size.y / size.x;
    // Never so close that the thing itself does not fit, with a margin around it.
    let least = (target.width() * 1.5).max(target.height() * 1.5 / aspect);
    let width = size.x.min(READABLE_WIDTH).max(least);
    Rect::from_center_size(target.center(), Vec2::new(width, width * aspect))
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::pos2;

    fn card_at(x: f32, y: f32) -> Rect {
        Rect::from_min_size(pos2(x, y), egui::vec2(200.0, 60.0))
    }

    #[test]
    fn a_close_view_keeps_its_size_and_centres_the_thing() {
        let current = Rect::from_min_size(pos2(0.0, 0.0), egui::vec2(1000.0, 600.0));
        let view = view_onto(current, card_at(5000.0, 3000.0));
        assert_eq!(view.size(), current.size());
        assert_eq!(view.center(), card_at(5000.0, 3000.0).center());
    }

    #[test]
    fn a_view_of_the_whole_map_comes_close_enough_to_read_keeping_its_shape() {
        let current = Rect::from_min_size(pos2(0.0, 0.0), egui::vec2(40_000.0, 20_000.0));
        let view = view_onto(current, card_at(5000.0, 3000.0));
        assert_eq!(view.width(), READABLE_WIDTH);
        assert!((view.height() / view.width() - 0.5).abs() < 1e-4);
        assert!(view.contains_rect(card_at(5000.0, 3000.0)));
    }

    #[test]
    fn a_big_thing_fits_in_the_view() {
        let current = Rect::from_min_size(pos2(0.0, 0.0), egui::vec2(300.0, 200.0));
        let tall = Rect::from_min_size(pos2(0.0, 0.0), egui::vec2(250.0, 900.0));
        assert!(view_onto(current, tall).contains_rect(tall));
        assert!(view_onto(Rect::NOTHING, tall).contains_rect(tall));
    }
}
