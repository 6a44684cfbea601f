//! What keeps the frames of a long map from reading every card: finding the cards in a part of
//! the map by their cells (exactly the cards a look at every card finds, in the same order,
//! whatever the part, the direction or the hidden lanes), and card boxes lent to a layout and
//! given back, not shared.

use egui::{Rect, pos2, vec2};
use journeymap::generate::{generate, with_stages};
use journeymap::layout::{self, Layout, Style};
use journeymap::model::{Direction, Journey};
use journeymap::templates;
use std::sync::Arc;

/// `journey` laid out with `cache` (what the editor keeps between layouts).
fn laid_out(journey: &Journey, cache: &mut layout::CardCache) -> Layout {
    let ctx = journeymap::fonts::context();
    let mut result = None;
    let output = ctx.run_ui(egui::RawInput::default(), |ui| {
        let style = Style::default();
        let made = (ui.ctx()).fonts_mut(|f| layout::build_reusing(journey, &style, f, cache));
        result = Some(made);
    });
    output.drop_without_applying_deltas();
    result.expect("a layout")
}

fn layout_of(journey: &Journey) -> Layout {
    laid_out(journey, &mut layout::CardCache::default())
}

fn full_cycle() -> Journey {
    templates::find("full-cycle")
        .and_then(|t| t.journey().ok())
        .expect("the full-cycle template")
}

/// The cards meeting `area`, found by looking at every card.
fn scanned(layout: &Layout, area: Rect) -> Vec<usize> {
    let cards = layout.cards.iter().enumerate();
    cards
        .filter(|(_, c)| area.intersects(c.rect))
        .map(|(i, _)| i)
        .collect()
}

/// Areas all over `bounds` and past it: small and large, points, edges of cards.
fn areas(layout: &Layout) -> Vec<Rect> {
    let bounds = layout.bounds;
    let mut areas = vec![bounds, bounds.expand(500.0), Rect::NOTHING];
    // A simple generator: the same areas every run.
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = |limit: f32| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % 10_000) as f32 / 10_000.0 * limit
    };
    for _ in 0..300 {
        let min = pos2(
            next(bounds.width() + 400.0) - 200.0,
            next(bounds.height()) - 100.0,
        );
        let size = vec2(next(1_500.0), next(900.0));
        areas.push(Rect::from_min_size(min, size));
    }
    for card in layout.cards.iter().step_by(7) {
        areas.push(Rect::from_min_max(card.rect.min, card.rect.min));
        areas.push(Rect::from_min_size(card.rect.max, vec2(30.0, 30.0)));
    }
    areas
}

fn check(journey: &Journey) {
    let layout = layout_of(journey);
    assert!(!layout.cards.is_empty());
    let covered: usize = layout.cell_spans.iter().map(|s| s.cards.len()).sum();
    assert_eq!(covered, layout.cards.len(), "every card in one cell span");
    for area in areas(&layout) {
        let found: Vec<usize> = layout.cards_meeting(area).map(|(i, _)| i).collect();
        assert_eq!(
            found,
            scanned(&layout, area),
            "{:?}, {area:?}",
            journey.direction
        );
    }
}

#[test]
fn the_cards_in_a_part_of_the_map_are_those_a_scan_finds() {
    let template = full_cycle();
    for direction in [Direction::LeftToRight, Direction::RightToLeft] {
        let mut journey = generate(with_stages(template.clone(), 12), 900);
        journey.direction = direction;
        check(&journey);
        // A hidden lane has no cards laid out: the spans skip it.
        journey.lanes[1].hidden = true;
        check(&journey);
    }
}

/// Laid out again after an edit of one card, a left-to-right map takes back every card's box
/// as it was (the same box, not a copy) once the last layout gave them back; without that, the
/// boxes are made again, and the layout is the same either way.
#[test]
fn boxes_lent_to_a_layout_come_back_to_the_next_one() {
    let mut journey = generate(full_cycle(), 300);
    let mut cache = layout::CardCache::default();
    let boxes = |l: &Layout| l.cards.iter().map(Arc::as_ptr).collect::<Vec<_>>();
    let rects = |l: &Layout| l.cards.iter().map(|c| (c.id, c.rect)).collect::<Vec<_>>();
    let first = laid_out(&journey, &mut cache);
    let edited = journey.cards[journey.cards.len() / 2].id;
    let mut card = journey.card(edited).cloned().expect("the card");
    card.body.push_str(" One more line of words.");
    journeymap::edit::Edit::ReplaceCard(Box::new(card)).apply(&mut journey);

    // Not given back (the first layout keeps them): every box made again.
    let unreturned = laid_out(&journey, &mut cache);
    let again = boxes(&unreturned);
    assert!(boxes(&first).iter().all(|b| !again.contains(b)));

    // Given back, and nothing changed since: every box is the one lent, the layout the same.
    cache.give_back(unreturned.cards.clone());
    let second = laid_out(&journey, &mut cache);
    assert_eq!(boxes(&second), again);
    assert_eq!(rects(&second), rects(&unreturned));
}

/// The card cache keeps the cards of the last layout and no others, also when the cards gone
/// were the last ones it met (the entries are then updated where they are, not moved).
#[test]
fn the_card_cache_forgets_the_cards_that_went() {
    let mut journey = generate(full_cycle(), 200);
    let mut cache = layout::CardCache::default();
    for _ in 0..3 {
        let made = laid_out(&journey, &mut cache);
        assert_eq!(cache.len(), made.cards.len());
        let last = made.cards.last().map(|c| c.id).expect("cards");
        journeymap::edit::Edit::RemoveCard(last).apply(&mut journey);
        cache.give_back(made.cards);
    }
}
