//! Cards on the system clipboard, as RON text, so they move between maps (and between two
//! running editors). Stages, lanes and personas travel by name, since ids differ between maps.

use crate::edit::Edit;
use crate::edit::ops::in_journey_order;
use crate::i18n::Message;
use crate::model::{
    Card, CardId, Connection, ConnectionKind, Journey, LaneId, LaneKind, Score, StageId,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What is put on the clipboard.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Clip {
    journeymap_cards: Vec<ClipCard>,
    /// The connections among the copied cards, by their place in `journeymap_cards`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    journeymap_connections: Vec<ClipConnection>,
    /// The assets folder the cards' pictures are stored in: the map they are pasted into
    /// copies them from there (only files named as stored pictures, and only if their bytes are
    /// what the name says: the clipboard is not trusted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    journeymap_pictures: Option<std::path::PathBuf>,
}

/// A connection among copied cards (or out of the map from one of them).
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ClipConnection {
    kind: ConnectionKind,
    from: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    to: Option<usize>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    share: Option<u8>,
}

/// One card with the names of its stage, lane and scoring personas.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ClipCard {
    stage: String,
    /// Which of the stages called `stage` (0 for the first): a Mermaid journey may repeat a
    /// section name, and a card pasted into such a map goes back to the same one of them.
    #[serde(default, skip_serializing_if = "is_zero")]
    stage_occurrence: usize,
    lane: String,
    kind: LaneKind,
    card: Card,
    scores: BTreeMap<String, Score>,
}

/// The clipboard text for `ids`.
pub fn copy(journey: &Journey, ids: &[CardId]) -> String {
    copy_from(journey, ids, None)
}

/// The clipboard text for `ids` of a map whose pictures are stored in `assets`.
pub fn copy_from(journey: &Journey, ids: &[CardId], assets: Option<&std::path::Path>) -> String {
    let cards: Vec<ClipCard> = in_journey_order(journey, ids)
        .into_iter()
        .map(|card| ClipCard {
            stage: journey
                .stage(card.stage)
                .map(|s| s.name.clone())
                .unwrap_or_default(),
            stage_occurrence: occurrence(journey, card.stage),
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
    let connections = connections_among(journey, &cards);
    let has_pictures = cards.iter().any(|c| c.card.image.is_some());
    let config = ron::ser::PrettyConfig::new()
        .escape_strings(false)
        .struct_names(false)
        .depth_limit(3);
    ron::ser::to_string_pretty(
        &Clip {
            journeymap_cards: cards,
            journeymap_connections: connections,
            journeymap_pictures: assets.filter(|_| has_pictures).map(ToOwned::to_owned),
        },
        config,
    )
    .unwrap_or_default()
}

/// The connections whose ends are all among `cards` (an exit needs only its start).
fn connections_among(journey: &Journey, cards: &[ClipCard]) -> Vec<ClipConnection> {
    let place: BTreeMap<CardId, usize> = cards
        .iter()
        .enumerate()
        .map(|(i, c)| (c.card.id, i))
        .collect();
    journey
        .connections
        .iter()
        .filter_map(|c| {
            let from = *place.get(&c.from)?;
            let to = match c.to {
                Some(to) => Some(*place.get(&to)?),
                None => None,
            };
            Some(ClipConnection {
                kind: c.kind,
                from,
                to,
                label: c.label.clone(),
                share: c.share,
            })
        })
        .collect()
}

/// How many stages before `stage` have its name.
fn occurrence(journey: &Journey, stage: StageId) -> usize {
    let Some(name) = journey.stage(stage).map(|s| &s.name) else {
        return 0;
    };
    journey
        .stages
        .iter()
        .take_while(|s| s.id != stage)
        .filter(|s| s.name == *name)
        .count()
}

fn is_zero(value: &usize) -> bool {
    *value == 0
}

/// Where the pictures of the cards in clipboard `text` are stored, and their names; `None`
/// when the text is not journeymap cards with pictures.
pub fn pictures(text: &str) -> Option<(std::path::PathBuf, Vec<String>)> {
    let clip: Clip = ron::Options::default()
        .with_recursion_limit(32)
        .from_str(text.trim())
        .ok()?;
    let names = clip
        .journeymap_cards
        .into_iter()
        .filter_map(|c| c.card.image.map(|picture| picture.name))
        .collect();
    Some((clip.journeymap_pictures?, names))
}

/// Edits that paste the cards in `text` into `journey`, and the new cards' ids.
///
/// Each card goes to the stage and lane of the same names if the map has them, else to
/// `fallback`; scores are kept for personas of the same name. Where two stages share a name,
/// a card goes to the same one of them it was copied from (the second "Go home" to the second),
/// or to the first when the map has fewer of that name.
pub fn paste(
    journey: &Journey,
    text: &str,
    fallback: (StageId, LaneId),
) -> Result<(Edit, Vec<CardId>), Message> {
    let clip: Clip = ron::Options::default()
        .with_recursion_limit(32)
        .from_str(text.trim())
        .map_err(|_| Message::new("paste-not-cards"))?;
    if clip.journeymap_cards.is_empty() {
        return Err(Message::new("paste-no-cards"));
    }
    // Each cell's next order found in one pass over the map, not one per cell pasted into.
    let mut orders = journey.next_orders();
    let mut edits = Vec::new();
    let mut ids = Vec::new();
    let mut new_ids = journey.new_card_ids();
    for clip_card in clip.journeymap_cards {
        let mut named = journey.stages.iter().filter(|s| s.name == clip_card.stage);
        let stage = named
            .clone()
            .nth(clip_card.stage_occurrence)
            .or_else(|| named.next())
            .map_or(fallback.0, |s| s.id);
        let lane = journey
            .lanes
            .iter()
            .find(|l| l.name == clip_card.lane)
            .map_or(fallback.1, |l| l.id);
        let order = orders.entry((stage, lane)).or_insert(0);
        let mut card = clip_card.card;
        card.id = new_ids.draw();
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
    // The connections among the pasted cards come along, between the copies.
    let mut connection_ids = Vec::new();
    for clip in clip.journeymap_connections {
        let (Some(&from), to) = (ids.get(clip.from), clip.to.map(|i| ids.get(i).copied())) else {
            continue;
        };
        if to == Some(None) {
            continue;
        }
        let id = loop {
            let id = journey.new_connection_id();
            if !connection_ids.contains(&id) {
                break id;
            }
        };
        connection_ids.push(id);
        edits.push(Edit::InsertConnection(
            usize::MAX,
            Box::new(Connection {
                id,
                kind: clip.kind,
                from,
                to: to.flatten(),
                label: clip.label,
                share: clip.share,
            }),
        ));
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
            // After the cards the cell had, in the order they were copied.
            let cell = target.cards_in(card.stage, card.lane);
            let had = cell.iter().filter(|c| !pasted.contains(&c.id));
            assert!(had.map(|c| c.order).all(|order| order < card.order));
        }
        // Two pasted into one cell keep the order they were copied in.
        let places: Vec<_> = (pasted.iter())
            .map(|id| {
                target
                    .card(*id)
                    .map(|c| (c.stage, c.lane, c.order))
                    .unwrap()
            })
            .collect();
        for (i, a) in places.iter().enumerate() {
            for b in &places[i + 1..] {
                assert!((a.0, a.1) != (b.0, b.1) || a.2 < b.2, "{places:?}");
            }
        }
        assert!(target.problems().is_empty());
    }

    #[test]
    fn stages_of_one_name_are_told_apart_by_their_place_among_them() {
        let text =
            "journey\n section Home\n Wake: 3\n section Work\n Code: 4\n section Home\n Sleep: 5\n";
        let source = crate::interop::mermaid::import(text, std::path::Path::new("d.mmd"))
            .unwrap()
            .journey;
        let sleep = source.cards.iter().find(|c| c.title == "Sleep").unwrap();
        let clip = copy(&source, &[sleep.id]);
        let mut target = source.clone();
        let (edit, pasted) =
            paste(&target, &clip, (target.stages[1].id, target.lanes[0].id)).unwrap();
        edit.apply(&mut target);
        let second_home = target.stages[2].id;
        assert_eq!(target.card(pasted[0]).unwrap().stage, second_home);
        // A map with one "Home" takes it into that one, the first match.
        let mut one_home = source.clone();
        one_home.stages.remove(2);
        one_home.cards.retain(|c| c.title != "Sleep");
        let (edit, pasted) = paste(
            &one_home,
            &clip,
            (one_home.stages[1].id, one_home.lanes[0].id),
        )
        .unwrap();
        edit.apply(&mut one_home);
        assert_eq!(
            one_home.card(pasted[0]).unwrap().stage,
            one_home.stages[0].id
        );
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

    #[test]
    fn connections_among_copied_cards_come_along() {
        let mut source = crate::templates::find("lifecycle")
            .and_then(|t| t.journey().ok())
            .expect("the lifecycle template");
        let (a, b, c) = (source.cards[1].id, source.cards[7].id, source.cards[20].id);
        for (kind, from, to) in [
            (ConnectionKind::Next, a, Some(b)),
            (ConnectionKind::Exit, b, None),
            (ConnectionKind::Alternative, a, Some(c)),
        ] {
            source.connections.push(Connection {
                id: crate::model::ConnectionId::random(),
                kind,
                from,
                to,
                label: "why".into(),
                share: None,
            });
        }
        let text = copy(&source, &[a, b]);
        let mut target = source.clone();
        let fallback = (target.stages[0].id, target.lanes[0].id);
        let (edit, ids) = paste(&target, &text, fallback).unwrap();
        edit.apply(&mut target);
        assert!(target.problems().is_empty());
        let pasted: Vec<_> = target
            .connections
            .iter()
            .filter(|c| ids.contains(&c.from))
            .collect();
        assert_eq!(
            pasted.len(),
            2,
            "the next step and the exit, not the route to C"
        );
        assert!(
            pasted
                .iter()
                .all(|c| c.to.is_none_or(|to| ids.contains(&to)))
        );
    }
}
