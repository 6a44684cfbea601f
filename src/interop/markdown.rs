//! A Markdown report of a map, for docs and tickets.

use crate::model::{Card, CardId, ConnectionKind, Journey};
use ahash::HashMap;

/// A face for a score, for text where the curve cannot be drawn.
pub fn face(score: i8) -> &'static str {
    match score {
        i8::MIN..=-2 => "😞",
        -1 => "🙁",
        0 => "😐",
        1 => "🙂",
        _ => "😄",
    }
}

/// Text safe inside a Markdown line: no line breaks, no accidental emphasis or tables.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
    {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '|' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The report: title, description, personas, then each stage with its goal, questions, KPIs and
/// the cards of each lane, emotions shown as a face and a number per persona.
pub fn export(journey: &Journey) -> String {
    let mut md = format!("# {}\n\n", inline(&journey.title));
    if !journey.description.trim().is_empty() {
        md.push_str(&format!("{}\n\n", journey.description.trim()));
    }
    if !journey.personas.is_empty() {
        md.push_str("## Personas\n\n");
        for persona in &journey.personas {
            md.push_str(&format!("- **{}**", inline(&persona.name)));
            if !persona.role.is_empty() {
                md.push_str(&format!(" — {}", inline(&persona.role)));
            }
            md.push('\n');
            if let Some(photo) = picture_link(persona.photo.as_ref(), &persona.name) {
                md.push_str(&format!("  {photo}\n"));
            }
            for (label, items) in [
                ("Goals", &persona.goals),
                ("Needs", &persona.needs),
                ("Motivations", &persona.motivations),
                ("Fears", &persona.fears),
                ("Triggers", &persona.triggers),
            ] {
                if !items.is_empty() {
                    let items: Vec<String> = items.iter().map(|i| inline(i)).collect();
                    md.push_str(&format!("  - {label}: {}\n", items.join("; ")));
                }
            }
        }
        md.push('\n');
    }
    // Connections name cards by id: one index for the whole report.
    let cards: HashMap<CardId, &Card> = journey.cards.iter().map(|c| (c.id, &**c)).collect();
    let cells = crate::model::Cells::of(journey);
    for (index, stage) in journey.stages.iter().enumerate() {
        md.push_str(&format!("## {}. {}\n\n", index + 1, inline(&stage.name)));
        if !stage.goal.trim().is_empty() {
            md.push_str(&format!("**Goal:** {}\n\n", inline(&stage.goal)));
        }
        if !stage.questions.is_empty() {
            md.push_str("**Questions:**\n\n");
            for question in &stage.questions {
                md.push_str(&format!("- {}\n", inline(question)));
            }
            md.push('\n');
        }
        if !stage.kpis.is_empty() {
            let kpis: Vec<String> = stage
                .kpis
                .iter()
                .map(|k| inline(&k.text(journey.language)))
                .collect();
            md.push_str(&format!("**KPIs:** {}\n\n", kpis.join(" · ")));
        }
        for lane in journey.lanes.iter().filter(|l| !l.hidden) {
            let cards = cells.cards(stage.id, lane.id);
            if cards.is_empty() {
                continue;
            }
            md.push_str(&format!("### {}\n\n", inline(&lane.name)));
            for card in cards {
                md.push_str(&format!("- **{}**", inline(&card.title)));
                if let Some(channel) = card.channel {
                    md.push_str(&format!(" ({})", channel.label()));
                }
                if let Some(severity) = card.severity {
                    md.push_str(&format!(" — severity: {}", severity.label()));
                }
                if card.decision {
                    md.push_str(" — ◆ decision point");
                }
                if card.milestone {
                    md.push_str(" — ⚑ milestone");
                }
                let emotions: Vec<String> = journey
                    .scores_of(card)
                    .map(|(p, score)| {
                        format!("{} {} {}", face(score.value()), score, inline(&p.name))
                    })
                    .collect();
                if !emotions.is_empty() {
                    md.push_str(&format!(" — {}", emotions.join(", ")));
                }
                if !card.tags.is_empty() {
                    let tags: Vec<String> = card
                        .tags
                        .iter()
                        .map(|t| format!("`{}`", t.replace('`', "'")))
                        .collect();
                    md.push_str(&format!(" {}", tags.join(" ")));
                }
                md.push('\n');
                if !card.body.trim().is_empty() {
                    md.push_str(&format!("  {}\n", inline(&card.body)));
                }
                if let Some(picture) = picture_link(card.image.as_deref(), &card.title) {
                    md.push_str(&format!("  {picture}\n"));
                }
            }
            md.push('\n');
        }
        forks_and_exits(journey, &cards, stage.id, &mut md);
    }
    md
}

/// A Markdown image of `picture`, linked relatively (`assets/HASH.EXT`: the report works saved
/// beside the map), described by `alt`. Only a stored picture's name is linked: a name from a
/// map from someone else is never written into a link as it is.
fn picture_link(picture: Option<&crate::model::Picture>, alt: &str) -> Option<String> {
    let picture = picture?;
    crate::file::pictures::stored_format(&picture.name)?;
    let alt = inline(alt).replace(['[', ']'], "");
    Some(format!(
        "![{alt}]({}/{})",
        crate::file::pictures::ASSETS_DIR,
        picture.name
    ))
}

/// The routes that leave the cards of `stage` other than by their usual next step: forks to
/// another route, exits, and the backstage work they set going, in words.
fn forks_and_exits(
    journey: &Journey,
    cards: &HashMap<CardId, &Card>,
    stage: crate::model::StageId,
    md: &mut String,
) {
    let title = |id| cards.get(&id).map_or(String::new(), |c| inline(&c.title));
    let in_stage = |id| cards.get(&id).is_some_and(|c| c.stage == stage);
    let lines: Vec<String> = journey
        .connections
        .iter()
        .filter(|c| c.kind != ConnectionKind::Next && in_stage(c.from))
        .map(|c| {
            let from = title(c.from);
            let target = c.to.map(|to| {
                let stage = cards
                    .get(&to)
                    .and_then(|card| journey.stage(card.stage))
                    .map_or(String::new(), |s| inline(&s.name));
                format!("**{}** ({stage})", title(to))
            });
            let share = c.share.map_or(String::new(), |s| format!(" ({s} %)"));
            let mut line = match (c.kind, target) {
                (ConnectionKind::Exit, Some(to)) => {
                    format!("- From **{from}**, customers leave{share} for {to}")
                }
                (ConnectionKind::Exit, None) => {
                    format!("- From **{from}**, customers leave{share}")
                }
                (ConnectionKind::Triggers, Some(to)) => format!("- **{from}** sets {to} going"),
                (_, Some(to)) => format!("- From **{from}**, another route to {to}"),
                (_, None) => format!("- From **{from}**, another route"),
            };
            if !c.label.trim().is_empty() {
                line.push_str(&format!(": {}", inline(&c.label)));
            }
            line
        })
        .collect();
    if !lines.is_empty() {
        md.push_str("### Forks and exits\n\n");
        md.push_str(&lines.join("\n"));
        md.push_str("\n\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Connection, ConnectionId};

    #[test]
    fn pictures_are_linked_relatively_and_only_stored_names_are_linked() {
        let lifecycle = crate::templates::find("lifecycle")
            .and_then(|t| t.journey().ok())
            .expect("the lifecycle template");
        let mut journey = crate::templates::without_pictures(lifecycle);
        let stored = format!("{}.png", "ab".repeat(32));
        journey.cards[0].image = Some(Box::new(crate::model::Picture {
            name: stored.clone(),
            size: [4, 3],
        }));
        journey.cards[1].image = Some(Box::new(crate::model::Picture {
            name: "javascript:alert(1)".into(),
            size: [4, 3],
        }));
        journey.personas[0].photo = Some(crate::model::Picture {
            name: stored.clone(),
            size: [4, 3],
        });
        let report = export(&journey);
        let links: Vec<&str> = report.lines().filter(|l| l.contains("![")).collect();
        assert_eq!(links.len(), 2, "{report}");
        assert!(
            links
                .iter()
                .all(|l| l.ends_with(&format!("](assets/{stored})")))
        );
        assert!(!report.contains("javascript"));
        let (_, notes) = crate::interop::mermaid::export(&journey);
        assert!(
            notes.iter().any(|n| n.to_string().contains("3 pictures")),
            "{notes:?}"
        );
    }

    #[test]
    fn forks_and_exits_are_told_in_words_under_their_stage() {
        let mut journey = crate::templates::find("lifecycle")
            .and_then(|t| t.journey().ok())
            .expect("the lifecycle template");
        let ad = journey.cards[1].id;
        let checkout = journey.cards[7].id;
        journey.cards[1].decision = true;
        for (kind, to, label, share) in [
            (
                ConnectionKind::Alternative,
                Some(checkout),
                "if the price is too high",
                None,
            ),
            (ConnectionKind::Exit, None, "picks a competitor", Some(30)),
        ] {
            journey.connections.push(Connection {
                id: ConnectionId::random(),
                kind,
                from: ad,
                to,
                label: label.into(),
                share,
            });
        }
        let report = export(&journey);
        let awareness = &report[report.find("## 1.").unwrap()..report.find("## 2.").unwrap()];
        assert!(awareness.contains("### Forks and exits"), "{awareness}");
        assert!(awareness.contains(
            "another route to **Product page and checkout** (Acquisition): if the price is too high"
        ), "{awareness}");
        assert!(
            awareness.contains("customers leave (30 %): picks a competitor"),
            "{awareness}"
        );
        assert!(awareness.contains("◆ decision point"), "{awareness}");
    }
}
