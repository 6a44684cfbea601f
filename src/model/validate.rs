//! Consistency rules a document must satisfy beyond what its types say.

use super::{CardId, ConnectionKind, Journey};
use crate::i18n::Message;
use std::collections::HashSet;
use std::fmt;

/// One inconsistency in a document, worded when shown, and the item it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem(pub Message, pub Option<Place>);

/// The item a problem is about, as a file names it: the list it is in (`cards`,
/// `connections`…) and its id as written, so a loader can point at its line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// The list's field name in the file.
    pub list: &'static str,
    /// The item's id, as the file writes it.
    pub id: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Every problem of `journey`, in document order.
pub fn problems(journey: &Journey) -> Vec<Problem> {
    let mut found = Vec::new();
    let mut report = |message: Message, place: Place| found.push(Problem(message, Some(place)));

    let personas = journey.personas.iter().map(|p| p.id.written());
    duplicates(
        personas,
        ("personas", "problem-duplicate-persona"),
        &mut report,
    );
    let stages = journey.stages.iter().map(|s| s.id.written());
    duplicates(stages, ("stages", "problem-duplicate-stage"), &mut report);
    let lanes = journey.lanes.iter().map(|l| l.id.written());
    duplicates(lanes, ("lanes", "problem-duplicate-lane"), &mut report);
    let cards = journey.cards.iter().map(|c| c.id.written());
    duplicates(cards, ("cards", "problem-duplicate-card"), &mut report);
    let connections = journey.connections.iter().map(|c| c.id.written());
    duplicates(
        connections,
        ("connections", "problem-duplicate-connection"),
        &mut report,
    );

    for card in &journey.cards {
        let place = || Place {
            list: "cards",
            id: card.id.written(),
        };
        if journey.stage(card.stage).is_none() {
            report(
                missing(card, "problem-no-such-stage", card.stage.written()),
                place(),
            );
        }
        if journey.lane(card.lane).is_none() {
            report(
                missing(card, "problem-no-such-lane", card.lane.written()),
                place(),
            );
        }
        for persona in card.emotions.keys() {
            if journey.persona(*persona).is_none() {
                report(
                    missing(card, "problem-no-such-persona", persona.written()),
                    place(),
                );
            }
        }
    }
    connections_problems(journey, &mut report);
    super::conflict::problems(journey, &mut report);
    for (index, line) in journey.blueprint_lines.iter().enumerate() {
        let place = Place {
            list: "blueprint_lines",
            id: line.kind.name().to_owned(),
        };
        let problem = |id: &'static str| Message::new(id).text("line", line.kind.name());
        if journey.lane(line.below_lane).is_none() {
            report(
                problem("problem-line-no-lane").text("lane", line.below_lane.written()),
                place.clone(),
            );
        }
        if journey.blueprint_lines[..index]
            .iter()
            .any(|l| l.kind == line.kind)
        {
            report(problem("problem-line-twice"), place);
        }
    }
    found
}

/// Connections to cards that are not there, from a card to itself, twice the same, or without
/// the target their kind needs.
fn connections_problems(journey: &Journey, report: &mut impl FnMut(Message, Place)) {
    let cards: HashSet<CardId> = journey.cards.iter().map(|c| c.id).collect();
    let mut seen = HashSet::new();
    for connection in &journey.connections {
        let problem =
            |id: &'static str| Message::new(id).text("connection", connection.id.written());
        let place = || Place {
            list: "connections",
            id: connection.id.written(),
        };
        let mut report = |message: Message| report(message, place());
        for end in std::iter::once(connection.from).chain(connection.to) {
            if !cards.contains(&end) {
                report(problem("problem-connection-no-card").text("card", end.written()));
            }
        }
        if connection.to == Some(connection.from) {
            report(problem("problem-connection-to-itself"));
        }
        if connection.to.is_none() && connection.kind != ConnectionKind::Exit {
            report(problem("problem-connection-no-target"));
        }
        if connection.share.is_some_and(|share| share > 100) {
            report(problem("problem-connection-share"));
        }
        if !seen.insert((connection.kind, connection.from, connection.to)) {
            report(problem("problem-connection-duplicate"));
        }
    }
}

/// A card that refers to a stage, lane or persona (`id`) the document does not have. Ids are
/// shown as the file writes them, so they can be found in it.
fn missing(card: &super::Card, problem: &'static str, id: String) -> Message {
    Message::new(problem)
        .text("card", card.id.written())
        .text("title", format!("{:?}", card.title))
        .text("id", id)
}

fn duplicates(
    ids: impl Iterator<Item = String>,
    (list, problem): (&'static str, &'static str),
    report: &mut impl FnMut(Message, Place),
) {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id.clone()) {
            let message = Message::new(problem).text("id", id.clone());
            report(message, Place { list, id });
        }
    }
}
