//! `journeymap merge` as git's merge driver, set up with the README's own lines, in a real
//! repository: a clean merge of two branches, and a conflict git reports and `check` names.

use super::{journeymap, new_map, stdout};
use journeymap::model::{CardId, Journey, Score};
use std::path::Path;
use std::process::Command;

fn git_output(repo: &Path, args: &[&str]) -> std::process::Output {
    Command::new("git")
        .args(args)
        .current_dir(repo)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", repo)
        .output()
        .expect("git is installed (.ci/run installs it)")
}

fn git(repo: &Path, args: &[&str]) -> String {
    let output = git_output(repo, args);
    assert!(
        output.status.success(),
        "git {args:?}: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A repository set up by running the README's "Working as a team" lines, with `journeymap`
/// standing for the binary under test.
fn repository(repo: &Path) {
    git(repo, &["init", "-q", "-b", "main"]);
    git(repo, &["config", "user.email", "team@example.com"]);
    git(repo, &["config", "user.name", "Team"]);
    let readme = include_str!("../../README.md");
    let section = readme
        .split("### Working as a team")
        .nth(1)
        .expect("the README has the section");
    let block = section
        .split("```sh\n")
        .nth(1)
        .and_then(|s| s.split("```").next())
        .expect("the section has the set-up lines");
    let binary = env!("CARGO_BIN_EXE_journeymap");
    for line in block.lines().filter(|l| !l.trim().is_empty()) {
        let line = line.replace("\"journeymap ", &format!("\"{binary} "));
        let status = Command::new("sh")
            .args(["-c", &line])
            .current_dir(repo)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", repo)
            .status()
            .unwrap();
        assert!(status.success(), "{line}");
    }
}

fn load(path: &Path) -> Journey {
    journeymap::file::load(path).unwrap()
}

fn save(journey: &Journey, path: &Path) {
    journeymap::file::save_text(&journeymap::file::to_text(journey), path, false).unwrap();
}

/// A new card like `like`, titled `title`, first in its cell.
fn new_card(journey: &mut Journey, like: usize, title: &str) -> CardId {
    let mut card = journey.cards[like].clone();
    card.id = CardId::random();
    card.title = title.into();
    card.emotions.clear();
    card.order = 0;
    let id = card.id;
    for other in journey
        .cards
        .iter_mut()
        .filter(|c| (c.stage, c.lane) == (card.stage, card.lane))
    {
        other.order += 1;
    }
    journey.cards.push(card);
    id
}

#[test]
fn git_merges_two_branches_of_a_map_by_id() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path();
    repository(repo);
    let map = new_map(repo, "full-cycle");
    git(repo, &["add", "."]);
    git(repo, &["commit", "-q", "-m", "base"]);

    // One branch adds a card, moves one to the next stage and changes a score.
    git(repo, &["checkout", "-q", "-b", "research"]);
    let mut research = load(&map);
    let added_there = new_card(&mut research, 3, "Chats with a dealer bot");
    let moved = research.cards[0].id;
    research.cards[0].stage = research.stages[1].id;
    let scored = research
        .cards
        .iter()
        .position(|c| !c.emotions.is_empty())
        .unwrap();
    let persona = *research.cards[scored].emotions.keys().next().unwrap();
    research.cards[scored]
        .emotions
        .insert(persona, Score::new(-2).unwrap());
    let scored = research.cards[scored].id;
    save(&research, &map);
    git(repo, &["commit", "-q", "-am", "research"]);

    // The other renames a stage and adds a card.
    git(repo, &["checkout", "-q", "main"]);
    let mut main = load(&map);
    main.stages[2].name = "Choice".into();
    let added_here = new_card(&mut main, 10, "Price promise");
    save(&main, &map);
    git(repo, &["commit", "-q", "-am", "rename"]);

    git(repo, &["merge", "-q", "--no-edit", "research"]);
    let merged = load(&map);
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    assert_eq!(merged.stages[2].name, "Choice");
    assert!(merged.card(added_here).is_some() && merged.card(added_there).is_some());
    assert_eq!(merged.card(moved).unwrap().stage, merged.stages[1].id);
    assert_eq!(merged.card(scored).unwrap().emotions[&persona].value(), -2);
    let check = journeymap(&["check", map.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
}

#[test]
fn a_real_conflict_is_reported_by_git_and_named_by_check() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path();
    repository(repo);
    let map = new_map(repo, "full-cycle");
    git(repo, &["add", "."]);
    git(repo, &["commit", "-q", "-m", "base"]);
    git(repo, &["checkout", "-q", "-b", "other"]);
    let mut other = load(&map);
    other.cards[1].title = "TV and radio commercials".into();
    save(&other, &map);
    git(repo, &["commit", "-q", "-am", "theirs"]);
    git(repo, &["checkout", "-q", "main"]);
    let mut main = load(&map);
    main.cards[1].title = "Streaming ads".into();
    save(&main, &map);
    git(repo, &["commit", "-q", "-am", "ours"]);

    let merge = git_output(repo, &["merge", "--no-edit", "other"]);
    assert!(!merge.status.success(), "git reports the conflict");
    let said = String::from_utf8_lossy(&merge.stdout);
    assert!(said.contains("CONFLICT"), "{said}");
    // The map is whole (no markers): ours kept, theirs recorded.
    let merged = load(&map);
    assert_eq!(merged.cards[1].title, "Streaming ads");
    assert_eq!(merged.conflicts.len(), 1);
    let check = journeymap(&["check", map.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(1));
    let printed = stdout(&check);
    assert!(
        printed.contains("unresolved merge conflict: “Streaming ads”: both sides changed title"),
        "{printed}"
    );
    assert!(printed.contains("full-cycle.journey.ron:"), "{printed}");
}

#[test]
fn a_map_with_git_s_markers_is_refused_with_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let map = new_map(dir.path(), "blank");
    let text = std::fs::read_to_string(&map).unwrap();
    let marked = text.replacen(
        "    title:",
        "<<<<<<< HEAD\n    title: \"A\",\n=======\n    title: \"B\",\n>>>>>>> other\n    title:",
        1,
    );
    std::fs::write(&map, marked).unwrap();
    let check = journeymap(&["check", map.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(1));
    let printed = stdout(&check);
    assert!(
        printed.contains("blank.journey.ron:5:1: git's conflict markers"),
        "{printed}"
    );
    assert!(printed.contains("Working as a team"), "{printed}");
}

#[test]
fn bad_inputs_leave_ours_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let ours = new_map(dir.path(), "buyer");
    let base = new_map(dir.path(), "full-cycle");
    let before = std::fs::read(&ours).unwrap();
    let (ours_arg, base_arg) = (ours.to_str().unwrap(), base.to_str().unwrap());
    let missing = journeymap(&["merge", base_arg, ours_arg, "nowhere.journey.ron"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(super::stderr(&missing).contains("nowhere.journey.ron"));
    assert_eq!(std::fs::read(&ours).unwrap(), before);
    assert_eq!(journeymap(&["merge", ours_arg]).status.code(), Some(2));
}

#[test]
fn mixed_versions_are_migrated_and_two_copies_without_a_base_merge_into_conflicts() {
    let dir = tempfile::tempdir().unwrap();
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    // The base as version 2 wrote it, ours as version 3 did, theirs as today.
    let base = dir.path().join("base.journey.ron");
    std::fs::copy(data.join("v2/full-cycle.journey.ron"), &base).unwrap();
    let ours = dir.path().join("map.journey.ron");
    let v3 = std::fs::read_to_string(data.join("v3/full-cycle.journey.ron")).unwrap();
    std::fs::write(
        &ours,
        v3.replacen("name: \"Decision\",", "name: \"Choice\",", 1),
    )
    .unwrap();
    let theirs = dir.path().join("map (conflicted copy).journey.ron");
    let mut other = load(&ours);
    other.stages[2].name = "Decision".into();
    other.cards[1].title = "Streaming ads".into();
    save(&other, &theirs);
    let args = |files: &[&Path]| -> Vec<String> {
        let mut args = vec!["merge".to_owned()];
        args.extend(files.iter().map(|f| f.to_str().unwrap().to_owned()));
        args
    };
    let out = dir.path().join("merged.journey.ron");
    let mut three = args(&[&base, &ours, &theirs]);
    three.extend(["-o".to_owned(), out.to_str().unwrap().to_owned()]);
    let merged = journeymap(&three.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(merged.status.code(), Some(0), "{}", super::stderr(&merged));
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(
        text.contains(&super::current_format()),
        "written in the newest version"
    );
    let result = load(&out);
    assert_eq!(result.stages[2].name, "Choice", "only we renamed it");
    assert_eq!(
        result.cards[1].title, "Streaming ads",
        "only they retitled it"
    );

    // The synced folder's copies: no base, every difference recorded, nothing lost.
    let two = args(&[&ours, &theirs]);
    let merged = journeymap(&two.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(merged.status.code(), Some(1));
    assert!(
        super::stderr(&merged).contains("2 conflict(s)"),
        "{}",
        super::stderr(&merged)
    );
    let result = load(&ours);
    assert_eq!(result.stages[2].name, "Choice");
    assert_eq!(result.conflicts.len(), 2);
}
