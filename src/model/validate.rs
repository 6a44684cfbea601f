//! Consistency rules a document must satisfy beyond what its types say.

use super::Journey;
use crate::i18n::Message;
use std::collections::HashSet;
use std::fmt;

/// One inconsistency in a document, worded when shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem(pub Message);

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Every problem of `journey`, in document order.
pub fn problems(journey: &Journey) -> Vec<Problem> {
    let mut found = Vec::new();
    let mut report = |message: Message| found.push(Problem(message));

    duplicates(
        journey.personas.iter().map(|p| p.id.0),
        "problem-duplicate-persona",
        &mut report,
    );
    let stages = journey.stages.iter().map(|s| s.id.0);
    duplicates(stages, "problem-duplicate-stage", &mut report);
    let lanes = journey.lanes.iter().map(|l| l.id.0);
    duplicates(lanes, "problem-duplicate-lane", &mut report);
    let cards = journey.cards.iter().map(|c| c.id.0);
    duplicates(cards, "problem-duplicate-card", &mut report);

    for card in &journey.cards {
        if journey.stage(card.stage).is_none() {
            report(missing(card, "problem-no-such-stage", card.stage.0));
        }
        if journey.lane(card.lane).is_none() {
            report(missing(card, "problem-no-such-lane", card.lane.0));
        }
        for persona in card.emotions.keys() {
            if journey.persona(*persona).is_none() {
                report(missing(card, "problem-no-such-persona", persona.0));
            }
        }
    }
    found
}

/// A card that refers to a stage, lane or persona (`id`) the document does not have. Ids are
/// shown as the file writes them, in ASCII digits, so they can be found in it.
fn missing(card: &super::Card, problem: &'static str, id: u32) -> Message {
    Message::new(problem)
        .text("card", card.id.0.to_string())
        .text("title", format!("{:?}", card.title))
        .text("id", id.to_string())
}

fn duplicates(
    ids: impl Iterator<Item = u32>,
    problem: &'static str,
    report: &mut impl FnMut(Message),
) {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            report(Message::new(problem).text("id", id.to_string()));
        }
    }
}
