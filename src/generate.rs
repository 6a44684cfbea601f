//! Large, realistic maps for benchmarks, stress tests and trying the editor at scale: a
//! template's stages and lanes filled with N cards of every kind, long and short text, several
//! personas and scores everywhere. Deterministic: the same template and N give the same map.

use crate::model::{
    Card, CardId, Channel, Journey, LaneKind, Persona, PersonaId, Rgb, Score, Severity,
};

/// A small deterministic random number generator (SplitMix64): no dependency, same map on
/// every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const SUBJECTS: [&str; 12] = [
    "Customer",
    "Visitor",
    "Buyer",
    "Guest",
    "Member",
    "Shopper",
    "Caller",
    "Reader",
    "Subscriber",
    "Driver",
    "Family",
    "Team lead",
];
const VERBS: [&str; 12] = [
    "compares",
    "opens",
    "reads",
    "asks about",
    "waits for",
    "pays for",
    "shares",
    "returns",
    "reviews",
    "books",
    "tracks",
    "recommends",
];
const OBJECTS: [&str; 12] = [
    "the offer",
    "a delivery update",
    "the price list",
    "a discount code",
    "the order",
    "the app",
    "a support ticket",
    "the invoice",
    "the loyalty card",
    "a product video",
    "the return form",
    "the newsletter",
];
const DETAILS: [&str; 6] = [
    "on a phone, late in the evening, between two other tasks",
    "after a friend mentioned it at work",
    "and expects an answer within the hour",
    "while comparing two competitors side by side, with a spreadsheet open",
    "for the second time this month",
    "and is not sure which option fits the family budget best",
];

/// `journey` with `count` generated cards added to its stages and lanes.
pub fn generate(mut journey: Journey, count: usize) -> Journey {
    let mut rng = Rng(0x006a_6f75_726e_6579 ^ count as u64);
    let colours = [
        Rgb(0xe4, 0x57, 0x2e),
        Rgb(0x2e, 0x86, 0xab),
        Rgb(0x6a, 0x4c, 0x93),
        Rgb(0x2f, 0xa8, 0x5a),
    ];
    while journey.personas.len() < 3 {
        // Numbered, not random: the same call gives the same map, for benchmarks and tests.
        let id = PersonaId(
            journey
                .personas
                .iter()
                .map(|p| p.id.0 + 1)
                .max()
                .unwrap_or(1),
        );
        let index = journey.personas.len();
        journey.personas.push(Persona {
            id,
            name: format!("Persona {}", index + 1),
            role: "Generated persona".to_owned(),
            goals: Vec::new(),
            needs: Vec::new(),
            motivations: Vec::new(),
            fears: Vec::new(),
            triggers: Vec::new(),
            photo: None,
            color: colours[index % colours.len()],
        });
    }
    let cells: Vec<_> = journey
        .stages
        .iter()
        .flat_map(|s| {
            journey
                .lanes
                .iter()
                .filter(|l| l.kind != LaneKind::Emotions)
                .map(move |l| (s.id, l.id, l.kind))
        })
        .collect();
    if cells.is_empty() {
        return journey;
    }
    let personas: Vec<PersonaId> = journey.personas.iter().map(|p| p.id).collect();
    let first_id = journey.cards.iter().map(|c| c.id.0 + 1).max().unwrap_or(1);
    let mut orders = std::collections::HashMap::new();
    for next in (first_id..).take(count) {
        let (stage, lane, kind) = cells[rng.below(cells.len())];
        let order = orders
            .entry((stage, lane))
            .or_insert_with(|| journey.cards_in(stage, lane).len() as u32);
        let title = format!(
            "{} {} {}",
            rng.pick(&SUBJECTS),
            rng.pick(&VERBS),
            rng.pick(&OBJECTS)
        );
        let title = if rng.below(4) == 0 {
            format!("{title} {}", rng.pick(&DETAILS))
        } else {
            title
        };
        let mut card = Card::new(CardId(next), stage, lane, *order, &title);
        *order += 1;
        if rng.below(3) == 0 {
            card.body =
                format!("{} {}.", rng.pick(&DETAILS), rng.pick(&DETAILS)).replace(" .", ".");
        }
        if kind == LaneKind::Touchpoints {
            card.channel = Some(Channel::ALL[rng.below(Channel::ALL.len())]);
        }
        if kind == LaneKind::PainPoints {
            card.severity = Some([Severity::Low, Severity::Medium, Severity::High][rng.below(3)]);
        }
        if matches!(
            kind,
            LaneKind::Touchpoints | LaneKind::Actions | LaneKind::PainPoints
        ) || rng.below(5) == 0
        {
            for persona in &personas {
                if rng.below(3) != 0 {
                    card.emotions
                        .insert(*persona, Score::clamped(rng.below(5) as i64 - 2));
                }
            }
        }
        if rng.below(6) == 0 {
            card.tags = vec![["research", "quick win", "q3", "vip"][rng.below(4)].to_owned()];
        }
        journey.cards.push(Box::new(card));
    }
    journey
}

/// `journey` with stages added after its own, copies of them numbered on, until it has
/// `stages` stages: the shape of a long journey (the editor's limits are measured on 100
/// stages).
pub fn with_stages(mut journey: Journey, stages: usize) -> Journey {
    let originals = journey.stages.clone();
    let first_id = journey.stages.iter().map(|s| s.id.0 + 1).max().unwrap_or(1);
    let added = stages.saturating_sub(journey.stages.len());
    for (next_id, (n, stage)) in (first_id..).zip(originals.iter().cycle().enumerate().take(added))
    {
        journey.stages.push(crate::model::Stage {
            id: crate::model::StageId(next_id),
            name: format!("{} {}", stage.name, n / originals.len() + 2),
            ..stage.clone()
        });
    }
    journey
}

/// `journey` with `count` generated connections between its cards (of every kind, some with a
/// label, some exits out of the map), for benchmarks: the same call gives the same map.
pub fn connect(mut journey: Journey, count: usize) -> Journey {
    use crate::model::{Connection, ConnectionId, ConnectionKind};
    let mut rng = Rng(0x0063_6f6e_6e65_6374 ^ count as u64);
    let cards: Vec<CardId> = journey.cards.iter().map(|c| c.id).collect();
    if cards.len() < 2 {
        return journey;
    }
    let mut seen = std::collections::HashSet::new();
    let mut next_id = journey
        .connections
        .iter()
        .map(|c| c.id.0 + 1)
        .max()
        .unwrap_or(1);
    let mut attempts = 0;
    while journey.connections.len() < count && attempts < count * 4 {
        attempts += 1;
        let kind = ConnectionKind::ALL[rng.below(ConnectionKind::ALL.len())];
        let from = cards[rng.below(cards.len())];
        let to = (kind != ConnectionKind::Exit || rng.below(2) == 0)
            .then(|| cards[rng.below(cards.len())]);
        if to == Some(from) || !seen.insert((kind, from, to)) {
            continue;
        }
        let label = if rng.below(3) == 0 {
            rng.pick(&DETAILS).to_owned()
        } else {
            String::new()
        };
        journey.connections.push(Connection {
            id: ConnectionId(next_id),
            kind,
            from,
            to,
            label,
            share: (kind == ConnectionKind::Exit).then(|| rng.below(60) as u8 + 5),
        });
        next_id += 1;
    }
    journey
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_journey_has_the_stages_asked_for() {
        let template = crate::templates::find("full-cycle")
            .unwrap()
            .journey()
            .unwrap();
        let long = generate(with_stages(template.clone(), 100), 1000);
        assert_eq!(long.stages.len(), 100);
        assert!(long.problems().is_empty());
        let last = long.stages.last().unwrap().id;
        assert!(long.cards.iter().any(|c| c.stage == last));
        assert_eq!(with_stages(template.clone(), 3).stages, template.stages);
    }

    #[test]
    fn generated_maps_are_valid_deterministic_and_rich() {
        let template = crate::templates::find("full-cycle")
            .unwrap()
            .journey()
            .unwrap();
        let a = generate(template.clone(), 1000);
        let b = generate(template.clone(), 1000);
        assert_eq!(a, b);
        assert_eq!(a.cards.len(), template.cards.len() + 1000);
        assert!(a.problems().is_empty());
        assert!(a.personas.len() >= 3);
        for kind in [
            LaneKind::Actions,
            LaneKind::Touchpoints,
            LaneKind::PainPoints,
            LaneKind::Opportunities,
        ] {
            assert!(
                a.cards.iter().any(|c| a.lane(c.lane).unwrap().kind == kind),
                "{kind:?}"
            );
        }
        assert!(a.cards.iter().filter(|c| !c.emotions.is_empty()).count() > 500);
        assert!(
            a.cards.iter().any(|c| c.title.len() > 80),
            "some long titles"
        );
    }
}
