//! The marks of a comparison drawn over the map: added and changed cards outlined, removed
//! cards, stages and lanes veiled as faint ghosts where they were, and the old map's emotion
//! curves dashed under the new ones. `journeymap diff -o` adds the legend under the map.

use super::{Drawing, Theme, persona_color, text};
use crate::diff::marks::{Mark, Marks};
use crate::layout::{Curve, DiffLegend, Layout};
use egui::epaint::{CornerRadius, Shape, Stroke, StrokeKind};
use egui::{Color32, Rect, pos2};
use std::sync::{Arc, Mutex};

/// Old curves laid out on a layout, with that layout's bounds to tell it by.
type KeptCurves = Option<(Rect, Arc<Vec<Curve>>)>;

/// A comparison shown on the map. Two are equal when they are the same comparison (so a scene
/// cache keyed by the options does not compare thousands of marks every frame).
#[derive(Clone, Debug)]
pub struct Comparison {
    marks: Arc<Marks>,
    /// The old curves laid out on the last layout drawn, by that layout's bounds.
    old_curves: Arc<Mutex<KeptCurves>>,
}

impl PartialEq for Comparison {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.marks, &other.marks)
    }
}

impl Comparison {
    /// The comparison with these marks.
    pub fn new(marks: Arc<Marks>) -> Self {
        Comparison {
            marks,
            old_curves: Arc::default(),
        }
    }

    /// Its marks.
    pub fn marks(&self) -> &Marks {
        &self.marks
    }

    /// The old map's curves on `layout`, laid out once per layout.
    fn old_curves(&self, layout: &Layout) -> Arc<Vec<Curve>> {
        let mut kept = self
            .old_curves
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match &*kept {
            Some((bounds, curves)) if *bounds == layout.bounds => curves.clone(),
            _ => {
                let curves = Arc::new(crate::layout::curves_on(&self.marks.old_scores, layout));
                *kept = Some((layout.bounds, curves.clone()));
                curves
            }
        }
    }
}

/// The colour of a mark's outline; removed things are veiled instead.
pub fn mark_color(theme: &Theme, mark: Mark) -> Color32 {
    let dark = matches!(
        theme.kind,
        super::ThemeKind::Dark | super::ThemeKind::ProjectorDark
    );
    match (mark, dark) {
        (Mark::Added, false) => Color32::from_rgb(0x0b, 0x8a, 0x4a),
        (Mark::Added, true) => Color32::from_rgb(0x4c, 0xd6, 0x8a),
        (Mark::Changed, false) => Color32::from_rgb(0xd9, 0x62, 0x00),
        (Mark::Changed, true) => Color32::from_rgb(0xff, 0xa0, 0x40),
        (Mark::Removed, _) => theme.muted,
        (Mark::Conflict, false) => Color32::from_rgb(0xd0, 0x1c, 0x3a),
        (Mark::Conflict, true) => Color32::from_rgb(0xff, 0x5a, 0x6e),
    }
}

/// How much of the paper covers a removed thing.
const GHOST_VEIL: f32 = 0.7;
/// Width of an outline around an added or changed card.
const OUTLINE: f32 = 3.0;

/// Paints the comparison's marks on the part of the map in `area`; nothing without one.
pub(super) fn paint(map: Drawing, area: Rect, out: &mut Vec<Shape>) {
    let Some(comparison) = &map.options.compare else {
        return;
    };
    let (layout, theme) = (map.layout, map.theme);
    let marks = comparison.marks();
    let veil = theme.background.gamma_multiply(GHOST_VEIL);
    for stage in &layout.stages {
        match marks.stages.get(&stage.id) {
            Some(Mark::Removed) => out.push(Shape::rect_filled(
                stage.header.union(stage.body),
                CornerRadius::ZERO,
                veil,
            )),
            Some(mark) => outline(out, stage.header, mark_color(theme, *mark), 0),
            None => {}
        }
    }
    for lane in &layout.lanes {
        match marks.lanes.get(&lane.id) {
            Some(Mark::Removed) => {
                out.push(Shape::rect_filled(lane.rect, CornerRadius::ZERO, veil));
            }
            Some(mark) => outline(out, lane.label, mark_color(theme, *mark), 0),
            None => {}
        }
    }
    let corner = layout.style.card_corner.round() as u8;
    for (_, card) in layout.cards_meeting(area) {
        match marks.cards.get(&card.id) {
            Some(Mark::Removed) => ghost(out, card.rect, corner, theme, veil),
            Some(mark) => outline(out, card.rect, mark_color(theme, *mark), corner),
            None => {}
        }
    }
    old_curves(map, comparison, area, out);
}

/// A card drawn faintly, with a dashed edge: it was here in the old map.
fn ghost(out: &mut Vec<Shape>, rect: Rect, corner: u8, theme: &Theme, veil: Color32) {
    out.push(Shape::rect_filled(rect, CornerRadius::same(corner), veil));
    let (min, max) = (rect.min, rect.max);
    let edge = [min, pos2(max.x, min.y), max, pos2(min.x, max.y), min];
    out.extend(Shape::dashed_line(
        &edge,
        Stroke::new(1.5, theme.muted),
        6.0,
        4.0,
    ));
}

fn outline(out: &mut Vec<Shape>, rect: Rect, color: Color32, corner: u8) {
    out.push(Shape::rect_stroke(
        rect,
        CornerRadius::same(corner),
        Stroke::new(OUTLINE, color),
        StrokeKind::Outside,
    ));
}

/// The old map's curves, dashed and thinner, under the new ones.
fn old_curves(map: Drawing, comparison: &Comparison, area: Rect, out: &mut Vec<Shape>) {
    let curves = comparison.old_curves(map.layout);
    for curve in curves.iter() {
        if map.options.hidden_personas.contains(&curve.persona) {
            continue;
        }
        let Some(persona) = map.journey.persona(curve.persona) else {
            continue;
        };
        let color = persona_color(persona.color).gamma_multiply(0.85);
        let shown = crate::layout::reaching(&curve.points, area.min.x, area.max.x);
        let points: Vec<egui::Pos2> = curve.points[shown].iter().map(|p| p.pos).collect();
        if points.len() < 2 {
            continue;
        }
        let path = crate::layout::smooth_path(&points);
        out.extend(Shape::dashed_line(&path, Stroke::new(2.0, color), 8.0, 6.0));
        for point in &points {
            out.push(Shape::circle_stroke(*point, 3.5, Stroke::new(1.5, color)));
        }
    }
}

/// Paints the legend under a diff picture.
pub fn paint_legend(legend: &DiffLegend, theme: &Theme, out: &mut Vec<Shape>) {
    out.push(Shape::rect_filled(
        legend.rect,
        CornerRadius::ZERO,
        theme.background,
    ));
    text(out, &legend.heading, theme.text);
    for sample in &legend.samples {
        let rect = sample.swatch;
        match sample.mark {
            Some(mark) => {
                let (fill, _) = theme.card_colors(crate::model::LaneKind::Notes, None);
                out.push(Shape::rect_filled(rect, CornerRadius::same(3), fill));
                if mark == Mark::Removed {
                    let veil = theme.background.gamma_multiply(GHOST_VEIL);
                    ghost(out, rect, 3, theme, veil);
                } else {
                    outline(out, rect, mark_color(theme, mark), 3);
                }
            }
            None => {
                let y = rect.center().y;
                let line = [pos2(rect.min.x, y), pos2(rect.max.x, y)];
                out.extend(Shape::dashed_line(
                    &line,
                    Stroke::new(2.0, theme.muted),
                    6.0,
                    4.0,
                ));
            }
        }
        text(out, &sample.text, theme.text);
    }
}
