//! The map as drawn when it is zoomed out too far to read a card: each card a flat block with its
//! coloured stripe, each line of text a bar, each face a dot, and the curves straight lines
//! through their points. Cards are gathered into ready-made meshes of a few dozen, which egui
//! copies as they are instead of outlining and anti-aliasing every rounded corner: a whole map of
//! 10,000 cards then costs about as much to draw as a screenful of readable ones.

use super::{Drawing, Painted, Theme, paint_grid, paint_veil, persona_color};
use crate::layout::{CardBox, Layout, TextBlock};
use crate::model::{Direction, Journey};
use egui::epaint::{Mesh, PathStroke, Shape};
use egui::{Color32, Pos2, Rect, Vec2, pos2, vec2};
use std::ops::Range;
use std::sync::Arc;

/// How many cards share one mesh: few enough that a zoomed-in view skips most meshes, many
/// enough that a whole map is a few hundred shapes rather than tens of thousands.
const CARDS_PER_MESH: usize = 32;

/// One shape of the overview and the zooms (screen points per map unit) at which it is drawn:
/// text bars thinner than a pixel are left out, and so are curves with a point per card once
/// their points would crowd into a few pixels.
struct Detail {
    /// What to draw, in map units.
    shape: Shape,
    /// Draw only at this zoom or closer.
    min_zoom: f32,
    /// Draw only below this zoom.
    max_zoom: f32,
}

/// Below this zoom the gaps between cards are under half a pixel, and each run of cards in a
/// column is drawn as one block.
const SOLID_COLUMNS_BELOW: f32 = 0.05;

/// Below this zoom each curve is drawn through one point per stage (the mean of its scores
/// there) instead of one per scored card.
const COARSE_CURVES_BELOW: f32 = 0.08;

/// The whole overview of `layout`, in paint order: the grid, headers and legend as in
/// [`super::paint`], then the cards and curves in their simplified form, then the spotlight's veil.
pub fn overview_shapes(map: Drawing) -> Vec<Painted> {
    let Drawing {
        layout,
        journey,
        theme,
        options,
    } = map;
    let mut grid = Vec::new();
    paint_grid(map, &mut grid);
    let mut details = Vec::new();
    paint_overview(
        layout,
        journey,
        theme,
        &options.hidden_personas,
        &mut details,
    );
    let mut veil = Vec::new();
    paint_veil(map, &mut veil);
    // Thinner than a tenth of a pixel farther out than this: not worth drawing.
    const ARROWS_FROM: f32 = 0.04;
    let arrows = super::arrows::overview_arrows(map)
        .into_iter()
        .map(|line| Painted::at_zooms(line, ARROWS_FROM..f32::INFINITY));
    let mut painted: Vec<Painted> = grid.into_iter().map(Painted::new).collect();
    painted.extend(
        details
            .into_iter()
            .map(|d| Painted::at_zooms(d.shape, d.min_zoom..d.max_zoom)),
    );
    painted.extend(arrows);
    painted.extend(veil.into_iter().map(Painted::new));
    painted
}

/// Paints the cards and curves of `layout` in the simplified form, in paint order, into `out`.
fn paint_overview(
    layout: &Layout,
    journey: &Journey,
    theme: &Theme,
    hidden_personas: &[crate::model::PersonaId],
    out: &mut Vec<Detail>,
) {
    let rtl = journey.direction == Direction::RightToLeft;
    for chunk in card_chunks(&layout.cards) {
        let mut blocks = mesh_with_room(4 * chunk.len(), 2 * chunk.len());
        // Stripes and text bars: the details of a block, drawn once they are a pixel wide.
        let bars: usize = chunk
            .iter()
            .flat_map(|card| texts_of(card))
            .map(|block| bar_rows(block).count())
            .sum();
        let quads = chunk.len() + bars;
        let mut details = mesh_with_room(4 * quads, 2 * quads);
        let mut smallest_text = f32::INFINITY;
        for card in chunk {
            let (fill, accent) = theme.card_colors(card.kind, card.color);
            blocks.add_colored_rect(card.rect, fill);
            let stripe_x = if rtl {
                card.rect.max.x - 4.0
            } else {
                card.rect.min.x
            };
            details.add_colored_rect(
                Rect::from_min_size(
                    pos2(stripe_x, card.rect.min.y),
                    vec2(4.0, card.rect.height()),
                ),
                accent,
            );
            for block in texts_of(card) {
                smallest_text = smallest_text.min(add_bars(&mut details, block, theme.muted));
            }
        }
        // Farther out the gaps between cards are under a pixel: the chunk is one solid column
        // in the colour of its first card.
        let mut column = mesh_with_room(4, 2);
        let span = chunk
            .iter()
            .fold(Rect::NOTHING, |span, card| span.union(card.rect));
        let (fill, _) = theme.card_colors(chunk[0].kind, chunk[0].color);
        column.add_colored_rect(span, fill);
        out.push(Detail {
            shape: Shape::mesh(column),
            min_zoom: 0.0,
            max_zoom: SOLID_COLUMNS_BELOW,
        });
        out.push(Detail {
            shape: Shape::mesh(blocks),
            min_zoom: SOLID_COLUMNS_BELOW,
            max_zoom: f32::INFINITY,
        });
        out.push(Detail {
            shape: Shape::mesh(details),
            // A bar is worth drawing once it is about a pixel thick.
            min_zoom: 2.0 / smallest_text,
            max_zoom: f32::INFINITY,
        });
    }

    for curve in &layout.curves {
        if hidden_personas.contains(&curve.persona) {
            continue;
        }
        let Some(persona) = journey.persona(curve.persona) else {
            continue;
        };
        let color = persona_color(persona.color);
        let fine = COARSE_CURVES_BELOW..f32::INFINITY;
        // Pieces that share their end points, so a partial view draws only what it shows.
        let mut start = 0;
        while start < curve.points.len() {
            let end = (start + CARDS_PER_MESH).min(curve.points.len() - 1);
            let points: Vec<Pos2> = curve.points[start..=end].iter().map(|p| p.pos).collect();
            add_curve(out, points, (color, layout.style.face_radius), fine.clone());
            if end + 1 >= curve.points.len() {
                break;
            }
            start = end;
        }
        // Far out, one point per stage: where the persona's mood is, stage by stage.
        let coarse: Vec<Pos2> = layout
            .stages
            .iter()
            .filter_map(|stage| {
                let inside: Vec<Pos2> = curve
                    .points
                    .iter()
                    .map(|p| p.pos)
                    .filter(|p| stage.header.x_range().contains(p.x))
                    .collect();
                let n = inside.len() as f32;
                (n > 0.0).then(|| {
                    let sum = inside.iter().fold(Vec2::ZERO, |sum, p| sum + p.to_vec2());
                    (sum / n).to_pos2()
                })
            })
            .collect();
        add_curve(
            out,
            coarse,
            (color, layout.style.face_radius),
            0.0..COARSE_CURVES_BELOW,
        );
    }
}

/// A curve through `points` with a dot at each, drawn at `zooms`.
fn add_curve(
    out: &mut Vec<Detail>,
    points: Vec<Pos2>,
    (color, radius): (Color32, f32),
    zooms: Range<f32>,
) {
    let mut dots = mesh_with_room(DOT_VERTICES * points.len(), DOT_TRIANGLES * points.len());
    for &center in &points {
        add_dot(&mut dots, center, radius, color);
    }
    if points.len() > 1 {
        out.push(Detail {
            shape: Shape::line(points, PathStroke::new(3.0, color)),
            min_zoom: zooms.start,
            max_zoom: zooms.end,
        });
    }
    if !dots.is_empty() {
        out.push(Detail {
            shape: Shape::mesh(dots),
            min_zoom: zooms.start,
            max_zoom: zooms.end,
        });
    }
}

/// An empty mesh with room for exactly `vertices` and `triangles` (a rectangle is 4 and 2). The
/// overview's meshes live as long as the layout, and a mesh grown by doubling holds up to twice
/// what it draws: on a 100,000-card map that slack was tens of megabytes.
fn mesh_with_room(vertices: usize, triangles: usize) -> Mesh {
    let mut mesh = Mesh::default();
    mesh.reserve_vertices(vertices);
    mesh.reserve_triangles(triangles);
    mesh
}

/// The text blocks of `card` that the overview draws as bars, in paint order.
fn texts_of(card: &CardBox) -> impl Iterator<Item = &TextBlock> {
    [&card.caption, &card.body, &card.tags]
        .into_iter()
        .flatten()
        .chain(std::iter::once(&card.title))
}

/// The rows of `block` that hold text: each is drawn as one bar.
fn bar_rows(block: &TextBlock) -> impl Iterator<Item = &egui::epaint::text::PlacedRow> {
    block
        .galley
        .rows
        .iter()
        .filter(|row| !row.glyphs.is_empty())
}

/// Consecutive cards of the same column, at most [`CARDS_PER_MESH`] at a time. The layout lists
/// cards cell by cell, so each chunk covers a small area of the map.
fn card_chunks(cards: &[Arc<CardBox>]) -> impl Iterator<Item = &[Arc<CardBox>]> {
    let mut rest = cards;
    std::iter::from_fn(move || {
        let first = rest.first()?;
        let len = rest
            .iter()
            .take(CARDS_PER_MESH)
            .take_while(|c| c.rect.min.x == first.rect.min.x)
            .count();
        let (chunk, tail) = rest.split_at(len);
        rest = tail;
        Some(chunk)
    })
}

/// Adds one bar per row of `block`, as tall as its letters' x-height, and returns the text's
/// font size.
pub(super) fn add_bars(mesh: &mut Mesh, block: &TextBlock, color: Color32) -> f32 {
    let origin = block.origin().to_vec2();
    for row in bar_rows(block) {
        let rect = row.rect().translate(origin);
        mesh.add_colored_rect(
            Rect::from_center_size(
                rect.center(),
                vec2(rect.width(), (rect.height() * 0.45).max(0.5)),
            ),
            color,
        );
    }
    font_size(&block.galley)
}

/// The size of the (first) font of `galley`, in its own units.
pub(super) fn font_size(galley: &egui::Galley) -> f32 {
    galley
        .job
        .sections
        .first()
        .map_or(12.0, |s| s.format.font_id.size)
}

/// The corners of a dot: round enough for a dot a few pixels across.
const DOT_CORNERS: u32 = 8;
/// The vertices of one dot: its corners, no centre (a curve of a 100,000-card map has as many
/// dots as scored cards, each kept for as long as the layout).
const DOT_VERTICES: usize = DOT_CORNERS as usize;
/// The triangles of one dot, a fan from its first corner.
const DOT_TRIANGLES: usize = DOT_CORNERS as usize - 2;

/// A filled octagon: round enough for a dot a few pixels across.
pub(super) fn add_dot(mesh: &mut Mesh, center: Pos2, radius: f32, color: Color32) {
    let base = mesh.vertices.len() as u32;
    for i in 0..DOT_CORNERS {
        let angle = i as f32 * std::f32::consts::TAU / DOT_CORNERS as f32;
        mesh.colored_vertex(center + radius * vec2(angle.cos(), angle.sin()), color);
    }
    for i in 1..DOT_CORNERS - 1 {
        mesh.add_triangle(base, base + i, base + i + 1);
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::layout::{Style, build};
    use crate::scene::ThemeKind;

    pub(crate) use crate::fonts::with_fonts;

    pub(crate) fn full_cycle() -> (Journey, Layout) {
        let journey = crate::generate::generate(
            crate::templates::find("full-cycle")
                .and_then(|t| t.journey().ok())
                .expect("template"),
            300,
        );
        let layout = with_fonts(|f| build(&journey, &Style::default(), f));
        (journey, layout)
    }

    /// The overview's cards and curves of `full_cycle`, every persona shown.
    fn details() -> (Layout, Vec<Detail>) {
        let (journey, layout) = full_cycle();
        let mut out = Vec::new();
        let theme = Theme::new(ThemeKind::Light);
        paint_overview(&layout, &journey, &theme, &[], &mut out);
        (layout, out)
    }

    #[test]
    fn every_card_is_a_block_inside_the_bounds_of_its_mesh() {
        let (layout, out) = details();
        let meshes: Vec<&Mesh> = out
            .iter()
            .filter_map(|d| match &d.shape {
                Shape::Mesh(m) if d.min_zoom == SOLID_COLUMNS_BELOW => Some(&**m),
                _ => None,
            })
            .collect();
        for card in &layout.cards {
            let found = meshes.iter().any(|m| {
                m.vertices
                    .chunks(4)
                    .any(|quad| Rect::from_min_max(quad[0].pos, quad[3].pos) == card.rect)
            });
            assert!(found, "card {:?} has no block", card.id);
        }
        // Far fewer shapes than cards: that is the point.
        assert!(out.len() < layout.cards.len() / 2, "{} shapes", out.len());
    }

    #[test]
    fn meshes_hold_no_more_than_they_draw() {
        let (_, out) = details();
        for detail in &out {
            if let Shape::Mesh(mesh) = &detail.shape {
                assert_eq!(mesh.vertices.capacity(), mesh.vertices.len());
                assert_eq!(mesh.indices.capacity(), mesh.indices.len());
            }
        }
    }

    #[test]
    fn a_dot_is_a_whole_octagon_within_its_radius() {
        let mut mesh = Mesh::default();
        let (center, radius) = (pos2(10.0, 20.0), 3.0);
        add_dot(&mut mesh, center, radius, Color32::RED);
        assert_eq!(mesh.vertices.len(), DOT_VERTICES);
        assert_eq!(mesh.indices.len(), 3 * DOT_TRIANGLES);
        assert!(
            mesh.vertices
                .iter()
                .all(|v| (v.pos.distance(center) - radius).abs() < 1e-4)
        );
        let area: f32 = mesh
            .indices
            .chunks(3)
            .map(|t| {
                let [a, b, c] = [t[0], t[1], t[2]].map(|i| mesh.vertices[i as usize].pos);
                ((b - a).x * (c - a).y - (b - a).y * (c - a).x).abs() / 2.0
            })
            .sum();
        // A regular octagon's area is 2·√2·r²; overlapping or missing triangles change it.
        let octagon = 2.0 * 2.0_f32.sqrt() * radius * radius;
        assert!((area - octagon).abs() < 1e-3, "{area} against {octagon}");
    }

    #[test]
    fn chunks_cover_every_card_once_and_stay_in_one_column() {
        let (_, layout) = full_cycle();
        let chunks: Vec<&[Arc<CardBox>]> = card_chunks(&layout.cards).collect();
        assert_eq!(
            chunks.iter().map(|c| c.len()).sum::<usize>(),
            layout.cards.len()
        );
        for chunk in chunks {
            assert!(!chunk.is_empty() && chunk.len() <= CARDS_PER_MESH);
            assert!(chunk.iter().all(|c| c.rect.min.x == chunk[0].rect.min.x));
        }
    }

    #[test]
    fn hidden_personas_have_no_curve() {
        let (journey, layout) = full_cycle();
        let colors: Vec<Color32> = journey
            .personas
            .iter()
            .map(|p| persona_color(p.color))
            .collect();
        let uses_persona_color = |out: &[Detail]| {
            out.iter().any(|d| match &d.shape {
                Shape::Mesh(m) => m.vertices.iter().any(|v| colors.contains(&v.color)),
                Shape::Path(_) => true,
                _ => false,
            })
        };
        let theme = Theme::new(ThemeKind::Light);
        let mut shown = Vec::new();
        paint_overview(&layout, &journey, &theme, &[], &mut shown);
        assert!(uses_persona_color(&shown));
        let all: Vec<_> = journey.personas.iter().map(|p| p.id).collect();
        let mut hidden = Vec::new();
        paint_overview(&layout, &journey, &theme, &all, &mut hidden);
        assert!(!uses_persona_color(&hidden));
    }

    #[test]
    fn far_out_each_curve_has_one_point_per_stage() {
        let (layout, out) = details();
        let lines = |far: bool| -> Vec<usize> {
            out.iter()
                .filter(|d| (d.max_zoom == COARSE_CURVES_BELOW) == far)
                .filter_map(|d| match &d.shape {
                    Shape::Path(path) => Some(path.points.len()),
                    _ => None,
                })
                .collect()
        };
        let coarse = lines(true);
        assert_eq!(coarse.len(), layout.curves.len());
        assert!(coarse.iter().all(|&n| n > 1 && n <= layout.stages.len()));
        // Closer in, a point per scored card.
        let fine: usize = lines(false).iter().sum();
        assert!(fine > coarse.iter().sum::<usize>() * 2);
    }
}
