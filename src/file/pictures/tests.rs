use super::*;

/// A small PNG of `width` × `height`, filled with one colour.
fn png(width: u32, height: u32) -> Vec<u8> {
    let image = RgbaImage::from_pixel(width, height, image::Rgba([200, 80, 40, 255]));
    let mut bytes = Vec::new();
    image
        .write_to(&mut Cursor::new(&mut bytes), ImageFormat::Png)
        .unwrap();
    bytes
}

#[test]
fn the_same_picture_is_stored_once_under_its_hash() {
    let dir = tempfile::tempdir().unwrap();
    let assets = dir.path().join(ASSETS_DIR);
    let first = store(&assets, &png(3, 2)).unwrap();
    let again = store(&assets, &png(3, 2)).unwrap();
    assert_eq!(first, again);
    assert_eq!(first.size, [3, 2]);
    assert_eq!(stored_format(&first.name), Some(PictureFormat::Png));
    assert_eq!(std::fs::read_dir(&assets).unwrap().count(), 1);
    let other = store(&assets, &png(2, 3)).unwrap();
    assert_ne!(other.name, first.name);
    let path = resolve(&assets, &first.name).unwrap();
    assert_eq!(decode(&path).unwrap().dimensions(), (3, 2));
}

#[test]
fn names_that_are_not_stored_pictures_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let assets = dir.path().join(ASSETS_DIR);
    let hash = "a".repeat(64);
    for name in [
        "../secret.png".to_owned(),
        "/etc/passwd".to_owned(),
        format!("../{hash}.png"),
        format!("sub/{hash}.png"),
        format!("{hash}.PNG"),
        format!("{hash}.svg"),
        format!("{}.png", "A".repeat(64)),
        format!("{}.png", "a".repeat(63)),
        String::new(),
    ] {
        assert!(
            matches!(resolve(&assets, &name), Err(PictureError::BadName(_))),
            "{name:?}"
        );
    }
    assert!(matches!(
        resolve(&assets, &format!("{hash}.png")),
        Err(PictureError::Missing(_))
    ));
}

#[cfg(unix)]
#[test]
fn a_link_leading_out_of_the_assets_folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let assets = dir.path().join(ASSETS_DIR);
    std::fs::create_dir_all(&assets).unwrap();
    let outside = dir.path().join("private.png");
    std::fs::write(&outside, png(2, 2)).unwrap();
    let name = format!("{}.png", "b".repeat(64));
    std::os::unix::fs::symlink(&outside, assets.join(&name)).unwrap();
    assert!(matches!(
        resolve(&assets, &name),
        Err(PictureError::Outside(_))
    ));
    // A link within the folder is fine.
    let stored = store(&assets, &png(4, 4)).unwrap();
    let alias = format!("{}.png", "c".repeat(64));
    std::os::unix::fs::symlink(assets.join(&stored.name), assets.join(&alias)).unwrap();
    assert!(resolve(&assets, &alias).is_ok());
}

#[test]
fn bad_pictures_are_refused_without_decoding_them() {
    let shown = Path::new("card.png");
    // Not a picture at all.
    assert!(matches!(
        measure(shown, b"hello, this is text"),
        Err(PictureError::Unreadable(..))
    ));
    // A kind journeymap does not read (BMP).
    let mut bmp = b"BM".to_vec();
    bmp.extend([0u8; 60]);
    assert!(matches!(
        measure(shown, &bmp),
        Err(PictureError::Unreadable(..))
    ));
    // Truncated: the header is there, the pixels are not.
    let whole = png(40, 40);
    assert!(decode_bytes(shown, &whole[..whole.len() / 2]).is_err());
    // A header claiming 100,000 × 100,000 pixels: refused before anything is allocated.
    let bomb = png_claiming(100_000, 100_000);
    assert!(matches!(
        measure(shown, &bomb),
        Err(PictureError::TooManyPixels {
            width: 100_000,
            height: 100_000,
            ..
        })
    ));
    assert!(matches!(
        decode_bytes(shown, &bomb),
        Err(PictureError::TooManyPixels { .. })
    ));
    // Over 50 MB.
    let big = vec![0u8; MAX_PICTURE_BYTES as usize + 1];
    assert!(matches!(measure(shown, &big), Err(PictureError::TooBig(_))));
}

/// A PNG whose header claims `width` × `height` with one tiny compressed row after it.
fn png_claiming(width: u32, height: u32) -> Vec<u8> {
    let mut bytes = png(1, 1);
    // The IHDR chunk's width and height follow the 8-byte signature and the chunk's length
    // and type; its checksum must match the new values.
    bytes[16..20].copy_from_slice(&width.to_be_bytes());
    bytes[20..24].copy_from_slice(&height.to_be_bytes());
    let crc = crc32(&bytes[12..29]);
    bytes[29..33].copy_from_slice(&crc.to_be_bytes());
    bytes
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[test]
fn a_phone_photo_is_measured_and_decoded_upright() {
    // A 4 × 2 JPEG whose EXIF says "turn it a quarter": upright it is 2 × 4.
    let image = image::RgbImage::from_pixel(4, 2, image::Rgb([10, 120, 200]));
    let mut jpeg = Vec::new();
    image
        .write_to(&mut Cursor::new(&mut jpeg), ImageFormat::Jpeg)
        .unwrap();
    let with_exif = with_orientation(&jpeg, 6);
    let shown = Path::new("photo.jpg");
    assert_eq!(
        measure(shown, &with_exif).unwrap(),
        (PictureFormat::Jpeg, [2, 4])
    );
    assert_eq!(
        decode_bytes(shown, &with_exif).unwrap().dimensions(),
        (2, 4)
    );
    assert_eq!(measure(shown, &jpeg).unwrap().1, [4, 2]);
}

/// `jpeg` with an EXIF segment saying `orientation`, right after the start-of-image marker.
fn with_orientation(jpeg: &[u8], orientation: u16) -> Vec<u8> {
    let mut tiff = b"MM\0\x2a\0\0\0\x08".to_vec();
    tiff.extend(1u16.to_be_bytes()); // one entry
    tiff.extend(0x0112u16.to_be_bytes()); // Orientation
    tiff.extend(3u16.to_be_bytes()); // SHORT
    tiff.extend(1u32.to_be_bytes()); // one value
    tiff.extend(orientation.to_be_bytes());
    tiff.extend([0, 0]);
    tiff.extend(0u32.to_be_bytes()); // no next directory
    let mut segment = b"Exif\0\0".to_vec();
    segment.extend(tiff);
    let length = (segment.len() + 2) as u16;
    let mut out = jpeg[..2].to_vec();
    out.extend([0xFF, 0xE1]);
    out.extend(length.to_be_bytes());
    out.extend(segment);
    out.extend(&jpeg[2..]);
    out
}

#[test]
fn webp_and_the_first_frame_of_a_gif_are_read() {
    let image = RgbaImage::from_pixel(5, 3, image::Rgba([0, 0, 0, 255]));
    for format in [ImageFormat::WebP, ImageFormat::Gif] {
        let mut bytes = Vec::new();
        image
            .write_to(&mut Cursor::new(&mut bytes), format)
            .unwrap();
        let decoded = decode_bytes(Path::new("x"), &bytes).unwrap();
        assert_eq!(decoded.dimensions(), (5, 3), "{format:?}");
    }
}

#[test]
fn pictures_are_copied_once_and_only_what_their_names_say() {
    let folder = tempfile::tempdir().unwrap();
    let (from, to) = (
        folder.path().join("a/assets"),
        folder.path().join("b/assets"),
    );
    let good = store(&from, &png(3, 2)).unwrap().name;
    // A file under a stored picture's name whose bytes are another picture's.
    let forged = format!("{}.png", "c".repeat(64));
    std::fs::write(from.join(&forged), png(5, 5)).unwrap();
    let missing = format!("{}.png", "d".repeat(64));
    let names = [good.as_str(), forged.as_str(), missing.as_str(), "../x.png"];
    assert_eq!(copy_pictures(&from, &to, names).unwrap(), 1);
    let mut copied: Vec<String> = std::fs::read_dir(&to)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    copied.sort();
    assert_eq!(copied, std::slice::from_ref(&good));
    assert_eq!(std::fs::read(to.join(&good)).unwrap(), png(3, 2));
    // Again: already there. Into the same folder: nothing to do.
    assert_eq!(copy_pictures(&from, &to, [good.as_str()]).unwrap(), 0);
    assert_eq!(copy_pictures(&from, &from, [good.as_str()]).unwrap(), 0);
}

#[test]
fn the_inventory_tells_which_maps_use_each_picture_and_removes_only_unused_ones() {
    use super::inventory::{inventory, remove_pictures};
    let folder = tempfile::tempdir().unwrap();
    let assets = folder.path().join(ASSETS_DIR);
    let [a, b, c] = [png(1, 1), png(2, 2), png(3, 3)].map(|bytes| store(&assets, &bytes).unwrap());
    std::fs::write(assets.join("notes.txt"), "not a picture").unwrap();
    let mut map = crate::templates::find("lifecycle")
        .unwrap()
        .journey()
        .unwrap();
    map.cards[0].image = Some(Box::new(crate::model::Picture {
        name: a.name.clone(),
        size: a.size,
    }));
    crate::file::save(&map, &folder.path().join("shop.journey.ron")).unwrap();
    // The open map uses b (perhaps only in its undo history).
    let found = inventory(
        &assets,
        Some(("open.journey.ron", vec![b.name.as_str()])),
        &[],
    );
    let users: Vec<(&str, Vec<String>)> = found
        .pictures
        .iter()
        .map(|p| (p.name.as_str(), p.used_by.clone()))
        .collect();
    let mut expected = vec![
        (a.name.as_str(), vec!["shop.journey.ron".to_owned()]),
        (b.name.as_str(), vec!["open.journey.ron".to_owned()]),
        (c.name.as_str(), vec![]),
    ];
    expected.sort();
    assert_eq!(users, expected);
    assert_eq!(
        found
            .pictures
            .iter()
            .find(|p| p.name == c.name)
            .unwrap()
            .pixels,
        Some([3, 3])
    );
    let unused: Vec<String> = found.unused().iter().map(|p| p.name.clone()).collect();
    assert_eq!(unused, std::slice::from_ref(&c.name));
    // A recovery copy of unsaved work, kept elsewhere, that uses c keeps it.
    let recovery = folder.path().join("recovery");
    std::fs::create_dir_all(&recovery).unwrap();
    map.cards[1].image = Some(Box::new(crate::model::Picture {
        name: c.name.clone(),
        size: c.size,
    }));
    crate::file::save(&map, &recovery.join("untitled-1.journey.ron")).unwrap();
    let open = Some(("open.journey.ron", vec![b.name.as_str()]));
    let with_recovery = inventory(&assets, open, &[recovery.as_path()]);
    assert!(with_recovery.unused().is_empty());
    std::fs::remove_dir_all(&recovery).unwrap();
    // Only stored pictures inside the folder can be removed.
    let asked = [
        c.name.clone(),
        "notes.txt".into(),
        "../shop.journey.ron".into(),
    ];
    assert_eq!(remove_pictures(&assets, &asked).unwrap(), 1);
    assert!(!assets.join(&c.name).exists());
    assert!(assets.join("notes.txt").exists());
    assert!(folder.path().join("shop.journey.ron").exists());

    // A map that cannot be read may use anything: nothing is unused then.
    std::fs::write(folder.path().join("broken.journey.ron"), "(((").unwrap();
    store(&assets, &png(4, 4)).unwrap();
    let found = inventory(&assets, None, &[]);
    assert_eq!(found.unreadable, ["broken.journey.ron"]);
    assert!(found.unused().is_empty());
}
