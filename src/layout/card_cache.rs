//! Cards laid out before, kept for the next layout. After an edit only the cards whose content
//! changed are shaped again; every other card is moved to its new place, which in a map of
//! 10,000 cards is most of the work of laying it out.

use super::{CardBox, TextBlock};
use crate::model::{Card, CardId, Direction, LaneKind, Language};
use ahash::HashMap;
use egui::{Pos2, Vec2};
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// Card boxes by card, laid out at the origin, with a fingerprint of what they were made from.
#[derive(Default)]
pub struct CardCache {
    /// The map-wide settings the boxes were made with; other settings empty the cache.
    made_with: Option<(Direction, Language)>,
    cards: HashMap<CardId, (u64, Arc<CardBox>)>,
    /// The boxes used by the layout being made, which replace `cards` when it is done.
    next: HashMap<CardId, (u64, Arc<CardBox>)>,
}

impl CardCache {
    /// Starts a layout of a map written in `direction` and `language`.
    pub(super) fn begin(&mut self, direction: Direction, language: Language) {
        if self.made_with != Some((direction, language)) {
            self.cards.clear();
            self.made_with = Some((direction, language));
        }
        self.next.clear();
    }

    /// The box of `card` with its top-left corner at `top_left`: the one from before if the
    /// card has not changed, else the one `make` lays out at the origin.
    pub(super) fn card(
        &mut self,
        card: &Card,
        kind: LaneKind,
        top_left: Pos2,
        make: impl FnOnce() -> CardBox,
    ) -> CardBox {
        let fingerprint = fingerprint(card, kind);
        let at_origin = match self.cards.remove(&card.id) {
            Some((seen, card_box)) if seen == fingerprint => card_box,
            _ => Arc::new(make()),
        };
        let placed = at_origin.translated(top_left.to_vec2());
        self.next.insert(card.id, (fingerprint, at_origin));
        placed
    }

    /// Ends a layout: keeps only the cards it used.
    pub(super) fn end(&mut self) {
        std::mem::swap(&mut self.cards, &mut self.next);
        self.next.clear();
    }

    /// How many cards are kept.
    pub fn len(&self) -> usize {
        self.cards.len()
    }

    /// Whether no card is kept.
    pub fn is_empty(&self) -> bool {
        self.cards.is_empty()
    }
}

/// Everything a card's box depends on besides where it is and the map-wide settings.
fn fingerprint(card: &Card, kind: LaneKind) -> u64 {
    // aHash rather than the standard SipHash: this runs for every card of every layout.
    let mut hasher = ahash::AHasher::default();
    (
        &card.title,
        &card.body,
        card.channel,
        card.severity,
        &card.tags,
        card.votes,
        card.color,
        kind,
    )
        .hash(&mut hasher);
    hasher.finish()
}

impl CardBox {
    /// The same box moved by `offset`.
    pub fn translated(&self, offset: Vec2) -> CardBox {
        let moved = |block: &TextBlock| TextBlock {
            pos: block.pos + offset,
            galley: block.galley.clone(),
        };
        CardBox {
            id: self.id,
            kind: self.kind,
            rect: self.rect.translate(offset),
            color: self.color,
            icon: self.icon.as_ref().map(moved),
            caption: self.caption.as_ref().map(moved),
            title: moved(&self.title),
            body: self.body.as_ref().map(moved),
            tags: self.tags.as_ref().map(moved),
            vote_dots: self.vote_dots.iter().map(|p| *p + offset).collect(),
            vote_count: self.vote_count.as_ref().map(moved),
        }
    }
}
