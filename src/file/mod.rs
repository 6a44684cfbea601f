//! Loading and saving `.journey.ron` files: versioned, size-capped, atomic, with a backup.

mod atomic;
mod error;
pub mod pictures;
pub mod recovery;
mod save;

pub use atomic::{Access, resolve_links, write_atomic, write_in_place_of};
pub use error::{LoadError, SaveError, explained, system_reason};
pub use save::{backup_path, save, save_text};

use crate::i18n::Message;
use crate::model::Journey;
use serde::{Deserialize, Serialize};
use std::io::Read;
use std::path::Path;

/// The format version this build writes and the newest it reads. Version 2 added connections,
/// decision points and milestones, and random ids for new things; version 3 the service
/// blueprint's lines; older versions are migrated on load (see [`migrate`]) and saved as this
/// one.
pub const FORMAT_VERSION: u32 = 5;

/// Files larger than this are refused before reading them.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Most cards a map may hold; more is refused with a message instead of a slow or stuck editor.
pub const MAX_CARDS: usize = 100_000;

/// Most stages, lanes or personas a map may hold.
pub const MAX_PARTS: usize = 1_000;

/// Most connections a map may hold.
pub const MAX_CONNECTIONS: usize = 100_000;

/// Longest text of one field (a title, a body, a goal…), in characters.
pub const MAX_FIELD_CHARS: usize = 100_000;

/// The file name extension of journey maps.
pub const EXTENSION: &str = "journey.ron";

/// Nesting deeper than this is refused, so a hostile file cannot overflow the stack.
const MAX_NESTING: usize = 64;

/// What is on disk: the document wrapped with its format version.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct MapFile {
    format: u32,
    journey: Journey,
}

/// Only the version, read first so a newer file is refused rather than half-read.
#[derive(Deserialize)]
struct VersionProbe {
    format: u32,
}

/// Refuses a map of a newer format than this build reads, or of no known format.
fn known_version(format: u32, path: &Path) -> Result<(), LoadError> {
    if format > FORMAT_VERSION {
        return Err(LoadError::NewerVersion {
            path: path.to_owned(),
            found: format,
        });
    }
    if format == 0 {
        return Err(LoadError::UnknownVersion {
            path: path.to_owned(),
            found: format,
        });
    }
    Ok(())
}

/// Reads and checks a map file.
pub fn load(path: &Path) -> Result<Journey, LoadError> {
    let text = read_capped(path)?;
    parse(&text, path)
}

/// Reads a UTF-8 text file of at most [`MAX_FILE_BYTES`], checking the size before reading.
pub fn read_capped(path: &Path) -> Result<String, LoadError> {
    let bytes = read_capped_bytes(path)?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let text = String::from_utf8_lossy(valid);
        let line = text.matches('\n').count() + 1;
        let col = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        LoadError::NotText {
            path: path.to_owned(),
            line,
            col,
        }
    })
}

/// Reads a file of at most [`MAX_FILE_BYTES`], checking the size before reading.
pub fn read_capped_bytes(path: &Path) -> Result<Vec<u8>, LoadError> {
    let io_error = |source| LoadError::Io {
        path: path.to_owned(),
        source,
    };
    // A link that points nowhere or to a folder says so, rather than "no such file".
    let real = resolve_links(path).map_err(io_error)?;
    let file = std::fs::File::open(real).map_err(io_error)?;
    let size = file.metadata().map_err(io_error)?.len();
    if size > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            size,
        });
    }
    let mut bytes = Vec::with_capacity(size as usize);
    // The file may grow while we read it; never read past the cap.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            size: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

/// Parses the text of a map file; `path` is only used in messages.
pub fn parse(text: &str, path: &Path) -> Result<Journey, LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::Syntax {
            path: path.to_owned(),
            line: 1,
            col: 1,
            message: Message::new("load-empty"),
        });
    }
    // A map git merged as text: its markers would only be a confusing syntax error.
    if let Some(line) = text.lines().position(|l| l.starts_with("<<<<<<<")) {
        return Err(LoadError::Syntax {
            path: path.to_owned(),
            line: line + 1,
            col: 1,
            message: Message::new("load-git-markers"),
        });
    }
    let options = ron::Options::default().with_recursion_limit(MAX_NESTING);
    // The map is read once; only a file that does not read is read again for its version
    // alone (skipping the rest still parses all of it: a second full read of every map, which
    // was a fifth of opening a 100,000-card one), so that a newer one is named as such.
    let file: MapFile = match options.from_str::<MapFile>(text) {
        Ok(file) => {
            known_version(file.format, path)?;
            file
        }
        Err(error) => {
            if let Ok(probe) = options.from_str::<VersionProbe>(text) {
                known_version(probe.format, path)?;
            }
            return Err(LoadError::syntax(path, error));
        }
    };
    let file = MapFile {
        journey: migrate(file.format, file.journey),
        format: FORMAT_VERSION,
    };
    if let Some(message) = over_limits(&file.journey) {
        return Err(LoadError::TooBig {
            path: path.to_owned(),
            message,
        });
    }
    let problems = file.journey.problems();
    if !problems.is_empty() {
        let positions = problems
            .iter()
            .map(|p| p.1.as_ref().and_then(|place| locate(text, place)))
            .collect();
        return Err(LoadError::Inconsistent {
            path: path.to_owned(),
            problems,
            positions,
        });
    }
    Ok(file.journey)
}

/// Where in `text` the `index`th recorded conflict is: the line and column of its `item:`.
pub fn locate_conflict(text: &str, index: usize) -> Option<(usize, usize)> {
    let list = text.find("conflicts: [")?;
    let at = text[list..]
        .match_indices("item: ")
        .nth(index)
        .map(|(at, _)| list + at)?;
    Some(line_and_column(text, at))
}

/// Where in `text` the first `needle` is: its line and column, 1-based.
pub fn locate_text(text: &str, needle: &str) -> Option<(usize, usize)> {
    text.find(needle).map(|at| line_and_column(text, at))
}

/// The line and column, 1-based, of the byte offset `at` of `text`.
fn line_and_column(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Where in `text` the item `place` names is: the line and column of its `id:` in its list,
/// 1-based, if it can be found.
fn locate(text: &str, place: &crate::model::Place) -> Option<(usize, usize)> {
    let list = text.find(&format!("{}: [", place.list))?;
    let written = if place.id.chars().all(|c| c.is_ascii_digit()) {
        place.id.clone()
    } else {
        format!("\"{}\"", place.id)
    };
    let needle = format!("id: {written}");
    let mut from = list;
    let at = loop {
        let at = from + text[from..].find(&needle)?;
        let after = text[at + needle.len()..].chars().next();
        // `id: 1` must not find `id: 12`.
        if !after.is_some_and(|c| c.is_ascii_alphanumeric()) {
            break at;
        }
        from = at + needle.len();
    };
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Some((line, col))
}

/// A map read from a file of format `version`, brought up to [`FORMAT_VERSION`] one version at
/// a time, so that every older version has one way forward.
fn migrate(version: u32, journey: Journey) -> Journey {
    let mut journey = journey;
    for from in version..FORMAT_VERSION {
        journey = match from {
            // 1 → 2 changes nothing that is there: what version 2 added (connections, decision
            // points, milestones) starts empty, and version 1's numeric ids are kept as they
            // are; only new things get random ids.
            1 => journey,
            // 2 → 3: a map without blueprint lines, as version 2 could only be.
            2 => journey,
            // 3 → 4: a map without recorded conflicts.
            3 => journey,
            // 4 → 5: a map without pictures, triggers or storyboard lanes. A later version
            // adds its step here.
            4 => journey,
            _ => journey,
        };
    }
    journey
}

/// The first limit `journey` is over, described for the user.
fn over_limits(journey: &Journey) -> Option<Message> {
    let limit =
        |id, count: usize, max: usize| Message::new(id).count("count", count).count("limit", max);
    if journey.cards.len() > MAX_CARDS {
        return Some(limit("limit-cards", journey.cards.len(), MAX_CARDS));
    }
    if journey.connections.len() > MAX_CONNECTIONS {
        let count = journey.connections.len();
        return Some(limit("limit-connections", count, MAX_CONNECTIONS));
    }
    for (what, count) in [
        ("stages", journey.stages.len()),
        ("lanes", journey.lanes.len()),
        ("personas", journey.personas.len()),
    ] {
        if count > MAX_PARTS {
            return Some(limit("limit-parts", count, MAX_PARTS).text("what", what));
        }
    }
    let long = |text: &str| text.len() > MAX_FIELD_CHARS && text.chars().count() > MAX_FIELD_CHARS;
    let too_long = |id, what: String| {
        Some(
            Message::new(id)
                .text("what", what)
                .count("limit", MAX_FIELD_CHARS),
        )
    };
    let mut fields = std::iter::once(("title", &journey.title))
        .chain(std::iter::once(("description", &journey.description)));
    if let Some((what, _)) = fields.find(|(_, t)| long(t)) {
        return too_long("limit-long-field", what.to_owned());
    }
    for card in &journey.cards {
        if long(&card.title) || long(&card.body) || card.tags.iter().any(|t| long(t)) {
            return too_long("limit-long-card", card.id.written());
        }
    }
    for connection in &journey.connections {
        if long(&connection.label) {
            return too_long("limit-long-connection", connection.id.written());
        }
    }
    for stage in &journey.stages {
        if long(&stage.name) || long(&stage.goal) || stage.questions.iter().any(|q| long(q)) {
            return too_long("limit-long-stage", stage.id.written());
        }
    }
    for persona in &journey.personas {
        let lists = [
            &persona.goals,
            &persona.needs,
            &persona.motivations,
            &persona.fears,
        ];
        if long(&persona.name)
            || long(&persona.role)
            || lists.iter().any(|l| l.iter().any(|t| long(t)))
        {
            return too_long("limit-long-persona", persona.id.written());
        }
    }
    None
}

/// The text of a map file for `journey`, exactly as [`save`] writes it.
pub fn to_text(journey: &Journey) -> String {
    let config = ron::ser::PrettyConfig::new()
        .indentor("  ")
        .depth_limit(4)
        .escape_strings(false)
        .struct_names(false);
    let file = MapFileRef {
        format: FORMAT_VERSION,
        journey,
    };
    let body = ron::ser::to_string_pretty(&file, config)
        // A Journey holds only strings, numbers, maps and lists: serializing cannot fail.
        .unwrap_or_else(|e| unreachable!("journey serializes to RON: {e}"));
    format!(
        "// journeymap map file, format {FORMAT_VERSION}. Reference: the journeymap README.\n{body}\n"
    )
}

/// Borrowing twin of [`MapFile`], so saving does not clone the document.
#[derive(Serialize)]
struct MapFileRef<'a> {
    format: u32,
    journey: &'a Journey,
}

#[cfg(test)]
mod tests;

#[cfg(all(test, unix))]
mod atomic_tests;

#[cfg(test)]
mod format_tests;
