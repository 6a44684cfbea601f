//! Cards laid out before, kept for the next layout. After an edit only the cards whose content
//! changed are shaped again; a card that moved is moved to its new place, and a card that
//! neither changed nor moved is taken from the last layout as it is (lent to a left-to-right
//! layout and given back when it is replaced; mirrored, in a right-to-left map, only if the
//! map's width changed), so an edit to a map of 10,000 cards costs little more than the cards
//! it touches.

use super::cell_order::CellOrder;
use super::curve::{KeptScores, Scores};
use super::{CardBox, TextBlock};
use crate::edit::Rewritten;
use crate::model::{Card, CardId, Direction, Journey, LaneKind, Language};
use ahash::HashMap;
use egui::{Pos2, Rect, Vec2};
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// Card boxes laid out at the origin, in the order of the last layout, with a fingerprint of what
/// each was made from.
#[derive(Default)]
pub struct CardCache {
    /// The map-wide settings the boxes were made with; other settings empty the cache.
    made_with: Option<(Direction, Language)>,
    /// The cards of the last layout, in its order; a layout being made takes them out.
    cards: Vec<Option<Kept>>,
    /// Where each card is in `cards`, made only when a card is not where it was last time.
    index: Option<HashMap<CardId, usize>>,
    /// The next card expected: layouts mostly meet cards in the same order as the last one.
    cursor: usize,
    /// Whether the layout being made has met every card so far where the last one had it: then
    /// each entry is updated where it is, and `next` is not needed (moving 100,000 entries to
    /// another list was a third of laying a long map out again, and the list twice the memory).
    in_place: bool,
    /// For the layout being made: what changed since the last layout, when the caller knows
    /// (`None`: anything may have).
    rewritten: Option<Rewritten>,
    /// The scores the last layout's curves were drawn from.
    scores: Option<KeptScores>,
    /// The order of the last layout's cells.
    cell_order: Option<CellOrder>,
    /// The boxes used by the layout being made, which replace `cards` when it is done.
    next: Vec<Option<Kept>>,
    /// Arrow labels shaped by the last layout, at the origin, by their text.
    labels: HashMap<String, TextBlock>,
    /// The labels of the layout being made, which replace `labels` when it is done.
    next_labels: HashMap<String, TextBlock>,
}

/// Moves of a kept box before it is laid out afresh: a move adds at most half a unit in the last
/// place of its coordinates (0.008 points 100,000 points from the origin), so a box is never
/// more than a few hundredths of a point from where a fresh layout puts it.
const MOST_MOVES: u8 = 8;

/// A card's box as the last layout placed it, and the fingerprint of the card it was made from.
/// Only the placed box is kept (a box at the origin too would be a quarter of the cache's
/// memory at 100,000 cards): a card that moves is moved from where it was.
struct Kept {
    id: CardId,
    fingerprint: u64,
    /// The kind of lane the card was in: part of the fingerprint, kept to compare without it.
    kind: LaneKind,
    /// How many times the box was moved since it was laid out: each move rounds its coordinates
    /// once more, so after [`MOST_MOVES`] it is laid out afresh.
    moves: u8,
    /// Where the last layout put the box's top-left corner, and the box there: `None` while
    /// it is lent to the layout (see [`CardCache::give_back`]).
    placed: (Pos2, Option<Arc<CardBox>>),
    /// The placed box's rectangle, kept beside it: laying the map out again reads it for every
    /// card, and on a long map each box is a trip to memory.
    rect: Rect,
    /// The address of the box while it is lent out: what tells it when it comes back, without
    /// reading it.
    lent: usize,
    /// The placed box mirrored across a map of this width, for a right-to-left map.
    mirrored: Option<(f32, Arc<CardBox>)>,
}

impl CardCache {
    /// Starts a layout of a map written in `direction` and `language`.
    pub(super) fn begin(&mut self, direction: Direction, language: Language) {
        if self.made_with != Some((direction, language)) {
            self.cards.clear();
            self.labels.clear();
            self.made_with = Some((direction, language));
        }
        self.index = None;
        self.cursor = 0;
        self.in_place = true;
        self.next.clear();
        self.next_labels.clear();
    }

    /// Tells the next layout what changed since the last one (`None`: anything may have): only
    /// the cards it names may have changed content, so the others are not fingerprinted again,
    /// and if only cards changed and none of those changed a score or the place of a scored
    /// card, the curves' scores are not read again. Said wrongly, a changed card would keep its
    /// old box: callers pass what the edit log says.
    pub fn expect_rewritten(&mut self, rewritten: Option<Rewritten>) {
        self.rewritten = rewritten;
    }

    /// The scores of `journey` the curves are drawn from: kept from the last layout when what
    /// changed since leaves them as they were.
    pub(super) fn scores(&mut self, journey: &Journey) -> &Scores {
        KeptScores::of(&mut self.scores, journey, self.rewritten.as_ref())
    }

    /// The cards of each cell of `journey` in their order: the last layout's, if what changed
    /// since (as the caller told, [`CardCache::expect_rewritten`]) moved no card.
    pub(super) fn cell_order(&mut self, journey: &Journey) -> CellOrder {
        // The old order goes before a new one is made: two at once would be the peak.
        let kept = (self.cell_order.take())
            .filter(|order| order.still_holds(journey, self.rewritten.as_ref()));
        kept.unwrap_or_else(|| CellOrder::of(journey))
    }

    /// Keeps the order of the cells of the layout being made, for the next one.
    pub(super) fn keep_cell_order(&mut self, order: CellOrder) {
        self.cell_order = Some(order);
    }

    /// The arrow label `text` shaped at the origin: as shaped before, or by `make`.
    pub(super) fn label(&mut self, text: &str, make: impl FnOnce() -> TextBlock) -> TextBlock {
        if let Some(block) = self.next_labels.get(text) {
            return block.clone();
        }
        let (text, block) = match self.labels.remove_entry(text) {
            Some(kept) => kept,
            None => (text.to_owned(), make()),
        };
        self.next_labels.insert(text, block.clone());
        block
    }

    /// The box of the card `id` with its top-left corner at `top_left`, and its rectangle: the
    /// one from before if the card has not changed, else the one `make` lays out at the origin.
    /// The card itself (`card`) is read only if the cache cannot tell without it.
    ///
    /// In a left-to-right map the box is lent to the layout, not shared with it: a shared box's
    /// reference count is written twice a layout (once more when the last layout goes), and
    /// at 100,000 cards each write is a trip to memory. The layout gives its boxes back when it
    /// is replaced ([`CardCache::give_back`]).
    ///
    /// Always inlined: called once per card of the map every layout, and as a call of its own
    /// it moves its large entries through the stack (the frame after an edit at 100,000 cards
    /// measured a fifth slower when the compiler chose not to inline it).
    #[inline(always)]
    pub(super) fn card<'c>(
        &mut self,
        id: CardId,
        card: impl Fn() -> &'c Card,
        kind: LaneKind,
        top_left: Pos2,
        make: impl FnOnce(&Card) -> CardBox,
    ) -> (Arc<CardBox>, Rect) {
        let kept = self.take(id);
        let unchanged = self
            .rewritten
            .as_ref()
            .is_some_and(|rewritten| !rewritten.cards.contains(&id));
        let fingerprint = match &kept {
            Some(kept) if unchanged && kept.kind == kind => kept.fingerprint,
            _ => fingerprint(card(), kind),
        };
        // A new entry and its box, which goes to the layout.
        let new_box = |card_box: CardBox, moves: u8| {
            let kept = Kept {
                id,
                fingerprint,
                kind,
                moves,
                rect: card_box.rect,
                lent: 0,
                placed: (top_left, None),
                mirrored: None,
            };
            (kept, Arc::new(card_box))
        };
        let mut same = kept.filter(|k| k.fingerprint == fingerprint);
        // A box lent out and never given back is made again.
        let old_box = same.as_mut().and_then(|kept| kept.placed.1.take());
        // Taken, not cloned: no reference counts to touch for the cards that stay.
        let (mut kept, placed) = match (same, old_box) {
            (Some(kept), Some(old)) if kept.placed.0 == top_left => (kept, old),
            // Moved: a mirrored box from another place is of no use.
            (Some(kept), Some(old)) if kept.moves < MOST_MOVES => {
                new_box(old.translated(top_left - kept.placed.0), kept.moves + 1)
            }
            _ => new_box(make(card()).translated(top_left.to_vec2()), 0),
        };
        if self
            .made_with
            .is_some_and(|(d, _)| d == Direction::RightToLeft)
        {
            // Kept as well: a right-to-left layout holds the mirrored box, not this one.
            kept.placed.1 = Some(placed.clone());
        } else {
            kept.lent = Arc::as_ptr(&placed).addr();
        }
        let rect = kept.rect;
        match self
            .in_place
            .then(|| self.cards.get_mut(self.cursor - 1))
            .flatten()
        {
            Some(slot) => *slot = Some(kept),
            None => self.next.push(Some(kept)),
        }
        (placed, rect)
    }

    /// Takes back the boxes lent to a layout that is being replaced (`cards`, in its order),
    /// so that the next layout can take them as they are. Each is known by its address, not
    /// read; a box the cache did not lend there (one laid out again in place) is dropped.
    pub fn give_back(&mut self, cards: Vec<Arc<CardBox>>) {
        for (kept, card_box) in self.cards.iter_mut().zip(cards) {
            if let Some(kept) = kept
                && kept.placed.1.is_none()
                && kept.lent == Arc::as_ptr(&card_box).addr()
            {
                kept.placed.1 = Some(card_box);
                kept.lent = 0;
            }
        }
    }

    /// The `index`th card of the layout just ended (`placed`), mirrored across a map `width`
    /// wide by `mirror`: the mirrored box from before if neither the card, its place nor the
    /// width changed.
    pub(super) fn mirrored(
        &mut self,
        index: usize,
        placed: &Arc<CardBox>,
        width: f32,
        mirror: impl FnOnce(&CardBox) -> CardBox,
    ) -> Arc<CardBox> {
        let Some(kept) = self.cards.get_mut(index).and_then(Option::as_mut) else {
            return Arc::new(mirror(placed));
        };
        match &kept.mirrored {
            Some((seen, mirrored)) if *seen == width => mirrored.clone(),
            _ => {
                let mirrored = Arc::new(mirror(placed));
                kept.mirrored = Some((width, mirrored.clone()));
                mirrored
            }
        }
    }

    /// Takes the card kept for `id`: the next one in order, or else looked up.
    fn take(&mut self, id: CardId) -> Option<Kept> {
        let at = match self.cards.get(self.cursor) {
            Some(Some(kept)) if kept.id == id => self.cursor,
            _ => {
                self.leave_place();
                let cards = &self.cards;
                let index = self.index.get_or_insert_with(|| {
                    cards
                        .iter()
                        .enumerate()
                        .filter_map(|(i, k)| Some((k.as_ref()?.id, i)))
                        .collect()
                });
                *index.get(&id)?
            }
        };
        self.cursor = at + 1;
        self.cards.get_mut(at)?.take()
    }

    /// Stops updating entries where they are: those the layout being made has used so far go
    /// to `next`, in its order, and the others are looked up from now on.
    fn leave_place(&mut self) {
        if self.in_place {
            self.in_place = false;
            let used = self.cursor.min(self.cards.len());
            self.next.reserve(self.cards.len());
            self.next
                .extend(self.cards[..used].iter_mut().map(Option::take));
        }
    }

    /// Ends a layout: keeps only the cards it used.
    pub(super) fn end(&mut self) {
        if self.in_place {
            // Every card met where it was: the entries past the last one are of cards gone.
            self.cards.truncate(self.cursor);
            self.next = Vec::new();
        } else {
            std::mem::swap(&mut self.cards, &mut self.next);
            self.next.clear();
        }
        std::mem::swap(&mut self.labels, &mut self.next_labels);
        self.next_labels.clear();
        self.index = None;
        self.rewritten = None;
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
        card.decision,
        card.milestone,
        &card.image,
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
            picture: self.picture.as_ref().map(|picture| {
                Box::new(super::PictureBox {
                    name: picture.name.clone(),
                    size: picture.size,
                    frame: picture.frame.translate(offset),
                    rect: picture.rect.translate(offset),
                    label: picture.label.as_ref().map(moved),
                })
            }),
            vote_dots: self.vote_dots.iter().map(|p| *p + offset).collect(),
            badges: self.badges.iter().map(|(b, p)| (*b, *p + offset)).collect(),
            vote_count: self.vote_count.as_ref().map(moved),
        }
    }
}
