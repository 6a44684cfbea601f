//! Editing flows on the real app, driven with egui_kittest by accessibility labels; each asserts
//! on the document.

use egui::{Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::canvas::card_label;
use journeymap::app::recent::RecentFiles;
use journeymap::app::{Action, Document, JourneyApp};
use journeymap::model::{Journey, LaneKind};
use journeymap::templates;

fn app_on(template: &str) -> Harness<'static, JourneyApp> {
    let journey = templates::find(template).unwrap().journey().unwrap();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_eframe(move |_cc| {
            JourneyApp::new(Document::untitled(journey), RecentFiles::load(None))
        });
    harness.run();
    harness
}

fn journey(harness: &Harness<'_, JourneyApp>) -> Journey {
    harness.state().document().journey().clone()
}

/// The screen position of the middle of a cell's empty space below its cards.
fn cell_point(harness: &Harness<'_, JourneyApp>, stage: usize, kind: LaneKind) -> Pos2 {
    let app = harness.state();
    let layout = app.canvas().layout().unwrap();
    let journey = app.document().journey();
    let stage_id = journey.stages[stage].id;
    let lane = layout.lanes.iter().find(|l| l.kind == kind).unwrap();
    let column = layout
        .stages
        .iter()
        .find(|s| s.id == stage_id)
        .unwrap()
        .body;
    let map = egui::pos2(column.center().x, lane.rect.max.y - 6.0);
    app.canvas().to_screen(map)
}

fn drag(harness: &mut Harness<'_, JourneyApp>, from: Pos2, to: Pos2) {
    harness.drag_at(from);
    harness.run();
    for step in 1..=5 {
        harness.hover_at(from + (to - from) * (step as f32 / 5.0));
        harness.run();
    }
    harness.drop_at(to);
    harness.run();
    harness.run();
}

fn center_of(harness: &Harness<'_, JourneyApp>, label: &str) -> Pos2 {
    harness.get_by_label(label).rect().center()
}

/// The screen position of a card's centre, from the layout (widgets on the map are in map units).
fn card_center(harness: &Harness<'_, JourneyApp>, title: &str) -> Pos2 {
    let app = harness.state();
    let journey = app.document().journey();
    let id = journey.cards.iter().find(|c| c.title == title).unwrap().id;
    let layout = app.canvas().layout().unwrap();
    let rect = layout.cards.iter().find(|c| c.id == id).unwrap().rect;
    app.canvas().to_screen(rect.center())
}

#[test]
fn drag_a_touchpoint_from_the_palette_onto_the_second_stage() {
    let mut harness = app_on("lifecycle");
    let before = journey(&harness);
    let from = center_of(&harness, "Touchpoint: Email");
    let to = cell_point(&harness, 1, LaneKind::Touchpoints);
    drag(&mut harness, from, to);
    let after = journey(&harness);
    assert_eq!(after.cards.len(), before.cards.len() + 1);
    let new = after
        .cards
        .iter()
        .find(|c| before.card(c.id).is_none())
        .unwrap();
    assert_eq!(new.stage, after.stages[1].id, "second stage");
    assert_eq!(after.lane(new.lane).unwrap().kind, LaneKind::Touchpoints);
    assert_eq!(new.channel, Some(journeymap::model::Channel::Email));
    let cell = after.cards_in(new.stage, new.lane);
    assert_eq!(
        cell.last().unwrap().id,
        new.id,
        "dropped below the other cards, so last"
    );
    assert_eq!(harness.state().selection().single_card(), Some(new.id));
}

#[test]
fn dropping_a_palette_entry_outside_the_map_does_nothing() {
    let mut harness = app_on("lifecycle");
    let before = journey(&harness);
    let from = center_of(&harness, "Touchpoint: Email");
    drag(&mut harness, from, egui::pos2(800.0, 990.0));
    assert_eq!(journey(&harness), before);
}

#[test]
fn drag_a_card_to_another_stage_then_undo_and_redo() {
    let mut harness = app_on("lifecycle");
    let before = journey(&harness);
    let from = card_center(&harness, "Product page and checkout");
    let to = cell_point(&harness, 3, LaneKind::Touchpoints);
    drag(&mut harness, from, to);
    let after = journey(&harness);
    let card = after
        .cards
        .iter()
        .find(|c| c.title == "Product page and checkout")
        .unwrap();
    assert_eq!(card.stage, after.stages[3].id);
    assert!(harness.state().document().is_dirty());
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(journey(&harness), before, "one drag is one undo step");
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Y);
    harness.run();
    assert_eq!(journey(&harness), after);
}

#[test]
fn rename_a_card_by_typing_on_the_map() {
    let mut harness = app_on("lifecycle");
    harness.get_by_label("Receives and unpacks the mug").click();
    harness.run();
    harness.key_press(egui::Key::F2);
    harness.run();
    harness.run();
    // The title starts selected: typing replaces it.
    harness
        .get_by_label("Card title on the map")
        .type_text("Opens the parcel");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    let after = journey(&harness);
    assert!(
        after.cards.iter().any(|c| c.title == "Opens the parcel"),
        "{:?}",
        after.cards.iter().map(|c| &c.title).collect::<Vec<_>>()
    );
    assert!(
        !after
            .cards
            .iter()
            .any(|c| c.title == "Receives and unpacks the mug")
    );
}

#[test]
fn escape_cancels_typing_a_title_on_the_map() {
    let mut harness = app_on("lifecycle");
    let before = journey(&harness);
    harness.get_by_label("Receives and unpacks the mug").click();
    harness.run();
    harness.key_press(egui::Key::F2);
    harness.run();
    harness.run();
    harness
        .get_by_label("Card title on the map")
        .type_text("Opens the parcel");
    harness.run();
    harness.key_press(egui::Key::Escape);
    harness.run();
    harness.run();
    assert!(harness.query_by_label("Card title on the map").is_none());
    assert!(journey(&harness) == before, "Esc keeps the title as it was");
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn change_a_score_by_dragging_its_curve_point() {
    let mut harness = app_on("lifecycle");
    let before = journey(&harness);
    // Mina's score at the ad card is +1; drag the point down to the bottom of the band.
    let layout = harness.state().canvas().layout().unwrap().clone();
    let ad = before
        .cards
        .iter()
        .find(|c| c.title.starts_with("Ad for the"))
        .unwrap()
        .id;
    let mina = before.personas[0].id;
    let curve = layout.curves.iter().find(|c| c.persona == mina).unwrap();
    let point = curve.points.iter().find(|p| p.card == ad).unwrap();
    let from = harness.state().canvas().to_screen(point.pos);
    let band = layout.lanes.iter().find_map(|l| l.curve_band).unwrap();
    let bottom = harness
        .state()
        .canvas()
        .to_screen(egui::pos2(band.center().x, band.max.y - 10.0));
    drag(&mut harness, from, egui::pos2(from.x, bottom.y));
    let after = journey(&harness);
    let card = after
        .cards
        .iter()
        .find(|c| c.title.starts_with("Ad for the"))
        .unwrap();
    assert_eq!(card.emotions[&after.personas[0].id].value(), -2);
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(journey(&harness), before, "the whole drag is one undo step");
}

#[test]
fn add_and_reorder_a_stage_then_undo_everything() {
    let mut harness = app_on("lifecycle");
    let original = journey(&harness);
    harness.state_mut().request(Action::AddStage(5));
    harness.run();
    harness.run();
    let after_add = journey(&harness);
    assert_eq!(after_add.stages.len(), 6);
    assert_eq!(after_add.stages[5].name, "New stage");
    // Rename it in the inspector.
    harness.get_by_label("Stage name").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label("Stage name").type_text("Loyalty");
    harness.run();
    harness.key_press(egui::Key::Tab);
    harness.run();
    assert_eq!(journey(&harness).stages[5].name, "Loyalty");
    // Drag its header to the front.
    let header = |harness: &Harness<'_, JourneyApp>, index: usize| {
        let app = harness.state();
        app.canvas()
            .to_screen(app.canvas().layout().unwrap().stages[index].header.center())
    };
    harness.get_by_label("Stage 6: Loyalty");
    // The map grew wider than the view: show all of it first.
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Num0);
    harness.run();
    let from = header(&harness, 5);
    let to = header(&harness, 0) - egui::vec2(40.0, 0.0);
    drag(&mut harness, from, to);
    let stages: Vec<String> = journey(&harness)
        .stages
        .iter()
        .map(|s| s.name.clone())
        .collect();
    assert_eq!(stages[0], "Loyalty", "{stages:?}");
    // Undo all of it: reorder, rename (typing is one step), add.
    for _ in 0..3 {
        harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
        harness.run();
    }
    assert_eq!(journey(&harness), original);
    assert!(!harness.state().document().is_dirty());
    for _ in 0..3 {
        harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::Z);
        harness.run();
    }
    assert_eq!(journey(&harness).stages[0].name, "Loyalty");
}

#[test]
fn delete_duplicate_and_the_last_stage_rule() {
    let mut harness = app_on("lifecycle");
    harness
        .get_by_label("Referral code shared with friends")
        .click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::D);
    harness.run();
    let copies = journey(&harness)
        .cards
        .iter()
        .filter(|c| c.title == "Referral code shared with friends")
        .count();
    assert_eq!(copies, 2);
    harness.key_press(egui::Key::Delete);
    harness.run();
    let copies = journey(&harness)
        .cards
        .iter()
        .filter(|c| c.title == "Referral code shared with friends")
        .count();
    assert_eq!(copies, 1);

    let mut harness = app_on("blank");
    for _ in 0..3 {
        let first = journey(&harness).stages[0].name.clone();
        harness.get_by_label(&format!("Stage 1: {first}")).click();
        harness.run();
        harness.key_press(egui::Key::Delete);
        harness.run();
    }
    assert_eq!(journey(&harness).stages.len(), 1, "the last stage stays");
    assert!(
        harness
            .state()
            .status()
            .unwrap()
            .contains("last stage cannot be deleted")
    );
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let mut harness = app_on("lifecycle");
    harness.get_by_label("Receives and unpacks the mug").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::D);
    harness.run();
    assert!(harness.state().document().is_dirty());
    // What the window system sends when the user closes the window.
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run();
    harness.run();
    harness.get_by_label("Save changes?");
    harness.get_by_label("Don't save");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(
        harness.state().document().is_dirty(),
        "cancel keeps the map open and unsaved"
    );
}

#[test]
fn unsaved_work_survives_a_crash_and_is_offered_at_the_next_start() {
    use journeymap::file::recovery::RecoveryStore;
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path().to_owned());
    let journey = templates::find("lifecycle").unwrap().journey().unwrap();
    let mut first = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_eframe({
            let (journey, store) = (journey.clone(), store.clone());
            move |_cc| {
                JourneyApp::new(Document::untitled(journey), RecentFiles::load(None))
                    .with_recovery(store)
            }
        });
    first.run();
    first
        .get_by_label("Referral code shared with friends")
        .click();
    first.run();
    first.key_press(egui::Key::Delete);
    first.run();
    let edited = first.state().document().journey().clone();
    assert_ne!(edited, journey);
    // The first copy is written as soon as there are unsaved changes; then the process "dies".
    drop(first);
    assert_eq!(store.list().len(), 1);

    let mut second = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_eframe({
            let store = store.clone();
            move |_cc| {
                JourneyApp::new(
                    Document::untitled(templates::example()),
                    RecentFiles::load(None),
                )
                .with_recovery(store)
            }
        });
    second.run();
    second.get_by_label("Restore unsaved work?");
    second.get_by_label("Restore").click();
    second.run();
    assert_eq!(*second.state().document().journey(), edited);
    assert!(
        second.state().document().is_dirty(),
        "restored work is unsaved until saved"
    );
}

#[test]
fn a_damaged_recovery_copy_is_reported_not_opened() {
    use journeymap::file::recovery::RecoveryStore;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("x.journey.ron"), "(format: 1, journey: (").unwrap();
    let store = RecoveryStore::new(dir.path().to_owned());
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_eframe({
            move |_cc| {
                JourneyApp::new(
                    Document::untitled(templates::example()),
                    RecentFiles::load(None),
                )
                .with_recovery(store)
            }
        });
    harness.run();
    harness.get_by_label("Restore").click();
    harness.run();
    let notice = harness.state().notice().unwrap().to_owned();
    assert!(notice.contains("recovery copy is damaged"), "{notice}");
    assert_eq!(
        harness.state().document().journey().title,
        templates::example().title
    );
}

#[test]
fn build_a_map_from_blank_save_reopen_and_undo_back_to_blank() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mugs.journey.ron");
    let blank = templates::find("blank").unwrap().journey().unwrap();
    journeymap::file::save(&blank, &path).unwrap();
    // Short steps, so two clicks a few frames apart make a double click.
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .with_step_dt(0.05)
        // The view glides to each stage for about half a second.
        .with_max_steps(24)
        .build_eframe({
            let (blank, path) = (blank.clone(), path.clone());
            move |_cc| JourneyApp::new(Document::opened(blank, path), RecentFiles::load(None))
        });
    harness.run();

    // Rename the first stage in the inspector.
    harness.get_by_label("Stage 1: Stage 1").click();
    harness.run();
    harness.get_by_label("Stage name").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label("Stage name").type_text("Awareness");
    harness.key_press(egui::Key::Tab);
    harness.run();

    // Double-click an empty Actions cell, type the card's title, Enter.
    let cell = cell_point(&harness, 0, LaneKind::Actions);
    harness.hover_at(cell);
    harness.run();
    // A double click: two clicks in quick succession, one frame apart.
    for _ in 0..2 {
        for pressed in [true, false] {
            harness.event(egui::Event::PointerButton {
                pos: cell,
                button: egui::PointerButton::Primary,
                pressed,
                modifiers: Modifiers::NONE,
            });
        }
        harness.step();
    }
    harness.run();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_label("Card title on the map")
        .type_text("Sees an ad for a cat mug");
    harness.key_press(egui::Key::Enter);
    harness.run();

    // A touchpoint from the palette.
    let from = center_of(&harness, "Touchpoint: Social");
    let to = cell_point(&harness, 0, LaneKind::Touchpoints);
    drag(&mut harness, from, to);

    let built = journey(&harness);
    assert_eq!(built.stages[0].name, "Awareness");
    assert!(
        built
            .cards
            .iter()
            .any(|c| c.title == "Sees an ad for a cat mug")
    );
    assert!(
        built
            .cards
            .iter()
            .any(|c| c.channel == Some(journeymap::model::Channel::Social))
    );

    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    harness.run();
    assert!(!harness.state().document().is_dirty());
    assert_eq!(
        journeymap::file::load(&path).unwrap(),
        built,
        "reopened, it is the same map"
    );

    while harness.state().document().can_undo() {
        harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
        harness.run();
    }
    assert_eq!(journey(&harness), blank);
}

#[test]
fn a_workshop_in_presentation_mode_captures_ideas_and_votes() {
    // Without the storyboard, every card of a stage fits the presented view.
    let journey =
        templates::without_pictures(templates::find("lifecycle").unwrap().journey().unwrap());
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .with_step_dt(0.05)
        // The view glides to each stage for about half a second.
        .with_max_steps(24)
        .build_eframe(move |_cc| {
            JourneyApp::new(Document::untitled(journey), RecentFiles::load(None))
        });
    harness.run();
    let view_before = harness.state().view();

    harness.get_by_label("▶ Present").click();
    harness.run();
    assert!(harness.state().is_presenting());
    assert_eq!(harness.state().presented_stage(), Some(0));
    harness.key_press(egui::Key::ArrowRight);
    harness.key_press(egui::Key::PageDown);
    harness.run();
    assert_eq!(harness.state().presented_stage(), Some(2), "stage 3");
    harness.get_by_label("Onboarding");

    // Capture an idea: N, Tab to the second lane (pain points), type, Enter.
    harness.key_press(egui::Key::N);
    harness.run();
    harness.key_press(egui::Key::Tab);
    harness.run();
    harness
        .get_by_label("New idea")
        .type_text("Unboxing video for social media");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    let journey = harness.state().document().journey().clone();
    let card = journey
        .cards
        .iter()
        .find(|c| c.title == "Unboxing video for social media")
        .expect("the captured card is in the document");
    assert_eq!(card.stage, journey.stages[2].id);
    assert_eq!(journey.lane(card.lane).unwrap().kind, LaneKind::PainPoints);

    // Vote twice on the card "Welcome email series".
    harness.key_press(egui::Key::V);
    harness.run();
    for _ in 0..2 {
        harness
            .get_by_label(&card_label("Welcome email series"))
            .click();
        harness.run();
    }
    let votes = |harness: &Harness<'_, JourneyApp>| {
        harness
            .state()
            .document()
            .journey()
            .cards
            .iter()
            .find(|c| c.title == "Welcome email series")
            .unwrap()
            .votes
    };
    assert_eq!(votes(&harness), 2);

    // Esc stops voting, Esc again leaves; the view is back as before.
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().is_presenting());
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(!harness.state().is_presenting());
    assert_eq!(harness.state().view(), view_before);
    assert_eq!(votes(&harness), 2);
    assert!(harness.state().document().is_dirty());

    // Every step was an ordinary edit: undo takes the votes and the card away again.
    for _ in 0..3 {
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        harness.run();
    }
    assert_eq!(votes(&harness), 0);
    assert!(
        !harness
            .state()
            .document()
            .journey()
            .cards
            .iter()
            .any(|c| c.title == "Unboxing video for social media")
    );
}

/// Presses and releases the primary button at `at` without moving.
fn click_at(harness: &mut Harness<'_, JourneyApp>, at: Pos2) {
    harness.hover_at(at);
    harness.run();
    harness.drag_at(at);
    harness.run();
    harness.drop_at(at);
    harness.run();
}

#[test]
fn in_the_overview_cards_are_blocks_that_are_still_selected_moved_and_zoomed_to() {
    let template = templates::find("full-cycle").unwrap().journey().unwrap();
    let big = journeymap::generate::generate(template, 1_000);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .with_step_dt(0.05)
        .with_max_steps(40)
        .build_eframe(move |_cc| JourneyApp::new(Document::untitled(big), RecentFiles::load(None)));
    harness.run();
    let readable =
        |harness: &Harness<'_, JourneyApp>| harness.state().canvas().zoom() * 14.0 >= 4.0;
    assert!(
        !readable(&harness),
        "a map this big opens zoomed out to the overview"
    );

    // A card in the middle of the Thoughts lane of the first stage.
    let (id, title, at) = {
        let app = harness.state();
        let journey = app.document().journey();
        let layout = app.canvas().layout().unwrap();
        let first_stage = layout.stages[0].body;
        let card = layout
            .cards
            .iter()
            .filter(|c| c.kind == LaneKind::Thoughts && first_stage.contains(c.rect.center()))
            .nth(3)
            .unwrap();
        let title = journey.card(card.id).unwrap().title.clone();
        (card.id, title, app.canvas().to_screen(card.rect.center()))
    };
    assert!(
        harness.query_by_label(&card_label(&title)).is_none(),
        "no widget per card in the overview"
    );

    click_at(&mut harness, at);
    assert_eq!(
        harness
            .state()
            .selection()
            .cards()
            .iter()
            .copied()
            .collect::<Vec<_>>(),
        vec![id]
    );

    let before = journey(&harness);
    let to = cell_point(&harness, 4, LaneKind::Thoughts);
    drag(&mut harness, at, to);
    let after = journey(&harness);
    assert_eq!(
        after.card(id).unwrap().stage,
        before.stages[4].id,
        "the card moved"
    );
    assert_eq!(after.cards.len(), before.cards.len());

    // A double-click zooms in on the spot, to where cards are read and get their widgets.
    let spot = cell_point(&harness, 5, LaneKind::Thoughts);
    harness.hover_at(spot);
    // A pause, or egui would count the drop as the first click of a triple click.
    for _ in 0..10 {
        harness.step();
    }
    // Two quick clicks (the harness's frames are 50 ms apart here).
    for pressed in [true, false, true, false] {
        harness.event(egui::Event::PointerButton {
            pos: spot,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    harness.run();
    assert!(
        readable(&harness),
        "zoom {}",
        harness.state().canvas().zoom()
    );
    assert_eq!(
        journey(&harness),
        after,
        "zooming changes nothing in the map"
    );
    assert!(harness.query_by_label(&card_label(&title)).is_some());
}

/// Where the connect handle of the selected card is on screen.
fn connect_handle(harness: &Harness<'_, JourneyApp>) -> Pos2 {
    harness
        .get_by_label("Connect to another card (drag onto it, or past the map's edge for an exit)")
        .rect()
        .center()
}

/// Selects the card titled `from` and drags its connect handle onto the card titled `to`.
fn connect_by_dragging(harness: &mut Harness<'_, JourneyApp>, from: &str, to: &str) {
    harness.get_by_label(&card_label(from)).click();
    harness.run();
    let start = connect_handle(harness);
    let end = card_center(harness, to);
    drag(harness, start, end);
}

#[test]
fn connect_two_cards_by_dragging_change_the_kind_make_an_exit_and_undo() {
    let mut harness = app_on("lifecycle");
    let before = journey(&harness);
    connect_by_dragging(
        &mut harness,
        "Product page and checkout",
        "Welcome email series",
    );
    let connected = journey(&harness);
    assert_eq!(connected.connections.len(), 1);
    let connection = &connected.connections[0];
    assert_eq!(connection.kind, journeymap::model::ConnectionKind::Next);
    let title = |id| connected.card(id).unwrap().title.clone();
    assert_eq!(title(connection.from), "Product page and checkout");
    assert_eq!(
        connection.to.map(title).as_deref(),
        Some("Welcome email series")
    );
    // Screen readers find the arrow by what it joins; clicking it selects the connection, and
    // its inspector changes its kind.
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(harness.state().selection().connection(), None);
    harness
        .get_by_label("From Product page and checkout to Welcome email series, Next step")
        .click();
    harness.run();
    assert_eq!(
        harness.state().selection().connection(),
        Some(connection.id)
    );
    harness.get_by_label("Another route").click();
    harness.run();
    assert_eq!(
        journey(&harness).connections[0].kind,
        journeymap::model::ConnectionKind::Alternative
    );
    // Dropped past the map's edge, the handle makes an exit.
    harness
        .get_by_label(&card_label("Shipping cost appears only at the last step"))
        .click();
    harness.run();
    let from = connect_handle(&harness);
    let edge = {
        let app = harness.state();
        let layout = app.canvas().layout().unwrap();
        let point = egui::pos2(layout.grid.max.x + 40.0, layout.grid.center().y);
        app.canvas().to_screen(point)
    };
    drag(&mut harness, from, edge);
    let exits = journey(&harness);
    assert_eq!(exits.connections.len(), 2);
    assert_eq!(
        exits.connections[1].kind,
        journeymap::model::ConnectionKind::Exit
    );
    assert_eq!(exits.connections[1].to, None);
    for _ in 0..3 {
        harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
        harness.run();
    }
    assert!(
        journey(&harness) == before,
        "three undos take them all back"
    );
}

#[test]
fn deleting_a_card_with_connections_and_undoing_it() {
    let mut harness = app_on("lifecycle");
    connect_by_dragging(
        &mut harness,
        "Product page and checkout",
        "Welcome email series",
    );
    let connected = journey(&harness);
    assert_eq!(connected.connections.len(), 1);
    harness
        .get_by_label(&card_label("Welcome email series"))
        .click();
    harness.run();
    harness.key_press(egui::Key::Delete);
    harness.run();
    assert!(
        journey(&harness).connections.is_empty(),
        "the card's connection went with it"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert!(journey(&harness) == connected, "one undo brings both back");
}

#[test]
fn a_card_s_context_menu_connects_it_without_dragging() {
    let mut harness = app_on("lifecycle");
    harness
        .get_by_label(&card_label("Shipping cost appears only at the last step"))
        .click_secondary();
    harness.run();
    harness.get_by_label("Connect to…").click();
    harness.run();
    harness.get_by_label("Exit out of the map").click();
    harness.run();
    let after = journey(&harness);
    assert_eq!(after.connections.len(), 1);
    assert_eq!(
        after.connections[0].kind,
        journeymap::model::ConnectionKind::Exit
    );
    let from = after.card(after.connections[0].from).unwrap();
    assert_eq!(from.title, "Shipping cost appears only at the last step");
}

#[test]
fn connect_by_keyboard_alone() {
    let mut harness = app_on("lifecycle");
    harness
        .get_by_label(&card_label("Product page and checkout"))
        .click();
    harness.run();
    let title = |harness: &Harness<'_, JourneyApp>, n: usize| {
        let j = journey(harness);
        let to = j.connections[n].to.unwrap();
        j.card(to).unwrap().title.clone()
    };
    // L picks the nearest card ahead; Enter connects.
    harness.key_press(egui::Key::L);
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(journey(&harness).connections.len(), 1);
    assert_eq!(title(&harness, 0), "Welcome email series");
    // Arrow keys move the target; Esc gives up, keeping the card selected.
    harness
        .get_by_label(&card_label("Product page and checkout"))
        .click();
    harness.run();
    harness.key_press(egui::Key::L);
    harness.run();
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(journey(&harness).connections.len(), 1);
    assert!(harness.state().selection().single_card().is_some());
    harness.key_press(egui::Key::L);
    harness.run();
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(journey(&harness).connections.len(), 2);
    assert_eq!(title(&harness, 1), "Delivery updates by SMS");
}
