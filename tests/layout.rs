//! Layout geometry: nothing overlaps or is clipped, right-to-left mirrors, hit testing.

use journeymap::layout::{self, Hit, Layout, Style};
use journeymap::model::{Direction, Journey, LaneKind, Language};
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

#[test]
fn cards_stay_in_their_cells_and_never_overlap() {
    for (template, language) in templates::ALL
        .iter()
        .flat_map(|t| Language::ALL.map(|l| (t, l)))
    {
        let mut journey = template.journey_in(language).unwrap();
        // A long unbroken word and a long body must wrap, not spill.
        if let Some(card) = journey.cards.first_mut() {
            card.title = "Supercalifragilisticexpialidocious-".repeat(4);
            card.body = "A long body text that goes on and on. ".repeat(12);
        }
        let layout = layout_of(&journey);
        for card in &layout.cards {
            let model = journey.card(card.id).unwrap();
            let stage = layout.stages.iter().find(|s| s.id == model.stage).unwrap();
            let lane = layout.lanes.iter().find(|l| l.id == model.lane).unwrap();
            let cell = egui::Rect::from_x_y_ranges(stage.body.x_range(), lane.rect.y_range());
            assert!(
                inside(cell, card.rect),
                "{}: card {} leaves its cell",
                template.name,
                card.id
            );
            for text in [
                Some(&card.title),
                card.body.as_ref(),
                card.caption.as_ref(),
                card.tags.as_ref(),
            ]
            .into_iter()
            .flatten()
            {
                assert!(
                    inside(card.rect, text.rect()),
                    "{}: text of card {} is clipped",
                    template.name,
                    card.id
                );
            }
            for other in &layout.cards {
                if other.id != card.id {
                    assert!(
                        !card.rect.intersects(other.rect.shrink(0.5)),
                        "{}: cards {} and {} overlap",
                        template.name,
                        card.id,
                        other.id
                    );
                }
            }
        }
        for stage in &layout.stages {
            for text in [Some(&stage.name), stage.goal.as_ref()]
                .into_iter()
                .flatten()
            {
                assert!(
                    inside(stage.header, text.rect()),
                    "{}: header text clipped",
                    template.name
                );
            }
            for (badge, text) in &stage.kpis {
                assert!(
                    inside(stage.header, *badge) && inside(*badge, text.rect()),
                    "{}: KPI clipped",
                    template.name
                );
            }
        }
        for lane in &layout.lanes {
            assert!(
                inside(lane.label, lane.name.rect()),
                "{}: lane name clipped",
                template.name
            );
        }
        assert!(inside(layout.bounds, layout.grid));
        assert!(inside(layout.bounds, layout.title.rect()));
    }
}

#[test]
fn curves_follow_journey_order_and_stay_in_their_band() {
    let journey = templates::find("full-cycle").unwrap().journey().unwrap();
    let layout = layout_of(&journey);
    assert_eq!(layout.curves.len(), journey.personas.len());
    let band = layout.lanes.iter().find_map(|l| l.curve_band).unwrap();
    for curve in &layout.curves {
        let expected = journey
            .cards
            .iter()
            .filter(|c| c.emotions.contains_key(&curve.persona))
            .count();
        assert_eq!(curve.points.len(), expected);
        assert!(
            curve.points.windows(2).all(|w| w[0].pos.x < w[1].pos.x),
            "left to right"
        );
        let positions: Vec<egui::Pos2> = curve.points.iter().map(|p| p.pos).collect();
        let path = layout::smooth_path(&positions);
        assert!(path.iter().all(|p| band.expand(0.5).contains(*p)));
        for point in &curve.points {
            assert_eq!(layout::y_score(band, point.pos.y), point.score.value());
        }
    }
}

#[test]
fn right_to_left_maps_start_on_the_right() {
    let mut journey = templates::find("lifecycle").unwrap().journey().unwrap();
    let ltr = layout_of(&journey);
    journey.direction = Direction::RightToLeft;
    let rtl = layout_of(&journey);
    assert_eq!(ltr.bounds, rtl.bounds);
    let first = |l: &Layout| l.stages[0].header.center().x;
    let last = |l: &Layout| l.stages.last().unwrap().header.center().x;
    assert!(first(&ltr) < last(&ltr));
    assert!(first(&rtl) > last(&rtl));
    assert!(
        rtl.lanes[0].label.min.x > rtl.stages[0].header.min.x,
        "lane labels on the right"
    );
    for curve in &rtl.curves {
        assert!(
            curve.points.windows(2).all(|w| w[0].pos.x > w[1].pos.x),
            "curves read right to left"
        );
    }
}

#[test]
fn hit_testing_finds_cards_headers_cells_and_curve_points() {
    let journey = templates::find("lifecycle").unwrap().journey().unwrap();
    let layout = layout_of(&journey);
    let card = &layout.cards[0];
    assert_eq!(layout.hit(card.rect.center()), Some(Hit::Card(card.id)));
    let stage = &layout.stages[1];
    assert_eq!(
        layout.hit(stage.header.center()),
        Some(Hit::StageHeader(stage.id))
    );
    let lane = &layout.lanes[0];
    assert_eq!(
        layout.hit(lane.label.center()),
        Some(Hit::LaneLabel(lane.id))
    );
    let point = layout.curves[0].points[0];
    assert_eq!(
        layout.hit(point.pos),
        Some(Hit::CurvePoint {
            card: point.card,
            persona: layout.curves[0].persona
        })
    );
    let last_lane = layout.lanes.last().unwrap();
    let empty = egui::pos2(layout.stages[4].body.center().x, last_lane.rect.max.y - 2.0);
    assert_eq!(
        layout.hit(empty),
        Some(Hit::Cell {
            stage: layout.stages[4].id,
            lane: last_lane.id
        })
    );
    assert_eq!(layout.hit(egui::pos2(-10.0, -10.0)), None);
}

fn titled(title: &str, direction: Direction) -> Layout {
    let mut journey = templates::find("blank").unwrap().journey().unwrap();
    journey.title = title.to_owned();
    journey.direction = direction;
    layout_of(&journey)
}

#[test]
fn an_rtl_title_is_right_aligned_even_in_a_left_to_right_map() {
    let layout = titled("سفر مشتری", Direction::LeftToRight);
    assert!((layout.title.rect().max.x - layout.grid.max.x).abs() < 1.0);
    let layout = titled("Customer journey", Direction::LeftToRight);
    assert!((layout.title.rect().min.x - layout.grid.min.x).abs() < 1.0);
}

#[test]
fn rtl_text_wraps_inside_its_cell_and_keeps_every_word() {
    let mut journey = templates::find("lifecycle")
        .unwrap()
        .journey_in(Language::Persian)
        .unwrap();
    let long = "در شبکه‌های اجتماعی می‌چرخد و یک ماگ بامزه می‌بیند، ".repeat(6);
    journey.cards[0].title = long.clone();
    let layout = layout_of(&journey);
    let card = layout
        .cards
        .iter()
        .find(|c| c.id == journey.cards[0].id)
        .unwrap();
    assert!(card.title.galley.rows.len() > 4, "the title wraps");
    assert!(inside(card.rect, card.title.rect()));
    // Every word is still there, in visual order (the comma after a word is drawn on its
    // left, so it is left out of the comparison).
    let words = |text: &str| -> Vec<String> {
        text.replace('،', "")
            .split_whitespace()
            .map(str::to_owned)
            .collect()
    };
    let mut shown = words(card.title.galley.text());
    let mut typed = words(&long);
    shown.sort();
    typed.sort();
    assert_eq!(shown, typed);
}

#[test]
fn a_spotlighted_stage_shows_its_smallest_text_at_24_pixels_on_a_projector() {
    let journey = templates::find("full-cycle").unwrap().journey().unwrap();
    let layout = layout_of(&journey);
    let style = Style::default();
    let screen = egui::vec2(1920.0 * 0.7, 1080.0);
    for index in 0..layout.stages.len() {
        let view =
            journeymap::presentation_rules::stage_view(&layout, index, screen, &style).unwrap();
        let zoom = screen.x / view.width();
        assert!(
            (screen.y / view.height() - zoom).abs() < 1e-3,
            "same zoom both ways"
        );
        assert!(zoom * style.caption_size() >= 23.99);
        let stage = &layout.stages[index];
        assert!(
            (view.center().x - stage.header.center().x).abs() < 1.0,
            "stage centred"
        );
        assert!(view.min.y <= stage.header.min.y, "header in view");
    }
}

/// The cards of a layout, as comparable values: outline and where each text is.
fn card_geometry(layout: &Layout) -> Vec<(journeymap::model::CardId, egui::Rect, Vec<egui::Pos2>)> {
    layout
        .cards
        .iter()
        .map(|c| {
            let texts = [&c.icon, &c.caption, &c.body, &c.tags, &c.vote_count]
                .into_iter()
                .flatten()
                .chain([&c.title])
                .map(|t| t.pos)
                .chain(c.vote_dots.iter().copied())
                .chain(c.badges.iter().map(|(_, at)| *at))
                .collect();
            (c.id, c.rect, texts)
        })
        .collect()
}

#[test]
fn a_layout_reusing_the_cards_of_the_last_one_equals_a_fresh_one_after_each_edit() {
    for direction in [Direction::LeftToRight, Direction::RightToLeft] {
        // Told which cards each edit rewrote (as the editor is, from its change log), and not.
        reusing_equals_fresh(direction, true);
        reusing_equals_fresh(direction, false);
    }
}

fn reusing_equals_fresh(direction: Direction, told: bool) {
    use journeymap::edit::ops;
    use journeymap::model::{Connection, ConnectionId, ConnectionKind};
    let ctx = journeymap::fonts::context();
    let mut journey = templates::find("full-cycle").unwrap().journey().unwrap();
    journey.direction = direction;
    let mut cache = layout::CardCache::default();
    let first = journey.cards[0].id;
    let second = journey.cards[1].id;
    let target = (journey.stages[3].id, journey.cards[5].lane);
    type MakeEdit = Box<dyn Fn(&Journey) -> journeymap::edit::Edit>;
    let edits: Vec<MakeEdit> = vec![
        Box::new(move |j| {
            let mut card = j.card(first).unwrap().clone();
            card.title = "A much longer title that now wraps onto a second and a third line".into();
            journeymap::edit::Edit::ReplaceCard(Box::new(card))
        }),
        Box::new(move |j| ops::move_cards(j, &[second], target.0, target.1, 0)),
        Box::new(move |_| ops::delete_cards(&[first])),
        Box::new(|j| ops::vote(j, j.cards[2].id, 7).unwrap()),
        // Scores and scored cards: the curves change though no card's box does.
        Box::new(|j| {
            let score = journeymap::model::Score::new(-2).ok();
            ops::set_score(j, j.cards[2].id, j.personas[0].id, score)
        }),
        Box::new(|j| ops::duplicate_cards(j, &[j.cards[1].id]).0),
        Box::new(|j| journeymap::edit::Edit::RemovePersona(j.personas[1].id)),
        // Enough arrows in one gap to widen it: the columns after it move.
        Box::new(|j| {
            let (a, b) = (j.cards[2].id, j.cards.last().unwrap().id);
            journeymap::edit::Edit::Batch(
                ConnectionKind::ALL
                    .iter()
                    .enumerate()
                    .map(|(n, &kind)| {
                        let connection = Connection {
                            id: ConnectionId(900 + n as u64),
                            kind,
                            from: a,
                            to: Some(b),
                            label: String::new(),
                            share: None,
                        };
                        journeymap::edit::Edit::InsertConnection(n, Box::new(connection))
                    })
                    .collect(),
            )
        }),
        Box::new(|j| {
            let mut card = j.cards[3].clone();
            card.body = "Now with a body".into();
            journeymap::edit::Edit::ReplaceCard(card)
        }),
        // A lane of another kind: its cards are drawn otherwise, though no card was rewritten.
        Box::new(|j| {
            let mut lane = j.lane(j.cards[4].lane).unwrap().clone();
            lane.kind = if lane.kind == LaneKind::PainPoints {
                LaneKind::Touchpoints
            } else {
                LaneKind::PainPoints
            };
            journeymap::edit::Edit::ReplaceLane(Box::new(lane))
        }),
    ];
    for (step, edit) in std::iter::once(None)
        .chain(edits.iter().map(Some))
        .enumerate()
    {
        if let Some(edit) = edit {
            let edit = edit(&journey);
            if told {
                cache.expect_rewritten(Some(journeymap::edit::Rewritten {
                    cards: edit.cards_rewritten().into_iter().collect(),
                    only_cards: edit.only_cards(),
                }));
            }
            edit.apply(&mut journey);
        }
        let output = ctx.run_ui(egui::RawInput::default(), |ui| {
            let reused = ui
                .ctx()
                .fonts_mut(|f| layout::build_reusing(&journey, &Style::default(), f, &mut cache));
            let fresh = ui
                .ctx()
                .fonts_mut(|f| layout::build(&journey, &Style::default(), f));
            assert_eq!(
                card_geometry(&reused),
                card_geometry(&fresh),
                "{direction:?}, after edit {step}"
            );
            let words = |l: &Layout| -> Vec<String> {
                let text = |t: &layout::TextBlock| t.galley.text().to_owned();
                l.cards
                    .iter()
                    .flat_map(|c| [Some(&c.title), c.body.as_ref(), c.caption.as_ref()])
                    .flatten()
                    .map(text)
                    .collect()
            };
            assert_eq!(words(&reused), words(&fresh), "{direction:?}, edit {step}");
            let kinds = |l: &Layout| -> Vec<LaneKind> { l.cards.iter().map(|c| c.kind).collect() };
            assert_eq!(kinds(&reused), kinds(&fresh), "{direction:?}, edit {step}");
            assert_eq!(reused.bounds, fresh.bounds);
            assert_eq!(
                reused.cell_spans, fresh.cell_spans,
                "{direction:?}, edit {step}"
            );
            let arrows =
                |l: &Layout| -> Vec<_> { l.arrows.iter().map(|a| a.points.clone()).collect() };
            assert_eq!(arrows(&reused), arrows(&fresh));
            let curves = |l: &Layout| -> Vec<_> {
                let point = |p: &layout::CurvePoint| (p.card, p.score, p.pos);
                let points = |c: &layout::Curve| c.points.iter().map(point).collect::<Vec<_>>();
                l.curves.iter().map(|c| (c.persona, points(c))).collect()
            };
            assert_eq!(
                curves(&reused),
                curves(&fresh),
                "{direction:?}, edit {step}"
            );
            // As the editor does when it lays the map out again: the boxes lent come back.
            cache.give_back(reused.cards);
        });
        output.drop_without_applying_deltas();
        assert_eq!(
            cache.len(),
            journey.cards.len(),
            "only the map's cards are kept"
        );
    }
}

#[test]
fn curves_laid_out_again_on_a_layout_are_its_own_curves_in_either_direction() {
    // The old curves of a comparison are laid out this way on the compared map.
    for language in [Language::English, Language::Persian] {
        let journey = templates::find("full-cycle")
            .unwrap()
            .journey_in(language)
            .unwrap();
        assert_eq!(
            journey.direction == Direction::RightToLeft,
            language == Language::Persian
        );
        let layout = layout_of(&journey);
        let again = layout::curves_on(&journey, &layout);
        assert_eq!(again.len(), layout.curves.len());
        for (a, b) in again.iter().zip(&layout.curves) {
            let points = |c: &layout::Curve| -> Vec<(u64, i64, i64)> {
                c.points
                    .iter()
                    .map(|p| (p.card.0, p.pos.x.round() as i64, p.pos.y.round() as i64))
                    .collect()
            };
            assert_eq!(points(a), points(b), "{language:?}");
        }
    }
}

/// Cards moved again and again, by another distance each time (a title above them growing and
/// shrinking), stay within a hundredth of a point of where a fresh layout puts them: kept boxes
/// are moved from where they were, and laid out afresh before rounding could add up. (Measured:
/// no difference at all — the layout's heights fall on a grid where these sums are exact.)
#[test]
fn cards_moved_many_times_stay_where_a_fresh_layout_puts_them() {
    let ctx = journeymap::fonts::context();
    let template = templates::find("full-cycle").unwrap().journey().unwrap();
    // Tall cells, so the cards below sit thousands of points down, where rounding is coarser.
    let mut journey = journeymap::generate::generate(template, 6_000);
    let mut cache = layout::CardCache::default();
    let first = journey.cards[0].id;
    let words = "a title that grows by a word or two at every step until it wraps onto many lines";
    for step in 0..60 {
        let mut card = journey.card(first).unwrap().clone();
        // A different height at every step, so every move is by another distance.
        card.title = words
            .split(' ')
            .take(1 + (step * 7) % 17)
            .collect::<Vec<_>>()
            .join(" ");
        journeymap::edit::Edit::ReplaceCard(Box::new(card)).apply(&mut journey);
        let output = ctx.run_ui(egui::RawInput::default(), |ui| {
            let reused = ui
                .ctx()
                .fonts_mut(|f| layout::build_reusing(&journey, &Style::default(), f, &mut cache));
            if step % 20 != 19 {
                cache.give_back(reused.cards);
                return;
            }
            let fresh = ui
                .ctx()
                .fonts_mut(|f| layout::build(&journey, &Style::default(), f));
            let worst = card_geometry(&reused)
                .iter()
                .zip(card_geometry(&fresh))
                .flat_map(|((_, a, pa), (_, b, pb))| {
                    let corners = [(a.min, b.min), (a.max, b.max)];
                    corners
                        .into_iter()
                        .chain(pa.iter().copied().zip(pb.iter().copied()))
                        .map(|(p, q)| (p - q).length())
                        .collect::<Vec<_>>()
                })
                .fold(0.0f32, f32::max);
            assert!(worst < 0.01, "step {step}: {worst} points off");
        });
        output.drop_without_applying_deltas();
    }
}
