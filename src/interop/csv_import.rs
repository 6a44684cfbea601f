//! CSV import: one card per row, with a header row naming the columns.
//!
//! Columns (any order, any case): `stage` and `title` are required; `lane`, `body`, `channel`,
//! `emotion` (-2..+2) and `persona` are optional. Stages and lanes are created in the order they
//! are first seen; rows name stages, so when a map has two stages of one name (Mermaid allows it)
//! the rows go to the first of them. Unknown columns are named in a warning.

use super::build::Builder;
use super::{ImportError, Imported, Note};
use crate::i18n::Message;
use crate::model::{Channel, LaneKind, Score};
use std::path::Path;

const KNOWN: [&str; 7] = [
    "stage", "lane", "title", "body", "channel", "emotion", "persona",
];

/// The persona that scores when a row gives an emotion but no persona.
pub const DEFAULT_PERSONA: &str = "Customer";

/// Parses CSV text (UTF-8, with or without a byte-order mark).
pub fn import(text: &str, path: &Path) -> Result<Imported, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let error = |line: usize, message: Message| ImportError::Syntax {
        path: path.to_owned(),
        line,
        message,
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| error(1, csv_message(&e)))?
        .clone();
    let mut columns = [None; 7];
    let (mut unknown_columns, mut unknown_lanes) = (Vec::new(), Vec::new());
    for (index, header) in headers.iter().enumerate() {
        let name = header.trim().to_lowercase();
        match KNOWN.iter().position(|k| *k == name) {
            Some(known) if columns[known].is_some() => {
                let message = Message::new("csv-column-twice").text("column", name);
                return Err(error(1, message));
            }
            Some(known) => columns[known] = Some(index),
            None => unknown_columns.push(format!("\"{}\"", header.trim())),
        }
    }
    let [
        stage_col,
        lane_col,
        title_col,
        body_col,
        channel_col,
        emotion_col,
        persona_col,
    ] = columns;
    let (Some(stage_col), Some(title_col)) = (stage_col, title_col) else {
        return Err(error(
            1,
            Message::new("csv-header-needs")
                .text("found", headers.iter().collect::<Vec<_>>().join(", ")),
        ));
    };

    let title = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut builder = Builder::new(&title);
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line() as usize);
            error(line, csv_message(&e))
        })?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        let field =
            |col: Option<usize>| col.and_then(|c| record.get(c)).map(str::trim).unwrap_or("");
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let stage_name = field(Some(stage_col));
        if stage_name.is_empty() {
            return Err(error(line, Message::new("csv-no-stage")));
        }
        let card_title = field(Some(title_col));
        if card_title.is_empty() {
            return Err(error(line, Message::new("csv-no-title")));
        }
        let lane_name = match field(lane_col) {
            "" => LaneKind::Touchpoints.label(),
            name => name,
        };
        let kind = lane_kind(lane_name).unwrap_or_else(|| {
            if builder.journey.lanes.iter().all(|l| l.name != lane_name) {
                let at = Message::new("csv-lane-at-line").text("lane", lane_name);
                unknown_lanes.push(at.count("line", line).to_string());
            }
            LaneKind::Notes
        });
        let channel = match field(channel_col) {
            "" => None,
            text => Some(channel(text).ok_or_else(|| {
                let names: Vec<&str> = Channel::ALL.iter().map(|c| c.label()).collect();
                let message = Message::new("csv-unknown-channel")
                    .text("found", text)
                    .text("expected", names.join(", "));
                error(line, message)
            })?),
        };
        let emotion = match field(emotion_col) {
            "" => None,
            text => {
                let value: i64 = text.trim_start_matches('+').parse().map_err(|_| {
                    error(
                        line,
                        Message::new("csv-emotion-not-number").text("found", text),
                    )
                })?;
                Some(
                    Score::new(value)
                        .map_err(|m| error(line, Message::new("csv-emotion").part("reason", m)))?,
                )
            }
        };
        let persona = match (field(persona_col), emotion) {
            ("", Some(_)) => Some(builder.persona(DEFAULT_PERSONA)),
            ("", None) => None,
            (name, _) => Some(builder.persona(name)),
        };
        let stage = builder.stage(stage_name);
        let lane = builder.lane(lane_name, kind);
        let card = builder.card(stage, lane, card_title);
        card.body = field(body_col).to_owned();
        card.channel = channel;
        if let (Some(persona), Some(score)) = (persona, emotion) {
            card.emotions.insert(persona, score);
        }
    }
    // Curves are drawn in an Emotions lane: add one when the rows scored anything.
    let scored = builder.journey.cards.iter().any(|c| !c.emotions.is_empty());
    if scored
        && !builder
            .journey
            .lanes
            .iter()
            .any(|l| l.kind == LaneKind::Emotions)
    {
        builder.lane(LaneKind::Emotions.label(), LaneKind::Emotions);
    }
    let mut warnings = Vec::new();
    if !unknown_columns.is_empty() {
        warnings.push(Note::listing(
            Message::new("csv-unknown-columns")
                .text("file", path.display().to_string())
                .text("known", KNOWN.join(", ")),
            unknown_columns,
        ));
    }
    if !unknown_lanes.is_empty() {
        warnings.push(Note::listing(
            Message::new("csv-unknown-lanes").text("file", path.display().to_string()),
            unknown_lanes,
        ));
    }
    Ok(Imported {
        journey: builder.journey,
        warnings,
    })
}

fn csv_message(error: &csv::Error) -> Message {
    match error.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => Message::new("csv-row-length")
            .count("fields", *len as usize)
            .count("expected", *expected_len as usize),
        csv::ErrorKind::Utf8 { .. } => Message::new("csv-not-utf8"),
        _ => Message::new("io-other").text("system", error.to_string()),
    }
}

/// Letters and digits only, lower case: "Pain points", "pain_points" and "PainPoints" match.
fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The lane kind a lane name stands for, if it is one of the kinds.
pub fn lane_kind(name: &str) -> Option<LaneKind> {
    let key = squash(name);
    LaneKind::ALL
        .into_iter()
        .find(|k| squash(k.label()) == key || squash(&format!("{k:?}")) == key)
}

/// The channel a name stands for: its label, its file name, or a common alias.
pub fn channel(name: &str) -> Option<Channel> {
    let key = squash(name);
    let alias = match key.as_str() {
        "sms" | "chat" | "whatsapp" | "messenger" => Some(Channel::Messaging),
        "web" | "site" | "marketplace" | "online" => Some(Channel::Website),
        "tv" | "ad" | "advert" | "advertising" | "radio" | "billboard" => Some(Channel::Ads),
        "qr" => Some(Channel::QrCode),
        "socialmedia" | "socialnetwork" | "socialnetworks" => Some(Channel::Social),
        "mail" | "catalog" | "catalogue" | "post" => Some(Channel::MailCatalog),
        "call" | "coldcall" | "callcenter" | "callcentre" | "telephone" => Some(Channel::Phone),
        "shop" | "branch" | "frontdesk" => Some(Channel::Store),
        "forum" | "blog" => Some(Channel::ForumBlog),
        "tradeshow" | "events" => Some(Channel::Event),
        "referral" | "friends" => Some(Channel::WordOfMouth),
        "mobileapp" => Some(Channel::App),
        _ => None,
    };
    alias.or_else(|| {
        Channel::ALL
            .into_iter()
            .find(|c| squash(c.label()) == key || squash(&format!("{c:?}")) == key)
    })
}
