//! The rows of a table with a header, made into cards: the columns named in any map language,
//! stages and lanes created in the order they are first seen (rows name stages, so where a map has
//! two stages of one name the rows go to the first).

use super::Separator;
use super::columns::Column;
use super::values;
use crate::i18n::Message;
use crate::interop::build::Builder;
use crate::model::{CardId, Connection, ConnectionId, ConnectionKind, LaneKind, Language, Score};
use std::collections::HashMap;

/// The persona that scores when a row gives an emotion but no persona.
pub const DEFAULT_PERSONA: &str = "Customer";

/// A row that cannot be read: its line and why.
#[derive(Debug)]
pub struct RowError {
    /// The line the row starts on, from 1.
    pub line: usize,
    /// What is wrong.
    pub message: Message,
}

/// What reading the rows noticed without failing.
#[derive(Debug, Default)]
pub struct RowsRead {
    /// Headers of columns journeymap does not know, quoted.
    pub unknown_columns: Vec<String>,
    /// Lanes whose kind could not be told from their name, with their line.
    pub unknown_lanes: Vec<String>,
    /// `next` cells that name no card, with their line.
    pub unknown_next: Vec<String>,
    /// The `image` cells: the card, the path as written, and its line.
    pub pictures: Vec<(CardId, String, usize)>,
}

/// The map language the header of `text` names its stage column in, if it is one of them.
pub fn header_language(text: &str, separator: Separator) -> Option<Language> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator.byte())
        .flexible(true)
        .from_reader(text.as_bytes());
    let names = reader.headers().ok()?;
    names
        .iter()
        .find(|name| Column::from_header(name) == Some(Column::Stage))
        .and_then(Column::language_of)
}

/// The columns of a header row, and where each is.
struct Header {
    names: Vec<String>,
    columns: Vec<Option<Column>>,
}

impl Header {
    fn read(names: Vec<String>) -> Result<(Self, Vec<String>), RowError> {
        let error = |message| RowError { line: 1, message };
        let mut columns: Vec<Option<Column>> = Vec::new();
        let mut unknown = Vec::new();
        for name in &names {
            let column = Column::from_header(name);
            if let Some(known) = &column
                && columns.iter().flatten().any(|c| c == known)
            {
                return Err(error(
                    Message::new("csv-column-twice").text("column", name.trim()),
                ));
            }
            if column.is_none() && !name.trim().is_empty() {
                unknown.push(format!("\"{}\"", name.trim()));
            }
            columns.push(column);
        }
        let header = Header { names, columns };
        if header.index(&Column::Stage).is_none() || header.index(&Column::Title).is_none() {
            let found = header.names.join(", ");
            return Err(error(Message::new("csv-header-needs").text("found", found)));
        }
        Ok((header, unknown))
    }

    fn index(&self, column: &Column) -> Option<usize> {
        self.columns.iter().position(|c| c.as_ref() == Some(column))
    }
}

/// A row's cells, by column.
struct Row<'a> {
    header: &'a Header,
    cells: &'a csv::StringRecord,
    line: usize,
}

impl Row<'_> {
    fn get(&self, column: &Column) -> &str {
        self.header
            .index(column)
            .and_then(|i| self.cells.get(i))
            .map_or("", str::trim)
    }

    /// The value of `column` read by `read`, or `None` when the cell is empty.
    fn value<T>(
        &self,
        column: &Column,
        read: impl Fn(&str) -> Result<T, Message>,
    ) -> Result<Option<T>, RowError> {
        let text = self.get(column);
        if text.is_empty() {
            return Ok(None);
        }
        read(text).map(Some).map_err(|reason| {
            let name = self
                .header
                .index(column)
                .map_or("", |i| self.header.names[i].trim());
            self.error(
                Message::new("csv-column")
                    .text("column", name)
                    .part("reason", reason),
            )
        })
    }

    fn error(&self, message: Message) -> RowError {
        RowError {
            line: self.line,
            message,
        }
    }
}

/// Reads the rows of `text` (a header row, then one card per row) into `builder`.
pub fn read(text: &str, separator: Separator, builder: &mut Builder) -> Result<RowsRead, RowError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator.byte())
        .flexible(false)
        .from_reader(text.as_bytes());
    let names = reader.headers().map_err(row_error)?;
    let (header, unknown_columns) = Header::read(names.iter().map(str::to_owned).collect())?;
    let mut report = RowsRead {
        unknown_columns,
        unknown_lanes: Vec::new(),
        unknown_next: Vec::new(),
        pictures: Vec::new(),
    };
    // Each row's card and the title its `next` cell names, joined once every card is there.
    let mut next_steps: Vec<(CardId, String, usize)> = Vec::new();
    // Every persona with a column, in the columns' order, scored or not.
    for column in header.columns.iter().flatten() {
        if let Column::EmotionOf(name) = column {
            builder.persona(name);
        }
    }
    for record in reader.records() {
        let cells = record.map_err(row_error)?;
        if cells.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let line = cells.position().map_or(0, |p| p.line() as usize);
        let row = Row {
            header: &header,
            cells: &cells,
            line,
        };
        let id = card(&row, builder, &mut report)?;
        let next = row.get(&Column::Next);
        if !next.is_empty() {
            next_steps.push((id, next.to_owned(), line));
        }
    }
    connect_next_steps(builder, next_steps, &mut report);
    // Curves are drawn in an Emotions lane: add one when the rows scored anything.
    let scored = builder.journey.cards.iter().any(|c| !c.emotions.is_empty());
    if scored
        && !builder
            .journey
            .lanes
            .iter()
            .any(|l| l.kind == LaneKind::Emotions)
    {
        let name = builder.journey.language.lane(LaneKind::Emotions).to_owned();
        builder.lane(&name, LaneKind::Emotions);
    }
    Ok(report)
}

/// A `Next` connection from each card to the first card titled as its `next` cell says.
fn connect_next_steps(
    builder: &mut Builder,
    next_steps: Vec<(CardId, String, usize)>,
    report: &mut RowsRead,
) {
    if next_steps.is_empty() {
        return;
    }
    let mut by_title: HashMap<&str, CardId> = HashMap::new();
    for card in &builder.journey.cards {
        by_title.entry(card.title.as_str()).or_insert(card.id);
    }
    let mut connections = Vec::new();
    for (from, title, line) in next_steps {
        match by_title.get(title.as_str()) {
            Some(&to) if to != from => connections.push((from, to)),
            Some(_) => {}
            None => {
                let at = Message::new("csv-lane-at-line").text("lane", title);
                report.unknown_next.push(at.count("line", line).to_string());
            }
        }
    }
    // New ids checked against a set, not by scanning the connections for each.
    let mut used: std::collections::HashSet<ConnectionId> =
        builder.journey.connections.iter().map(|c| c.id).collect();
    for (from, to) in connections {
        let id = std::iter::repeat_with(ConnectionId::random)
            .find(|id| used.insert(*id))
            .unwrap_or_else(ConnectionId::random);
        builder.journey.connections.push(Connection {
            id,
            kind: ConnectionKind::Next,
            from,
            to: Some(to),
            label: String::new(),
            share: None,
        });
    }
}

/// The card of one row; its id.
fn card(row: &Row<'_>, builder: &mut Builder, report: &mut RowsRead) -> Result<CardId, RowError> {
    let stage_name = row.get(&Column::Stage);
    if stage_name.is_empty() {
        return Err(row.error(Message::new("csv-no-stage")));
    }
    let title = row.get(&Column::Title);
    if title.is_empty() {
        return Err(row.error(Message::new("csv-no-title")));
    }
    let language = builder.journey.language;
    let lane_name = match row.get(&Column::Lane) {
        "" => language.lane(LaneKind::Touchpoints),
        name => name,
    };
    let kind = match row.value(&Column::LaneKind, |text| {
        values::lane_kind(text)
            .ok_or_else(|| Message::new("csv-unknown-lane-kind").text("found", text))
    })? {
        Some(kind) => kind,
        None => values::lane_kind(lane_name).unwrap_or_else(|| {
            if builder.journey.lanes.iter().all(|l| l.name != lane_name) {
                let at = Message::new("csv-lane-at-line").text("lane", lane_name);
                report
                    .unknown_lanes
                    .push(at.count("line", row.line).to_string());
            }
            LaneKind::Notes
        }),
    };
    let channel = row.value(&Column::Channel, |text| {
        values::channel(text).ok_or_else(|| {
            let names: Vec<&str> = crate::model::Channel::ALL
                .iter()
                .map(|c| c.label())
                .collect();
            Message::new("csv-unknown-channel")
                .text("found", text)
                .text("expected", names.join(", "))
        })
    })?;
    let scores = scores(row, builder)?;
    let severity = row.value(&Column::Severity, values::severity)?;
    let colour = row.value(&Column::Colour, values::colour)?;
    let votes = row.value(&Column::Votes, values::votes)?;
    let decision = row.value(&Column::Decision, values::flag)?;
    let milestone = row.value(&Column::Milestone, values::flag)?;
    let stage = builder.stage(stage_name);
    let lane = builder.lane(lane_name, kind);
    let card = builder.card(stage, lane, title);
    card.body = row.get(&Column::Body).to_owned();
    card.channel = channel;
    card.emotions.extend(scores);
    card.severity = severity;
    card.color = colour;
    card.votes = votes.unwrap_or(0);
    card.tags = values::tags(row.get(&Column::Tags));
    card.decision = decision.unwrap_or(false);
    card.milestone = milestone.unwrap_or(false);
    let id = card.id;
    let image = row.get(&Column::Image);
    if !image.is_empty() {
        report.pictures.push((id, image.to_owned(), row.line));
    }
    Ok(id)
}

/// The row's scores: `emotion` for its `persona` (or the default persona), and each
/// `emotion:NAME` column for persona NAME.
fn scores(
    row: &Row<'_>,
    builder: &mut Builder,
) -> Result<Vec<(crate::model::PersonaId, Score)>, RowError> {
    let mut scores = Vec::new();
    let named = row.get(&Column::Persona);
    if let Some(score) = row.value(&Column::Emotion, values::emotion)? {
        let persona = if named.is_empty() {
            DEFAULT_PERSONA
        } else {
            named
        };
        scores.push((builder.persona(persona), score));
    } else if !named.is_empty() {
        // A persona named without a score is still one of the map's personas.
        builder.persona(named);
    }
    for column in row.header.columns.iter().flatten() {
        if let Column::EmotionOf(name) = column
            && let Some(score) = row.value(column, values::emotion)?
        {
            scores.push((builder.persona(name), score));
        }
    }
    Ok(scores)
}

fn row_error(error: csv::Error) -> RowError {
    let line = error.position().map_or(1, |p| p.line() as usize);
    let message = match error.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => Message::new("csv-row-length")
            .count("fields", *len as usize)
            .count("expected", *expected_len as usize),
        csv::ErrorKind::Utf8 { .. } => Message::new("csv-not-utf8"),
        _ => Message::new("io-other").text("system", error.to_string()),
    };
    RowError { line, message }
}
