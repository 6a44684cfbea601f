//! Stable identifiers for the parts of a journey.
//!
//! Ids are stored in the file, so they survive edits, reordering and merges in git. Each kind of
//! part has its own id type, so a stage id can never be passed where a lane id is meant.
//!
//! Since format version 2 every new part gets a random 64-bit id, so a deleted card's id never
//! comes back and two copies of a map (two git branches, an as-is map and its to-be) never give
//! the same id to different things. Random ids are written as 13 characters of Crockford's
//! base 32 (`"1K7ZQ4M9XW0PA"`) so the file stays readable; the small numeric ids of older maps
//! are kept and written as numbers, as they always were.

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cell::Cell;
use std::fmt;
use std::hash::BuildHasher;

/// Crockford's base 32: no I, L, O or U, so an id cannot be misread or spell a word.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Random ids are at least this, so they never look like the numeric ids of older maps.
const RANDOM_FROM: u64 = 1 << 32;

/// An id as the file writes it (a number, or 13 base-32 characters), kept on the stack: a long
/// map writes a few hundred thousand ids, and a string allocated for each one was a share of
/// saving and summarising it. Shows and serializes as that text.
#[derive(Clone, Copy)]
pub struct WrittenId {
    /// The characters, ASCII, right-aligned.
    text: [u8; 20],
    /// Where they start in `text`.
    from: u8,
}

impl WrittenId {
    /// The id `value` as the file writes it.
    pub fn of(value: u64) -> Self {
        let mut text = [b'0'; 20];
        let mut from = text.len();
        if value < RANDOM_FROM {
            let mut rest = value;
            loop {
                from -= 1;
                text[from] = b'0' + (rest % 10) as u8;
                rest /= 10;
                if rest == 0 {
                    break;
                }
            }
        } else {
            for i in 0..13 {
                from -= 1;
                text[from] = ALPHABET[((value >> (i * 5)) & 31) as usize];
            }
        }
        WrittenId {
            text,
            from: from as u8,
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        // Only ASCII digits and letters of the alphabet are ever written into `text`.
        std::str::from_utf8(&self.text[usize::from(self.from)..]).unwrap_or_default()
    }
}

impl fmt::Display for WrittenId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for WrittenId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl Serialize for WrittenId {
    /// Always as text, numeric ids too (as `journeymap info --json` gives every id).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// The value of 13 base-32 characters (any case; `O` read as 0, `I` and `L` as 1).
fn decode(text: &str) -> Option<u64> {
    if text.len() != 13 {
        return None;
    }
    let mut value: u64 = 0;
    for c in text.chars() {
        let c = match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        };
        let digit = ALPHABET.iter().position(|&a| char::from(a) == c)? as u64;
        value = value.checked_mul(32)?.checked_add(digit)?;
    }
    Some(value)
}

thread_local! {
    static STATE: Cell<u64> = Cell::new(std::collections::hash_map::RandomState::new().hash_one(0u64));
}

/// A random 64-bit number from a generator seeded from the system's randomness (the seed of
/// Rust's hash maps) once per thread: ids need to be unique, not secret.
pub fn random_u64() -> u64 {
    STATE.with(|state| {
        // SplitMix64.
        let next = state.get().wrapping_add(0x9E37_79B9_7F4A_7C15);
        state.set(next);
        let mut z = next;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    })
}

/// A random id value, never one of the numeric ids of older maps.
pub fn random_id() -> u64 {
    loop {
        let value = random_u64();
        if value >= RANDOM_FROM {
            return value;
        }
    }
}

fn serialize_id<S: Serializer>(value: u64, serializer: S) -> Result<S::Ok, S::Error> {
    if value < RANDOM_FROM {
        serializer.serialize_u64(value)
    } else {
        serializer.serialize_str(WrittenId::of(value).as_str())
    }
}

struct IdVisitor;

impl Visitor<'_> for IdVisitor {
    type Value = u64;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an id: a number, or 13 letters and digits")
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<u64, E> {
        Ok(value)
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<u64, E> {
        u64::try_from(value).map_err(|_| E::custom("an id cannot be negative"))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<u64, E> {
        decode(text).ok_or_else(|| E::custom(format!("{text:?} is not an id")))
    }
}

fn deserialize_id<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
    deserializer.deserialize_any(IdVisitor)
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub struct $name(pub u64);

        impl $name {
            /// A new random id (see the module documentation).
            pub fn random() -> Self {
                $name(random_id())
            }

            /// The id as the file writes it: a number, or 13 base-32 characters.
            pub fn written(self) -> String {
                self.as_written().as_str().to_owned()
            }

            /// The id as the file writes it, without allocating (see [`WrittenId`]).
            pub fn as_written(self) -> WrittenId {
                WrittenId::of(self.0)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "{}"), self.as_written())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serialize_id(self.0, serializer)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserialize_id(deserializer).map($name)
            }
        }
    };
}

id_type!(
    /// Identifies a [`crate::model::Persona`].
    PersonaId,
    "persona "
);
id_type!(
    /// Identifies a [`crate::model::Stage`].
    StageId,
    "stage "
);
id_type!(
    /// Identifies a [`crate::model::Lane`].
    LaneId,
    "lane "
);
id_type!(
    /// Identifies a [`crate::model::Card`].
    CardId,
    "card "
);
id_type!(
    /// Identifies a [`crate::model::Connection`].
    ConnectionId,
    "connection "
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_ids_are_written_compactly_and_read_back() {
        for _ in 0..1000 {
            let id = CardId::random();
            assert!(id.0 >= RANDOM_FROM);
            let written = id.written();
            assert_eq!(written.len(), 13);
            assert_eq!(decode(&written), Some(id.0));
            let ron = ron::to_string(&id).unwrap();
            assert_eq!(ron::from_str::<CardId>(&ron).unwrap(), id);
        }
        assert_eq!(ron::to_string(&CardId(7)).unwrap(), "7");
        assert_eq!(ron::from_str::<CardId>("7").unwrap(), CardId(7));
        assert!(ron::from_str::<CardId>("\"not an id\"").is_err());
        assert!(ron::from_str::<CardId>("-3").is_err());
    }

    #[test]
    fn ids_are_written_as_numbers_below_the_random_range_and_base_32_from_it() {
        // The characters one by one, as ids were always written.
        let by_digits = |value: u64| -> String {
            (0..13)
                .rev()
                .map(|i| char::from(ALPHABET[((value >> (i * 5)) & 31) as usize]))
                .collect()
        };
        for value in [0, 7, 10, 99, RANDOM_FROM - 1] {
            assert_eq!(CardId(value).written(), value.to_string());
        }
        let random = (0..1000).map(|_| random_id());
        for value in [RANDOM_FROM, RANDOM_FROM + 31, u64::MAX]
            .into_iter()
            .chain(random)
        {
            let written = CardId(value).as_written();
            assert_eq!(written.as_str(), by_digits(value));
            assert_eq!(
                serde_json::to_string(&written).unwrap(),
                format!("\"{written}\"")
            );
        }
        assert_eq!(
            decode("1K7ZQ4M9XW0PA").map(CardId).unwrap().written(),
            "1K7ZQ4M9XW0PA"
        );
        assert_eq!(StageId(12).to_string(), "stage 12");
        assert_eq!(
            serde_json::to_string(&CardId(12).as_written()).unwrap(),
            "\"12\""
        );
    }

    #[test]
    fn random_ids_differ() {
        let ids: std::collections::HashSet<u64> = (0..10_000).map(|_| random_id()).collect();
        assert_eq!(ids.len(), 10_000);
    }
}
