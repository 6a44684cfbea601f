//! The file format's versions: older maps open and are saved as the newest; ids last; bad
//! connections are refused.

use super::*;
use crate::model::{CardId, Connection, ConnectionId, ConnectionKind};

fn example() -> Journey {
    crate::templates::find("full-cycle")
        .and_then(|t| t.journey().ok())
        .expect("the full-cycle template")
}

/// `template` as it was before version 5 added pictures (the lifecycle template's storyboard
/// and persona photos came with them).
fn as_before_version_5(template: &crate::templates::Template) -> Journey {
    crate::templates::without_pictures(template.journey().unwrap())
}

fn parse_err(text: &str) -> LoadError {
    parse(text, Path::new("m.journey.ron")).unwrap_err()
}

/// Version-1 maps (a copy of every template as version 1 wrote it, in `tests/data/v1`) open
/// unchanged, keep their numeric ids, and are saved as version 2, which reads back the same.
#[test]
fn version_1_maps_open_and_are_saved_as_version_2() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/v1");
    let dir = tempfile::tempdir().unwrap();
    // The templates version 1 had; later ones have no older copy.
    let version_1_had = [
        "blank",
        "lifecycle",
        "buyer",
        "full-cycle",
        "service-blueprint",
    ];
    for template in version_1_had.map(|name| crate::templates::find(name).unwrap()) {
        let path = folder.join(format!("{}.journey.ron", template.name));
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.contains("format: 1,"),
            "{} is a version-1 file",
            path.display()
        );
        let journey = load(&path).unwrap();
        assert_eq!(journey, as_before_version_2(template), "{}", template.name);
        assert!(journey.connections.is_empty());
        assert!(
            journey.cards.iter().all(|c| c.id.0 < 1000),
            "numeric ids are kept"
        );
        let saved = dir.path().join(format!("{}.journey.ron", template.name));
        save(&journey, &saved).unwrap();
        let written = std::fs::read_to_string(&saved).unwrap();
        assert!(
            written.contains(&format!("format: {FORMAT_VERSION},")),
            "{written}"
        );
        assert_eq!(load(&saved).unwrap(), journey);
    }
}

/// `template` without what versions 2 and 3 added to it since (connections, blueprint lines).
fn as_before_version_2(template: &crate::templates::Template) -> Journey {
    let mut journey = as_before_version_5(template);
    journey.connections.clear();
    journey.blueprint_lines.clear();
    journey
}

/// Version-2 maps (every template as version 2 wrote it, in `tests/data/v2`) open unchanged and
/// are saved as version 3, which reads back the same.
#[test]
fn version_2_maps_open_and_are_saved_as_version_3() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/v2");
    let dir = tempfile::tempdir().unwrap();
    for template in crate::templates::ALL {
        let path = folder.join(format!("{}.journey.ron", template.name));
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("format: 2,"), "{}", path.display());
        let journey = load(&path).unwrap();
        let mut expected = as_before_version_5(&template);
        // Version 3 added the blueprint lines; the version-2 copy predates them.
        expected.blueprint_lines.clear();
        if template.name == "service-blueprint" {
            // And the blueprint template's backstage paths came with them.
            expected.connections.clear();
        }
        assert_eq!(journey, expected, "{}", template.name);
        let saved = dir.path().join(format!("{}.journey.ron", template.name));
        save(&journey, &saved).unwrap();
        let written = std::fs::read_to_string(&saved).unwrap();
        assert!(
            written.contains(&format!("format: {FORMAT_VERSION},")),
            "{written}"
        );
        assert_eq!(load(&saved).unwrap(), journey);
    }
}

#[test]
fn a_deleted_card_s_id_is_not_given_again() {
    let mut journey = example();
    let newest = journey.cards.iter().map(|c| c.id).max().unwrap();
    crate::edit::ops::delete_cards(&[newest]).apply(&mut journey);
    let card = &journey.cards[0];
    let seed = crate::edit::ops::CardSeed {
        title: "Again".into(),
        channel: None,
    };
    let (edit, id) = crate::edit::ops::add_card(&journey, card.stage, card.lane, 0, seed);
    edit.apply(&mut journey);
    assert_ne!(id, newest);
    assert!(id.0 >= 1 << 32, "a random id");
    // Two copies of one map give different ids to their new cards.
    let copy = journey.clone();
    assert_ne!(journey.new_card_id(), copy.new_card_id());
}

#[test]
fn bad_connections_are_refused_with_what_and_which() {
    let journey = example();
    let (a, b) = (journey.cards[0].id, journey.cards[1].id);
    let connection = |kind, from, to| Connection {
        id: ConnectionId::random(),
        kind,
        from,
        to,
        label: String::new(),
        share: None,
    };
    let cases = [
        (
            vec![connection(ConnectionKind::Next, a, Some(CardId(999)))],
            "which does not exist",
        ),
        (
            vec![connection(ConnectionKind::Next, a, Some(a))],
            "to the same card",
        ),
        (
            vec![connection(ConnectionKind::Alternative, a, None)],
            "only an exit may leave",
        ),
        (
            vec![
                connection(ConnectionKind::Triggers, a, Some(b)),
                connection(ConnectionKind::Triggers, a, Some(b)),
            ],
            "repeats another",
        ),
    ];
    for (connections, expected) in cases {
        let mut bad = journey.clone();
        bad.connections = connections;
        let message = parse_err(&to_text(&bad)).to_string();
        assert!(message.contains(expected), "{message}");
    }
    let text = to_text(&journey).replacen(
        "cards: [",
        "connections: [(id: 1, kind: Sideways, from: 1, to: 2)], cards: [",
        1,
    );
    let message = parse_err(&text).to_string();
    assert!(message.contains("Sideways"), "{message}");
    // Different kinds between the same cards are fine, and so is an exit that leaves the map.
    let mut good = journey.clone();
    good.connections = vec![
        connection(ConnectionKind::Next, a, Some(b)),
        connection(ConnectionKind::Alternative, a, Some(b)),
        connection(ConnectionKind::Exit, b, None),
    ];
    assert_eq!(
        parse(&to_text(&good), Path::new("g.journey.ron")).unwrap(),
        good
    );
}

/// Problems found after parsing point at the line of the item they are about.
#[test]
fn problems_name_the_line_and_column_of_their_item() {
    let mut journey = example();
    let from = journey.cards[3].id;
    journey.connections.push(Connection {
        id: ConnectionId(5),
        kind: ConnectionKind::Next,
        from,
        to: Some(CardId(999)),
        label: String::new(),
        share: None,
    });
    let text = to_text(&journey).replacen("stage: 3,", "stage: 77,", 1);
    let error = parse_err(&text);
    let lines = error.lines();
    assert_eq!(lines.len(), 2, "{lines:?}");
    for (line, wanted) in lines
        .iter()
        .zip(["stage 77, which does not exist", "card 999"])
    {
        assert!(line.contains(wanted), "{line}");
        // FILE:LINE:COL: and the text there is the item's id.
        let mut parts = line.splitn(4, ':');
        let (_, row, col) = (parts.next(), parts.next(), parts.next());
        let row: usize = row.and_then(|r| r.parse().ok()).expect("a line");
        let col: usize = col.and_then(|c| c.parse().ok()).expect("a column");
        let there = text.lines().nth(row - 1).unwrap();
        assert!(there[col - 1..].starts_with("id: "), "{line}: {there}");
    }
    assert!(error.to_string().starts_with("m.journey.ron:"), "{error}");
}

/// Maps of versions 3 and 4 (every template as that version wrote it, in `tests/data/vN`) open
/// unchanged and are saved as the newest version, which reads back the same.
#[test]
fn version_3_and_4_maps_open_and_are_saved_as_the_newest_version() {
    let dir = tempfile::tempdir().unwrap();
    for version in [3, 4] {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/data/v{version}"));
        for template in crate::templates::ALL {
            let path = folder.join(format!("{}.journey.ron", template.name));
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(
                text.contains(&format!("format: {version},")),
                "{}",
                path.display()
            );
            let journey = load(&path).unwrap();
            assert_eq!(
                journey,
                as_before_version_5(&template),
                "{}",
                path.display()
            );
            let saved = dir
                .path()
                .join(format!("{version}-{}.journey.ron", template.name));
            save(&journey, &saved).unwrap();
            let written = std::fs::read_to_string(&saved).unwrap();
            assert!(written.contains(&format!("format: {FORMAT_VERSION},")));
            assert_eq!(load(&saved).unwrap(), journey);
        }
    }
}
