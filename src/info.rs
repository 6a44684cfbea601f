//! A machine-readable summary of a map, for `journeymap info --json` and for scripts.

use crate::model::{Channel, Direction, Journey, LaneKind, StageId, WrittenId};
use ahash::HashMap;
use serde::Serialize;

/// The summary printed by `journeymap info --json`.
#[derive(Debug, Serialize)]
pub struct Info<'a> {
    /// The map title.
    pub title: String,
    /// `ltr` or `rtl`.
    pub direction: &'static str,
    /// `current` or `future`.
    pub state: &'static str,
    /// Persona names, in order.
    pub personas: Vec<String>,
    /// The personas in the same order, with their role and photo.
    pub persona_details: Vec<PersonaInfo>,
    /// Lanes, top to bottom.
    pub lanes: Vec<LaneInfo>,
    /// Stages in journey order, with how many cards each holds.
    pub stages: Vec<StageInfo>,
    /// Every card, in journey order.
    pub cards: Vec<CardInfo<'a>>,
    /// Every connection, in the file's order.
    pub connections: Vec<ConnectionInfo>,
    /// The service blueprint's lines, top to bottom by kind.
    pub blueprint_lines: Vec<LineInfo>,
}

/// A persona in [`Info`].
#[derive(Debug, Serialize)]
pub struct PersonaInfo {
    /// Its name.
    pub name: String,
    /// Its role, empty if none.
    pub role: String,
    /// Its photo's stored name (`HASH.EXT` in the assets folder beside the map), or null.
    pub photo: Option<String>,
}

/// A blueprint line in [`Info`].
#[derive(Debug, Serialize)]
pub struct LineInfo {
    /// `interaction`, `visibility` or `internal-interaction`.
    pub kind: &'static str,
    /// The id of the lane it lies under, as the file writes it.
    pub below_lane: String,
}

/// A connection in [`Info`].
#[derive(Debug, Serialize)]
pub struct ConnectionInfo {
    /// Stable id, as the file writes it.
    pub id: WrittenId,
    /// The id of the card it leaves.
    pub from: WrittenId,
    /// The id of the card it goes to; null for an exit out of the map.
    pub to: Option<WrittenId>,
    /// `next`, `alternative`, `exit` or `triggers`.
    pub kind: &'static str,
    /// Its label, empty if none.
    pub label: String,
    /// For an exit: the share of customers who take it, in percent, or null.
    pub share: Option<u8>,
}

/// A lane in [`Info`].
#[derive(Debug, Serialize)]
pub struct LaneInfo {
    /// Its name.
    pub name: String,
    /// Its kind, as in the file (`Touchpoints`, `PainPoints`, …).
    pub kind: String,
    /// Whether it is hidden.
    pub hidden: bool,
}

/// A stage in [`Info`].
#[derive(Debug, Serialize)]
pub struct StageInfo {
    /// Its name.
    pub name: String,
    /// How many cards it holds.
    pub cards: usize,
}

/// A card in [`Info`].
#[derive(Debug, Serialize)]
pub struct CardInfo<'a> {
    /// Stable id, as the file writes it: a number, or 13 base-32 characters (always as text).
    pub id: WrittenId,
    /// Name of its stage.
    pub stage: &'a str,
    /// Name of its lane.
    pub lane: &'a str,
    /// Title.
    pub title: &'a str,
    /// Channel, as in the file (`Email`, `QrCode`, …), or null.
    pub channel: Option<Channel>,
    /// Persona name → score.
    pub emotions: Scores<'a>,
    /// Whether it is a decision point.
    pub decision: bool,
    /// Whether it is a milestone.
    pub milestone: bool,
    /// Its picture's stored name (`HASH.EXT` in the assets folder beside the map), or null.
    pub image: Option<&'a str>,
}

/// A card's scores by persona name, written as a JSON object in name order; of two personas
/// with one name, the later one's score stands, as in a map keyed by name. A sorted list rather
/// than a tree: a summary holds one for every card, and most hold a few scores.
#[derive(Debug, Default, PartialEq)]
pub struct Scores<'a>(Vec<(&'a str, i8)>);

impl<'a> Scores<'a> {
    /// The scores of `pairs`, (persona name, score) in the card's order of personas.
    pub fn new(pairs: impl IntoIterator<Item = (&'a str, i8)>) -> Self {
        let mut pairs: Vec<(&str, i8)> = pairs.into_iter().collect();
        // Stable: of one name, the pairs stay in the card's order, and the last one's score is
        // kept in the first one's place.
        pairs.sort_by_key(|(name, _)| *name);
        pairs.dedup_by(|later, kept| {
            let same = later.0 == kept.0;
            if same {
                kept.1 = later.1;
            }
            same
        });
        Scores(pairs)
    }

    /// Each persona name with its score, in name order.
    pub fn iter(&self) -> impl Iterator<Item = (&'a str, i8)> + '_ {
        self.0.iter().copied()
    }
}

impl Serialize for Scores<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

fn kind_name(kind: LaneKind) -> String {
    format!("{kind:?}")
}

impl<'a> Info<'a> {
    /// Summarises `journey`, borrowing its text (a summary of 100,000 cards is a few hundred
    /// thousand strings otherwise, each copied once more into the JSON).
    pub fn of(journey: &'a Journey) -> Self {
        let cards = journey.cards_in_journey_order();
        // Names and counts looked up by id once per card, not by a search of every stage.
        let mut per_stage: HashMap<StageId, usize> = HashMap::default();
        for card in &journey.cards {
            *per_stage.entry(card.stage).or_default() += 1;
        }
        let (stages, lanes) = (journey.stages_by_id(), journey.lanes_by_id());
        Info {
            title: journey.title.clone(),
            direction: match journey.direction {
                Direction::LeftToRight => "ltr",
                Direction::RightToLeft => "rtl",
            },
            state: match journey.state {
                crate::model::MapState::Current => "current",
                crate::model::MapState::Future => "future",
            },
            personas: journey.personas.iter().map(|p| p.name.clone()).collect(),
            persona_details: journey
                .personas
                .iter()
                .map(|p| PersonaInfo {
                    name: p.name.clone(),
                    role: p.role.clone(),
                    photo: p.photo.as_ref().map(|photo| photo.name.clone()),
                })
                .collect(),
            lanes: journey
                .lanes
                .iter()
                .map(|l| LaneInfo {
                    name: l.name.clone(),
                    kind: kind_name(l.kind),
                    hidden: l.hidden,
                })
                .collect(),
            stages: journey
                .stages
                .iter()
                .map(|s| StageInfo {
                    name: s.name.clone(),
                    cards: per_stage.get(&s.id).copied().unwrap_or(0),
                })
                .collect(),
            cards: cards
                .into_iter()
                .map(|c| CardInfo {
                    id: c.id.as_written(),
                    stage: stages.get(&c.stage).map_or("", |(_, s)| s.name.as_str()),
                    lane: lanes.get(&c.lane).map_or("", |(_, l)| l.name.as_str()),
                    title: &c.title,
                    channel: c.channel,
                    emotions: Scores::new(c.emotions.iter().filter_map(|(id, score)| {
                        journey
                            .persona(*id)
                            .map(|p| (p.name.as_str(), score.value()))
                    })),
                    decision: c.decision,
                    milestone: c.milestone,
                    image: c.image.as_deref().map(|picture| picture.name.as_str()),
                })
                .collect(),
            connections: journey
                .connections
                .iter()
                .map(|c| ConnectionInfo {
                    id: c.id.as_written(),
                    from: c.from.as_written(),
                    to: c.to.map(|to| to.as_written()),
                    kind: c.kind.name(),
                    label: c.label.clone(),
                    share: c.share,
                })
                .collect(),
            blueprint_lines: journey
                .blueprint_lines
                .iter()
                .map(|l| LineInfo {
                    kind: l.kind.name(),
                    below_lane: l.below_lane.written(),
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn scores_are_written_as_a_map_by_name_would_write_them() {
        let cases: [&[(&str, i8)]; 6] = [
            &[],
            &[("Zahra", 2)],
            &[("Zahra", 2), ("Ali", -1), ("Мария", 0)],
            // Two personas of one name: the later one's score, in the earlier one's place.
            &[("Ali", 1), ("Zahra", 2), ("Ali", -2)],
            &[("b", 1), ("a", 2), ("b", 0), ("a", -1), ("b", 2)],
            &[("آرش", 1), ("Arash", -2), ("آرش", 0)],
        ];
        for pairs in cases {
            let by_tree: BTreeMap<&str, i8> = pairs.iter().copied().collect();
            let scores = Scores::new(pairs.iter().copied());
            assert_eq!(
                serde_json::to_string(&scores).unwrap(),
                serde_json::to_string(&by_tree).unwrap(),
                "{pairs:?}"
            );
            assert!(scores.iter().eq(by_tree.iter().map(|(n, s)| (*n, *s))));
        }
    }
}
