//! The emotion score of a card for one persona.

use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

/// How a persona feels at a card, from -2 (very negative) to +2 (very positive).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Score(i8);

impl Score {
    /// The lowest score.
    pub const MIN: i8 = -2;
    /// The highest score.
    pub const MAX: i8 = 2;

    /// A score, or an error message when `value` is outside -2..=+2.
    pub fn new(value: i64) -> Result<Self, crate::i18n::Message> {
        if (i64::from(Self::MIN)..=i64::from(Self::MAX)).contains(&value) {
            Ok(Score(value as i8))
        } else {
            Err(crate::i18n::Message::new("score-out-of-range").text("value", value.to_string()))
        }
    }

    /// A score clamped into range; for values that come from dragging or arithmetic.
    pub fn clamped(value: i64) -> Self {
        Score(value.clamp(i64::from(Self::MIN), i64::from(Self::MAX)) as i8)
    }

    /// The score as a number.
    pub fn value(self) -> i8 {
        self.0
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // "+1" and "-1" show the direction; zero is just "0".
        if self.0 == 0 {
            f.write_str("0")
        } else {
            write!(f, "{:+}", self.0)
        }
    }
}

impl<'de> Deserialize<'de> for Score {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = i64::deserialize(deserializer)?;
        Score::new(value).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_is_enforced() {
        assert!(Score::new(-2).is_ok());
        assert!(Score::new(2).is_ok());
        assert!(
            Score::new(3)
                .unwrap_err()
                .to_string()
                .contains("out of range")
        );
        assert!(Score::new(-3).is_err());
        assert_eq!(Score::clamped(7).value(), 2);
        assert_eq!(Score::new(1).unwrap().to_string(), "+1");
        assert_eq!(Score::new(0).unwrap().to_string(), "0");
    }
}
