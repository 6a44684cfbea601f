//! Mermaid `journey` diagrams: import and export.
//!
//! ```text
//! journey
//!     title My working day
//!     section Go to work
//!       Make tea: 5: Me
//!       Do work: 1: Me, Cat
//! ```
//!
//! Sections become stages, tasks become touchpoint cards in journey order, actors become
//! personas, and a task's score 1..5 becomes the emotion -2..+2 of each actor named. A task
//! without actors scores for a persona named [`NO_ACTOR`].

use super::build::Builder;
use super::{ImportError, Imported};
use crate::model::{Journey, LaneKind, Score};
use std::path::Path;

/// The persona that holds the scores of tasks that name no actor.
pub const NO_ACTOR: &str = "Customer";

/// Parses a Mermaid journey, alone or in a ```` ```mermaid ```` block of a Markdown file.
pub fn import(text: &str, path: &Path) -> Result<Imported, ImportError> {
    let error = |line: usize, message: String| ImportError::Syntax {
        path: path.to_owned(),
        line,
        message,
    };
    let lines: Vec<(usize, &str)> = diagram_lines(text, path)?;
    let mut lines = lines.into_iter().peekable();

    let mut front_title = None;
    let mut description = Vec::new();
    let mut saw_keyword = false;
    let mut builder = Builder::new("");
    let mut title = None;
    let mut section: Option<String> = None;
    let mut warnings = Vec::new();

    // YAML front matter: `---`, `key: value` lines, `---`.
    if lines.peek().is_some_and(|(_, l)| l.trim() == "---") {
        let (start, _) = lines.next().unwrap_or_default();
        loop {
            let Some((_, line)) = lines.next() else {
                return Err(error(
                    start,
                    "front matter starting here is not closed with `---`".into(),
                ));
            };
            let line = line.trim();
            if line == "---" {
                break;
            }
            if let Some(value) = line.strip_prefix("title:") {
                front_title = Some(unquote(value.trim()).to_owned());
            }
        }
    }

    while let Some((number, raw)) = lines.next() {
        let line = raw.trim();
        if line.is_empty() || (line.starts_with("%%") && !line.starts_with("%%{")) {
            continue;
        }
        if line.starts_with("%%{") {
            // A directive, possibly over several lines, ends with `}%%`.
            let mut current = line;
            let mut last = number;
            while !current.ends_with("}%%") {
                match lines.next() {
                    Some((n, next)) => {
                        current = next.trim();
                        last = n;
                    }
                    None => {
                        return Err(error(
                            last,
                            "directive `%%{` is not closed with `}%%`".into(),
                        ));
                    }
                }
            }
            continue;
        }
        if !saw_keyword {
            if line == "journey" {
                saw_keyword = true;
                continue;
            }
            return Err(error(
                number,
                format!("expected the keyword `journey`, found `{}`", clip(line)),
            ));
        }
        if let Some(rest) = keyword(line, "title") {
            title = Some(rest.to_owned());
        } else if let Some(rest) = keyword(line, "section") {
            builder.stage(rest);
            section = Some(rest.to_owned());
        } else if let Some(rest) = line
            .strip_prefix("accTitle")
            .and_then(|r| r.trim_start().strip_prefix(':'))
        {
            description.push(rest.trim().to_owned());
        } else if let Some(rest) = line.strip_prefix("accDescr") {
            let rest = rest.trim_start();
            if let Some(single) = rest.strip_prefix(':') {
                description.push(single.trim().to_owned());
            } else if let Some(block) = rest.strip_prefix('{') {
                let mut text = Vec::new();
                let mut pending = block.to_owned();
                loop {
                    if let Some(end) = pending.find('}') {
                        text.push(pending[..end].trim().to_owned());
                        break;
                    }
                    text.push(pending.trim().to_owned());
                    match lines.next() {
                        Some((_, next)) => pending = next.to_owned(),
                        None => {
                            return Err(error(
                                number,
                                "`accDescr {` is not closed with `}`".into(),
                            ));
                        }
                    }
                }
                // Blank lines inside the block separate paragraphs; around it they mean nothing.
                description.push(text.join("\n").trim_matches('\n').to_owned());
            } else {
                return Err(error(
                    number,
                    "expected `accDescr: text` or `accDescr { text }`".into(),
                ));
            }
        } else if let Some((name, data)) = line.split_once(':') {
            let (score_text, actors) = match data.split_once(':') {
                Some((score, actors)) => (score.trim(), Some(actors)),
                None => (data.trim(), None),
            };
            let score: i64 = score_text.parse().map_err(|_| {
                error(
                    number,
                    format!(
                        "expected a score from 1 to 5 after `{}:`, found `{}`",
                        clip(name.trim()),
                        clip(score_text)
                    ),
                )
            })?;
            if !(1..=5).contains(&score) {
                return Err(error(
                    number,
                    format!("score {score} is out of range: Mermaid scores are 1 to 5"),
                ));
            }
            let emotion = Score::clamped(score - 3);
            let mut actors: Vec<&str> = actors
                .map(|a| {
                    a.split(',')
                        .map(str::trim)
                        .filter(|a| !a.is_empty())
                        .collect()
                })
                .unwrap_or_default();
            if actors.is_empty() {
                actors.push(NO_ACTOR);
            }
            let personas: Vec<_> = actors.iter().map(|a| builder.persona(a)).collect();
            // Tasks before the first section sit in a stage with no name, as Mermaid draws them.
            let stage = builder.stage(section.as_deref().unwrap_or(""));
            let lane = builder.lane(LaneKind::Touchpoints.label(), LaneKind::Touchpoints);
            let card = builder.card(stage, lane, name.trim());
            for persona in personas {
                card.emotions.insert(persona, emotion);
            }
        } else {
            return Err(error(
                number,
                format!(
                    "expected `title TEXT`, `section NAME` or `Task: score: actor, actor`, found `{}`",
                    clip(line)
                ),
            ));
        }
    }
    if !saw_keyword {
        return Err(ImportError::Unsupported {
            path: path.to_owned(),
            message: "no Mermaid journey found: expected a line `journey`".into(),
        });
    }
    if builder.journey.stages.is_empty() {
        warnings.push(format!(
            "{}: the journey has no sections or tasks",
            path.display()
        ));
    }
    builder.journey.title = title
        .or(front_title)
        .unwrap_or_else(|| "Untitled journey".to_owned());
    builder.journey.description = description.join("\n\n");
    builder.standard_lanes();
    Ok(Imported {
        journey: builder.journey,
        warnings,
    })
}

/// The lines of the diagram with their line numbers in the file: the whole file, or the first
/// ```` ```mermaid ```` block holding a journey when the file is Markdown.
fn diagram_lines<'a>(text: &'a str, path: &Path) -> Result<Vec<(usize, &'a str)>, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let all: Vec<(usize, &str)> = text.lines().enumerate().map(|(i, l)| (i + 1, l)).collect();
    let is_fence = |l: &str| {
        let t = l.trim_start();
        (t.starts_with("```") || t.starts_with("~~~"))
            && t[3..].trim_start_matches(['`', '~']).trim() == "mermaid"
    };
    if !all.iter().any(|(_, l)| is_fence(l)) {
        return Ok(all);
    }
    let mut index = 0;
    while index < all.len() {
        if is_fence(all[index].1) {
            let fence = &all[index].1.trim_start()[..3];
            let body: Vec<(usize, &str)> = all[index + 1..]
                .iter()
                .take_while(|(_, l)| !l.trim_start().starts_with(fence))
                .copied()
                .collect();
            let holds_journey = body
                .iter()
                .map(|(_, l)| l.trim())
                .find(|l| !l.is_empty() && !l.starts_with("%%") && *l != "---");
            if holds_journey == Some("journey") || body.iter().any(|(_, l)| l.trim() == "journey") {
                return Ok(body);
            }
            index += body.len() + 1;
        }
        index += 1;
    }
    Err(ImportError::Unsupported {
        path: path.to_owned(),
        message: "none of the ```mermaid blocks holds a journey".into(),
    })
}

fn keyword<'a>(line: &'a str, word: &str) -> Option<&'a str> {
    let rest = line.strip_prefix(word)?;
    (rest.is_empty() || rest.starts_with(char::is_whitespace)).then(|| rest.trim())
}

fn unquote(text: &str) -> &str {
    text.strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .or_else(|| text.strip_prefix('\'').and_then(|t| t.strip_suffix('\'')))
        .unwrap_or(text)
}

/// Text quoted in a message, cut so a runaway line does not flood the terminal.
fn clip(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() > MAX {
        format!("{}…", text.chars().take(MAX).collect::<String>())
    } else {
        text.to_owned()
    }
}

/// Text as one Mermaid line: no line breaks, and no `#` or `;`, which end a statement. Task
/// names and sections cannot hold `:` either; titles can.
fn sanitize_line(text: &str, keep_colons: bool) -> String {
    let cut: &[char] = if keep_colons {
        &['#', ';']
    } else {
        &[':', '#', ';']
    };
    text.replace(cut, " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn sanitize(text: &str) -> String {
    sanitize_line(text, false)
}

/// A Mermaid journey of `journey`, and one note per kind of thing it had to leave out.
///
/// Each touchpoint card becomes a task. Its score is the rounded mean of its personas' scores
/// (-2..+2 written as 1..5); when personas disagree, a note lists their scores. A card without
/// scores is written with the neutral score 3 and no actor.
pub fn export(journey: &Journey) -> (String, Vec<String>) {
    let mut out = String::from("journey\n");
    let mut notes = Vec::new();
    out.push_str(&format!(
        "    title {}\n",
        sanitize_line(&journey.title, true)
    ));
    if !journey.description.trim().is_empty() {
        out.push_str("    accDescr {\n");
        for line in journey.description.lines() {
            out.push_str(&format!("        {}\n", line.replace('}', ")")));
        }
        out.push_str("    }\n");
    }
    let touchpoint_lanes: Vec<_> = journey
        .lanes
        .iter()
        .filter(|l| l.kind == LaneKind::Touchpoints)
        .map(|l| l.id)
        .collect();
    let lane_rank = |id| journey.lane_index(id).unwrap_or(usize::MAX);
    let (mut unscored, mut disagreements) = (0, Vec::new());
    for stage in &journey.stages {
        let mut cards: Vec<_> = journey
            .cards
            .iter()
            .filter(|c| c.stage == stage.id && touchpoint_lanes.contains(&c.lane))
            .collect();
        cards.sort_by_key(|c| (lane_rank(c.lane), c.order, c.id));
        if !stage.name.is_empty() || journey.stages.first().map(|s| s.id) != Some(stage.id) {
            out.push_str(&format!("    section {}\n", sanitize(&stage.name)));
        }
        for card in cards {
            let scored: Vec<(&str, i8)> = card
                .emotions
                .iter()
                .filter_map(|(id, score)| {
                    journey
                        .persona(*id)
                        .map(|p| (p.name.as_str(), score.value()))
                })
                .collect();
            let title = sanitize(&card.title);
            if scored.is_empty() {
                unscored += 1;
                out.push_str(&format!("      {title}: 3\n"));
                continue;
            }
            let sum: i32 = scored.iter().map(|(_, s)| i32::from(*s)).sum();
            let mean = (f64::from(sum) / scored.len() as f64).round() as i32;
            if scored.iter().any(|(_, s)| i32::from(*s) != mean) {
                let each: Vec<String> = scored.iter().map(|(n, s)| format!("{n} {s:+}")).collect();
                disagreements.push(format!("\"{title}\" ({})", each.join(", ")));
            }
            let actors: Vec<String> = scored
                .iter()
                .map(|(n, _)| sanitize(&n.replace(',', " ")))
                .collect();
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
            "cards in lanes other than touchpoints",
        ),
        (
            touchpoints().filter(|c| !c.body.trim().is_empty()).count(),
            "card bodies",
        ),
        (
            touchpoints().filter(|c| c.channel.is_some()).count(),
            "channels",
        ),
        (journey.stages.iter().map(|s| s.kpis.len()).sum(), "KPIs"),
        (
            journey
                .stages
                .iter()
                .filter(|s| !s.goal.is_empty() || !s.questions.is_empty())
                .count(),
            "stage goals and questions",
        ),
        (
            journey
                .personas
                .iter()
                .filter(|p| !p.role.is_empty())
                .count(),
            "persona roles",
        ),
    ]
    .into_iter()
    .filter(|(count, _)| *count > 0)
    .map(|(count, what)| format!("{count} {what}"))
    .collect();
    if !left_out.is_empty() {
        notes.push(format!(
            "left out of Mermaid, which cannot hold them: {}",
            left_out.join(", ")
        ));
    }
    if unscored > 0 {
        notes.push(format!(
            "{unscored} touchpoints have no score; written as a neutral 3 with no actor"
        ));
    }
    if !disagreements.is_empty() {
        notes.push(format!(
            "personas disagree on {} touchpoints, written with the rounded mean score: {}",
            disagreements.len(),
            disagreements.join("; ")
        ));
    }
    (out, notes)
}
