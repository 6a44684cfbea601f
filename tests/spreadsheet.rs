//! Cells from a spreadsheet pasted onto the map, and cards copied for one, in the real app.

use egui::Pos2;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::recent::RecentFiles;
use journeymap::app::{Command, Document, JourneyApp};
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

/// The screen position of the empty space at the bottom of a cell.
fn cell_point(harness: &Harness<'_, JourneyApp>, stage: usize, kind: LaneKind) -> Pos2 {
    let app = harness.state();
    let layout = app.canvas().layout().unwrap();
    let stage_id = app.document().journey().stages[stage].id;
    let lane = layout.lanes.iter().find(|l| l.kind == kind).unwrap();
    let column = layout
        .stages
        .iter()
        .find(|s| s.id == stage_id)
        .unwrap()
        .body;
    app.canvas()
        .to_screen(egui::pos2(column.center().x, lane.rect.max.y - 6.0))
}

/// Pastes `text` with the pointer at `at`, as Ctrl+V does.
fn paste_at(harness: &mut Harness<'_, JourneyApp>, at: Pos2, text: &str) {
    harness.hover_at(at);
    harness.run();
    harness.event(egui::Event::Paste(text.to_owned()));
    harness.run();
}

/// The titles of a cell's cards, in order.
fn cell(journey: &Journey, stage: usize, kind: LaneKind) -> Vec<String> {
    let lane = journey.lanes.iter().find(|l| l.kind == kind).unwrap().id;
    journey
        .cards_in(journey.stages[stage].id, lane)
        .into_iter()
        .map(|c| c.title.clone())
        .collect()
}

fn undo(harness: &mut Harness<'_, JourneyApp>) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
}

#[test]
fn a_block_of_cells_goes_to_consecutive_stages_from_the_pointer() {
    let mut harness = app_on("lifecycle");
    let before = journey(&harness);
    let at = cell_point(&harness, 3, LaneKind::Thoughts);
    // Four rows of three cells, one of them empty, as a spreadsheet copies them.
    let block = "a1\tb1\tc1\na2\t\tc2\na3\tb3\tc3\na4\tb4\tc4\n";
    paste_at(&mut harness, at, block);
    let after = journey(&harness);
    let mut thoughts = cell(&before, 3, LaneKind::Thoughts);
    thoughts.extend(["a1", "a2", "a3", "a4"].map(String::from));
    assert_eq!(cell(&after, 3, LaneKind::Thoughts), thoughts);
    let mut fifth = cell(&before, 4, LaneKind::Thoughts);
    fifth.extend(["b1", "b3", "b4"].map(String::from));
    assert_eq!(cell(&after, 4, LaneKind::Thoughts), fifth);
    // The third column runs past the last stage: a new stage at the end holds it.
    assert_eq!(after.stages.len(), before.stages.len() + 1);
    assert_eq!(after.stages[5].name, "New stage");
    assert_eq!(
        cell(&after, 5, LaneKind::Thoughts),
        ["c1", "c2", "c3", "c4"]
    );
    assert_eq!(harness.state().selection().card_list().len(), 11);
    undo(&mut harness);
    assert!(journey(&harness) == before, "one undo takes the block away");
}

#[test]
fn a_block_with_a_header_row_is_read_like_a_csv_file() {
    let mut harness = app_on("lifecycle");
    let before = journey(&harness);
    let at = cell_point(&harness, 0, LaneKind::Actions);
    let block = "Stage\tLane\tTitle\tEmotion\tPersona\n\
                 Onboarding\tThoughts\tWill it fit in the dishwasher?\t-1\tMina\n\
                 Loyalty club\tTouchpoints\tMember newsletter\t+2\tReza\n";
    paste_at(&mut harness, at, block);
    let after = journey(&harness);
    let thoughts = cell(&after, 2, LaneKind::Thoughts);
    assert_eq!(
        thoughts.last().map(String::as_str),
        Some("Will it fit in the dishwasher?")
    );
    let newsletter = after
        .cards
        .iter()
        .find(|c| c.title == "Member newsletter")
        .unwrap();
    assert_eq!(after.stage(newsletter.stage).unwrap().name, "Loyalty club");
    let reza = after.personas.iter().find(|p| p.name == "Reza").unwrap().id;
    assert_eq!(newsletter.emotions.get(&reza).map(|s| s.value()), Some(2));
    assert_eq!(
        after.personas.len(),
        before.personas.len(),
        "Mina and Reza are the map's"
    );
    undo(&mut harness);
    assert!(journey(&harness) == before, "one undo takes the rows away");
}

#[test]
fn text_that_is_not_a_table_is_one_card() {
    let mut harness = app_on("lifecycle");
    let before = journey(&harness);
    let at = cell_point(&harness, 1, LaneKind::Opportunities);
    paste_at(&mut harness, at, "Free gift wrapping in December");
    let after = journey(&harness);
    assert_eq!(after.cards.len(), before.cards.len() + 1);
    assert_eq!(
        cell(&after, 1, LaneKind::Opportunities)
            .last()
            .map(String::as_str),
        Some("Free gift wrapping in December")
    );
    assert!(harness.state().notice().is_none(), "never an error dialog");
    undo(&mut harness);
    assert!(journey(&harness) == before);
}

#[test]
fn cards_copied_as_a_table_paste_back_as_the_same_cards() {
    let mut harness = app_on("buyer");
    harness.state_mut().request(Command::CopyTable);
    // The frame that applies the command puts the table on the clipboard.
    harness.step();
    let copied = harness
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
        .expect("a table on the clipboard");
    let before = journey(&harness);
    assert_eq!(
        copied.lines().count(),
        before.cards.len() + 1,
        "a header and a row per card"
    );
    assert!(
        copied.starts_with("Stage\tLane\tLane kind\tTitle"),
        "{copied}"
    );
    let mut harness = app_on("blank");
    let at = cell_point(&harness, 0, LaneKind::Actions);
    paste_at(&mut harness, at, &copied);
    let after = journey(&harness);
    for card in &before.cards {
        assert!(
            after
                .cards
                .iter()
                .any(|c| c.title == card.title && c.body == card.body && c.channel == card.channel),
            "{}",
            card.title
        );
    }
}

#[test]
fn a_file_whose_encoding_cannot_be_told_asks_with_a_preview() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("çay.csv");
    // One letter beyond ASCII: a Turkish "ç" or a Russian "з", in a code page.
    std::fs::write(&path, b"Stage;Title\nTasting;\xE7ay\n").unwrap();
    let mut harness = app_on("lifecycle");
    let before = journey(&harness);
    harness
        .state_mut()
        .request(journeymap::app::Action::OpenPath(path.clone()));
    harness.run();
    assert!(
        journey(&harness) == before,
        "nothing imported before the answer"
    );
    // Each reading shows its rows: the same cell read as Turkish (and as French, by the Arabic
    // page) and as Russian.
    assert!(harness.query_all_by_label("çay").count() >= 1);
    harness.get_by_label("зay");
    harness.get_by_label("windows-1254 · columns by ;").click();
    harness.run();
    harness.get_by_label("Import").click();
    harness.run();
    let imported = journey(&harness);
    assert_eq!(imported.cards.len(), 1);
    assert_eq!(imported.cards[0].title, "çay");
}
