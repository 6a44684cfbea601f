//! Pure geometry: where every part of a journey is drawn, in map units (points), and what is
//! under a given point. The screen and the PNG export both draw from one [`Layout`].

mod arrows;
mod bidi;
mod build;
mod card;
mod card_cache;
mod cell_order;
mod curve;
mod diff_legend;
mod drop;
mod gap_room;
mod hit;
mod mirror;
mod patch;
mod style;
mod view_onto;

pub use arrows::Arrow;
pub use bidi::{Base, Shaped, first_strong, paragraph_direction, shape as shape_text, visual_text};
pub use build::{build, build_reusing};
pub use card_cache::CardCache;
pub use curve::{curves_on, reaching, score_y, smooth_path, y_score};
pub use diff_legend::{DiffLegend, LegendSample, diff_legend};
pub use drop::{DropTarget, Reorder, drop_target, lane_reorder, stage_reorder};
pub use hit::Hit;
pub use patch::patch_cards;
pub use style::Style;
pub use view_onto::view_onto;

use crate::model::{CardId, LaneId, LaneKind, LineKind, PersonaId, Rgb, Score, StageId};
use egui::{Galley, Pos2, Rect};
use std::sync::Arc;

/// Shaped text placed at a position; its colour is chosen when it is painted.
#[derive(Clone, Debug)]
pub struct TextBlock {
    /// Top-left corner of the text's rectangle.
    pub pos: Pos2,
    /// The shaped, wrapped text.
    pub galley: Arc<Galley>,
}

impl TextBlock {
    /// The area the text covers.
    pub fn rect(&self) -> Rect {
        Rect::from_min_size(self.pos, self.galley.size())
    }

    /// Where the galley is drawn from: right-aligned galleys start left of their origin.
    pub fn origin(&self) -> Pos2 {
        self.pos - self.galley.rect.min.to_vec2()
    }
}

/// The geometry of a whole map.
#[derive(Clone, Debug)]
pub struct Layout {
    /// Everything drawn lies inside this rectangle, which starts at the origin.
    pub bounds: Rect,
    /// The map title.
    pub title: TextBlock,
    /// The description under the title, if any.
    pub description: Option<TextBlock>,
    /// The persona legend.
    pub legend: Vec<LegendEntry>,
    /// The stage columns, in journey order.
    pub stages: Vec<StageBox>,
    /// The visible lane rows, top to bottom.
    pub lanes: Vec<LaneBox>,
    /// The cards of visible lanes. The next layout takes the cards that neither changed nor
    /// moved as they are: give them back to the card cache when this layout is replaced
    /// ([`CardCache::give_back`]), or they are laid out again.
    pub cards: Vec<Arc<CardBox>>,
    /// Where each cell's cards are in `cards` (cells without cards are not listed).
    pub cell_cards: ahash::HashMap<(StageId, LaneId), std::ops::Range<usize>>,
    /// The same cells in the order of `cards`, each with the rectangle its cards lie in: what
    /// finds the cards in a part of the map ([`Layout::cards_meeting`]) without reading every
    /// card (on a long map each card read is a trip to memory, every frame).
    pub cell_spans: Vec<CellSpan>,
    /// One curve per persona and emotions lane.
    pub curves: Vec<Curve>,
    /// The connections between cards, as arrows.
    pub arrows: Vec<Arrow>,
    /// The service blueprint's lines, under the visible lanes they follow.
    pub blueprint_lines: Vec<LineBox>,
    /// The area of the grid (headers, lane labels and cells).
    pub grid: Rect,
    /// The sizes the map was laid out with; painting and hit testing use the same.
    pub style: Style,
}

/// The cards of one cell in [`Layout::cards`], and the rectangle they lie in.
#[derive(Clone, Debug, PartialEq)]
pub struct CellSpan {
    /// Where the cell's cards are in [`Layout::cards`].
    pub cards: std::ops::Range<usize>,
    /// The smallest rectangle that holds them all.
    pub bounds: Rect,
}

/// One persona in the legend.
#[derive(Clone, Debug)]
pub struct LegendEntry {
    /// The persona.
    pub persona: PersonaId,
    /// Where the colour marker is centred.
    pub marker: Pos2,
    /// Name and role.
    pub text: TextBlock,
    /// The persona's photo, before the marker.
    pub photo: Option<PictureBox>,
}

/// A stage column.
#[derive(Clone, Debug)]
pub struct StageBox {
    /// The stage.
    pub id: StageId,
    /// The header at the top of the column.
    pub header: Rect,
    /// The whole column below the header, across all lanes.
    pub body: Rect,
    /// Position of the stage in journey order, from 1, shown in the header.
    pub number: TextBlock,
    /// The stage name.
    pub name: TextBlock,
    /// The stage goal.
    pub goal: Option<TextBlock>,
    /// One line per KPI, with the rectangle of its badge.
    pub kpis: Vec<(Rect, TextBlock)>,
}

/// A lane row.
#[derive(Clone, Debug)]
pub struct LaneBox {
    /// The lane.
    pub id: LaneId,
    /// What it holds.
    pub kind: LaneKind,
    /// The whole row, label included.
    pub rect: Rect,
    /// The label cell at the start of the row.
    pub label: Rect,
    /// The lane name.
    pub name: TextBlock,
    /// For an emotions lane, the band where curves are drawn.
    pub curve_band: Option<Rect>,
}

/// A blueprint line: dashed, across the whole grid, with its name above it at the start of the
/// lane label column.
#[derive(Clone, Debug)]
pub struct LineBox {
    /// Which line.
    pub kind: LineKind,
    /// Where it runs across the map, and at which height.
    pub x_range: egui::Rangef,
    /// Its height: the bottom of the lane it lies under.
    pub y: f32,
    /// Its name, in the map's language.
    pub label: TextBlock,
}

/// A card and its contents.
#[derive(Clone, Debug)]
pub struct CardBox {
    /// The card.
    pub id: CardId,
    /// The card's lane kind, which picks its colours.
    pub kind: LaneKind,
    /// The card's outline.
    pub rect: Rect,
    /// The colour chosen for this card, if any; otherwise its lane kind's colour is used.
    pub color: Option<Rgb>,
    /// The channel icon, if it has a channel.
    pub icon: Option<TextBlock>,
    /// A small line above the title: channel name or severity.
    pub caption: Option<TextBlock>,
    /// The title.
    pub title: TextBlock,
    /// The body text.
    pub body: Option<TextBlock>,
    /// Tags, as one line of `#tag`s.
    pub tags: Option<TextBlock>,
    /// The card's picture, above its caption and title. Boxed, like the lists below: a layout
    /// keeps a box for every card, and most cards have no picture, votes or badges.
    pub picture: Option<Box<PictureBox>>,
    /// The centres of the dot votes, on the card's top edge at its trailing end (at most
    /// [`MAX_VOTE_DOTS`]; more votes add [`CardBox::vote_count`]).
    pub vote_dots: Box<[Pos2]>,
    /// "+N" after the dots, for votes beyond [`MAX_VOTE_DOTS`].
    pub vote_count: Option<TextBlock>,
    /// The marks on the card's top edge before the vote dots: one strip of badges, from the
    /// trailing corner inwards, so no two collide.
    pub badges: Box<[(Badge, Pos2)]>,
}

/// A picture on a card: where it is drawn and which stored picture it is. Layout never
/// decodes it: the map records its size.
#[derive(Clone, Debug)]
pub struct PictureBox {
    /// The stored picture's name (`HASH.EXT` in the map's assets folder).
    pub name: Arc<str>,
    /// Its size in pixels, upright.
    pub size: [u32; 2],
    /// The room kept for it: the card's text width, as tall as the picture drawn that wide
    /// (at most [`Style::picture_max_aspect`] times the width).
    pub frame: Rect,
    /// Where the picture itself is drawn inside the frame, its proportions kept.
    pub rect: Rect,
    /// The picture's name, shaped inside the frame: shown while the picture is not drawn
    /// (loading, missing or unreadable); none where the frame is too small to read it.
    pub label: Option<TextBlock>,
}

/// A mark on a card's top edge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Badge {
    /// A decision point: a diamond.
    Decision,
    /// A milestone: a flag.
    Milestone,
}

/// The most vote dots drawn on a card; more votes are written as a number after them.
pub const MAX_VOTE_DOTS: u32 = 5;
/// The radius of a vote dot.
pub const VOTE_DOT_RADIUS: f32 = 5.5;

/// The emotion curve of one persona in one emotions lane.
#[derive(Clone, Debug)]
pub struct Curve {
    /// Whose curve it is.
    pub persona: PersonaId,
    /// The lane it is drawn in.
    pub lane: LaneId,
    /// The scored cards in journey order, where their faces are drawn. The line through them
    /// is smoothed where it is drawn ([`smooth_path`]), only for the part in view.
    pub points: Vec<CurvePoint>,
}

/// One scored card on a curve.
#[derive(Clone, Copy, Debug)]
pub struct CurvePoint {
    /// The card scored.
    pub card: CardId,
    /// The score.
    pub score: Score,
    /// Where the face is drawn.
    pub pos: Pos2,
}
