//! The journey-map document: plain data with serde derives, no UI and no IO.
//!
//! Positions are not stored: where things are drawn is derived by [`crate::layout`]. The order of
//! stages and lanes is the order of their vectors; cards carry their stage, lane and order in cell.

mod blueprint;
mod card_index;
mod cells;
mod channel;
mod color;
mod conflict;
mod connection;
mod emotions;
pub mod ids;
mod kpi_text;
mod language;
mod number;
mod picture;
mod score;
mod sliced_copy;
mod validate;

pub use blueprint::{BlueprintLine, LineKind};
pub use card_index::CardIndex;
pub use cells::{Cells, Spot};
pub use channel::Channel;
pub use color::Rgb;
pub use conflict::{Conflict, ConflictKind, Item, MapFields, TheirItem, conflict_fits};
pub use connection::{Connection, ConnectionKind};
pub use emotions::Emotions;
pub use ids::{CardId, ConnectionId, LaneId, PersonaId, StageId, WrittenId};
pub use language::{Digits, Language};
pub use number::parse_number;
pub use picture::Picture;
pub use score::Score;
pub use sliced_copy::SlicedCopy;
pub use validate::{Place, Problem};

use serde::{Deserialize, Serialize};

/// Whether a map shows the experience as it is today or as it should become.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum MapState {
    /// The current state ("as is").
    #[default]
    Current,
    /// The desired future state ("to be").
    Future,
}

/// The reading direction of a map: where the journey starts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Direction {
    /// Stages run from left to right (Latin and Cyrillic scripts).
    #[default]
    LeftToRight,
    /// Stages run from right to left (Persian, Arabic).
    RightToLeft,
}

/// A whole journey map.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Journey {
    /// The map's title.
    pub title: String,
    /// A short description: whose journey, which product, which goal.
    #[serde(default)]
    pub description: String,
    /// Current or future state.
    #[serde(default)]
    pub state: MapState,
    /// Reading direction.
    #[serde(default)]
    pub direction: Direction,
    /// The language of the map's text: the program writes channel names, severities and
    /// default lane names on the map in it.
    #[serde(default)]
    pub language: Language,
    /// The personas whose journeys are mapped, each with an emotion curve.
    #[serde(default)]
    pub personas: Vec<Persona>,
    /// The stages, in journey order.
    #[serde(default)]
    pub stages: Vec<Stage>,
    /// The lanes (rows), top to bottom.
    #[serde(default)]
    pub lanes: Vec<Lane>,
    /// Every card of the map, each in its own box: inserting and removing cards (deleting a
    /// lane, undoing a paste) moves 8-byte pointers in the list, not 176-byte cards, and a
    /// removed card goes into the edit that puts it back as it is.
    #[serde(default)]
    pub cards: Vec<Box<Card>>,
    /// Paths between cards (format version 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub connections: Vec<Connection>,
    /// The service blueprint's lines, each under a lane (format version 3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blueprint_lines: Vec<BlueprintLine>,
    /// What a merge could not settle, until the user picks (format version 4).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
    /// Where each card is in `cards`, so that finding a card by its id does not scan them.
    #[serde(skip)]
    pub card_index: CardIndex,
}

/// A buyer persona.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    /// Stable id.
    pub id: PersonaId,
    /// Name, e.g. "Sara".
    pub name: String,
    /// Role or segment, e.g. "Busy parent".
    #[serde(default)]
    pub role: String,
    /// What the persona wants to achieve.
    #[serde(default)]
    pub goals: Vec<String>,
    /// What the persona needs from the business.
    #[serde(default)]
    pub needs: Vec<String>,
    /// What drives the persona.
    #[serde(default)]
    pub motivations: Vec<String>,
    /// What sets the persona off on the journey (format version 5).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub triggers: Vec<String>,
    /// What the persona worries about.
    #[serde(default)]
    pub fears: Vec<String>,
    /// A photo of the persona (format version 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo: Option<Picture>,
    /// The colour of the persona's curve and legend entry.
    pub color: Rgb,
}

/// A stage (column) of the journey.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    /// Stable id.
    pub id: StageId,
    /// Name, e.g. "Awareness".
    pub name: String,
    /// What the customer (or the business) wants from this stage.
    #[serde(default)]
    pub goal: String,
    /// Questions to ask about the customer at this stage (seed 003).
    #[serde(default)]
    pub questions: Vec<String>,
    /// Key performance indicators measured at this stage.
    #[serde(default)]
    pub kpis: Vec<Kpi>,
}

/// A measured indicator such as CSAT, NPS or CRR.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kpi {
    /// Short name, e.g. "CSAT".
    pub name: String,
    /// The measured value, if known.
    #[serde(default, deserialize_with = "finite")]
    pub value: Option<f64>,
    /// The target value, if set.
    #[serde(default, deserialize_with = "finite")]
    pub target: Option<f64>,
    /// Unit shown after the numbers, e.g. "%" or "/5".
    #[serde(default)]
    pub unit: String,
    /// The digits the numbers were typed with, used to show them again.
    #[serde(default, skip_serializing_if = "Digits::is_latin")]
    pub digits: Digits,
}

/// Reads an optional number, refusing NaN and infinities: a KPI is a measured value.
fn finite<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<f64>, D::Error> {
    match Option::<f64>::deserialize(deserializer)? {
        Some(value) if !value.is_finite() => Err(serde::de::Error::custom(format!(
            "KPI number {value} is not a finite number; expected something like 4.5"
        ))),
        other => Ok(other),
    }
}

/// What a lane holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LaneKind {
    /// What the customer does.
    Actions,
    /// Where the customer meets the brand; cards carry a channel.
    Touchpoints,
    /// What the customer thinks and asks.
    Thoughts,
    /// The emotion curves of the personas.
    Emotions,
    /// Friction, where customers are lost; cards carry a severity.
    PainPoints,
    /// Where to improve.
    Opportunities,
    /// Processes behind the scenes (service blueprint).
    Backstage,
    /// Free notes.
    Notes,
    /// A storyboard: cards that are mostly a picture (format version 5).
    Images,
}

impl LaneKind {
    /// Every lane kind, in the order a new map lists them.
    pub const ALL: [LaneKind; 9] = [
        LaneKind::Actions,
        LaneKind::Touchpoints,
        LaneKind::Thoughts,
        LaneKind::Emotions,
        LaneKind::PainPoints,
        LaneKind::Opportunities,
        LaneKind::Backstage,
        LaneKind::Notes,
        LaneKind::Images,
    ];

    /// The lanes a new map gets, top to bottom: the customer's side of a journey.
    pub const USUAL: [LaneKind; 6] = [
        LaneKind::Actions,
        LaneKind::Touchpoints,
        LaneKind::Thoughts,
        LaneKind::Emotions,
        LaneKind::PainPoints,
        LaneKind::Opportunities,
    ];

    /// The default name of a lane of this kind.
    pub fn label(self) -> &'static str {
        Language::English.lane(self)
    }
}

/// A lane (row) of the map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lane {
    /// Stable id.
    pub id: LaneId,
    /// What the lane holds.
    pub kind: LaneKind,
    /// Name shown in the lane header.
    pub name: String,
    /// Hidden lanes stay in the document but are not drawn.
    #[serde(default, skip_serializing_if = "is_false")]
    pub hidden: bool,
}

fn is_false(value: &bool) -> bool {
    !*value
}

/// How bad a pain point is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Severity {
    /// An annoyance.
    Low,
    /// Hurts the experience.
    Medium,
    /// Customers give up here.
    High,
}

impl Severity {
    /// The name shown to users.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Low => "Low",
            Severity::Medium => "Medium",
            Severity::High => "High",
        }
    }
}

/// A card in one cell (stage × lane) of the map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    /// Stable id.
    pub id: CardId,
    /// The stage (column) the card is in.
    pub stage: StageId,
    /// The lane (row) the card is in.
    pub lane: LaneId,
    /// Position inside its cell: lower comes first; ties are broken by id.
    #[serde(default)]
    pub order: u32,
    /// Title, the text shown largest.
    pub title: String,
    /// Longer text under the title.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub body: String,
    /// The channel of a touchpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// How each persona feels here, -2..=+2.
    #[serde(default, skip_serializing_if = "Emotions::is_empty")]
    pub emotions: Emotions,
    /// How bad a pain point is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    /// Free tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// A colour chosen by the user instead of the lane's colour.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<Rgb>,
    /// Dot votes given in a workshop.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub votes: u32,
    /// A decision point: the customer chooses a route here (format version 2).
    #[serde(default, skip_serializing_if = "is_false")]
    pub decision: bool,
    /// A milestone that keeps customers on the route (format version 2).
    #[serde(default, skip_serializing_if = "is_false")]
    pub milestone: bool,
    /// A picture drawn above the title at the card's width (format version 5). Boxed: most
    /// cards have none, and every card's size is paid by each pass over the map (32 bytes of a
    /// card's 168 before, 8 now).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<Box<Picture>>,
}

fn is_zero(value: &u32) -> bool {
    *value == 0
}

impl Card {
    /// A card with a title and nothing else.
    pub fn new(id: CardId, stage: StageId, lane: LaneId, order: u32, title: &str) -> Self {
        Card {
            id,
            stage,
            lane,
            order,
            title: title.to_owned(),
            body: String::new(),
            channel: None,
            emotions: Emotions::new(),
            severity: None,
            tags: Vec::new(),
            votes: 0,
            color: None,
            decision: false,
            milestone: false,
            image: None,
        }
    }
}

impl Journey {
    /// The stage with this id.
    pub fn stage(&self, id: StageId) -> Option<&Stage> {
        self.stages.iter().find(|s| s.id == id)
    }

    /// The lane with this id.
    pub fn lane(&self, id: LaneId) -> Option<&Lane> {
        self.lanes.iter().find(|l| l.id == id)
    }

    /// The persona with this id.
    pub fn persona(&self, id: PersonaId) -> Option<&Persona> {
        self.personas.iter().find(|p| p.id == id)
    }

    /// How each persona feels at `card`, in the order of the personas (the order ids sort in
    /// means nothing: new ids are random).
    pub fn scores_of<'a>(
        &'a self,
        card: &'a Card,
    ) -> impl Iterator<Item = (&'a Persona, Score)> + 'a {
        self.personas
            .iter()
            .filter_map(|p| card.emotions.get(&p.id).map(|score| (p, *score)))
    }

    /// The connection with this id.
    pub fn connection(&self, id: ConnectionId) -> Option<&Connection> {
        self.connections.iter().find(|c| c.id == id)
    }

    /// A new random id no connection uses.
    pub fn new_connection_id(&self) -> ConnectionId {
        fresh(ConnectionId::random, |id| self.connection(id).is_some())
    }

    /// The card with this id.
    pub fn card(&self, id: CardId) -> Option<&Card> {
        self.cards.get(self.card_position(id)?).map(|card| &**card)
    }

    /// Where the card with this id is in [`Journey::cards`].
    pub fn card_position(&self, id: CardId) -> Option<usize> {
        self.card_index.position(&self.cards, id)
    }

    /// The card with this id, to change it.
    pub fn card_mut(&mut self, id: CardId) -> Option<&mut Card> {
        let at = self.card_position(id)?;
        self.cards.get_mut(at).map(|card| &mut **card)
    }

    /// Index of a stage in journey order.
    pub fn stage_index(&self, id: StageId) -> Option<usize> {
        self.stages.iter().position(|s| s.id == id)
    }

    /// The ids of the lanes of `kind`, top to bottom.
    pub fn lanes_of_kind(&self, kind: LaneKind) -> Vec<LaneId> {
        let of_kind = self.lanes.iter().filter(|l| l.kind == kind);
        of_kind.map(|l| l.id).collect()
    }

    /// Index of a lane, top to bottom.
    pub fn lane_index(&self, id: LaneId) -> Option<usize> {
        self.lanes.iter().position(|l| l.id == id)
    }

    /// The cards of one cell, in their order.
    pub fn cards_in(&self, stage: StageId, lane: LaneId) -> Vec<&Card> {
        let mut cards: Vec<&Card> = self
            .cards
            .iter()
            .filter(|c| c.stage == stage && c.lane == lane)
            .map(|c| &**c)
            .collect();
        cards.sort_by_key(|c| (c.order, c.id));
        cards
    }

    /// A new random id no card uses (see [`ids`]), checked through the card index rather than
    /// by looking through every card.
    pub fn new_card_id(&self) -> CardId {
        fresh(CardId::random, |id| self.card_index.uses(&self.cards, id))
    }

    /// A new random id no stage uses.
    pub fn new_stage_id(&self) -> StageId {
        fresh(StageId::random, |id| self.stage(id).is_some())
    }

    /// A new random id no lane uses.
    pub fn new_lane_id(&self) -> LaneId {
        fresh(LaneId::random, |id| self.lane(id).is_some())
    }

    /// A new random id no persona uses.
    pub fn new_persona_id(&self) -> PersonaId {
        fresh(PersonaId::random, |id| self.persona(id).is_some())
    }

    /// New card ids for many cards at once, without looking through the cards for each.
    pub fn new_card_ids(&self) -> NewCardIds {
        NewCardIds {
            used: self.cards.iter().map(|c| c.id).collect(),
        }
    }

    /// Everything that makes this document inconsistent (dangling references, duplicate ids).
    pub fn problems(&self) -> Vec<Problem> {
        validate::problems(self)
    }
}

/// A random id that `used` says is free, drawn again on a clash.
fn fresh<T: Copy>(random: impl Fn() -> T, used: impl Fn(T) -> bool) -> T {
    loop {
        let id = random();
        if !used(id) {
            return id;
        }
    }
}

/// Hands out new random card ids that neither the map nor each other use.
pub struct NewCardIds {
    used: ahash::HashSet<CardId>,
}

impl NewCardIds {
    /// The next new id.
    pub fn draw(&mut self) -> CardId {
        let id = fresh(CardId::random, |id| self.used.contains(&id));
        self.used.insert(id);
        id
    }
}
