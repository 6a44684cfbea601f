//! Connections on the command line: `info --json` lists them, `check` refuses bad ones.

use super::{journeymap, new_map, stderr, stdout};

/// The lifecycle map with connections added by hand to its file.
fn map_with(dir: &std::path::Path, connections: &str) -> std::path::PathBuf {
    let map = new_map(dir, "lifecycle");
    let text = std::fs::read_to_string(&map).unwrap();
    // Before the parenthesis that closes the journey (the last one closes the file).
    let end = text.rfind(')').unwrap();
    let at = text[..end].rfind(')').unwrap();
    let text = format!(
        "{}connections: [{connections}],\n{}",
        &text[..at],
        &text[at..]
    );
    std::fs::write(&map, text).unwrap();
    map
}

#[test]
fn info_lists_connections_and_check_accepts_them() {
    let dir = tempfile::tempdir().unwrap();
    let map = map_with(
        dir.path(),
        "(id: \"1K7ZQ4M9XW0PA\", kind: Alternative, from: 8, to: Some(3), label: \"if the price is too high\"), \
         (id: 2, kind: Exit, from: 11, share: Some(30))",
    );
    let output = journeymap(&["check", map.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let output = journeymap(&["info", map.to_str().unwrap(), "--json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let info: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let connections = info["connections"].as_array().unwrap();
    assert_eq!(connections[0]["id"], "1K7ZQ4M9XW0PA");
    assert_eq!(connections[0]["kind"], "alternative");
    assert_eq!(connections[0]["from"], "8");
    assert_eq!(connections[0]["to"], "3");
    assert_eq!(connections[1]["to"], serde_json::Value::Null);
    assert_eq!(connections[1]["share"], 30);
    assert_eq!(info["cards"][0]["decision"], false);
}

#[test]
fn check_names_each_bad_connection() {
    let dir = tempfile::tempdir().unwrap();
    let map = map_with(
        dir.path(),
        "(id: 5, kind: Next, from: 8, to: Some(999)), (id: 6, kind: Next, from: 3, to: Some(3))",
    );
    let output = journeymap(&["check", map.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let printed = format!("{}{}", stdout(&output), stderr(&output));
    assert!(
        printed.contains("connection 5 goes from or to card 999"),
        "{printed}"
    );
    assert!(
        printed.contains("connection 6 goes from a card to the same card"),
        "{printed}"
    );
}

#[test]
fn info_lists_the_blueprint_lines_and_check_refuses_one_under_no_lane() {
    let dir = tempfile::tempdir().unwrap();
    let map = new_map(dir.path(), "service-blueprint");
    let output = journeymap(&["info", map.to_str().unwrap(), "--json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let info: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let lines = info["blueprint_lines"].as_array().unwrap();
    let kinds: Vec<&str> = lines.iter().map(|l| l["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["interaction", "visibility", "internal-interaction"]);
    assert_eq!(lines[1]["below_lane"], "3");
    let text = std::fs::read_to_string(&map).unwrap();
    let broken = text.replacen("below_lane: 3,", "below_lane: 77,", 1);
    assert!(
        broken != text,
        "the visibility line is written under lane 3"
    );
    std::fs::write(&map, broken).unwrap();
    let output = journeymap(&["check", map.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let printed = format!("{}{}", stdout(&output), stderr(&output));
    assert!(
        printed.contains("blueprint line visibility lies under lane 77, which does not exist"),
        "{printed}"
    );
}
