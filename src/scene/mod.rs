//! Turns a [`Layout`] into epaint shapes. The canvas and the PNG export draw exactly these.

mod arrows;
mod badges;
mod blueprint;
pub mod compare;
mod face;
mod kept_cards;
mod overview;
mod painted;
mod picture_cache;
mod pictures;
mod theme;

pub use face::face;
pub use kept_cards::KeptCards;
use overview::add_bars;
pub use overview::overview_shapes;
pub use painted::{Painted, View, ViewMesh, ViewMeshes, cards_readable, tessellate_into, visible};
pub use picture_cache::{PictureCache, Repaint};
pub use pictures::{PictureTextures, drawn_pixels, paint_pictures, texture_image};
pub use theme::{Theme, ThemeKind, mix};

use crate::layout::{Layout, TextBlock};
use crate::model::{Journey, LaneKind, Rgb};
use egui::epaint::{CornerRadius, PathStroke, Shape, Stroke, StrokeKind, TextShape};
use egui::{Color32, Rect, Vec2, pos2, vec2};

/// Which personas' curves to draw; all by default.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SceneOptions {
    /// Personas whose curves are hidden.
    pub hidden_personas: Vec<crate::model::PersonaId>,
    /// The stage in the spotlight: every other stage is dimmed (presentation mode), its paths
    /// drawn at full strength over the veil.
    pub spotlight: Option<crate::model::StageId>,
    /// The fork highlighted in the spotlight (presentation mode): its card outlined, its
    /// branches drawn over everything, heavier.
    pub fork: Option<crate::model::CardId>,
    /// A comparison with another map: its marks are drawn over the cards, its old curves
    /// dashed under the new ones.
    pub compare: Option<compare::Comparison>,
}

/// The colour of a persona as an egui colour.
pub fn persona_color(color: Rgb) -> Color32 {
    Color32::from_rgb(color.0, color.1, color.2)
}

/// The coloured stripe on the leading edge of a card or lane label: left, or right in an RTL map.
fn stripe(
    out: &mut Vec<Shape>,
    rect: Rect,
    (rtl, width): (bool, f32),
    rounding: u8,
    color: Color32,
) {
    let (x, corners) = if rtl {
        let r = rounding;
        (
            rect.max.x - width,
            CornerRadius {
                ne: r,
                se: r,
                nw: 0,
                sw: 0,
            },
        )
    } else {
        let r = rounding;
        (
            rect.min.x,
            CornerRadius {
                nw: r,
                sw: r,
                ne: 0,
                se: 0,
            },
        )
    };
    let area = Rect::from_min_size(pos2(x, rect.min.y), vec2(width, rect.height()));
    out.push(Shape::rect_filled(area, corners, color));
}

fn text(out: &mut Vec<Shape>, block: &TextBlock, color: Color32) {
    out.push(Shape::Text(TextShape::new(
        block.origin(),
        block.galley.clone(),
        color,
    )));
}

/// Paints the whole map, in map units, into `out`.
pub fn paint(
    layout: &Layout,
    journey: &Journey,
    theme: &Theme,
    options: &SceneOptions,
    out: &mut Vec<Shape>,
) {
    let map = Drawing {
        layout,
        journey,
        theme,
        options,
    };
    paint_area(map, Rect::EVERYTHING, 1.0, out);
}

/// A map to draw: the layout, what it lays out, and how it is drawn.
#[derive(Clone, Copy)]
pub struct Drawing<'a> {
    /// Where everything is.
    pub layout: &'a Layout,
    /// The journey laid out.
    pub journey: &'a Journey,
    /// Colours.
    pub theme: &'a Theme,
    /// Hidden personas and spotlight.
    pub options: &'a SceneOptions,
}

/// Paints the part of the map that `area` (in map units) shows: the grid whole, and only the
/// cards and pieces of curves that reach into the area. A view of a few stages of a map of
/// 10,000 cards paints a few hundred. At a `zoom` (screen points per map unit) where a face is
/// a few pixels across, it is drawn as a plain dot: its eyes would be smaller than a pixel.
pub fn paint_area(map: Drawing, area: Rect, zoom: f32, out: &mut Vec<Shape>) {
    paint_area_with(map, area, zoom, None, out);
}

/// Paints like [`paint_area`], with the pictures `pictures` has ready drawn over their cards
/// at `pixels_per_unit` target pixels per map unit.
pub fn paint_area_with(
    map: Drawing,
    area: Rect,
    zoom: f32,
    pictures: Option<(&mut dyn PictureTextures, f32)>,
    out: &mut Vec<Shape>,
) {
    paint_grid(map, out);
    paint_cards(map, area, out);
    if let Some((textures, pixels_per_unit)) = pictures {
        paint_pictures(map, area, pixels_per_unit, textures, out);
    }
    compare::paint(map, area, out);
    arrows::paint_arrows(map, area, out);
    paint_curves(map, area, zoom, out);
    paint_veil(map, out);
}

/// Paints what lies under the cards: background, title, legend, lane labels, stage headers
/// with their KPIs, and the grid.
fn paint_grid(map: Drawing, out: &mut Vec<Shape>) {
    let Drawing {
        layout,
        journey,
        theme,
        options,
    } = map;
    let rtl = journey.direction == crate::model::Direction::RightToLeft;
    out.push(Shape::rect_filled(
        layout.bounds,
        CornerRadius::ZERO,
        theme.background,
    ));
    text(out, &layout.title, theme.text);
    if let Some(description) = &layout.description {
        text(out, description, theme.muted);
    }
    for entry in &layout.legend {
        let Some(persona) = journey.persona(entry.persona) else {
            continue;
        };
        let color = persona_color(persona.color);
        let hidden = options.hidden_personas.contains(&persona.id);
        let line_color = if hidden { theme.neutral_line } else { color };
        out.push(Shape::line_segment(
            [
                entry.marker - vec2(layout.style.legend_line_half, 0.0),
                entry.marker + vec2(layout.style.legend_line_half, 0.0),
            ],
            Stroke::new(3.0, line_color),
        ));
        let radius = layout.style.legend_face_radius;
        face(out, entry.marker, radius, 1, line_color, theme.face_fill);
        if let Some(photo) = &entry.photo {
            out.push(Shape::rect_filled(
                photo.frame,
                CornerRadius::ZERO,
                mix(theme.background, theme.muted, 0.15),
            ));
        }
        text(
            out,
            &entry.text,
            if hidden { theme.muted } else { theme.text },
        );
    }

    let line = Stroke::new(1.0, theme.grid_line);
    // Lane rows: label cell and a rule under each row.
    for lane in &layout.lanes {
        out.push(Shape::rect_filled(
            lane.label,
            CornerRadius::ZERO,
            theme.label_fill,
        ));
        let (_, accent) = theme.card_colors(lane.kind, None);
        stripe(out, lane.label, (rtl, layout.style.stripe_width), 0, accent);
        text(out, &lane.name, theme.text);
        out.push(Shape::hline(lane.rect.x_range(), lane.rect.max.y, line));
        if let Some(band) = lane.curve_band {
            for score in [-2, -1, 1, 2] {
                let y = crate::layout::score_y(band, score);
                out.push(Shape::hline(
                    band.x_range(),
                    y,
                    Stroke::new(0.5, mix(theme.background, theme.grid_line, 0.6)),
                ));
            }
            let y = crate::layout::score_y(band, 0);
            out.extend(Shape::dashed_line(
                &[pos2(band.min.x, y), pos2(band.max.x, y)],
                Stroke::new(1.2, theme.neutral_line),
                6.0,
                4.0,
            ));
        }
    }
    // Stage headers and column rules.
    for stage in &layout.stages {
        out.push(Shape::rect_filled(
            stage.header,
            CornerRadius::ZERO,
            theme.header_fill,
        ));
        out.push(Shape::vline(
            stage.header.min.x,
            stage.header.min.y..=stage.body.max.y,
            line,
        ));
        out.push(Shape::vline(
            stage.header.max.x,
            stage.header.min.y..=stage.body.max.y,
            line,
        ));
        let badge = stage.number.rect().expand(4.0);
        out.push(Shape::circle_filled(
            badge.center(),
            badge.width().max(badge.height()) / 2.0,
            theme.text,
        ));
        text(out, &stage.number, theme.background);
        text(out, &stage.name, theme.text);
        if let Some(goal) = &stage.goal {
            text(out, goal, theme.muted);
        }
        for (rect, kpi) in &stage.kpis {
            out.push(Shape::rect_filled(
                *rect,
                CornerRadius::same(4),
                theme.badge_fill,
            ));
            out.push(Shape::rect_stroke(
                *rect,
                CornerRadius::same(4),
                line,
                StrokeKind::Inside,
            ));
            text(out, kpi, theme.text);
        }
    }
    out.push(Shape::rect_stroke(
        layout.grid,
        CornerRadius::ZERO,
        line,
        StrokeKind::Inside,
    ));
    blueprint::paint_lines(map, out);
}

/// Paints every card that reaches into `area` with its stripe, texts and votes.
fn paint_cards(map: Drawing, area: Rect, out: &mut Vec<Shape>) {
    let Drawing {
        layout,
        journey,
        theme,
        ..
    } = map;
    let rtl = journey.direction == crate::model::Direction::RightToLeft;
    for card in layout
        .cards
        .iter()
        .filter(|c| area.intersects(c.rect.expand(CARD_REACH)))
    {
        paint_card(card, (rtl, &layout.style), theme, out);
    }
}

/// How far a card's shapes reach beyond its rectangle: vote dots stick out of the top edge.
const CARD_REACH: f32 = crate::layout::VOTE_DOT_RADIUS + 2.0;

/// Paints one card with its stripe, texts and votes.
fn paint_card(
    card: &crate::layout::CardBox,
    (rtl, style): (bool, &crate::layout::Style),
    theme: &Theme,
    out: &mut Vec<Shape>,
) {
    let (fill, accent) = theme.card_colors(card.kind, card.color);
    let corner = style.card_corner.round() as u8;
    out.push(Shape::rect_filled(
        card.rect,
        CornerRadius::same(corner),
        fill,
    ));
    out.push(Shape::rect_stroke(
        card.rect,
        CornerRadius::same(corner),
        Stroke::new(1.0, theme.card_stroke),
        StrokeKind::Inside,
    ));
    stripe(out, card.rect, (rtl, style.stripe_width), corner, accent);
    // What shows until the picture is drawn over it, and if it cannot be.
    if let Some(picture) = &card.picture {
        out.push(Shape::rect_filled(
            picture.frame,
            CornerRadius::ZERO,
            mix(fill, theme.muted, 0.15),
        ));
        if let Some(label) = &picture.label {
            text(out, label, theme.muted);
        }
    }
    if let Some(icon) = &card.icon {
        text(out, icon, accent);
    }
    if let Some(caption) = &card.caption {
        let color = if card.kind == LaneKind::PainPoints && card.icon.is_none() {
            accent
        } else {
            theme.muted
        };
        text(out, caption, color);
    }
    text(out, &card.title, theme.text);
    if let Some(body) = &card.body {
        text(out, body, theme.muted);
    }
    if let Some(tags) = &card.tags {
        text(out, tags, accent);
    }
    for dot in &card.vote_dots {
        out.push(Shape::circle_filled(
            *dot,
            crate::layout::VOTE_DOT_RADIUS,
            theme.vote,
        ));
        out.push(Shape::circle_stroke(
            *dot,
            crate::layout::VOTE_DOT_RADIUS,
            Stroke::new(1.5, theme.background),
        ));
    }
    if let Some(count) = &card.vote_count {
        text(out, count, theme.vote);
    }
    for (badge, at) in &card.badges {
        badges::paint(*badge, *at, theme, out);
    }
}

/// Paints the emotion curves of the personas not hidden, with a face at each score.
fn paint_curves(map: Drawing, area: Rect, zoom: f32, out: &mut Vec<Shape>) {
    let Drawing {
        layout,
        journey,
        theme,
        options,
    } = map;
    /// Below this radius on screen, in points, a face is a dot.
    const SMALLEST_FACE: f32 = 4.0;
    let face_radius = layout.style.face_radius;
    let dots = face_radius * zoom < SMALLEST_FACE;
    for curve in &layout.curves {
        if options.hidden_personas.contains(&curve.persona) {
            continue;
        }
        let Some(persona) = journey.persona(curve.persona) else {
            continue;
        };
        let color = persona_color(persona.color);
        // Smoothed and drawn in pieces, only where the view shows them: a view of a few stages
        // of a long journey costs what it shows. Neighbouring pieces share their end point, and
        // a piece never leaves the box of its points.
        const PIECE: usize = 3;
        let shown = crate::layout::reaching(&curve.points, area.min.x, area.max.x);
        let mut start = shown.start;
        while start + 1 < shown.end {
            let end = (start + PIECE).min(shown.end - 1);
            let points: Vec<egui::Pos2> = curve.points[start..=end].iter().map(|p| p.pos).collect();
            if area.intersects(Rect::from_points(&points).expand(2.0)) {
                let piece = crate::layout::smooth_path(&points);
                out.push(Shape::line(piece, PathStroke::new(3.0, color)));
            }
            start = end;
        }
        // Dots go into one ready-made mesh: nothing to outline or anti-alias at that size.
        let mut dot_mesh = egui::epaint::Mesh::default();
        for point in curve.points.iter().filter(|p| {
            area.intersects(Rect::from_center_size(
                p.pos,
                Vec2::splat(face_radius * 2.0 + 6.0),
            ))
        }) {
            if dots {
                overview::add_dot(&mut dot_mesh, point.pos, face_radius, color);
                continue;
            }
            face(
                out,
                point.pos,
                face_radius,
                point.score.value(),
                color,
                theme.face_fill,
            );
        }
        if !dot_mesh.is_empty() {
            out.push(Shape::mesh(dot_mesh));
        }
    }
}

/// In a workshop, every stage but the one being discussed is dimmed: paints the veil over the
/// others, on top of everything else.
fn paint_veil(map: Drawing, out: &mut Vec<Shape>) {
    let Drawing {
        layout,
        theme,
        options,
        ..
    } = map;
    if let Some(spotlight) = options.spotlight {
        let veil = theme.background.gamma_multiply(0.72);
        for stage in layout.stages.iter().filter(|s| s.id != spotlight) {
            out.push(Shape::rect_filled(
                stage.header.union(stage.body),
                CornerRadius::ZERO,
                veil,
            ));
        }
        // The stage's own paths stay at full strength where they cross the dimmed stages.
        arrows::paint_spotlight_paths(map, layout.bounds, out);
    }
}
