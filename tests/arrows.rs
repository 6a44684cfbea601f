//! Arrows on the layout: they run in the gaps and never over a card, in every template and
//! language, and crowded gaps are widened so arrows run side by side.

use journeymap::layout::{self, Layout, Style};
use journeymap::model::{Direction, Journey, Language};
use journeymap::templates;

fn layout_of(journey: &Journey) -> Layout {
    let ctx = journeymap::fonts::context();
    let mut result = None;
    let output = ctx.run_ui(egui::RawInput::default(), |ui| {
        result = Some(
            ui.ctx()
                .fonts_mut(|fonts| layout::build(journey, &Style::default(), fonts)),
        );
    });
    output.drop_without_applying_deltas();
    result.unwrap()
}

fn inside(outer: egui::Rect, inner: egui::Rect) -> bool {
    outer.expand(0.5).contains_rect(inner)
}

/// `journey` with a connection of every kind: forward to the next stage, forward over stages,
/// back to an earlier stage, within a stage, and an exit out of the map, all labelled.
fn with_every_connection(mut journey: Journey) -> Journey {
    use journeymap::model::{Connection, ConnectionId, ConnectionKind};
    let in_stage = |journey: &Journey, index: usize| {
        let stage = journey.stages[index.min(journey.stages.len() - 1)].id;
        journey
            .cards
            .iter()
            .filter(|c| c.stage == stage)
            .map(|c| c.id)
            .collect::<Vec<_>>()
    };
    let (first, second, third, last) = (
        in_stage(&journey, 0),
        in_stage(&journey, 1),
        in_stage(&journey, 2),
        in_stage(&journey, journey.stages.len() - 1),
    );
    if [&first, &second, &third, &last]
        .iter()
        .any(|cards| cards.is_empty())
    {
        return journey;
    }
    let links = [
        (
            ConnectionKind::Next,
            first[0],
            second.first().copied(),
            "then",
        ),
        (
            ConnectionKind::Alternative,
            first[0],
            last.first().copied(),
            "if the price is too high",
        ),
        (
            ConnectionKind::Next,
            last[0],
            first.last().copied(),
            "comes back",
        ),
        (
            ConnectionKind::Triggers,
            second[0],
            second.last().copied(),
            "sets work going",
        ),
        (ConnectionKind::Exit, third[0], None, "picks a competitor"),
        (ConnectionKind::Exit, second[0], third.last().copied(), ""),
    ];
    // After the template's own connections (the forks template has some), none repeated.
    let base = journey
        .connections
        .iter()
        .map(|c| c.id.0)
        .max()
        .unwrap_or(0);
    for (n, (kind, from, to, label)) in links.into_iter().enumerate() {
        let repeated = journey
            .connections
            .iter()
            .any(|c| (c.kind, c.from, c.to) == (kind, from, to));
        if to == Some(from) || repeated {
            continue;
        }
        journey.connections.push(Connection {
            id: ConnectionId(base + n as u64 + 1),
            kind,
            from,
            to,
            label: label.to_owned(),
            share: (kind == ConnectionKind::Exit).then_some(30),
        });
    }
    assert!(journey.problems().is_empty(), "{:?}", journey.problems());
    journey
}

#[test]
fn arrows_run_in_the_gaps_and_never_over_a_card() {
    for (template, language) in templates::ALL
        .iter()
        .flat_map(|t| Language::ALL.map(|l| (t, l)))
    {
        let journey = with_every_connection(template.journey_in(language).unwrap());
        if journey.connections.is_empty() {
            continue;
        }
        let layout = layout_of(&journey);
        assert_eq!(
            layout.arrows.len(),
            journey.connections.len(),
            "{}",
            template.name
        );
        for arrow in &layout.arrows {
            assert!(arrow.points.len() >= 2);
            for segment in arrow.points.windows(2) {
                let (a, b) = (segment[0], segment[1]);
                assert!(
                    a.x == b.x || a.y == b.y,
                    "{}: a slanted segment",
                    template.name
                );
                let line = egui::Rect::from_two_pos(a, b);
                for card in &layout.cards {
                    assert!(
                        !line.intersects(card.rect.shrink(1.0)),
                        "{} ({language:?}): arrow {} crosses card {}",
                        template.name,
                        arrow.connection,
                        card.id
                    );
                }
            }
            if let Some(label) = &arrow.label {
                for card in &layout.cards {
                    assert!(
                        !label.rect().intersects(card.rect),
                        "{} ({language:?}): the label of arrow {} covers card {}: {:?} {:?}",
                        template.name,
                        arrow.connection,
                        card.id,
                        label.rect(),
                        card.rect
                    );
                }
            }
        }
    }
}

/// The middle segments of `layout`'s arrows (those in the gaps, not the ends at the cards),
/// vertical ones first, as (the line, where along it the segment starts and ends).
fn gap_segments(layout: &Layout) -> [Vec<(f32, f32, f32)>; 2] {
    let mut segments = [Vec::new(), Vec::new()];
    for arrow in &layout.arrows {
        let points = &arrow.points;
        for segment in points
            .windows(2)
            .skip(1)
            .take(points.len().saturating_sub(3))
        {
            let (a, b) = (segment[0], segment[1]);
            if a.x == b.x {
                segments[0].push((a.x, a.y.min(b.y), a.y.max(b.y)));
            } else {
                segments[1].push((a.y, a.x.min(b.x), a.x.max(b.x)));
            }
        }
    }
    segments
}

#[test]
fn crowded_gaps_are_widened_so_arrows_run_side_by_side_never_on_one_line() {
    use journeymap::model::{Connection, ConnectionId, ConnectionKind};
    for direction in [Direction::LeftToRight, Direction::RightToLeft] {
        let template = templates::find("full-cycle").unwrap().journey().unwrap();
        let mut journey = journeymap::generate::generate(template, 100);
        journey.direction = direction;
        let in_stage = |index: usize| -> Vec<_> {
            let stage = journey.stages[index].id;
            journey
                .cards
                .iter()
                .filter(|c| c.stage == stage)
                .map(|c| c.id)
                .collect()
        };
        let (first, third) = (in_stage(0), in_stage(2));
        let pairs = first
            .iter()
            .flat_map(|&a| third.iter().map(move |&b| (a, b)));
        for (n, (from, to)) in pairs.take(60).enumerate() {
            journey.connections.push(Connection {
                id: ConnectionId(n as u64 + 1),
                kind: ConnectionKind::ALL[n % 4],
                from,
                to: Some(to),
                label: String::new(),
                share: None,
            });
        }
        assert_eq!(journey.connections.len(), 60);
        assert!(journey.problems().is_empty(), "{:?}", journey.problems());
        let spacing = Style::default().arrow_spacing;
        let layout = layout_of(&journey);
        for lines in gap_segments(&layout) {
            for (i, a) in lines.iter().enumerate() {
                for b in &lines[i + 1..] {
                    let side_by_side = a.1 < b.2 && b.1 < a.2;
                    assert!(
                        !side_by_side || (a.0 - b.0).abs() >= spacing - 0.01,
                        "{direction:?}: arrows {:.2} apart: {a:?} {b:?}",
                        (a.0 - b.0).abs()
                    );
                }
            }
        }
        for arrow in &layout.arrows {
            for segment in arrow.points.windows(2) {
                let line = egui::Rect::from_two_pos(segment[0], segment[1]);
                assert!(
                    layout
                        .cards
                        .iter()
                        .all(|c| !line.intersects(c.rect.shrink(1.0)))
                );
            }
        }
        // The map grew to make the room: every card still in its stage's column.
        for card in &layout.cards {
            let stage = journey.card(card.id).unwrap().stage;
            let column = layout.stages.iter().find(|s| s.id == stage).unwrap().body;
            assert!(
                inside(column, card.rect),
                "{direction:?}: {:?} outside {column:?}",
                card.rect
            );
        }
    }
}
