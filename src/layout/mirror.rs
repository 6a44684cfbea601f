//! Right-to-left maps: a left-to-right layout mirrored, so stages run from the right, lane labels
//! sit on the right, and text blocks are right-aligned where they were left-aligned.

use super::{CardBox, CardCache, Layout, TextBlock};
use egui::{Rect, pos2};

/// A mirror across the middle of a map `0` wide.
#[derive(Clone, Copy)]
pub(super) struct Mirror(pub(super) f32);

impl Mirror {
    fn x(self, x: f32) -> f32 {
        self.0 - x
    }

    pub(super) fn rect(self, r: Rect) -> Rect {
        Rect::from_min_max(
            pos2(self.x(r.max.x), r.min.y),
            pos2(self.x(r.min.x), r.max.y),
        )
    }

    fn text(self, t: &mut TextBlock) {
        t.pos = self.rect(t.rect()).min;
    }
}

/// Mirrors `layout`, made left to right, for a right-to-left map. Its cards are the ones
/// `cache` kept from this layout, in the same order; a card mirrored before across the same
/// width is taken as it was.
pub(super) fn mirror(layout: &mut Layout, cache: &mut CardCache) {
    let width = layout.bounds.width();
    let m = Mirror(width);
    m.text(&mut layout.title);
    if let Some(t) = &mut layout.description {
        m.text(t);
    }
    for entry in &mut layout.legend {
        entry.marker.x = m.x(entry.marker.x);
        m.text(&mut entry.text);
        if let Some(photo) = &mut entry.photo {
            photo.frame = m.rect(photo.frame);
            photo.rect = m.rect(photo.rect);
        }
    }
    for stage in &mut layout.stages {
        stage.header = m.rect(stage.header);
        stage.body = m.rect(stage.body);
        m.text(&mut stage.number);
        m.text(&mut stage.name);
        if let Some(t) = &mut stage.goal {
            m.text(t);
        }
        for (badge, text) in &mut stage.kpis {
            *badge = m.rect(*badge);
            m.text(text);
        }
    }
    for lane in &mut layout.lanes {
        lane.rect = m.rect(lane.rect);
        lane.label = m.rect(lane.label);
        m.text(&mut lane.name);
        lane.curve_band = lane.curve_band.map(|r| m.rect(r));
    }
    for arrow in &mut layout.arrows {
        for point in &mut arrow.points {
            point.x = m.x(point.x);
        }
        if let Some(label) = &mut arrow.label {
            m.text(label);
        }
    }
    for (index, card) in layout.cards.iter_mut().enumerate() {
        *card = cache.mirrored(index, card, width, |card| mirror_card(card, m));
    }
    for span in &mut layout.cell_spans {
        span.bounds = m.rect(span.bounds);
    }
    for curve in &mut layout.curves {
        for p in &mut curve.points {
            p.pos.x = m.x(p.pos.x);
        }
    }
    for line in &mut layout.blueprint_lines {
        line.x_range = egui::Rangef::new(m.x(line.x_range.max), m.x(line.x_range.min));
        m.text(&mut line.label);
    }
    layout.grid = m.rect(layout.grid);
}

/// `card` seen in the mirror `m`.
pub(super) fn mirror_card(card: &CardBox, m: Mirror) -> CardBox {
    let mut card = card.clone();
    card.rect = m.rect(card.rect);
    for t in [
        &mut card.icon,
        &mut card.caption,
        &mut card.body,
        &mut card.tags,
        &mut card.vote_count,
    ]
    .into_iter()
    .flatten()
    {
        m.text(t);
    }
    m.text(&mut card.title);
    if let Some(picture) = &mut card.picture {
        picture.frame = m.rect(picture.frame);
        picture.rect = m.rect(picture.rect);
        if let Some(label) = &mut picture.label {
            m.text(label);
        }
    }
    for dot in &mut card.vote_dots {
        dot.x = m.x(dot.x);
    }
    for (_, at) in &mut card.badges {
        at.x = m.x(at.x);
    }
    card
}
