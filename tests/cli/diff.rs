//! `journeymap diff`: changes in words and JSON, and its exit codes.

use super::{journeymap, new_map, stderr, stdout};

#[test]
fn diff_names_what_changed_and_tells_scripts_by_its_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    let old = new_map(dir.path(), "full-cycle");
    let new = dir.path().join("new.journey.ron");
    let text = std::fs::read_to_string(&old).unwrap();
    let edited = text
        .replacen("name: \"Decision\",", "name: \"Choice\",", 1)
        .replacen(
            "title: \"Twenty minutes on hold\",",
            "title: \"Forty minutes on hold\",",
            1,
        );
    std::fs::write(&new, edited).unwrap();
    let (old, new) = (old.to_str().unwrap(), new.to_str().unwrap());

    let output = journeymap(&["diff", old, new]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let printed = stdout(&output);
    assert!(printed.contains("Stage \"Choice\":"), "{printed}");
    assert!(
        printed.contains("name \"Decision\" → \"Choice\""),
        "{printed}"
    );
    assert!(
        printed.contains("title \"Twenty minutes on hold\" → \"Forty minutes on hold\""),
        "{printed}"
    );

    let output = journeymap(&["diff", old, new, "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let changes = json["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 2);
    assert_eq!(changes[0]["item"], "stage");
    assert_eq!(changes[0]["change"], "field");
    assert_eq!(changes[1]["new"], "Forty minutes on hold");

    assert_eq!(
        journeymap(&["diff", old, new, "--exit-code"]).status.code(),
        Some(3)
    );
    let same = journeymap(&["diff", old, old, "--exit-code"]);
    assert_eq!(same.status.code(), Some(0));
    assert!(stdout(&same).contains("No changes."));
    let missing = journeymap(&["diff", old, "nowhere.journey.ron"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(stderr(&missing).contains("nowhere.journey.ron"));
    assert_eq!(journeymap(&["diff", old]).status.code(), Some(2));
}

#[test]
fn maps_of_older_versions_are_migrated_before_comparing_and_newer_ones_refused() {
    let dir = tempfile::tempdir().unwrap();
    let current = new_map(dir.path(), "full-cycle");
    let version_1 = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/v1/full-cycle.journey.ron"
    );
    let output = journeymap(&["diff", version_1, current.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("No changes."),
        "{}",
        stdout(&output)
    );
    let newer = dir.path().join("newer.journey.ron");
    let text = std::fs::read_to_string(&current).unwrap();
    std::fs::write(
        &newer,
        text.replacen(&super::current_format(), "format: 99,", 1),
    )
    .unwrap();
    let output = journeymap(&["diff", version_1, newer.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("newer.journey.ron"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn diff_draws_the_changes_into_a_picture_and_never_over_a_map() {
    let dir = tempfile::tempdir().unwrap();
    let old = new_map(dir.path(), "full-cycle");
    let new = dir.path().join("new.journey.ron");
    let text = std::fs::read_to_string(&old).unwrap();
    std::fs::write(
        &new,
        text.replacen("name: \"Decision\",", "name: \"Choice\",", 1),
    )
    .unwrap();
    let picture = dir.path().join("diff.png");
    let plain = dir.path().join("new.png");
    let (old_arg, new_arg) = (old.to_str().unwrap(), new.to_str().unwrap());

    let output = journeymap(&["diff", old_arg, new_arg, "-o", picture.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("Stage \"Choice\":"));
    let output = journeymap(&["export", new_arg, "-o", plain.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let (drawn, map) = (
        image::open(&picture).unwrap().to_rgba8(),
        image::open(&plain).unwrap().to_rgba8(),
    );
    // The map as it is drawn, with a legend band under it and the renamed stage outlined.
    assert_eq!(drawn.width(), map.width());
    assert!(
        drawn.height() > map.height() + 30,
        "{} vs {}",
        drawn.height(),
        map.height()
    );
    let differing = map
        .enumerate_pixels()
        .filter(|(x, y, p)| drawn.get_pixel(*x, *y) != *p)
        .count();
    assert!(differing > 100, "{differing} pixels differ");

    let before = std::fs::read(&new).unwrap();
    for (target, code) in [(new_arg, 2), ("diff.svg", 2)] {
        let output = journeymap(&["diff", old_arg, new_arg, "-o", target]);
        assert_eq!(output.status.code(), Some(code), "{target}");
        assert!(stderr(&output).contains(target.rsplit('/').next().unwrap()));
    }
    assert_eq!(std::fs::read(&new).unwrap(), before, "the map is untouched");
}
