//! Cards out as a table, for a spreadsheet: a header row in the map's language, then one row per
//! card with every field, so that importing the table gives the same cards back.

use super::Separator;
use super::columns::Column;
use crate::model::{CardId, ConnectionKind, Journey};
use ahash::{HashMap, HashSet};

/// The columns written, before one `emotion:NAME` column per persona.
const FIXED: [Column; 13] = [
    Column::Stage,
    Column::Lane,
    Column::LaneKind,
    Column::Title,
    Column::Body,
    Column::Channel,
    Column::Severity,
    Column::Tags,
    Column::Colour,
    Column::Votes,
    Column::Decision,
    Column::Milestone,
    Column::Next,
];

/// The cards of `journey` (only `only`, when given) as a table separated by `separator`, in
/// map order: by stage, then lane, then place in the cell. Rows end with `line_end`.
pub fn export(
    journey: &Journey,
    only: Option<&[CardId]>,
    separator: Separator,
    line_end: &str,
) -> String {
    let language = journey.language;
    let mut header: Vec<String> = FIXED.iter().map(|c| c.header(language)).collect();
    header.extend(
        journey
            .personas
            .iter()
            .map(|p| Column::EmotionOf(p.name.clone()).header(language)),
    );
    let only: Option<HashSet<CardId>> = only.map(|ids| ids.iter().copied().collect());
    let mut cards = journey.cards_in_journey_order();
    if let Some(only) = &only {
        cards.retain(|c| only.contains(&c.id));
    }
    // Each card's stage and lane found by id, not by a search of every stage.
    let (stages, lanes) = (journey.stages_by_id(), journey.lanes_by_id());
    // The title of each card's first usual next step.
    let titles: HashMap<CardId, &str> = journey
        .cards
        .iter()
        .map(|c| (c.id, c.title.as_str()))
        .collect();
    let mut next_steps: HashMap<CardId, String> = HashMap::default();
    for connection in journey
        .connections
        .iter()
        .filter(|c| c.kind == ConnectionKind::Next)
    {
        if let Some(title) = connection.to.and_then(|to| titles.get(&to)) {
            next_steps
                .entry(connection.from)
                .or_insert_with(|| (*title).to_owned());
        }
    }
    let mut rows = vec![header];
    for card in cards {
        let (Some((_, stage)), Some((_, lane))) = (stages.get(&card.stage), lanes.get(&card.lane))
        else {
            continue;
        };
        let mut row = vec![
            stage.name.clone(),
            lane.name.clone(),
            language.lane(lane.kind).to_owned(),
            card.title.clone(),
            card.body.clone(),
            card.channel
                .map(|c| language.channel(c).to_owned())
                .unwrap_or_default(),
            card.severity
                .map(|s| language.severity(s).to_owned())
                .unwrap_or_default(),
            card.tags.join(", "),
            card.color.map(|c| c.to_string()).unwrap_or_default(),
            if card.votes == 0 {
                String::new()
            } else {
                card.votes.to_string()
            },
            flag(card.decision),
            flag(card.milestone),
            next_steps.get(&card.id).cloned().unwrap_or_default(),
        ];
        row.extend(journey.personas.iter().map(|p| {
            card.emotions
                .get(&p.id)
                .map(ToString::to_string)
                .unwrap_or_default()
        }));
        rows.push(row);
    }
    write(&rows, separator, line_end)
}

/// A mark as a cell: `1`, or empty.
fn flag(set: bool) -> String {
    if set { "1".to_owned() } else { String::new() }
}

/// `rows` as separated values, quoted where a field holds the separator, a quote or a line end.
fn write(rows: &[Vec<String>], separator: Separator, line_end: &str) -> String {
    let separator = char::from(separator.byte());
    let mut out = String::new();
    for row in rows {
        let fields: Vec<String> = row
            .iter()
            .map(|field| {
                if field.contains([separator, '"', '\n', '\r']) {
                    format!("\"{}\"", field.replace('"', "\"\""))
                } else {
                    field.clone()
                }
            })
            .collect();
        out.push_str(&fields.join(&separator.to_string()));
        out.push_str(line_end);
    }
    out
}
