//! An edit that rewrote a few cards and moved nothing: their boxes are laid out again where
//! they are, in the last layout, instead of the whole map. Typing into a card at 100,000 cards
//! then costs what the card costs, not what the map does.

use super::build::Shaper;
use super::card::{card_box, card_inner};
use super::mirror::{Mirror, mirror_card};
use super::{CardBox, Layout};
use crate::model::{Card, CardId, Direction, Journey, LaneKind};
use ahash::HashSet;
use egui::Pos2;
use egui::epaint::text::FontsView;
use std::ops::Range;
use std::sync::Arc;

/// Lays out again, in `layout`, the boxes of the `rewritten` cards of `journey`, when nothing
/// else can have moved: the caller knows `journey` differs from the map `layout` was made of
/// only in cards, and only in `rewritten` (the edit log says so); each of them is still in its
/// cell at its place there, with the same scores; and each new box is exactly as big as the
/// old one. Returns false, leaving `layout` as it was, when any of that does not hold: then
/// the map must be laid out again.
pub fn patch_cards(
    layout: &mut Layout,
    journey: &Journey,
    rewritten: &HashSet<CardId>,
    fonts: &mut FontsView<'_>,
) -> bool {
    let mut shaper = Shaper {
        fonts,
        direction: journey.direction,
    };
    let mut checked_cells = HashSet::default();
    let mut replaced = Vec::with_capacity(rewritten.len());
    for &id in rewritten {
        let Some(card) = journey.card(id) else {
            return false;
        };
        let Some(lane) = journey.lane(card.lane).filter(|l| !l.hidden) else {
            return false;
        };
        let Some(range) = layout.cell_cards.get(&(card.stage, card.lane)).cloned() else {
            return false;
        };
        if checked_cells.insert((card.stage, card.lane))
            && !same_cell_order(layout, journey, range.clone())
        {
            return false;
        }
        let Some(index) = range.clone().find(|&i| layout.cards[i].id == id) else {
            return false;
        };
        let old = &layout.cards[index];
        let new = relaid(layout, &mut shaper, journey, card, lane.kind, old);
        // Placed where the old box is; the cards below stay put only if it ends where the old
        // one did (within what moving a kept box may have rounded).
        if new.rect.max.distance(old.rect.max) > 1e-3 {
            return false;
        }
        replaced.push((index, new));
    }
    if !same_scores(layout, journey, rewritten) {
        return false;
    }
    for (index, card_box) in replaced {
        layout.cards[index] = Arc::new(card_box);
    }
    true
}

/// Whether the cards laid out in `range` (one cell) are still that cell's cards in that
/// order. A card that came into the cell was rewritten and is not in the range: the caller
/// finds that out.
fn same_cell_order(layout: &Layout, journey: &Journey, range: Range<usize>) -> bool {
    let mut last = None;
    for card_box in &layout.cards[range] {
        let Some(card) = journey.card(card_box.id) else {
            return false;
        };
        let key = (card.stage, card.lane, card.order, card.id);
        if last.is_some_and(|last: (_, _, _, _)| {
            (last.0, last.1) != (key.0, key.1) || (last.2, last.3) >= (key.2, key.3)
        }) {
            return false;
        }
        last = Some(key);
    }
    true
}

/// The box of `card` laid out afresh where its `old` box is.
fn relaid(
    layout: &Layout,
    shaper: &mut Shaper<'_, '_>,
    journey: &Journey,
    card: &Card,
    kind: LaneKind,
    old: &CardBox,
) -> CardBox {
    let s = &layout.style;
    // A right-to-left layout is a mirrored left-to-right one: lay out where the card was
    // before the mirror, then mirror it.
    let mirror =
        (journey.direction == Direction::RightToLeft).then(|| Mirror(layout.bounds.width()));
    let placed = mirror.map_or(old.rect, |m| m.rect(old.rect));
    let inner = card_inner(s);
    let made = card_box(shaper, s, card, kind, journey.language, Pos2::ZERO, inner)
        .translated(placed.min.to_vec2());
    match mirror {
        Some(m) => mirror_card(&made, m),
        None => made,
    }
}

/// Whether every curve still has the scores of the `rewritten` cards it had: none gained,
/// lost or changed one (which would move points of the curve).
fn same_scores(layout: &Layout, journey: &Journey, rewritten: &HashSet<CardId>) -> bool {
    let ids: Vec<CardId> = rewritten.iter().copied().collect();
    for curve in &layout.curves {
        let mut seen = 0;
        for point in curve.points.iter().filter(|p| ids.contains(&p.card)) {
            let now = journey
                .card(point.card)
                .and_then(|c| c.emotions.get(&curve.persona));
            if now != Some(&point.score) {
                return false;
            }
            seen += 1;
        }
        let scored_now = ids
            .iter()
            .filter_map(|id| journey.card(*id))
            .filter(|c| c.emotions.contains_key(&curve.persona))
            .count();
        if scored_now != seen {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Edit;
    use crate::model::Language;

    use crate::fonts::with_fonts;

    /// Everything of a layout's cards a patch could get wrong: ids, boxes, text and where.
    fn cards_of(layout: &Layout) -> Vec<String> {
        layout.cards.iter().map(|c| format!("{c:?}")).collect()
    }

    /// Applies `edit` to `journey` and patches its layout; on success the patched layout must
    /// equal a fresh one, on refusal it must be untouched. Returns whether it patched.
    fn patch_after(journey: &mut Journey, edit: impl Fn(&Journey) -> Edit) -> bool {
        with_fonts(|fonts| {
            let style = super::super::Style::default();
            let mut layout = super::super::build(journey, &style, fonts);
            let before = cards_of(&layout);
            let edit = edit(journey);
            let rewritten = edit.cards_rewritten().into_iter().collect();
            edit.apply(journey);
            let patched = patch_cards(&mut layout, journey, &rewritten, fonts);
            if patched {
                let fresh = super::super::build(journey, &style, fonts);
                assert_eq!(cards_of(&layout), cards_of(&fresh));
                assert_eq!(layout.bounds, fresh.bounds);
            } else {
                assert_eq!(cards_of(&layout), before, "a refused patch changes nothing");
            }
            patched
        })
    }

    fn with_card(journey: &Journey, at: usize, change: impl Fn(&mut Card)) -> Edit {
        let mut card = journey.cards[at].clone();
        change(&mut card);
        Edit::ReplaceCard(card)
    }

    #[test]
    fn a_card_retitled_in_place_is_patched_and_anything_that_moves_is_not() {
        for language in [Language::English, Language::Persian] {
            let template = crate::templates::find("full-cycle").unwrap();
            let mut journey = crate::generate::generate(template.journey_in(language).unwrap(), 60);
            let scored = journey
                .cards
                .iter()
                .position(|c| !c.emotions.is_empty())
                .unwrap();
            // An unscored card first in a cell of several, so a new order moves it.
            let plain = journey
                .cards
                .iter()
                .position(|c| {
                    let cell = journey.cards_in(c.stage, c.lane);
                    c.emotions.is_empty() && cell.len() > 1 && cell[0].id == c.id
                })
                .unwrap();
            // Same length, so the same height: patched, in both directions.
            let retitle =
                |j: &Journey| with_card(j, plain, |c| c.title = c.title.chars().rev().collect());
            assert!(patch_after(&mut journey, retitle), "{language:?}");
            let rescore = |j: &Journey| {
                with_card(j, scored, |c| {
                    for score in c.emotions.values_mut() {
                        let other = if score.value() == 2 { -2 } else { 2 };
                        *score = crate::model::Score::new(other).unwrap();
                    }
                })
            };
            let retitle_scored = |j: &Journey| with_card(j, scored, |c| c.title.push('!'));
            assert!(patch_after(&mut journey, retitle_scored), "scores kept");
            let longer = |j: &Journey| {
                with_card(j, plain, |c| {
                    c.title = "a title long enough to wrap ".repeat(6)
                })
            };
            let next_stage = journey.stages[1].id;
            let moved = move |j: &Journey| with_card(j, plain, |c| c.stage = next_stage);
            let first_in_cell = |j: &Journey| with_card(j, plain, |c| c.order = u32::MAX);
            let unscore = |j: &Journey| with_card(j, scored, |c| c.emotions.clear());
            for (name, edit) in [
                ("rescored", &rescore as &dyn Fn(&Journey) -> Edit),
                ("taller", &longer),
                ("moved to another stage", &moved),
                ("moved in its cell", &first_in_cell),
                ("scores removed", &unscore),
            ] {
                let mut copy = journey.clone();
                assert!(!patch_after(&mut copy, edit), "{name}, {language:?}");
            }
        }
    }
}
