//! A diff in words for a terminal: grouped by stage, naming things by their titles, long texts
//! shortened unless asked for in full.

use super::{Change, ChangeKind, Item};
use crate::model::{CardId, Journey, LaneId, StageId};
use ahash::HashMap;
use std::fmt::Write as _;

/// Texts longer than this many characters are shortened (unless `full`).
const SHORT: usize = 60;

/// The two maps a diff was made from, for names.
struct Maps<'a> {
    old: &'a Journey,
    new: &'a Journey,
    /// Every card of both maps by id (the new map's where both have it): a removed card looked
    /// up in the new map would cost a scan of it, for each line that names it.
    cards: HashMap<CardId, &'a crate::model::Card>,
    /// Every path of both maps by id, for the same reason.
    connections: HashMap<crate::model::ConnectionId, &'a crate::model::Connection>,
    full: bool,
}

impl Maps<'_> {
    fn quoted(&self, text: &str) -> String {
        let count = text.chars().count();
        if self.full || count <= SHORT {
            format!("\"{text}\"")
        } else {
            let short: String = text.chars().take(SHORT - 1).collect();
            format!("\"{short}…\"")
        }
    }

    fn card(&self, id: CardId) -> String {
        let card = self.cards.get(&id);
        card.map_or_else(|| id.written(), |c| self.quoted(&c.title))
    }

    fn stage(&self, id: StageId) -> String {
        let stage = self.new.stage(id).or_else(|| self.old.stage(id));
        stage.map_or_else(|| id.written(), |s| s.name.clone())
    }

    fn lane(&self, id: LaneId) -> String {
        let lane = self.new.lane(id).or_else(|| self.old.lane(id));
        lane.map_or_else(|| id.written(), |l| l.name.clone())
    }

    fn persona(&self, id: crate::model::PersonaId) -> String {
        let persona = self.new.persona(id).or_else(|| self.old.persona(id));
        persona.map_or_else(|| id.written(), |p| p.name.clone())
    }

    fn name(&self, item: Item) -> String {
        match item {
            Item::Map => "map".to_owned(),
            Item::Persona(id) => format!("persona {}", self.persona(id)),
            Item::Stage(id) => format!("stage {}", self.quoted(&self.stage(id))),
            Item::Lane(id) => format!("lane {}", self.quoted(&self.lane(id))),
            Item::Card(id) => format!("card {}", self.card(id)),
            Item::Connection(id) => match self.connections.get(&id) {
                Some(c) => {
                    let to = c.to.map_or("out of the map".to_owned(), |t| self.card(t));
                    format!("{} path {} → {to}", c.kind.name(), self.card(c.from))
                }
                None => format!("path {}", id.written()),
            },
            Item::Line(kind) => format!("line of {}", kind.name().replace('-', " ")),
        }
    }

    /// One change in words.
    fn line(&self, change: &Change) -> String {
        let name = self.name(change.item);
        let score = |s: Option<i8>| s.map_or("none".to_owned(), |v| format!("{v:+}"));
        match &change.kind {
            ChangeKind::Added => format!("+ {name}"),
            ChangeKind::Removed => format!("- {name}"),
            ChangeKind::Field { field, old, new } => format!(
                "~ {name}: {field} {} → {}",
                self.quoted(old),
                self.quoted(new)
            ),
            ChangeKind::MovedCell { from, to } => format!(
                "~ {name}: moved from {} / {} to {} / {}",
                self.stage(from.0),
                self.lane(from.1),
                self.stage(to.0),
                self.lane(to.1)
            ),
            ChangeKind::Reordered => format!("↕ {name}: moved among its neighbours"),
            ChangeKind::Score { persona, old, new } => format!(
                "~ {name}: {}'s score {} → {}",
                self.persona(*persona),
                score(*old),
                score(*new)
            ),
        }
    }

    /// The stage a card change is listed under: where the card is now, or was.
    fn stage_of(&self, id: CardId) -> Option<StageId> {
        self.cards.get(&id).map(|c| c.stage)
    }
}

/// `changes` (from `old` to `new`) in words: the map, personas and lanes first, then each stage
/// with its cards' changes (in the new map's stage order, removed stages after), then paths and
/// blueprint lines. Texts over 60 characters are shortened unless `full`.
pub fn describe(changes: &[Change], old: &Journey, new: &Journey, full: bool) -> String {
    let cards = old
        .cards
        .iter()
        .chain(&new.cards)
        .map(|c| (c.id, &**c))
        .collect();
    let connections = old
        .connections
        .iter()
        .chain(&new.connections)
        .map(|c| (c.id, c))
        .collect();
    let maps = Maps {
        old,
        new,
        cards,
        connections,
        full,
    };
    let mut text = String::new();
    let mut section = |title: &str, lines: Vec<String>| {
        if !lines.is_empty() {
            let _ = writeln!(text, "{title}");
            for line in lines {
                let _ = writeln!(text, "  {line}");
            }
        }
    };
    let of = |pick: &dyn Fn(&Item) -> bool| -> Vec<String> {
        changes
            .iter()
            .filter(|c| pick(&c.item))
            .map(|c| maps.line(c))
            .collect()
    };
    section("Map:", of(&|i| matches!(i, Item::Map)));
    section("Personas:", of(&|i| matches!(i, Item::Persona(_))));
    section("Lanes:", of(&|i| matches!(i, Item::Lane(_))));
    let mut stages: Vec<StageId> = new.stages.iter().map(|s| s.id).collect();
    stages.extend(
        old.stages
            .iter()
            .map(|s| s.id)
            .filter(|id| new.stage(*id).is_none()),
    );
    // Each stage's lines, gathered in one pass over the changes.
    let mut by_stage: HashMap<StageId, Vec<String>> = HashMap::default();
    for change in changes {
        let stage = match change.item {
            Item::Stage(id) => Some(id),
            Item::Card(id) => maps.stage_of(id),
            _ => None,
        };
        if let Some(stage) = stage {
            by_stage.entry(stage).or_default().push(maps.line(change));
        }
    }
    for stage in stages {
        let lines = by_stage.remove(&stage).unwrap_or_default();
        section(
            &format!("Stage {}:", maps.quoted(&maps.stage(stage))),
            lines,
        );
    }
    section("Paths:", of(&|i| matches!(i, Item::Connection(_))));
    section("Blueprint lines:", of(&|i| matches!(i, Item::Line(_))));
    text
}
