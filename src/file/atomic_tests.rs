//! What saving keeps: links, permissions, owner, backups beside the real file, no temporary files.

use super::recovery::RecoveryStore;
use super::*;
use std::fs;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};

fn example() -> Journey {
    crate::templates::example()
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// `dir/real/m.journey.ron` with a first version, and `dir/link.journey.ron` pointing to it by a
/// relative link.
fn linked_map(dir: &Path) -> (PathBuf, PathBuf) {
    fs::create_dir(dir.join("real")).unwrap();
    let real = dir.join("real/m.journey.ron");
    save(&example(), &real).unwrap();
    let link = dir.join("link.journey.ron");
    symlink("real/m.journey.ron", &link).unwrap();
    (real, link)
}

#[test]
fn saving_through_a_link_writes_the_real_file_and_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let (real, link) = linked_map(dir.path());
    let first = fs::read(&real).unwrap();
    let mut journey = load(&link).unwrap();
    journey.title = "Saved through the link".into();
    save(&journey, &link).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(load(&real).unwrap().title, "Saved through the link");
    assert_eq!(fs::read(backup_path(&real)).unwrap(), first);
    assert_eq!(names(dir.path()), ["link.journey.ron", "real"]);
    assert_eq!(
        names(&dir.path().join("real")),
        ["m.journey.ron", "m.journey.ron.bak"],
        "backup beside the real file, no temporary file left"
    );
}

#[test]
fn exports_over_a_link_write_the_real_file() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("report.md");
    fs::write(&real, "old").unwrap();
    let link = dir.path().join("latest.md");
    symlink(&real, &link).unwrap();
    write_atomic(&link, b"new").unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(fs::read(&real).unwrap(), b"new");
}

#[test]
fn a_chain_of_links_is_followed_to_the_end() {
    let dir = tempfile::tempdir().unwrap();
    let (real, link) = linked_map(dir.path());
    let second = dir.path().join("second.journey.ron");
    symlink(&link, &second).unwrap();
    assert_eq!(
        resolve_links(&second).unwrap(),
        dir.path().join("real/m.journey.ron")
    );
    save(&example(), &second).unwrap();
    assert!(backup_path(&real).exists());
}

#[test]
fn a_link_to_nowhere_or_to_a_folder_is_refused_and_nothing_is_created() {
    let dir = tempfile::tempdir().unwrap();
    let dangling = dir.path().join("gone.journey.ron");
    symlink("missing/m.journey.ron", &dangling).unwrap();
    let error = save(&example(), &dangling).unwrap_err().to_string();
    assert!(
        error.contains("symbolic link to") && error.contains("does not exist"),
        "{error}"
    );
    let error = load(&dangling).unwrap_err().to_string();
    assert!(error.contains("does not exist"), "{error}");
    let folder_link = dir.path().join("folder.journey.ron");
    symlink(dir.path(), &folder_link).unwrap();
    let error = save(&example(), &folder_link).unwrap_err().to_string();
    assert!(error.contains("which is a folder"), "{error}");
    let error = load(&folder_link).unwrap_err().to_string();
    assert!(error.contains("which is a folder"), "{error}");
    let error = save(&example(), dir.path()).unwrap_err().to_string();
    assert!(error.contains("it is a folder"), "{error}");
    assert_eq!(
        names(dir.path()),
        ["folder.journey.ron", "gone.journey.ron"]
    );
}

#[test]
fn a_loop_of_links_is_refused_without_hanging() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (
        dir.path().join("a.journey.ron"),
        dir.path().join("b.journey.ron"),
    );
    symlink(&b, &a).unwrap();
    symlink(&a, &b).unwrap();
    let error = save(&example(), &a).unwrap_err().to_string();
    assert!(error.contains("symbolic links in a row"), "{error}");
}

#[test]
fn a_private_map_stays_private_and_so_does_its_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.journey.ron");
    save(&example(), &path).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
    save(&example(), &path).unwrap();
    assert_eq!(mode(&path), 0o640);
    assert_eq!(mode(&backup_path(&path)), 0o640);
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
    save(&example(), &path).unwrap();
    assert_eq!(mode(&path), 0o600);
    assert_eq!(
        mode(&backup_path(&path)),
        0o600,
        "an older, wider backup narrows too"
    );
}

#[test]
fn exports_keep_the_permissions_of_the_file_they_replace() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.mmd");
    fs::write(&path, "old").unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o604)).unwrap();
    write_atomic(&path, b"new").unwrap();
    assert_eq!(mode(&path), 0o604);
}

#[test]
fn the_owner_and_group_are_kept_where_the_process_may_set_them() {
    use std::os::unix::fs::MetadataExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.journey.ron");
    save(&example(), &path).unwrap();
    let mine = fs::metadata(&path).unwrap();
    // Only root may give a file to someone else; for anyone else, the file stays theirs.
    let other = if mine.uid() == 0 { 65534 } else { mine.uid() };
    if std::os::unix::fs::chown(&path, Some(other), Some(mine.gid())).is_err() {
        return;
    }
    save(&example(), &path).unwrap();
    let after = fs::metadata(&path).unwrap();
    assert_eq!((after.uid(), after.gid()), (other, mine.gid()));
}

#[test]
fn recovery_copies_are_private_in_a_private_folder() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("data/recovery");
    let store = RecoveryStore::new(folder.clone());
    store
        .write("k", &example(), Some(Path::new("/maps/m.journey.ron")))
        .unwrap();
    assert_eq!(mode(&folder), 0o700);
    for name in names(&folder) {
        assert_eq!(mode(&folder.join(&name)), 0o600, "{name}");
    }
    assert_eq!(names(&folder), ["k.journey.ron", "k.origin"]);
}

#[test]
fn temporary_files_of_killed_saves_are_removed_and_others_are_not() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.journey.ron");
    save(&example(), &path).unwrap();
    let running = std::process::Command::new("sleep")
        .arg("30")
        .spawn()
        .unwrap();
    let dead = {
        let mut child = std::process::Command::new("true").spawn().unwrap();
        child.wait().unwrap();
        child.id()
    };
    let left = [
        format!(".m.journey.ron.{dead}.tmp"),
        format!(".m.journey.ron.{}.tmp", running.id()),
        format!(".other.journey.ron.{dead}.tmp"),
        ".m.journey.ron.notapid.tmp".to_owned(),
    ];
    for name in &left {
        fs::write(dir.path().join(name), "half a map").unwrap();
    }
    save(&example(), &path).unwrap();
    let mut running = running;
    let _ = running.kill();
    let _ = running.wait();
    let after = names(dir.path());
    assert!(
        !after.contains(&left[0]),
        "the dead writer's file is gone: {after:?}"
    );
    for kept in &left[1..] {
        assert!(after.contains(kept), "{kept} is kept: {after:?}");
    }
}

#[test]
fn a_link_at_the_backup_name_is_replaced_not_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.journey.ron");
    save(&example(), &path).unwrap();
    let outside = dir.path().join("outside.txt");
    fs::write(&outside, "not a map").unwrap();
    symlink(&outside, backup_path(&path)).unwrap();
    save(&example(), &path).unwrap();
    assert_eq!(fs::read_to_string(&outside).unwrap(), "not a map");
    assert!(fs::symlink_metadata(backup_path(&path)).unwrap().is_file());
}
