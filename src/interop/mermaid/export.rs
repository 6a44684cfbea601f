//! Writing a map as a Mermaid journey.

use super::encode;
use crate::i18n::Message;
use crate::interop::Note;
use crate::model::{Journey, LaneKind};

/// A Mermaid journey of `journey`, and one note per kind of thing it had to leave out.
///
/// Characters Mermaid reserves (`#`, `;`, and `:` in names, `,` in actors) are written as
/// entities (`#35;`), line breaks in names as `<br>`, so the journey reads back the same.
///
/// Each touchpoint card becomes a task. Its score is the rounded mean of its personas' scores
/// (-2..+2 written as 1..5); when personas disagree, a note lists their scores. A card without
/// scores is written with the neutral score 3 and no actor.
pub fn export(journey: &Journey) -> (String, Vec<Note>) {
    let mut out = String::from("journey\n");
    let mut notes = Vec::new();
    // A title is one line of text: its line breaks become spaces.
    let title = journey
        .title
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    out.push_str(&format!("    title {}\n", encode(&title, &[])));
    if !journey.description.trim().is_empty() {
        out.push_str("    accDescr {\n");
        for line in journey.description.lines() {
            out.push_str(&format!("        {}\n", line.replace('}', ")")));
        }
        out.push_str("    }\n");
    }
    let touchpoint_lanes = journey.lanes_of_kind(LaneKind::Touchpoints);
    let cells = crate::model::Cells::of(journey);
    let (mut unscored, mut disagreements) = (0, Vec::new());
    for stage in &journey.stages {
        // The touchpoint lanes top to bottom, each cell's cards in their order.
        let cards = touchpoint_lanes
            .iter()
            .flat_map(|lane| cells.cards(stage.id, *lane).iter().copied());
        if !stage.name.is_empty() || journey.stages.first().map(|s| s.id) != Some(stage.id) {
            out.push_str(&format!("    section {}\n", encode(&stage.name, &[':'])));
        }
        for card in cards {
            let scored: Vec<(&str, i8)> = journey
                .scores_of(card)
                .map(|(p, score)| (p.name.as_str(), score.value()))
                .collect();
            let title = encode(&card.title, &[':']);
            if scored.is_empty() {
                unscored += 1;
                out.push_str(&format!("      {title}: 3\n"));
                continue;
            }
            let sum: i32 = scored.iter().map(|(_, s)| i32::from(*s)).sum();
            let mean = (f64::from(sum) / scored.len() as f64).round() as i32;
            if scored.iter().any(|(_, s)| i32::from(*s) != mean) {
                let each: Vec<String> = scored.iter().map(|(n, s)| format!("{n} {s:+}")).collect();
                let name = card.title.split_whitespace().collect::<Vec<_>>().join(" ");
                disagreements.push(format!("\"{name}\" ({})", each.join(", ")));
            }
            let actors: Vec<String> = scored.iter().map(|(n, _)| encode(n, &[':', ','])).collect();
            out.push_str(&format!(
                "      {title}: {}: {}\n",
                mean + 3,
                actors.join(", ")
            ));
        }
    }
    let touchpoints = || {
        journey
            .cards
            .iter()
            .filter(|c| touchpoint_lanes.contains(&c.lane))
    };
    let left_out: Vec<String> = [
        (
            journey.cards.len() - touchpoints().count(),
            "mermaid-left-cards",
        ),
        (
            touchpoints().filter(|c| !c.body.trim().is_empty()).count(),
            "mermaid-left-bodies",
        ),
        (
            touchpoints().filter(|c| c.channel.is_some()).count(),
            "mermaid-left-channels",
        ),
        (
            journey.stages.iter().map(|s| s.kpis.len()).sum(),
            "mermaid-left-kpis",
        ),
        (
            journey
                .stages
                .iter()
                .filter(|s| !s.goal.is_empty() || !s.questions.is_empty())
                .count(),
            "mermaid-left-goals",
        ),
        (
            journey
                .personas
                .iter()
                .filter(|p| !p.role.is_empty())
                .count(),
            "mermaid-left-roles",
        ),
        (journey.connections.len(), "mermaid-left-connections"),
        (journey.pictures().count(), "mermaid-left-pictures"),
    ]
    .into_iter()
    .filter(|(count, _)| *count > 0)
    .map(|(count, what)| Message::new(what).count("count", count).to_string())
    .collect();
    if !left_out.is_empty() {
        let separator = crate::i18n::tr("list-separator");
        let message = Message::new("mermaid-left-out").text("what", left_out.join(&separator));
        notes.push(Note::new(message));
    }
    if unscored > 0 {
        notes.push(Note::new(
            Message::new("mermaid-unscored").count("count", unscored),
        ));
    }
    if !disagreements.is_empty() {
        notes.push(Note::listing(
            Message::new("mermaid-disagree").count("count", disagreements.len()),
            disagreements,
        ));
    }
    (out, notes)
}
