//! Builds a document piece by piece for importers: stages, lanes and personas by name, in
//! first-seen order, with fresh ids.

use crate::model::{
    Card, Journey, Lane, LaneId, LaneKind, Persona, PersonaId, Rgb, Stage, StageId,
};
use ahash::HashMap;

/// Persona colours, assigned in order so the same file always gives the same colours.
const PALETTE: [Rgb; 8] = [
    Rgb(0xe4, 0x57, 0x2e),
    Rgb(0x2e, 0x86, 0xab),
    Rgb(0x6a, 0x4c, 0x93),
    Rgb(0x2f, 0xa8, 0x5a),
    Rgb(0xf4, 0xa2, 0x59),
    Rgb(0xd1, 0x49, 0x5b),
    Rgb(0x3d, 0x40, 0x5b),
    Rgb(0x00, 0x79, 0x8c),
];

/// A journey under construction.
pub struct Builder {
    /// The journey so far (made by [`Builder::adding_to`]: the map's frame and the new cards).
    pub journey: Journey,
    /// New card ids, none the map or another new card uses.
    new_ids: crate::model::NewCardIds,
    /// The order the next card of each cell gets, so adding a card does not scan the others.
    next_order: HashMap<(StageId, LaneId), u32>,
}

impl Builder {
    /// An empty journey with `title`.
    pub fn new(title: &str) -> Self {
        Builder::extending(Journey {
            title: title.to_owned(),
            ..Journey::default()
        })
    }

    /// Adds to `journey`: its stages, lanes and personas are found by name, new cards go after
    /// its cards in their cells, with ids it does not use.
    pub fn extending(journey: Journey) -> Self {
        Builder {
            new_ids: journey.new_card_ids(),
            next_order: journey.next_orders(),
            journey,
        }
    }

    /// What to add to `journey`: a copy of its stages, lanes, personas and connections to find
    /// by name and add to, and only the new cards (placed after its cards in their cells, with
    /// ids it does not use). Pasting a few cards into a long map copies none of its cards.
    pub fn adding_to(journey: &Journey) -> Self {
        Builder {
            new_ids: journey.new_card_ids(),
            next_order: journey.next_orders(),
            journey: journey.with_cards(Vec::new()),
        }
    }

    /// The stage called `name`, created at the end if new. When two stages share the name (a
    /// Mermaid journey may repeat a section), the first of them.
    pub fn stage(&mut self, name: &str) -> StageId {
        if let Some(stage) = self.journey.stages.iter().find(|s| s.name == name) {
            return stage.id;
        }
        self.new_stage(name)
    }

    /// A new stage called `name` at the end, even if another has that name.
    pub fn new_stage(&mut self, name: &str) -> StageId {
        let id = self.journey.new_stage_id();
        self.journey.stages.push(Stage {
            id,
            name: name.to_owned(),
            goal: String::new(),
            questions: Vec::new(),
            kpis: Vec::new(),
        });
        id
    }

    /// The lane called `name`, created at the bottom with `kind` if new.
    pub fn lane(&mut self, name: &str, kind: LaneKind) -> LaneId {
        if let Some(lane) = self.journey.lanes.iter().find(|l| l.name == name) {
            return lane.id;
        }
        let id = self.journey.new_lane_id();
        self.journey.lanes.push(Lane {
            id,
            kind,
            name: name.to_owned(),
            hidden: false,
        });
        id
    }

    /// The persona called `name`, created with the next palette colour if new.
    pub fn persona(&mut self, name: &str) -> PersonaId {
        if let Some(persona) = self.journey.personas.iter().find(|p| p.name == name) {
            return persona.id;
        }
        let id = self.journey.new_persona_id();
        let color = PALETTE[self.journey.personas.len() % PALETTE.len()];
        self.journey.personas.push(Persona {
            id,
            name: name.to_owned(),
            role: String::new(),
            goals: Vec::new(),
            needs: Vec::new(),
            motivations: Vec::new(),
            fears: Vec::new(),
            triggers: Vec::new(),
            photo: None,
            color,
        });
        id
    }

    /// Adds a card at the end of its cell and returns it to fill in.
    pub fn card(&mut self, stage: StageId, lane: LaneId, title: &str) -> &mut Card {
        let id = self.new_ids.draw();
        let next = self.next_order.entry((stage, lane)).or_insert(0);
        let order = *next;
        *next += 1;
        self.journey
            .cards
            .push(Box::new(Card::new(id, stage, lane, order, title)));
        let last = self.journey.cards.len() - 1;
        &mut self.journey.cards[last]
    }

    /// Adds the usual lanes that are still missing, so an imported map is ready to work on.
    pub fn standard_lanes(&mut self) {
        for kind in LaneKind::USUAL {
            if !self.journey.lanes.iter().any(|l| l.kind == kind) {
                self.lane(kind.label(), kind);
            }
        }
        // Keep the usual top-to-bottom order of kinds.
        self.journey
            .lanes
            .sort_by_key(|l| LaneKind::ALL.iter().position(|k| *k == l.kind));
    }
}
