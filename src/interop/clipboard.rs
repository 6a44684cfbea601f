//! Cards on the system clipboard, as RON text, so they move between maps (and between two
//! running editors). Stages, lanes and personas travel by name, since ids differ between maps.

use crate::edit::Edit;
use crate::edit::ops::in_journey_order;
use crate::model::{Card, CardId, Journey, LaneId, LaneKind, Score, StageId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What is put on the clipboard.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Clip {
    journeymap_cards: Vec<ClipCard>,
}

/// One card with the names of its stage, lane and scoring personas.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ClipCard {
    stage: String,
    lane: String,
    kind: LaneKind,
    card: Card,
    scores: BTreeMap<String, Score>,
}

/// The clipboard text for `ids`.
pub fn copy(journey: &Journey, ids: &[CardId]) -> String {
    let cards = in_journey_order(journey, ids)
        .into_iter()
        .map(|card| ClipCard {
            stage: journey
                .stage(card.stage)
                .map(|s| s.name.clone())
                .unwrap_or_default(),
            lane: journey
                .lane(card.lane)
                .map(|l| l.name.clone())
                .unwrap_or_default(),
            kind: journey.lane(card.lane).map_or(LaneKind::Notes, |l| l.kind),
            scores: card
                .emotions
                .iter()
                .filter_map(|(id, score)| journey.persona(*id).map(|p| (p.name.clone(), *score)))
                .collect(),
            card,
        })
        .collect();
    let config = ron::ser::PrettyConfig::new()
        .escape_strings(false)
        .struct_names(false)
        .depth_limit(3);
    ron::ser::to_string_pretty(
        &Clip {
            journeymap_cards: cards,
        },
        config,
    )
    .unwrap_or_default()
}

/// Edits that paste the cards in `text` into `journey`, and the new cards' ids.
///
/// Each card goes to the stage and lane of the same names if the map has them, else to
/// `fallback`; scores are kept for personas of the same name.
pub fn paste(
    journey: &Journey,
    text: &str,
    fallback: (StageId, LaneId),
) -> Result<(Edit, Vec<CardId>), String> {
    let clip: Clip = ron::Options::default()
        .with_recursion_limit(32)
        .from_str(text.trim())
        .map_err(|_| {
            "The clipboard does not hold journeymap cards; nothing was pasted.".to_owned()
        })?;
    if clip.journeymap_cards.is_empty() {
        return Err("The clipboard holds no cards; nothing was pasted.".to_owned());
    }
    let mut orders: BTreeMap<(StageId, LaneId), u32> = BTreeMap::new();
    let mut edits = Vec::new();
    let mut ids = Vec::new();
    for (next, clip_card) in (journey.next_card_id().0..).zip(clip.journeymap_cards) {
        let stage = journey
            .stages
            .iter()
            .find(|s| s.name == clip_card.stage)
            .map_or(fallback.0, |s| s.id);
        let lane = journey
            .lanes
            .iter()
            .find(|l| l.name == clip_card.lane)
            .map_or(fallback.1, |l| l.id);
        let order = orders.entry((stage, lane)).or_insert_with(|| {
            journey
                .cards_in(stage, lane)
                .last()
                .map_or(0, |c| c.order + 1)
        });
        let mut card = clip_card.card;
        card.id = CardId(next);
        card.stage = stage;
        card.lane = lane;
        card.order = *order;
        *order += 1;
        card.emotions = clip_card
            .scores
            .iter()
            .filter_map(|(name, score)| {
                journey
                    .personas
                    .iter()
                    .find(|p| p.name == *name)
                    .map(|p| (p.id, *score))
            })
            .collect();
        ids.push(card.id);
        edits.push(Edit::AddCard(Box::new(card)));
    }
    Ok((Edit::Batch(edits), ids))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cards_move_between_maps_by_names() {
        let source = crate::templates::find("lifecycle")
            .unwrap()
            .journey()
            .unwrap();
        let ids: Vec<CardId> = source.cards.iter().take(3).map(|c| c.id).collect();
        let text = copy(&source, &ids);
        let mut target = crate::templates::find("buyer").unwrap().journey().unwrap();
        let fallback = (target.stages[2].id, target.lanes[0].id);
        let (edit, pasted) = paste(&target, &text, fallback).unwrap();
        edit.apply(&mut target);
        assert_eq!(pasted.len(), 3);
        let awareness = target
            .stages
            .iter()
            .find(|s| s.name == "Awareness")
            .unwrap()
            .id;
        for id in &pasted {
            let card = target.card(*id).unwrap();
            assert_eq!(card.stage, awareness, "same-named stage");
            assert!(card.emotions.is_empty(), "no persona of the same name");
        }
        assert!(target.problems().is_empty());
    }

    #[test]
    fn text_that_is_not_cards_is_refused() {
        let journey = crate::templates::find("blank").unwrap().journey().unwrap();
        let fallback = (journey.stages[0].id, journey.lanes[0].id);
        for text in [
            "hello",
            "",
            "(journeymap_cards: [])",
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
        ] {
            assert!(paste(&journey, text, fallback).is_err(), "{text}");
        }
    }
}
