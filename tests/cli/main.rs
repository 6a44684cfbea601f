//! Runs the built `journeymap` binary: exit codes, messages and output files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod connections;
mod diff;
mod fmt;
mod git;
mod merge;
mod pictures;
mod tables;

fn journeymap(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn new_map(dir: &Path, template: &str) -> PathBuf {
    let path = dir.join(format!("{template}.journey.ron"));
    let output = journeymap(&["new", "--template", template, "-o", path.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    path
}

#[test]
fn help_is_available_for_every_command() {
    for args in [
        &["--help"][..],
        &["new", "--help"],
        &["export", "--help"],
        &["check", "--help"],
        &["fmt", "--help"],
        &["info", "--help"],
    ] {
        let output = journeymap(args);
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        assert!(stdout(&output).contains("Usage"), "{args:?}");
    }
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(journeymap(&["export"]).status.code(), Some(2));
    assert_eq!(
        journeymap(&["new", "--template", "blank"]).status.code(),
        Some(2)
    );
    assert_eq!(journeymap(&["frobnicate", "x", "y"]).status.code(), Some(2));
}

#[test]
fn new_lists_templates_and_every_template_checks_ok() {
    let listing = stdout(&journeymap(&["new", "--list"]));
    let dir = tempfile::tempdir().unwrap();
    for name in [
        "blank",
        "lifecycle",
        "buyer",
        "full-cycle",
        "service-blueprint",
    ] {
        assert!(listing.contains(name), "{listing}");
        let path = new_map(dir.path(), name);
        let output = journeymap(&["check", path.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(0), "{name}: {}", stdout(&output));
        assert!(stdout(&output).contains(": ok"));
    }
}

#[test]
fn new_refuses_unknown_templates_and_existing_files() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.journey.ron");
    let output = journeymap(&["new", "--template", "nope", "-o", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("unknown template \"nope\""));
    assert!(!out.exists());
    std::fs::write(&out, "keep me").unwrap();
    let output = journeymap(&["new", "--template", "blank", "-o", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("already exists"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me");
}

#[test]
fn new_counts_the_templates_own_cards_against_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("big.journey.ron");
    let args = ["new", "--template", "full-cycle", "--cards", "100000", "-o"];
    let output = journeymap(&[&args[..], &[out.to_str().unwrap()]].concat());
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("at most"), "{}", stderr(&output));
    assert!(!out.exists());
}

/// `journeymap info MAP | head`: the reader leaves early; the command ends as other tools do
/// (the pipe's signal), without a panic message.
#[cfg(unix)]
#[test]
fn printing_into_a_closed_pipe_ends_quietly() {
    use std::io::Read;
    use std::os::unix::process::ExitStatusExt;
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("long.journey.ron");
    let args = ["new", "--template", "full-cycle", "--cards", "3000", "-o"];
    assert!(
        journeymap(&[&args[..], &[map.to_str().unwrap()]].concat())
            .status
            .success()
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .args(["info", map.to_str().unwrap()])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Read a little of what is far more than a pipe holds, then stop reading.
    let mut first = [0u8; 100];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let mut errors = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut errors)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(!errors.contains("panicked"), "{errors}");
    assert_eq!(status.signal(), Some(13), "{status:?}");
}

#[test]
fn export_writes_a_png_of_the_right_scale() {
    let dir = tempfile::tempdir().unwrap();
    let map = new_map(dir.path(), "full-cycle");
    let one = dir.path().join("one.png");
    let two = dir.path().join("two.png");
    let output = journeymap(&["export", map.to_str().unwrap(), "-o", one.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let output = journeymap(&[
        "export",
        map.to_str().unwrap(),
        "-o",
        two.to_str().unwrap(),
        "--scale",
        "2",
        "--theme",
        "dark",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let one = image::open(&one).unwrap();
    let two = image::open(&two).unwrap();
    assert!(
        one.width() > 1000 && one.height() > 500,
        "{}x{}",
        one.width(),
        one.height()
    );
    assert!((two.width() as i64 - 2 * one.width() as i64).abs() <= 2);
}

#[test]
fn export_is_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    let map = new_map(dir.path(), "lifecycle");
    let a = dir.path().join("a.png");
    let b = dir.path().join("b.png");
    for out in [&a, &b] {
        assert!(
            journeymap(&["export", map.to_str().unwrap(), "-o", out.to_str().unwrap()])
                .status
                .success()
        );
    }
    assert_eq!(std::fs::read(a).unwrap(), std::fs::read(b).unwrap());
}

#[test]
fn export_to_an_unwritable_folder_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let map = new_map(dir.path(), "blank");
    let output = journeymap(&[
        "export",
        map.to_str().unwrap(),
        "-o",
        "/nonexistent-folder/m.png",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("/nonexistent-folder/m.png: cannot write the PNG"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn info_prints_json_with_cards_and_emotions() {
    let dir = tempfile::tempdir().unwrap();
    let map = new_map(dir.path(), "lifecycle");
    let output = journeymap(&["info", map.to_str().unwrap(), "--json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let info: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(info["direction"], "ltr");
    assert_eq!(info["personas"][0], "Mina");
    assert_eq!(info["stages"][0]["name"], "Awareness");
    assert_eq!(info["lanes"][0]["kind"], "Images");
    assert_eq!(info["lanes"][2]["kind"], "Touchpoints");
    let card = info["cards"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["channel"] == "Social")
        .unwrap();
    assert_eq!(card["stage"], "Awareness");
    assert_eq!(card["lane"], "Touchpoints");
    assert_eq!(card["emotions"]["Mina"], 1);
}

/// Each bad input: exit 1, one message naming the file, and the file left byte for byte.
#[test]
fn bad_inputs_are_reported_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let good = std::fs::read_to_string(new_map(dir.path(), "full-cycle")).unwrap();
    let cases: Vec<(&str, String, &str)> = vec![
        ("not-ron", "this is not a map".into(), ":1:"),
        ("truncated", good[..good.len() / 2].into(), "ends too early"),
        (
            "wrong-type",
            good.replacen(&current_format(), "format: \"one\",", 1),
            ":",
        ),
        (
            "lane-kind",
            good.replacen("kind: Actions", "kind: Dreams", 1),
            "Dreams",
        ),
        (
            "score",
            good.replacen("1: 1,", "1: 7,", 1),
            "emotion score 7 is out of range",
        ),
        (
            "future",
            good.replacen(&current_format(), "format: 99,", 1),
            "format version 99 is newer",
        ),
    ];
    for (name, text, expected) in cases {
        let path = dir.path().join(format!("{name}.journey.ron"));
        std::fs::write(&path, &text).unwrap();
        for args in [
            vec!["check", path.to_str().unwrap()],
            vec!["info", path.to_str().unwrap(), "--json"],
            vec![
                "export",
                path.to_str().unwrap(),
                "-o",
                dir.path().join("x.png").to_str().unwrap(),
            ],
        ] {
            let output = journeymap(&args);
            assert_eq!(output.status.code(), Some(1), "{name} {args:?}");
            let message = format!("{}{}", stdout(&output), stderr(&output));
            assert!(
                message.contains(&format!("{name}.journey.ron")),
                "{name}: {message}"
            );
            assert!(message.contains(expected), "{name}: {message}");
            assert!(!message.contains("panicked"), "{name}: {message}");
        }
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            text,
            "{name} unchanged"
        );
        assert!(!dir.path().join("x.png").exists());
    }
}

#[test]
fn huge_and_missing_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let huge = dir.path().join("huge.journey.ron");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(200 * 1024 * 1024)
        .unwrap();
    let output = journeymap(&["check", huge.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("more than the limit of 64 MiB"),
        "{}",
        stdout(&output)
    );
    let output = journeymap(&["check", "/no/such.journey.ron"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("/no/such.journey.ron: cannot read"));
}

#[test]
fn check_prints_file_line_col() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.journey.ron");
    std::fs::write(
        &path,
        "(\n  format: 1,\n  journey: (\n    title: \"x\",\n    stages: [ 5 ],\n  ),\n)\n",
    )
    .unwrap();
    let output = journeymap(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let line = stdout(&output);
    assert!(
        line.starts_with(&format!("{}:5:", path.display())),
        "{line}"
    );
}

fn data(name: &str) -> String {
    format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn import_then_export_mermaid_and_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("day.journey.ron");
    let output = journeymap(&[
        "import",
        &data("working-day.mmd"),
        "-o",
        map.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("imported 2 stages, 5 cards, 2 personas"));
    assert!(
        journeymap(&["check", map.to_str().unwrap()])
            .status
            .success()
    );

    let mmd = dir.path().join("day.mmd");
    let output = journeymap(&["export", map.to_str().unwrap(), "-o", mmd.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        std::fs::read_to_string(&mmd).unwrap(),
        std::fs::read_to_string(data("working-day.mmd")).unwrap()
    );

    let md = dir.path().join("day.md");
    assert!(
        journeymap(&["export", map.to_str().unwrap(), "-o", md.to_str().unwrap()])
            .status
            .success()
    );
    assert!(
        std::fs::read_to_string(&md)
            .unwrap()
            .starts_with("# My working day")
    );
}

#[test]
fn mermaid_export_says_what_it_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let map = new_map(dir.path(), "service-blueprint");
    let out = dir.path().join("hotel.mmd");
    let output = journeymap(&["export", map.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(output.status.success());
    let notes = stderr(&output);
    assert!(notes.contains("note: left out of Mermaid"), "{notes}");
    assert!(
        notes.contains("cards in lanes other than touchpoints"),
        "{notes}"
    );
}

#[test]
fn bad_imports_exit_1_with_the_line_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    for (name, expected) in [
        ("bad-line.mmd", "bad-line.mmd:5: expected"),
        ("bad-score.mmd", "bad-score.mmd:4: score 7 is out of range"),
        ("bad-channel.csv", "bad-channel.csv:3: column \"channel\""),
        ("ragged.csv", "ragged.csv:3:"),
    ] {
        let out = dir.path().join(format!("{name}.journey.ron"));
        let output = journeymap(&["import", &data(name), "-o", out.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(1), "{name}");
        assert!(
            stderr(&output).contains(expected),
            "{name}: {}",
            stderr(&output)
        );
        assert!(!out.exists(), "{name}: nothing written");
    }
    let output = journeymap(&["import", &data("working-day.mmd"), "-o", &data("cards.csv")]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("already exists"));
    let output = journeymap(&[
        "import",
        "notes.docx",
        "-o",
        dir.path().join("x.journey.ron").to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("expected .mmd, .mermaid, .md, .csv, .tsv or .txt"));
}

#[test]
fn export_refuses_unknown_formats_and_its_own_input() {
    let dir = tempfile::tempdir().unwrap();
    let map = new_map(dir.path(), "blank");
    let before = std::fs::read(&map).unwrap();
    let output = journeymap(&[
        "export",
        map.to_str().unwrap(),
        "-o",
        dir.path().join("x.pdf").to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("unknown output format"));
    let copy = dir.path().join("map.md");
    std::fs::copy(&map, &copy).unwrap();
    let output = journeymap(&[
        "export",
        copy.to_str().unwrap(),
        "-o",
        copy.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("would overwrite the input"));
    assert_eq!(std::fs::read(&map).unwrap(), before);
    assert_eq!(std::fs::read(&copy).unwrap(), before);
}

#[test]
fn new_makes_maps_in_every_language_and_they_export() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, direction, stage) in [
        ("fa", "RightToLeft", "آگاهی"),
        ("ar", "RightToLeft", "الوعي"),
        ("tr", "LeftToRight", "Farkındalık"),
        ("ru", "LeftToRight", "Осведомлённость"),
    ] {
        let map = dir.path().join(format!("{lang}.journey.ron"));
        let output = journeymap(&[
            "new",
            "--template",
            "lifecycle",
            "--lang",
            lang,
            "-o",
            map.to_str().unwrap(),
        ]);
        assert!(output.status.success(), "{lang}: {}", stderr(&output));
        let text = std::fs::read_to_string(&map).unwrap();
        assert!(text.contains(&format!("direction: {direction}")), "{lang}");
        assert!(text.contains(stage), "{lang}");
        let png = dir.path().join(format!("{lang}.png"));
        let output = journeymap(&["export", map.to_str().unwrap(), "-o", png.to_str().unwrap()]);
        assert!(output.status.success(), "{lang}: {}", stderr(&output));
    }
}

#[test]
fn new_refuses_an_unknown_language() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("x.journey.ron");
    let output = journeymap(&["new", "--lang", "de", "-o", map.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("unknown language \"de\"; expected one of: en, fa, ar, tr, ru"),
        "{}",
        stderr(&output)
    );
    assert!(!map.exists());
}

/// How a map of the newest format says its version.
fn current_format() -> String {
    format!("format: {},", journeymap::file::FORMAT_VERSION)
}
