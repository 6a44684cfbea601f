//! The service blueprint's lines on the real app, driven with egui_kittest: a line follows its
//! lane when lanes are reordered, and the map inspector sets and clears lines undoably.

use egui::{Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::recent::RecentFiles;
use journeymap::app::{Document, JourneyApp};
use journeymap::model::{Journey, LaneId, LineKind};
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

/// Where the lane label of `lane` is on screen: its middle, or its top edge.
fn lane_label(harness: &Harness<'_, JourneyApp>, lane: LaneId, top: bool) -> Pos2 {
    let app = harness.state();
    let layout = app.canvas().layout().unwrap();
    let label = layout.lanes.iter().find(|l| l.id == lane).unwrap().label;
    let at = if top {
        label.center_top() + egui::vec2(0.0, 3.0)
    } else {
        label.center()
    };
    app.canvas().to_screen(at)
}

/// Where the line `kind` is drawn, and the bottom of the lane it should be under.
fn line_and_lane_bottom(harness: &Harness<'_, JourneyApp>, kind: LineKind) -> (f32, f32) {
    let app = harness.state();
    let layout = app.canvas().layout().unwrap();
    let lane = app.document().journey().blueprint_line(kind).unwrap();
    let line = layout
        .blueprint_lines
        .iter()
        .find(|l| l.kind == kind)
        .unwrap();
    let lane_box = layout.lanes.iter().find(|l| l.id == lane).unwrap();
    (line.y, lane_box.rect.max.y)
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

#[test]
fn a_line_moves_with_its_lane_and_the_inspector_sets_it_undoably() {
    let mut harness = app_on("service-blueprint");
    let original = journey(&harness);
    let backstage = original
        .blueprint_line(LineKind::InternalInteraction)
        .unwrap();
    assert_eq!(original.lanes[3].id, backstage, "under Backstage actions");
    let (line, bottom) = line_and_lane_bottom(&harness, LineKind::InternalInteraction);
    assert_eq!(line, bottom);
    // Drag the Backstage actions lane above the first lane.
    let from = lane_label(&harness, backstage, false);
    let to = lane_label(&harness, original.lanes[0].id, true);
    drag(&mut harness, from, to);
    let moved = journey(&harness);
    assert_eq!(moved.lanes[0].id, backstage, "the lane moved to the top");
    assert_eq!(
        moved.blueprint_line(LineKind::InternalInteraction),
        Some(backstage)
    );
    let (line, bottom) = line_and_lane_bottom(&harness, LineKind::InternalInteraction);
    assert_eq!(
        line, bottom,
        "the line is drawn under its lane, now the first"
    );
    // Clear the line of visibility in the map inspector.
    harness.key_press(egui::Key::Escape);
    harness.run();
    harness.get_by_label("Line of visibility").click();
    harness.run();
    harness.get_by_label("None").click();
    harness.run();
    assert_eq!(journey(&harness).blueprint_line(LineKind::Visibility), None);
    assert!(
        harness
            .state()
            .canvas()
            .layout()
            .unwrap()
            .blueprint_lines
            .len()
            == 2,
        "two lines left on the map"
    );
    // Undo both: the line comes back, then the lane goes back.
    for _ in 0..2 {
        harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
        harness.run();
    }
    assert_eq!(journey(&harness), original);
}
