//! A Markdown report of a map, for docs and tickets.

use crate::model::Journey;

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
            for (label, items) in [
                ("Goals", &persona.goals),
                ("Needs", &persona.needs),
                ("Motivations", &persona.motivations),
                ("Fears", &persona.fears),
            ] {
                if !items.is_empty() {
                    let items: Vec<String> = items.iter().map(|i| inline(i)).collect();
                    md.push_str(&format!("  - {label}: {}\n", items.join("; ")));
                }
            }
        }
        md.push('\n');
    }
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
            let cards = journey.cards_in(stage.id, lane.id);
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
            }
            md.push('\n');
        }
    }
    md
}
