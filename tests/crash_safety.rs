//! Crash-safe saving: a child process saves a large map over and over while this test kills it
//! (SIGKILL) at random moments of its save loop, 200 times. After every kill the map on disk loads and is the old
//! or the new version, never a mix; so are its backup and the autosave recovery copy.

use journeymap::file::recovery::{RecoveryStore, key_for};
use journeymap::file::{self, backup_path};
use journeymap::generate::generate;
use journeymap::model::Journey;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime};

const CHILD_MAP: &str = "JOURNEYMAP_TEST_SAVE_LOOP_MAP";
const CHILD_STORE: &str = "JOURNEYMAP_TEST_SAVE_LOOP_STORE";

/// The two versions the child alternates between: large, and different in many places.
fn versions() -> (Journey, Journey) {
    let template = journeymap::templates::find("full-cycle")
        .unwrap()
        .journey()
        .unwrap();
    let mut a = generate(template.clone(), 1500);
    a.title = "Version A".into();
    let mut b = generate(template, 1501);
    b.title = "Version B".into();
    for card in b.cards.iter_mut().step_by(7) {
        card.title.push_str(" (revised)");
    }
    (a, b)
}

/// Not a test: the child process of the test below, which starts it with `--ignored`.
#[test]
#[ignore = "started by saving_survives_being_killed_at_any_moment"]
fn save_loop_child() {
    let (Some(map), Some(store)) = (std::env::var_os(CHILD_MAP), std::env::var_os(CHILD_STORE))
    else {
        return;
    };
    let (map, store) = (PathBuf::from(map), RecoveryStore::new(PathBuf::from(store)));
    let key = key_for(Some(&map));
    let (a, b) = versions();
    // Tell the parent that saving starts now, so its kill lands in the middle of saves.
    println!("saving");
    loop {
        for version in [&a, &b] {
            file::save(version, &map).unwrap();
            store.write(&key, version, Some(&map)).unwrap();
        }
    }
}

/// A small deterministic sequence of pauses, different in every run.
fn pauses() -> impl Iterator<Item = Duration> {
    let mut state = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(7, |d| d.as_nanos() as u64)
        | 1;
    std::iter::from_fn(move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        Some(Duration::from_micros(state % 30_000))
    })
}

fn is_one_of(path: &Path, a: &Journey, b: &Journey) -> Result<(), String> {
    let loaded = file::load(path).map_err(|e| format!("does not load: {e}"))?;
    if loaded == *a || loaded == *b {
        Ok(())
    } else {
        Err(format!("{} is a mix of versions", path.display()))
    }
}

#[test]
fn saving_survives_being_killed_at_any_moment() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("big.journey.ron");
    let store_dir = dir.path().join("recovery");
    let (a, b) = versions();
    file::save(&a, &map).unwrap();
    let mut killed_mid_run = 0;
    for (round, pause) in pauses().take(200).enumerate() {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--ignored",
                "--exact",
                "save_loop_child",
                "--test-threads=1",
                "--nocapture",
            ])
            .env(CHILD_MAP, &map)
            .env(CHILD_STORE, &store_dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut ready = String::new();
        let mut output = std::io::BufReader::new(child.stdout.take().unwrap());
        while !ready.contains("saving") {
            ready.clear();
            if std::io::BufRead::read_line(&mut output, &mut ready).unwrap() == 0 {
                panic!("round {round}: the child ended before saving");
            }
        }
        std::thread::sleep(pause);
        if child.try_wait().unwrap().is_none() {
            killed_mid_run += 1;
        }
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();

        is_one_of(&map, &a, &b).unwrap_or_else(|e| panic!("round {round}: map {e}"));
        let backup = backup_path(&map);
        if backup.exists() {
            is_one_of(&backup, &a, &b).unwrap_or_else(|e| panic!("round {round}: backup {e}"));
        }
        for copy in RecoveryStore::new(store_dir.clone()).list() {
            let loaded = RecoveryStore::load(&copy)
                .unwrap_or_else(|e| panic!("round {round}: recovery copy does not load: {e}"));
            assert!(
                loaded == a || loaded == b,
                "round {round}: recovery copy is a mix"
            );
        }
    }
    assert_eq!(killed_mid_run, 200, "the child was saving when killed");
    assert!(backup_path(&map).exists(), "the child saved at least once");
}

/// The editor on `journey`, autosaving into `store`.
fn editor(
    journey: Journey,
    store: &RecoveryStore,
) -> egui_kittest::Harness<'static, journeymap::app::JourneyApp> {
    use journeymap::app::recent::RecentFiles;
    use journeymap::app::{Document, JourneyApp};
    let store = store.clone();
    egui_kittest::Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_eframe(move |_cc| {
            JourneyApp::new(Document::untitled(journey), RecentFiles::load(None))
                .with_recovery(store)
        })
}

/// A map too long to copy in one frame is copied for its recovery copy over several (copied
/// whole, a 100,000-card map made one frame 12–16 ms longer), and what is written is the map as
/// edited.
#[test]
fn a_long_maps_recovery_copy_is_made_over_several_frames() {
    use journeymap::app::Action;
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path().join("recovery"));
    let journey = generate(journeymap::templates::example(), 10_000);

    // One frame after an edit the copy is under way, not written: an app that ends then
    // (its copy writer, if any, is waited for) leaves none.
    let mut first = editor(journey.clone(), &store);
    first.run();
    first.state_mut().request(Action::AddStage(2));
    first.step();
    assert!(first.state().document().is_dirty());
    drop(first);
    assert!(store.list().is_empty(), "copied whole in one frame");

    // Left to run, the next frames finish the copy and write it.
    let mut second = editor(journey.clone(), &store);
    second.run();
    second.state_mut().request(Action::AddStage(2));
    second.run();
    let edited = second.state().document().journey().clone();
    assert_eq!(edited.stages.len(), journey.stages.len() + 1);
    drop(second);
    let copies = store.list();
    assert_eq!(copies.len(), 1);
    let copy = RecoveryStore::load(&copies[0]).unwrap();
    assert_eq!(copy, edited);
}
