//! `check` and pictures: a picture that cannot be shown is a warning with its line (exit 0),
//! an error with `--strict`; a map never makes `check` read outside its assets folder.

use super::{journeymap, stdout};
use journeymap::file::{load, pictures, save};
use journeymap::model::Picture;

/// A map in `dir` with one stored picture (on the first card, 4 × 3), one escaping the
/// folder (second card) and one missing (the first persona's photo); returns its path and the
/// stored picture's name.
fn map_with_pictures(dir: &std::path::Path) -> (std::path::PathBuf, String) {
    let path = dir.join("map.journey.ron");
    let mut journey = journeymap::templates::find("full-cycle")
        .unwrap()
        .journey()
        .unwrap();
    // One picture stored properly, one escaping the folder, one missing.
    let mut png = Vec::new();
    image::RgbaImage::from_pixel(4, 3, image::Rgba([1, 2, 3, 255]))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let stored = pictures::store(&dir.join("assets"), &png).unwrap();
    assert_eq!(stored.size, [4, 3]);
    journey.cards[0].image = Some(Box::new(Picture {
        name: stored.name.clone(),
        size: stored.size,
    }));
    journey.cards[1].image = Some(Box::new(Picture {
        name: "../../etc/passwd".into(),
        size: [1, 1],
    }));
    journey.personas[0].photo = Some(Picture {
        name: format!("{}.jpg", "0".repeat(64)),
        size: [1, 1],
    });
    save(&journey, &path).unwrap();
    assert_eq!(load(&path).unwrap(), journey, "pictures round-trip");
    (path, stored.name)
}

#[test]
fn check_warns_about_pictures_that_cannot_be_shown() {
    let dir = tempfile::tempdir().unwrap();
    let (path, stored_name) = map_with_pictures(dir.path());

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
        !out.contains(&stored_name),
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

#[test]
fn info_names_the_pictures_and_export_draws_the_good_one_and_warns_about_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let (path, stored_name) = map_with_pictures(dir.path());
    let output = journeymap(&["info", "--json", path.to_str().unwrap()]);
    let info: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let images: Vec<&serde_json::Value> = info["cards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|card| &card["image"])
        .filter(|image| !image.is_null())
        .collect();
    assert_eq!(images.len(), 2);
    assert!(images.contains(&&serde_json::Value::from(stored_name)));
    let photo = &info["persona_details"][0]["photo"];
    assert_eq!(
        photo,
        &serde_json::Value::from(format!("{}.jpg", "0".repeat(64)))
    );
    assert_eq!(info["persona_details"][1]["photo"], serde_json::Value::Null);

    let png = dir.path().join("map.png");
    let output = journeymap(&[
        "export",
        path.to_str().unwrap(),
        "-o",
        png.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0));
    let errors = String::from_utf8_lossy(&output.stderr).into_owned();
    let warnings: Vec<&str> = errors
        .lines()
        .filter(|l| l.contains("warning: picture"))
        .collect();
    assert_eq!(warnings.len(), 2, "{errors}");
    assert!(png.is_file());
}

#[test]
fn a_csv_image_column_brings_pictures_from_inside_its_folder_only() {
    let dir = tempfile::tempdir().unwrap();
    let table = dir.path().join("table");
    std::fs::create_dir_all(table.join("shots")).unwrap();
    image::RgbaImage::from_pixel(6, 4, image::Rgba([9, 9, 9, 255]))
        .save(table.join("shots/home.png"))
        .unwrap();
    // A picture outside the table's folder, reached three ways.
    let outside = dir.path().join("secret.png");
    image::RgbaImage::from_pixel(2, 2, image::Rgba([1, 1, 1, 255]))
        .save(&outside)
        .unwrap();
    std::os::unix::fs::symlink(&outside, table.join("link.png")).unwrap();
    std::fs::write(table.join("notes.png"), "not a picture").unwrap();
    let csv = format!(
        "stage,title,image\n\
         Visit,Home page,shots/home.png\n\
         Visit,Absolute,{}\n\
         Visit,Up and out,../secret.png\n\
         Visit,Linked out,link.png\n\
         Visit,Not a picture,notes.png\n\
         Visit,No picture,\n",
        outside.display()
    );
    let input = table.join("cards.csv");
    std::fs::write(&input, csv).unwrap();
    let output = dir.path().join("out/map.journey.ron");
    std::fs::create_dir_all(output.parent().unwrap()).unwrap();
    let run = journeymap(&[
        "import",
        input.to_str().unwrap(),
        "-o",
        output.to_str().unwrap(),
        "--verbose",
    ]);
    let errors = String::from_utf8_lossy(&run.stderr).into_owned();
    assert_eq!(run.status.code(), Some(0), "{errors}");
    let journey = load(&output).unwrap();
    let with: Vec<(&str, [u32; 2])> = journey
        .cards
        .iter()
        .filter_map(|c| Some((c.title.as_str(), c.image.as_ref()?.size)))
        .collect();
    assert_eq!(with, [("Home page", [6, 4])]);
    let stored: Vec<_> = std::fs::read_dir(dir.path().join("out/assets"))
        .unwrap()
        .collect();
    assert_eq!(
        stored.len(),
        1,
        "only the picture inside the folder was copied"
    );
    for line in 3..=6 {
        assert!(
            errors.contains(&format!("line {line}:")),
            "line {line}: {errors}"
        );
    }
    assert!(!errors.contains("line 7:"), "{errors}");
}
