//! journeymap as git's external diff driver, set up as the README says, in a real repository.

use super::{journeymap, new_map};
use std::path::Path;
use std::process::Command;

/// Runs git in `repo`; its standard output.
fn git(repo: &Path, args: &[&str]) -> String {
    let output = Command::new("git")
        .args(args)
        .current_dir(repo)
        // Nothing from the machine's own git configuration.
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", repo)
        .output()
        .expect("git is installed (.ci/run installs it)");
    assert!(
        output.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn git_log_shows_what_changed_in_a_map_in_words() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path();
    git(repo, &["init", "-q"]);
    git(repo, &["config", "user.email", "team@example.com"]);
    git(repo, &["config", "user.name", "Team"]);
    // The README's two steps: the attribute, and the driver's command.
    std::fs::write(
        repo.join(".gitattributes"),
        "*.journey.ron diff=journeymap\n",
    )
    .unwrap();
    let driver = format!("{} git-diff", env!("CARGO_BIN_EXE_journeymap"));
    git(repo, &["config", "diff.journeymap.command", &driver]);
    let map = new_map(repo, "full-cycle");
    git(repo, &["add", "."]);
    git(repo, &["commit", "-q", "-m", "as is"]);
    let text = std::fs::read_to_string(&map).unwrap();
    std::fs::write(
        &map,
        text.replacen("name: \"Decision\",", "name: \"Choice\",", 1),
    )
    .unwrap();
    git(repo, &["commit", "-q", "-am", "to be"]);

    let log = git(repo, &["log", "-p", "--ext-diff"]);
    assert!(log.contains("Stage \"Choice\":"), "{log}");
    assert!(log.contains("name \"Decision\" → \"Choice\""), "{log}");
    // The first commit adds the whole map: its stages and cards are named as added.
    assert!(log.contains("+ stage \"Information search\""), "{log}");

    // A map that no longer loads still gets a diff, of its lines, and the driver exits 0 so
    // git goes on.
    std::fs::write(&map, format!("{text}broken\n")).unwrap();
    let diff = git(repo, &["diff"]);
    assert!(diff.contains("a line diff instead"), "{diff}");
    assert!(diff.contains("+broken"), "{diff}");

    // An unmerged path is named; wrong usage is exit 2.
    let output = journeymap(&["git-diff", "map.journey.ron"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stdout).contains("Unmerged path map.journey.ron"));
    assert_eq!(journeymap(&["git-diff", "a", "b"]).status.code(), Some(2));
}
