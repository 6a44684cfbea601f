//! The templates' pictures: built in under their stored names, written beside a map made from
//! a template, and taken off again for tests written before templates had pictures.

use crate::model::Journey;
use std::path::Path;

/// The pictures the templates use, by stored name (the SHA-256 of their bytes; see
/// `assets/templates/PICTURES.md` for what they show and their licence).
pub const PICTURES: [(&str, &[u8]); 7] = [
    (
        "04e552ebfcc999a15ddf7b7b3bc90dfbf8fa27f80167ddc42efbac3082218d31.png",
        include_bytes!(
            "../../assets/templates/assets/04e552ebfcc999a15ddf7b7b3bc90dfbf8fa27f80167ddc42efbac3082218d31.png"
        ),
    ),
    (
        "902c138232ab96fd43fb4aad2618d036668f5f26d0c600d27c26f734b841f9b7.png",
        include_bytes!(
            "../../assets/templates/assets/902c138232ab96fd43fb4aad2618d036668f5f26d0c600d27c26f734b841f9b7.png"
        ),
    ),
    (
        "27893b1adb3bfcb3421fff15f0ef18cdb49d15e9f243f8d3cda3242a832b5a1a.png",
        include_bytes!(
            "../../assets/templates/assets/27893b1adb3bfcb3421fff15f0ef18cdb49d15e9f243f8d3cda3242a832b5a1a.png"
        ),
    ),
    (
        "addcd66d3fcd5d3df64ad6a49c324daf6dc6356736b70d022cab0578678c23de.png",
        include_bytes!(
            "../../assets/templates/assets/addcd66d3fcd5d3df64ad6a49c324daf6dc6356736b70d022cab0578678c23de.png"
        ),
    ),
    (
        "8d4f9c5ceb23b9d2f07ebd188741f5e394d227215e439cc587169275830ad988.png",
        include_bytes!(
            "../../assets/templates/assets/8d4f9c5ceb23b9d2f07ebd188741f5e394d227215e439cc587169275830ad988.png"
        ),
    ),
    (
        "6936df8391380f68e77a13406143ae7dcede38d21aeac3833b750ec865b1f892.png",
        include_bytes!(
            "../../assets/templates/assets/6936df8391380f68e77a13406143ae7dcede38d21aeac3833b750ec865b1f892.png"
        ),
    ),
    (
        "fdc97cbda8d9a8858b15417919f89238bd08f51e931957896f5132a2799cde85.png",
        include_bytes!(
            "../../assets/templates/assets/fdc97cbda8d9a8858b15417919f89238bd08f51e931957896f5132a2799cde85.png"
        ),
    ),
];

/// Stores in `assets` the built-in pictures `journey` names (a map made from a template), so
/// it shows them; returns how many it names.
pub fn write_pictures(
    journey: &Journey,
    assets: &Path,
) -> Result<usize, crate::file::pictures::PictureError> {
    let mut written = 0;
    for picture in journey.pictures() {
        if let Some((_, bytes)) = PICTURES.iter().find(|(name, _)| *name == picture.name) {
            crate::file::pictures::store(assets, bytes)?;
            written += 1;
        }
    }
    Ok(written)
}

/// `journey` without its pictures: no storyboard (Images) lanes or their cards, no persona
/// photos, no card pictures. What a template was before version 5 of the format; tests
/// written for the pictureless templates start from it.
pub fn without_pictures(mut journey: Journey) -> Journey {
    use crate::model::LaneKind;
    let storyboards = journey.lanes_of_kind(LaneKind::Images);
    journey.lanes.retain(|l| !storyboards.contains(&l.id));
    journey.cards.retain(|c| !storyboards.contains(&c.lane));
    for card in &mut journey.cards {
        card.image = None;
    }
    for persona in &mut journey.personas {
        persona.photo = None;
    }
    // The card index checks itself, so shortening the list needs nothing more.
    journey
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_picture_is_built_in_under_its_hash_at_its_size() {
        use crate::file::pictures::{measure, store};
        let folder = tempfile::tempdir().unwrap();
        for (name, bytes) in PICTURES {
            let stored = store(folder.path(), bytes).unwrap();
            assert_eq!(stored.name, name, "named by the hash of its bytes");
        }
        let mut used = 0;
        for template in super::super::ALL {
            let journey = template.journey().unwrap();
            for picture in journey.pictures() {
                let (_, bytes) = PICTURES
                    .iter()
                    .find(|(name, _)| *name == picture.name)
                    .unwrap_or_else(|| {
                        panic!("{}: {} is not built in", template.name, picture.name)
                    });
                let (_, size) = measure(Path::new(&picture.name), bytes).unwrap();
                assert_eq!(size, picture.size, "{}", picture.name);
                used += 1;
            }
        }
        assert!(used >= PICTURES.len(), "every built-in picture is used");
        let target = folder.path().join("new");
        let lifecycle = super::super::find("lifecycle").unwrap().journey().unwrap();
        assert_eq!(write_pictures(&lifecycle, &target).unwrap(), 7);
        assert_eq!(std::fs::read_dir(&target).unwrap().count(), 7);
    }
}
