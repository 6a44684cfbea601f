//! A picture on a card or a persona: the name of a picture stored in the `assets/` folder
//! beside the map (see `file::pictures`), and its size upright, so a layout knows a card's
//! height without decoding anything.

use serde::{Deserialize, Serialize};

/// A stored picture, as a map names it (format version 5).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Picture {
    /// `HASH.EXT` in the map's assets folder. Only ever read from there: a name that is not
    /// a stored picture's name is shown as a missing picture, never opened.
    pub name: String,
    /// Width and height in pixels, after a photo's orientation is applied.
    pub size: [u32; 2],
}

impl Picture {
    /// The height of the picture drawn `width` wide, keeping its proportions (a picture
    /// claiming no size is drawn square).
    pub fn height_at(&self, width: f32) -> f32 {
        let [w, h] = self.size;
        if w == 0 || h == 0 {
            return width;
        }
        width * h as f32 / w as f32
    }
}

impl super::Journey {
    /// Every picture the map names: the cards' pictures, then the personas' photos (a picture
    /// used twice is named twice).
    pub fn pictures(&self) -> impl Iterator<Item = &Picture> {
        let cards = self.cards.iter().filter_map(|card| card.image.as_deref());
        let personas = self.personas.iter().filter_map(|p| p.photo.as_ref());
        cards.chain(personas)
    }
}

#[cfg(test)]
mod tests {
    use super::super::Card;

    /// Every pass over a map's cards (copying, saving, drawing) reads each card: a picture,
    /// which most cards lack, is boxed so that it costs them 8 bytes, not its own 32. (A card
    /// is 176 bytes: 144 before its scores were held inline, which saved each scored card a
    /// tree node of its own; see `Emotions`.)
    #[test]
    fn a_card_without_a_picture_pays_for_a_pointer_only() {
        assert_eq!(size_of::<Option<Box<super::Picture>>>(), 8);
        assert!(size_of::<Card>() <= 176, "{} bytes", size_of::<Card>());
    }
}
