//! Conflicts a merge recorded in the map (format version 4): where two people changed the same
//! thing differently, the map keeps ours and remembers theirs, until the user picks.

use super::{
    BlueprintLine, Card, CardId, Connection, ConnectionId, Direction, Lane, LaneId, Language,
    MapState, Persona, PersonaId, Stage, StageId,
};
use serde::{Deserialize, Serialize};

/// One disagreement a merge could not settle.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    /// What it is about.
    pub item: Item,
    /// How the two sides disagree.
    pub kind: ConflictKind,
    /// Their side of it: the item as they have it; none when they deleted it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theirs: Option<TheirItem>,
}

/// A thing of the map, by its id: what a change between two maps or a merge conflict is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Item {
    /// The map's own fields (title, description, state, direction, language).
    Map,
    /// A persona.
    Persona(PersonaId),
    /// A stage.
    Stage(StageId),
    /// A lane.
    Lane(LaneId),
    /// A card.
    Card(CardId),
    /// A path between cards.
    Connection(ConnectionId),
    /// A blueprint line, by its kind.
    Line(super::LineKind),
}

/// How the two sides disagree, and what the map holds meanwhile.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConflictKind {
    /// Both set this field (as the file names it; `score:ID` for a persona's score, `cell` for
    /// a card's stage and lane) to different values: the map has ours.
    Field(String),
    /// We changed it, they deleted it: the map has ours.
    DeletedByThem,
    /// We deleted it, they changed it: the map does not have it.
    DeletedByUs,
    /// A stage or lane one side deleted while the other put cards (or a line) in it: the map
    /// keeps it, so nothing is left without a place. `by_us` tells which side deleted it.
    KeptInUse {
        /// Whether we were the side that deleted it.
        by_us: bool,
    },
}

/// Their version of an item, whole, so that taking theirs needs nothing else.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum TheirItem {
    /// The map's fields.
    Map(MapFields),
    /// A persona.
    Persona(Persona),
    /// A stage.
    Stage(Stage),
    /// A lane.
    Lane(Lane),
    /// A card.
    Card(Card),
    /// A path.
    Connection(Connection),
    /// A blueprint line.
    Line(BlueprintLine),
}

/// The fields of the map itself.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapFields {
    /// The title.
    pub title: String,
    /// The description.
    #[serde(default)]
    pub description: String,
    /// Current or future state.
    #[serde(default)]
    pub state: MapState,
    /// Reading direction.
    #[serde(default)]
    pub direction: Direction,
    /// The language of the map's text.
    #[serde(default)]
    pub language: Language,
}

impl MapFields {
    /// The map fields of `journey`.
    pub fn of(journey: &super::Journey) -> Self {
        MapFields {
            title: journey.title.clone(),
            description: journey.description.clone(),
            state: journey.state,
            direction: journey.direction,
            language: journey.language,
        }
    }
}

impl Item {
    /// The list of the file this item is in and its id as written (for messages with a line).
    pub fn place(self) -> super::Place {
        let (list, id) = match self {
            Item::Map => ("title", String::new()),
            Item::Persona(id) => ("personas", id.written()),
            Item::Stage(id) => ("stages", id.written()),
            Item::Lane(id) => ("lanes", id.written()),
            Item::Card(id) => ("cards", id.written()),
            Item::Connection(id) => ("connections", id.written()),
            Item::Line(kind) => ("blueprint_lines", kind.name().to_owned()),
        };
        super::Place { list, id }
    }
}

/// Recorded conflicts that do not fit the map: about a thing it does not have (or, for one we
/// deleted, has), or without their side where taking it needs it.
pub(super) fn problems(
    journey: &super::Journey,
    report: &mut impl FnMut(crate::i18n::Message, super::Place),
) {
    for conflict in &journey.conflicts {
        if let Some(id) = misfit(journey, conflict) {
            let place = conflict.item.place();
            let item = format!("{} {}", place.list, place.id);
            report(crate::i18n::Message::new(id).text("item", item), place);
        }
    }
}

/// Whether `conflict` fits `journey` (see [`problems`]).
pub fn conflict_fits(journey: &super::Journey, conflict: &Conflict) -> bool {
    misfit(journey, conflict).is_none()
}

/// Why `conflict` does not fit `journey`, as a message id; none when it fits.
fn misfit(journey: &super::Journey, conflict: &Conflict) -> Option<&'static str> {
    let item = conflict.item;
    let there = match item {
        Item::Map => true,
        Item::Persona(id) => journey.persona(id).is_some(),
        Item::Stage(id) => journey.stage(id).is_some(),
        Item::Lane(id) => journey.lane(id).is_some(),
        Item::Card(id) => journey.card(id).is_some(),
        Item::Connection(id) => journey.connection(id).is_some(),
        Item::Line(kind) => journey.blueprint_line(kind).is_some(),
    };
    let deleted_here = conflict.kind == ConflictKind::DeletedByUs;
    if there && deleted_here {
        return Some("problem-conflict-item-there");
    }
    if !there && !deleted_here {
        return Some("problem-conflict-no-item");
    }
    let needs_theirs = matches!(
        conflict.kind,
        ConflictKind::Field(_) | ConflictKind::DeletedByUs
    );
    match &conflict.theirs {
        None if needs_theirs => Some("problem-conflict-no-theirs"),
        Some(theirs) if !theirs.is_about(item) => Some("problem-conflict-mismatch"),
        _ => None,
    }
}

impl TheirItem {
    /// Whether this is a version of `item`.
    pub fn is_about(&self, item: Item) -> bool {
        match (self, item) {
            (TheirItem::Map(_), Item::Map) => true,
            (TheirItem::Persona(p), Item::Persona(id)) => p.id == id,
            (TheirItem::Stage(s), Item::Stage(id)) => s.id == id,
            (TheirItem::Lane(l), Item::Lane(id)) => l.id == id,
            (TheirItem::Card(c), Item::Card(id)) => c.id == id,
            (TheirItem::Connection(c), Item::Connection(id)) => c.id == id,
            (TheirItem::Line(l), Item::Line(kind)) => l.kind == kind,
            _ => false,
        }
    }
}
