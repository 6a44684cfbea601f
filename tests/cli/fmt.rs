//! `journeymap fmt`: canonical maps in place, with the save guarantees and no backup.

use super::{journeymap, new_map, stderr, stdout};
use std::fs;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::Path;

/// The same map as `path`, written by hand: no header comment, other spacing.
fn scramble(path: &Path) -> String {
    let text = fs::read_to_string(path).unwrap();
    let scrambled: String = text
        .lines()
        .filter(|l| !l.starts_with("//"))
        .map(|l| format!("{}\n\n", l.trim_start()))
        .collect();
    fs::write(path, &scrambled).unwrap();
    text
}

#[test]
fn fmt_rewrites_maps_in_place_without_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let map = new_map(dir.path(), "buyer");
    let canonical = scramble(&map);
    let name = map.to_str().unwrap();
    let output = journeymap(&["fmt", "--check", name]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("not in canonical form"));
    assert_ne!(
        fs::read_to_string(&map).unwrap(),
        canonical,
        "--check writes nothing"
    );
    let output = journeymap(&["fmt", name]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(fs::read_to_string(&map).unwrap(), canonical);
    let files: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(files.len(), 1, "no backup, no temporary file");
    let output = journeymap(&["fmt", "--check", name]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
}

#[test]
fn fmt_reports_a_bad_map_leaves_it_alone_and_formats_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let good = new_map(dir.path(), "blank");
    let canonical = scramble(&good);
    let bad = dir.path().join("bad.journey.ron");
    fs::write(&bad, "(format: 1, journey: (title: ").unwrap();
    let output = journeymap(&["fmt", bad.to_str().unwrap(), good.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("bad.journey.ron:1:"),
        "{}",
        stderr(&output)
    );
    assert_eq!(
        fs::read_to_string(&bad).unwrap(),
        "(format: 1, journey: (title: "
    );
    assert_eq!(fs::read_to_string(&good).unwrap(), canonical);
}

#[test]
fn fmt_keeps_links_and_permissions() {
    let dir = tempfile::tempdir().unwrap();
    let map = new_map(dir.path(), "lifecycle");
    let canonical = scramble(&map);
    fs::set_permissions(&map, fs::Permissions::from_mode(0o640)).unwrap();
    let link = dir.path().join("link.journey.ron");
    symlink(&map, &link).unwrap();
    let output = journeymap(&["fmt", link.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(fs::read_to_string(&map).unwrap(), canonical);
    assert_eq!(
        fs::metadata(&map).unwrap().permissions().mode() & 0o777,
        0o640
    );
}

/// The folder is read-only but the map is writable: a temporary file cannot be made beside it.
/// Root may write anywhere, so as root the command runs as the user `nobody` (util-linux's
/// `setpriv`, present on every Debian).
#[test]
fn fmt_in_a_folder_where_no_temporary_file_can_be_made_says_so() {
    // Under /tmp, which every user may pass through, unlike a root-only temporary folder.
    let dir = tempfile::Builder::new().tempdir_in("/tmp").unwrap();
    let folder = dir.path().join("maps");
    fs::create_dir(&folder).unwrap();
    let map = new_map(&folder, "blank");
    let scrambled = {
        scramble(&map);
        fs::read_to_string(&map).unwrap()
    };
    fs::set_permissions(&map, fs::Permissions::from_mode(0o666)).unwrap();
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o555)).unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    let mut binary = std::path::PathBuf::from(env!("CARGO_BIN_EXE_journeymap"));
    let mut command = if running_as_root() {
        // The build folder may sit in a home folder `nobody` cannot enter.
        let copy = dir.path().join("journeymap");
        fs::copy(&binary, &copy).unwrap();
        binary = copy;
        let mut c = std::process::Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"]);
        c.arg(&binary);
        c
    } else {
        std::process::Command::new(&binary)
    };
    let output = command
        .args(["fmt", map.to_str().unwrap()])
        .output()
        .unwrap();
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("cannot create a temporary file in the folder"),
        "{}",
        stderr(&output)
    );
    assert_eq!(
        fs::read_to_string(&map).unwrap(),
        scrambled,
        "left as it was"
    );
}

/// Whether this test runs as root (uid 0), read from /proc so no unsafe call is needed.
fn running_as_root() -> bool {
    fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("Uid:"))
        .and_then(|ids| ids.split_whitespace().nth(1).map(|euid| euid == "0"))
        .unwrap_or(false)
}
