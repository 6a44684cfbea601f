//! Tables of cards on the command line: export for a spreadsheet, import what spreadsheets
//! write, and the choices a file cannot make itself.

use super::{journeymap, new_map, stderr};

#[test]
fn cards_exported_for_excel_import_back() {
    let dir = tempfile::tempdir().unwrap();
    let map = new_map(dir.path(), "service-blueprint");
    let csv = dir.path().join("cards.csv");
    let output = journeymap(&[
        "export",
        map.to_str().unwrap(),
        "-o",
        csv.to_str().unwrap(),
        "--separator",
        ";",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let bytes = std::fs::read(&csv).unwrap();
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBFStage;Lane;Lane kind;Title;"),
        "UTF-8 with a mark, `;`"
    );
    assert!(bytes.windows(2).any(|w| w == b"\r\n"), "Excel's line ends");
    let back = dir.path().join("back.journey.ron");
    let output = journeymap(&[
        "import",
        csv.to_str().unwrap(),
        "-o",
        back.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let original = journeymap::file::load(&map).unwrap();
    let imported = journeymap::file::load(&back).unwrap();
    assert_eq!(imported.cards.len(), original.cards.len());
    let titles = |j: &journeymap::model::Journey| {
        j.cards
            .iter()
            .map(|c| c.title.clone())
            .collect::<std::collections::BTreeSet<_>>()
    };
    assert_eq!(titles(&imported), titles(&original));
    let tsv = dir.path().join("cards.tsv");
    let output = journeymap(&["export", map.to_str().unwrap(), "-o", tsv.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        std::fs::read_to_string(&tsv)
            .unwrap()
            .contains("Stage\tLane\t")
    );
}

#[test]
fn an_unsure_encoding_is_chosen_with_a_flag() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("tea.csv");
    std::fs::write(&csv, b"Stage;Title\nTasting;\xE7ay\n").unwrap();
    let out = dir.path().join("tea.journey.ron");
    let output = journeymap(&["import", csv.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains("cannot tell the encoding"), "{message}");
    assert!(message.contains("--encoding"), "{message}");
    assert!(!out.exists(), "nothing imported half-decoded");
    let output = journeymap(&[
        "import",
        csv.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--encoding",
        "windows-1254",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let journey = journeymap::file::load(&out).unwrap();
    assert_eq!(journey.cards[0].title, "çay");
    let output = journeymap(&[
        "import",
        csv.to_str().unwrap(),
        "-o",
        "x.journey.ron",
        "--separator",
        "|",
    ]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "a separator that is not one is wrong usage"
    );
}
