//! Keys go through the command table: presentation keys (in a right-to-left map too), undo while
//! presenting, and Backspace deleting like Delete. Driven with egui_kittest on the real app.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::canvas::card_label;
use journeymap::app::recent::RecentFiles;
use journeymap::app::{Document, JourneyApp};
use journeymap::model::{Journey, Language};
use journeymap::templates;

fn app_with(journey: Journey) -> Harness<'static, JourneyApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .with_step_dt(0.05)
        // The view glides to each stage for about half a second.
        .with_max_steps(24)
        .build_eframe(move |_cc| {
            JourneyApp::new(Document::untitled(journey), RecentFiles::load(None))
        });
    harness.run();
    harness
}

fn press(harness: &mut Harness<'_, JourneyApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

fn journey(harness: &Harness<'_, JourneyApp>) -> Journey {
    harness.state().document().journey().clone()
}

#[test]
fn presentation_keys_follow_the_reading_direction_of_the_map() {
    let persian = templates::find("lifecycle")
        .unwrap()
        .journey_in(Language::Persian)
        .unwrap();
    let stages = persian.stages.len();
    let mut harness = app_with(persian);
    press(&mut harness, Key::F5);
    assert_eq!(harness.state().presented_stage(), Some(0));
    // Right to left: Left is the next stage, Right the previous one.
    press(&mut harness, Key::ArrowLeft);
    press(&mut harness, Key::ArrowLeft);
    assert_eq!(harness.state().presented_stage(), Some(2));
    press(&mut harness, Key::ArrowRight);
    assert_eq!(harness.state().presented_stage(), Some(1));
    press(&mut harness, Key::End);
    assert_eq!(harness.state().presented_stage(), Some(stages - 1));
    press(&mut harness, Key::Home);
    press(&mut harness, Key::PageDown);
    press(&mut harness, Key::Space);
    assert_eq!(
        harness.state().presented_stage(),
        Some(2),
        "clickers go forward"
    );
    // The help lists the keys from the command table, in this map's direction.
    press(&mut harness, Key::F1);
    harness.get_by_label("Presentation keys");
    harness.get_by_label("Left, Page Down, Space");
    press(&mut harness, Key::Escape);
    assert!(harness.query_by_label("Presentation keys").is_none());
    assert!(
        harness.state().is_presenting(),
        "the first Esc closes the help"
    );
    press(&mut harness, Key::Escape);
    assert!(!harness.state().is_presenting());
}

#[test]
fn votes_and_captured_ideas_are_undone_while_presenting() {
    // Without the storyboard, every card of a stage fits the presented view.
    let lifecycle =
        templates::without_pictures(templates::find("lifecycle").unwrap().journey().unwrap());
    let mut harness = app_with(lifecycle.clone());
    harness.get_by_label("▶ Present").click();
    harness.run();
    press(&mut harness, Key::ArrowRight);
    press(&mut harness, Key::ArrowRight);
    assert_eq!(harness.state().presented_stage(), Some(2));
    press(&mut harness, Key::V);
    harness
        .get_by_label(&card_label("Welcome email series"))
        .click();
    harness.run();
    let votes = |harness: &Harness<'_, JourneyApp>| {
        let journey = journey(harness);
        let card = journey
            .cards
            .iter()
            .find(|c| c.title == "Welcome email series");
        card.map(|c| c.votes)
    };
    assert_eq!(votes(&harness), Some(1));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(votes(&harness), Some(0), "Ctrl+Z works while presenting");
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(votes(&harness), Some(1), "and so does Ctrl+Shift+Z");

    // N starts an idea; the letters typed go to it, not to the commands (V, S, T…).
    press(&mut harness, Key::N);
    harness
        .get_by_label("New idea")
        .type_text("Survey after the first order");
    harness.run();
    press(&mut harness, Key::Enter);
    let captured = |harness: &Harness<'_, JourneyApp>| {
        journey(harness)
            .cards
            .iter()
            .any(|c| c.title == "Survey after the first order")
    };
    assert!(captured(&harness));
    assert!(harness.state().is_presenting());
    assert_eq!(votes(&harness), Some(1), "typing did not vote or sort");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(!captured(&harness));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(journey(&harness), lifecycle, "everything undone");
}

#[test]
fn backspace_deletes_like_delete_but_not_while_typing() {
    let lifecycle = templates::find("lifecycle").unwrap().journey().unwrap();
    let mut harness = app_with(lifecycle);
    let title = "Referral code shared with friends";
    let count = |harness: &Harness<'_, JourneyApp>| {
        journey(harness)
            .cards
            .iter()
            .filter(|c| c.title == title)
            .count()
    };
    harness.get_by_label(title).click();
    harness.run();
    // Typing in the inspector's title field: Backspace edits the text, not the map.
    harness.get_by_label("Title").click();
    harness.run();
    press(&mut harness, Key::End);
    press(&mut harness, Key::Backspace);
    assert_eq!(count(&harness), 0, "the title lost its last letter");
    assert!(
        journey(&harness)
            .cards
            .iter()
            .any(|c| c.title == "Referral code shared with friend"),
        "one letter gone, the card kept"
    );
    // On the map, Backspace deletes the selected card.
    let before = journey(&harness).cards.len();
    harness
        .get_by_label("Referral code shared with friend")
        .click();
    harness.run();
    press(&mut harness, Key::Backspace);
    assert_eq!(journey(&harness).cards.len(), before - 1);
}

#[test]
fn f_steps_through_the_forks_of_the_stage_in_the_spotlight() {
    let forks = templates::find("forks").unwrap().journey().unwrap();
    let decision = forks.cards.iter().find(|c| c.decision).unwrap().id;
    let mut harness = app_with(forks);
    press(&mut harness, Key::F5);
    for _ in 0..3 {
        press(&mut harness, Key::ArrowRight);
    }
    assert_eq!(
        harness.state().presented_stage(),
        Some(3),
        "the Decision stage"
    );
    // Its exit is listed with its share, whichever fork is highlighted.
    harness.get_by_label("Where customers leave");
    harness.get_by_label("• Exit: From Compares the two offers and decides, out of the map — choose the competitor (30 %)");
    assert_eq!(harness.state().canvas().options.fork, None);
    press(&mut harness, Key::F);
    assert_eq!(harness.state().canvas().options.fork, Some(decision));
    harness.get_by_label("Fork 1 of 1: Compares the two offers and decides");
    harness.get_by_label(
        "• Next step: From Compares the two offers and decides to Signs and plans the first project — buys from us",
    );
    // Again: no fork highlighted, every path of the stage at full strength.
    press(&mut harness, Key::F);
    assert_eq!(harness.state().canvas().options.fork, None);
    assert!(
        harness
            .query_by_label("Fork 1 of 1: Compares the two offers and decides")
            .is_none()
    );
    // Another stage starts with none.
    press(&mut harness, Key::F);
    press(&mut harness, Key::ArrowLeft);
    assert_eq!(harness.state().canvas().options.fork, None);
    // The help lists the key, from the command table.
    press(&mut harness, Key::F1);
    harness.get_by_label(
        "Highlight this stage's forks one at a time: the decision point, its branches and their shares",
    );
}
