//! Consistency rules a document must satisfy beyond what its types say.

use super::Journey;
use std::collections::HashSet;
use std::fmt;

/// One inconsistency in a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem(pub String);

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Every problem of `journey`, in document order.
pub fn problems(journey: &Journey) -> Vec<Problem> {
    let mut found = Vec::new();
    let mut report = |text: String| found.push(Problem(text));

    duplicates(
        journey.personas.iter().map(|p| p.id.0),
        "persona",
        &mut report,
    );
    duplicates(journey.stages.iter().map(|s| s.id.0), "stage", &mut report);
    duplicates(journey.lanes.iter().map(|l| l.id.0), "lane", &mut report);
    duplicates(journey.cards.iter().map(|c| c.id.0), "card", &mut report);

    for card in &journey.cards {
        if journey.stage(card.stage).is_none() {
            report(format!(
                "card {} ({:?}) is in {}, which does not exist",
                card.id.0, card.title, card.stage
            ));
        }
        if journey.lane(card.lane).is_none() {
            report(format!(
                "card {} ({:?}) is in {}, which does not exist",
                card.id.0, card.title, card.lane
            ));
        }
        for persona in card.emotions.keys() {
            if journey.persona(*persona).is_none() {
                report(format!(
                    "card {} ({:?}) scores {}, which does not exist",
                    card.id.0, card.title, persona
                ));
            }
        }
    }
    found
}

fn duplicates(ids: impl Iterator<Item = u32>, what: &str, report: &mut impl FnMut(String)) {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            report(format!("{what} id {id} is used more than once"));
        }
    }
}
