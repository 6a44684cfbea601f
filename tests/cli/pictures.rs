//! `check` and pictures: a picture that cannot be shown is a warning with its line (exit 0),
//! an error with `--strict`; a map never makes `check` read outside its assets folder.

use super::{journeymap, stdout};
use journeymap::file::{load, pictures, save};
use journeymap::model::Picture;

#[test]
fn check_warns_about_pictures_that_cannot_be_shown() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.journey.ron");
    let mut journey = journeymap::templates::find("full-cycle")
        .unwrap()
        .journey()
        .unwrap();
    // One picture stored properly, one escaping the folder, one missing.
    let mut png = Vec::new();
    image::RgbaImage::from_pixel(4, 3, image::Rgba([1, 2, 3, 255]))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let stored = pictures::store(&dir.path().join("assets"), &png).unwrap();
    assert_eq!(stored.size, [4, 3]);
    journey.cards[0].image = Some(Picture {
        name: stored.name.clone(),
        size: stored.size,
    });
    journey.cards[1].image = Some(Picture {
        name: "../../etc/passwd".into(),
        size: [1, 1],
    });
    journey.personas[0].photo = Some(Picture {
        name: format!("{}.jpg", "0".repeat(64)),
        size: [1, 1],
    });
    save(&journey, &path).unwrap();
    assert_eq!(load(&path).unwrap(), journey, "pictures round-trip");

    let output = journeymap(&["check", path.to_str().unwrap()]);
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{out}");
    let warnings: Vec<&str> = out
        .lines()
        .filter(|l| l.contains("warning: picture"))
        .collect();
    assert_eq!(warnings.len(), 2, "{out}");
    assert!(
        warnings.iter().any(|l| l.contains("../../etc/passwd")),
        "{out}"
    );
    assert!(warnings.iter().any(|l| l.contains("is missing")), "{out}");
    assert!(
        !out.contains(&stored.name),
        "the stored picture is fine: {out}"
    );
    // Each warning points at the line naming the picture.
    let text = std::fs::read_to_string(&path).unwrap();
    for warning in &warnings {
        let line: usize = warning.split(':').nth(1).unwrap().parse().unwrap();
        assert!(
            text.lines().nth(line - 1).unwrap().contains("name:"),
            "{warning}"
        );
    }
    let strict = journeymap(&["check", "--strict", path.to_str().unwrap()]);
    assert_eq!(strict.status.code(), Some(1));
}
