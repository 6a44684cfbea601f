//! Arbitrary valid documents for property tests.
use crate::model::*;
use proptest::prelude::*;

/// Text with the characters that trip serializers: quotes, backslashes, `"#`, new lines,
/// tabs, control characters, right-to-left and combining marks, emoji.
pub fn text() -> impl Strategy<Value = String> {
    proptest::string::string_regex("([a-zA-Z0-9 ]|\"|\\\\|#|\\n|\\t|\\r|\\u{0}|\\u{7f}|é|ğ|Ж|س|ی|\\u{200c}|\\u{301}|😀|\\{|\\}|\\(|\\)|,|:){0,16}")
        .unwrap_or_else(|e| panic!("{e}"))
}

fn rgb() -> impl Strategy<Value = Rgb> {
    (any::<u8>(), any::<u8>(), any::<u8>()).prop_map(|(r, g, b)| Rgb(r, g, b))
}

fn number() -> impl Strategy<Value = Option<f64>> {
    prop_oneof![
        Just(None),
        (-1e12f64..1e12).prop_map(Some),
        Just(Some(0.1)),
        Just(Some(-0.0)),
        Just(Some(1e300))
    ]
}

pub fn journey() -> impl Strategy<Value = Journey> {
    let parts = (1..5usize, 1..5usize, 0..4usize);
    parts
        .prop_flat_map(|(stages, lanes, personas)| {
            let stage = (
                text(),
                text(),
                proptest::collection::vec(text(), 0..3),
                proptest::collection::vec((text(), number(), number(), text()), 0..3),
            );
            let lane = (0..LaneKind::ALL.len(), text(), any::<bool>());
            let persona = (
                text(),
                text(),
                proptest::collection::vec(text(), 0..2),
                rgb(),
            );
            let card = (
                0..stages,
                0..lanes,
                0..5u32,
                text(),
                text(),
                proptest::option::of(0..Channel::ALL.len()),
                proptest::collection::vec(-2..=2i64, personas),
                proptest::option::of(0..3usize),
                proptest::collection::vec(text(), 0..2),
                proptest::option::of(rgb()),
            );
            (
                text(),
                text(),
                any::<bool>(),
                any::<bool>(),
                proptest::collection::vec(stage, stages),
                proptest::collection::vec(lane, lanes),
                proptest::collection::vec(persona, personas),
                proptest::collection::vec(card, 0..12),
            )
        })
        .prop_map(
            |(title, description, future, rtl, stages, lanes, personas, cards)| {
                let stages: Vec<Stage> = stages
                    .into_iter()
                    .enumerate()
                    .map(|(i, (name, goal, questions, kpis))| Stage {
                        id: StageId(i as u64 * 3 + 1),
                        name,
                        goal,
                        questions,
                        kpis: kpis
                            .into_iter()
                            .map(|(name, value, target, unit)| Kpi {
                                name,
                                value,
                                target,
                                unit,
                                digits: if rtl { Digits::Persian } else { Digits::Latin },
                            })
                            .collect(),
                    })
                    .collect();
                let lanes: Vec<Lane> = lanes
                    .into_iter()
                    .enumerate()
                    .map(|(i, (kind, name, hidden))| Lane {
                        id: LaneId(i as u64 + 10),
                        kind: LaneKind::ALL[kind],
                        name,
                        hidden,
                    })
                    .collect();
                let personas: Vec<Persona> = personas
                    .into_iter()
                    .enumerate()
                    .map(|(i, (name, role, goals, color))| Persona {
                        id: PersonaId(i as u64 + 1),
                        name,
                        role,
                        goals: goals.clone(),
                        needs: goals.clone(),
                        motivations: Vec::new(),
                        triggers: goals.clone(),
                        fears: goals,
                        color,
                        photo: (i % 2 == 1).then(|| picture(i, 7)),
                    })
                    .collect();
                let cards = cards
                    .into_iter()
                    .enumerate()
                    .map(
                        |(
                            i,
                            (
                                stage,
                                lane,
                                order,
                                title,
                                body,
                                channel,
                                scores,
                                severity,
                                tags,
                                color,
                            ),
                        )| Card {
                            // Old numeric ids and new random ones, side by side.
                            id: CardId(if i % 2 == 0 {
                                i as u64 + 100
                            } else {
                                (1 << 40) + i as u64 * 7919
                            }),
                            stage: stages[stage].id,
                            lane: lanes[lane].id,
                            order,
                            title,
                            body,
                            channel: channel.map(|c| Channel::ALL[c]),
                            emotions: scores
                                .into_iter()
                                .zip(&personas)
                                .filter(|(s, _)| *s != 0)
                                .map(|(s, p)| (p.id, Score::clamped(s)))
                                .collect(),
                            severity: severity
                                .map(|s| [Severity::Low, Severity::Medium, Severity::High][s]),
                            tags,
                            votes: order % 3,
                            color,
                            decision: order % 2 == 1,
                            milestone: order % 5 == 1,
                            image: (order % 3 == 2).then(|| Box::new(picture(i, order))),
                        },
                    )
                    .collect();
                let cards: Vec<Card> = cards;
                let connections = connections_among(&cards);
                let conflicts = conflicts_on(&cards);
                Journey {
                    title,
                    description,
                    state: if future {
                        MapState::Future
                    } else {
                        MapState::Current
                    },
                    language: if rtl {
                        Language::Persian
                    } else {
                        Language::English
                    },
                    direction: if rtl {
                        Direction::RightToLeft
                    } else {
                        Direction::LeftToRight
                    },
                    personas,
                    stages,
                    lanes,
                    cards: cards.into_iter().map(Box::new).collect(),
                    conflicts,
                    connections,
                    blueprint_lines: Vec::new(),
                    card_index: Default::default(),
                }
            },
        )
}

/// A conflict of each kind on the first cards (theirs retitled, or gone), so recorded
/// conflicts go through the file like everything else.
fn conflicts_on(cards: &[Card]) -> Vec<crate::model::Conflict> {
    use crate::model::{Conflict, ConflictKind, Item, TheirItem};
    let kinds = [
        ConflictKind::Field("title".into()),
        ConflictKind::DeletedByThem,
        ConflictKind::DeletedByUs,
    ];
    cards
        .iter()
        .zip(kinds)
        .map(|(card, kind)| {
            // A card we deleted is not in the map: theirs has an id of its own.
            let id = if kind == ConflictKind::DeletedByUs {
                CardId(u64::from(u32::MAX) + card.id.0)
            } else {
                card.id
            };
            let theirs = (kind != ConflictKind::DeletedByThem).then(|| {
                TheirItem::Card(Card {
                    id,
                    title: format!("{} (theirs)", card.title),
                    ..card.clone()
                })
            });
            Conflict {
                item: Item::Card(id),
                kind,
                theirs,
            }
        })
        .collect()
}

/// Connections of every kind between neighbouring cards, some exits leaving the map, labels
/// with the cards' arbitrary text.
fn connections_among(cards: &[Card]) -> Vec<Connection> {
    cards
        .windows(2)
        .enumerate()
        .filter(|(i, _)| i % 3 != 2)
        .map(|(i, pair)| {
            let kind = ConnectionKind::ALL[i % 4];
            let leaves = kind == ConnectionKind::Exit && i % 8 == 2;
            Connection {
                id: ConnectionId(if i % 2 == 0 {
                    i as u64 + 1
                } else {
                    (1 << 33) + i as u64
                }),
                kind,
                from: pair[0].id,
                to: (!leaves).then_some(pair[1].id),
                label: pair[0].title.clone(),
                share: (kind == ConnectionKind::Exit).then_some((i % 101) as u8),
            }
        })
        .collect()
}

/// A stored picture's name and size, made from two numbers.
fn picture(seed: usize, height: u32) -> Picture {
    Picture {
        name: format!(
            "{:064x}.{}",
            seed * 2654435761,
            ["png", "jpg", "webp"][seed % 3]
        ),
        size: [640, 1 + height * 100],
    }
}
