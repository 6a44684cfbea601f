//! Computes a [`Layout`] from a document: a single top-to-bottom pass, then a mirror for
//! right-to-left maps.

use super::arrows::{GapMiddles, Plan};
use super::bidi::{self, Base};
use super::card::{card_box, card_inner};
use super::curve::curves_from;
use super::gap_room::{self, Columns};
use super::{CardCache, CellSpan, LaneBox, Layout, LegendEntry, StageBox, Style, TextBlock};
use crate::model::{Direction, Journey, LaneId, LaneKind};
use ahash::HashMap;
use egui::epaint::text::FontsView;
use egui::{FontFamily, FontId, Pos2, Rect, pos2, vec2};

/// Shapes text for the layout. Colours are placeholders: the scene picks them per theme.
pub(super) struct Shaper<'a, 'f> {
    pub(super) fonts: &'a mut FontsView<'f>,
    /// The map's direction: the fallback for paragraphs without letters, and the side every
    /// block is mirrored to afterwards.
    pub(super) direction: Direction,
}

impl Shaper<'_, '_> {
    /// Text written by the user: each paragraph runs in the direction of its first letter.
    pub(super) fn text(&mut self, text: &str, size: f32, wrap: f32, pos: Pos2) -> TextBlock {
        self.shape(text, size, wrap, pos, Base::Auto(self.direction))
    }

    /// A label composed by the program (a KPI line): always in the map's direction.
    pub(super) fn label(&mut self, text: &str, size: f32, wrap: f32, pos: Pos2) -> TextBlock {
        self.shape(text, size, wrap, pos, Base::Fixed(self.direction))
    }

    fn shape(&mut self, text: &str, size: f32, wrap: f32, pos: Pos2, base: Base) -> TextBlock {
        let wrap = wrap.max(1.0);
        let shaped = bidi::shape(
            self.fonts,
            text,
            FontId::new(size, FontFamily::Proportional),
            wrap,
            base,
        );
        let mut pos = pos;
        // A paragraph against the map's direction sits at the far side of its space: an Arabic
        // card in an English map is right-aligned, an English one in a Persian map left-aligned
        // (the mirror of right-to-left maps flips everything else).
        if shaped.direction != self.direction && wrap.is_finite() {
            pos.x += (wrap - shaped.galley.size().x).max(0.0);
        }
        TextBlock {
            pos,
            galley: shaped.galley,
        }
    }
}

/// Lays out `journey` with `style`, shaping text with `fonts`.
pub fn build(journey: &Journey, style: &Style, fonts: &mut FontsView<'_>) -> Layout {
    build_reusing(journey, style, fonts, &mut CardCache::default())
}

/// Lays out `journey` like [`build`], taking from `cache` the cards that have not changed since
/// the last layout made with it, and leaving there the cards of this one. `style` and the
/// scale of `fonts` must stay the same between layouts that share a cache.
pub fn build_reusing(
    journey: &Journey,
    style: &Style,
    fonts: &mut FontsView<'_>,
    cache: &mut CardCache,
) -> Layout {
    cache.begin(journey.direction, journey.language);
    let mut shaper = Shaper {
        fonts,
        direction: journey.direction,
    };
    let s = style;
    let left = s.margin;
    // Which gaps the arrows take decides how wide the gaps are, so it comes first.
    let visible: Vec<LaneId> = journey
        .lanes
        .iter()
        .filter(|l| !l.hidden)
        .map(|l| l.id)
        .collect();
    let plan = Plan::new(journey, &visible, s);
    let columns = Columns::new(
        &plan,
        journey.stages.len(),
        left + s.label_width,
        s.stage_width,
    );
    // An empty map is as wide as one stage.
    let grid_width = (columns.end - left).max(s.label_width + s.stage_width);
    let mut y = s.margin;

    let title = shaper.text(&journey.title, s.title_size, grid_width, pos2(left, y));
    y += title.galley.size().y + s.block_gap;
    let description = (!journey.description.trim().is_empty()).then(|| {
        let block = shaper.text(
            &journey.description,
            s.small_size + 2.0,
            grid_width,
            pos2(left, y),
        );
        y += block.galley.size().y + s.block_gap;
        block
    });

    // Legend: a colour marker and "Name — role" per persona, flowing onto new rows as needed.
    let mut legend = Vec::new();
    let mut x = left;
    let with_photos = journey.personas.iter().any(|p| p.photo.is_some());
    let row_height = if with_photos {
        (s.small_size + s.legend_row_extra).max(s.legend_photo + s.line_gap)
    } else {
        s.small_size + s.legend_row_extra
    };
    if !journey.personas.is_empty() {
        y += s.line_gap;
    }
    for persona in &journey.personas {
        let label = if persona.role.is_empty() {
            persona.name.clone()
        } else {
            format!("{} — {}", persona.name, persona.role)
        };
        let photo_room = match persona.photo {
            Some(_) => s.legend_photo + s.line_gap,
            None => 0.0,
        };
        let lead = photo_room + s.legend_text_x + s.line_gap;
        let text = shaper.text(&label, s.small_size + 1.0, grid_width - lead, Pos2::ZERO);
        let width = lead + text.galley.size().x + s.legend_trailing;
        if x > left && x + width > left + grid_width {
            x = left;
            y += row_height;
        }
        let photo = persona.photo.as_ref().map(|photo| {
            let corner = pos2(x, y + (row_height - s.legend_photo) / 2.0);
            super::card::photo_box(photo, corner, s.legend_photo)
        });
        let marker = pos2(x + photo_room + s.legend_marker_x, y + row_height / 2.0);
        let text = TextBlock {
            pos: pos2(
                x + photo_room + s.legend_text_x,
                y + (row_height - text.galley.size().y) / 2.0,
            ),
            ..text
        };
        legend.push(LegendEntry {
            persona: persona.id,
            marker,
            text,
            photo,
        });
        x += width;
    }
    if !journey.personas.is_empty() {
        y += row_height;
    }
    y += s.legend_gap;

    // Stage headers.
    let grid_top = y;
    let inner = s.stage_width - 2.0 * s.padding;
    let mut stages = Vec::with_capacity(journey.stages.len());
    let mut header_height: f32 = 0.0;
    for (index, stage) in journey.stages.iter().enumerate() {
        let x0 = columns.content(index);
        let mut cy = y + s.padding;
        let number = shaper.text(
            &format!("{}", index + 1),
            s.small_size,
            inner,
            pos2(x0 + s.padding, cy),
        );
        let name_x = x0 + s.padding + s.stage_number_width;
        let name = shaper.text(
            &stage.name,
            s.stage_name_size,
            inner - s.stage_number_width,
            pos2(name_x, cy - 2.0),
        );
        cy += (name.galley.size().y - 2.0).max(number.galley.size().y) + s.block_gap;
        let goal = (!stage.goal.trim().is_empty()).then(|| {
            let block = shaper.text(&stage.goal, s.small_size, inner, pos2(x0 + s.padding, cy));
            cy += block.galley.size().y + s.block_gap;
            block
        });
        let mut kpis = Vec::with_capacity(stage.kpis.len());
        for kpi in &stage.kpis {
            let text = shaper.label(
                &kpi.text(journey.language),
                s.small_size,
                inner - 2.0 * s.badge_padding,
                pos2(x0 + s.padding + s.badge_padding, cy + s.badge_padding / 2.0),
            );
            let badge = Rect::from_min_size(
                pos2(x0 + s.padding, cy),
                vec2(
                    text.galley.size().x + 2.0 * s.badge_padding,
                    text.galley.size().y + s.badge_padding,
                ),
            );
            cy += badge.height() + s.badge_gap;
            kpis.push((badge, text));
        }
        header_height = header_height.max(cy + s.padding - s.badge_gap - y);
        stages.push(StageBox {
            id: stage.id,
            header: Rect::NOTHING,
            body: Rect::NOTHING,
            number,
            name,
            goal,
            kpis,
        });
    }
    header_height = header_height.max(s.min_header_height);
    y += header_height;

    // Cards grouped by cell, in order, so each row is sized by its fullest cell: each by its
    // order, id and place in the list, read in one pass in the list's order (or kept from the
    // last layout, see `CellOrder`). A card is read again only if its box must be made or
    // checked (see `CardCache::card`): on a long map, reading every card in cell order, which
    // is not the list's, is a trip to memory per card.
    let order = cache.cell_order(journey);

    let mut lanes = Vec::new();
    let mut cards = Vec::with_capacity(journey.cards.len());
    let mut cell_cards = HashMap::default();
    let mut cell_spans = Vec::new();
    let card_inner = card_inner(s);
    let mut lane_middles = Vec::with_capacity(visible.len());
    for (lane_index, lane) in journey.lanes.iter().filter(|l| !l.hidden).enumerate() {
        let row_top = y;
        let (lead, trail) = gap_room::lane_room(&plan, lane_index, visible.len());
        lane_middles.push(row_top + lead - plan.lane_widening(lane_index) / 2.0);
        let top = row_top + lead;
        let name = shaper.text(
            &lane.name,
            s.lane_name_size,
            s.label_width - 2.0 * s.padding,
            pos2(left + s.padding, top + s.padding),
        );
        let band_height = if lane.kind == LaneKind::Emotions {
            s.curve_band_height
        } else {
            0.0
        };
        let mut row_height = (name.galley.size().y + 2.0 * s.padding)
            .max(s.min_row_height)
            .max(band_height)
            + lead;
        for (index, stage) in journey.stages.iter().enumerate() {
            let x0 = columns.content(index) + s.padding;
            let mut cy = top + band_height + s.padding;
            let first = cards.len();
            let mut bounds = Rect::NOTHING;
            let cell = order.cells.get(&(stage.id.0, lane.id.0));
            for &(_, id, index) in cell.into_iter().flatten() {
                let card = || &*journey.cards[index as usize];
                let (card_box, rect) = cache.card(id, card, lane.kind, pos2(x0, cy), |card| {
                    card_box(
                        &mut shaper,
                        s,
                        card,
                        lane.kind,
                        journey.language,
                        Pos2::ZERO,
                        card_inner,
                    )
                });
                cy = rect.max.y + s.card_gap;
                bounds = bounds.union(rect);
                cards.push(card_box);
            }
            if cards.len() > first {
                cell_cards.insert((stage.id, lane.id), first..cards.len());
                cell_spans.push(CellSpan {
                    cards: first..cards.len(),
                    bounds,
                });
            }
            row_height = row_height.max(cy - s.card_gap + s.padding - row_top);
        }
        row_height += trail;
        let rect = Rect::from_min_size(pos2(left, row_top), vec2(grid_width, row_height));
        lanes.push(LaneBox {
            id: lane.id,
            kind: lane.kind,
            rect,
            label: Rect::from_min_size(rect.min, vec2(s.label_width, row_height)),
            name,
            curve_band: (band_height > 0.0).then(|| {
                Rect::from_min_size(
                    pos2(left + s.label_width, top),
                    vec2(grid_width - s.label_width, band_height),
                )
            }),
        });
        y += row_height;
    }

    for (index, stage_box) in stages.iter_mut().enumerate() {
        let (x0, width) = columns.span(index);
        stage_box.header = Rect::from_min_size(pos2(x0, grid_top), vec2(width, header_height));
        stage_box.body =
            Rect::from_min_max(pos2(x0, grid_top + header_height), pos2(x0 + width, y));
    }

    let curves = curves_from(cache.scores(journey), journey, &stages, &lanes);
    let label_width = s.stage_width * 1.5;
    let middles = GapMiddles {
        right: columns.end,
        columns: columns.middles,
        lanes: lane_middles,
    };
    let arrows = plan.arrows(&cards, &middles, s, |label| {
        cache.label(label, || {
            shaper.text(label, s.small_size, label_width, Pos2::ZERO)
        })
    });
    let grid = Rect::from_min_max(pos2(left, grid_top), pos2(left + grid_width, y));
    let blueprint_lines = blueprint_lines(journey, &lanes, &mut shaper, s);
    let mut bounds =
        Rect::from_min_max(Pos2::ZERO, pos2(left + grid_width + s.margin, y + s.margin));
    // Exits out of the map reach past the grid: the map is as wide as they are.
    if let Some(reach) = super::arrows::reach(&arrows) {
        bounds = bounds.union(reach.expand(s.margin));
    }
    let mut layout = Layout {
        bounds,
        title,
        description,
        legend,
        stages,
        lanes,
        cards,
        cell_cards,
        cell_spans,
        curves,
        arrows,
        blueprint_lines,
        grid,
        style: style.clone(),
    };
    cache.keep_cell_order(order);
    cache.end();
    if journey.direction == Direction::RightToLeft {
        super::mirror::mirror(&mut layout, cache);
    }
    layout
}

/// The blueprint lines of `journey` under its visible `lanes`, named in the map's language just
/// above the line, at the start of the lane label column.
fn blueprint_lines(
    journey: &Journey,
    lanes: &[LaneBox],
    shaper: &mut Shaper<'_, '_>,
    s: &Style,
) -> Vec<super::LineBox> {
    journey
        .blueprint_lines
        .iter()
        .filter_map(|line| {
            let lane = lanes.iter().find(|l| l.id == line.below_lane)?;
            let name = journey.language.blueprint_line(line.kind);
            let label = shaper.label(
                name,
                s.small_size,
                s.label_width - 2.0 * s.padding,
                Pos2::ZERO,
            );
            let y = lane.rect.max.y;
            let at = pos2(lane.rect.min.x + s.padding, y - label.galley.size().y - 2.0);
            Some(super::LineBox {
                kind: line.kind,
                x_range: lane.rect.x_range(),
                y,
                label: TextBlock {
                    pos: label.pos + at.to_vec2(),
                    ..label
                },
            })
        })
        .collect()
}
