//! How each persona feels at one card: a score per persona, kept in the card itself. A map of
//! 100,000 cards has up to 100,000 of these, and edits such as deleting a persona visit them
//! all; a tree map put each card's scores in an allocation of their own (a trip to memory per
//! card, and a 100-byte node for one or two scores), so a few scores live inline, sorted by
//! persona, and only a card scored by more personas than that spills to the heap.

use super::{PersonaId, Score};
use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use smallvec::SmallVec;

/// How many personas' scores a card holds without an allocation: the templates and the
/// articles' maps have two or three personas.
const INLINE: usize = 3;

/// Each persona's score at a card, at most one per persona, in persona-id order (the order the
/// file writes them, as the tree map this replaces did).
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct Emotions(SmallVec<[(PersonaId, Score); INLINE]>);

impl Emotions {
    /// No scores.
    pub fn new() -> Self {
        Emotions::default()
    }

    /// Whether no persona has a score here.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many personas have a score here.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Where `persona`'s score is, or where it would go.
    fn find(&self, persona: &PersonaId) -> Result<usize, usize> {
        self.0.binary_search_by_key(persona, |(p, _)| *p)
    }

    /// `persona`'s score.
    pub fn get(&self, persona: &PersonaId) -> Option<&Score> {
        self.find(persona).ok().map(|at| &self.0[at].1)
    }

    /// Whether `persona` has a score here.
    pub fn contains_key(&self, persona: &PersonaId) -> bool {
        self.find(persona).is_ok()
    }

    /// Gives `persona` the score `score`; returns the score it had.
    pub fn insert(&mut self, persona: PersonaId, score: Score) -> Option<Score> {
        match self.find(&persona) {
            Ok(at) => Some(std::mem::replace(&mut self.0[at].1, score)),
            Err(at) => {
                self.0.insert(at, (persona, score));
                None
            }
        }
    }

    /// Takes `persona`'s score away; returns it.
    pub fn remove(&mut self, persona: &PersonaId) -> Option<Score> {
        let at = self.find(persona).ok()?;
        let (_, score) = self.0.remove(at);
        // Back inline when few enough are left, so a map that lost a persona is as compact
        // as one that never had it.
        if self.0.spilled() && self.0.len() <= INLINE {
            self.0.shrink_to_fit();
        }
        Some(score)
    }

    /// Takes every score away.
    pub fn clear(&mut self) {
        self.0 = SmallVec::new();
    }

    /// The personas with a score, in id order.
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &PersonaId> + ExactSizeIterator {
        self.0.iter().map(|(persona, _)| persona)
    }

    /// The scores, in their personas' id order.
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &Score> + ExactSizeIterator {
        self.0.iter().map(|(_, score)| score)
    }

    /// The scores to change, in their personas' id order.
    pub fn values_mut(
        &mut self,
    ) -> impl DoubleEndedIterator<Item = &mut Score> + ExactSizeIterator {
        self.0.iter_mut().map(|(_, score)| score)
    }

    /// Each persona with its score, in id order.
    pub fn iter(&self) -> Iter<'_> {
        Iter(self.0.iter())
    }
}

/// The scores of an [`Emotions`], as a map's iterator gives them: persona and score.
pub struct Iter<'a>(std::slice::Iter<'a, (PersonaId, Score)>);

impl<'a> Iterator for Iter<'a> {
    type Item = (&'a PersonaId, &'a Score);

    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|(persona, score)| (persona, score))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl DoubleEndedIterator for Iter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.0.next_back().map(|(persona, score)| (persona, score))
    }
}

impl ExactSizeIterator for Iter<'_> {}

impl<'a> IntoIterator for &'a Emotions {
    type Item = (&'a PersonaId, &'a Score);
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

impl Extend<(PersonaId, Score)> for Emotions {
    /// Inserts each, a later score for one persona replacing an earlier one. Added at the end
    /// and sorted once, not each put in its place: a file may list thousands of scores for one
    /// card in any order, which inserting one by one would make quadratic.
    fn extend<I: IntoIterator<Item = (PersonaId, Score)>>(&mut self, scores: I) {
        self.0.extend(scores);
        // Stable: of one persona's scores, the later stays later, and is the one kept.
        self.0.sort_by_key(|(persona, _)| *persona);
        let mut kept: SmallVec<[(PersonaId, Score); INLINE]> = SmallVec::new();
        for entry in self.0.drain(..) {
            match kept.last_mut() {
                Some(last) if last.0 == entry.0 => *last = entry,
                _ => kept.push(entry),
            }
        }
        self.0 = kept;
    }
}

impl FromIterator<(PersonaId, Score)> for Emotions {
    fn from_iter<I: IntoIterator<Item = (PersonaId, Score)>>(scores: I) -> Self {
        let mut emotions = Emotions::new();
        emotions.extend(scores);
        emotions
    }
}

impl<const N: usize> From<[(PersonaId, Score); N]> for Emotions {
    fn from(scores: [(PersonaId, Score); N]) -> Self {
        scores.into_iter().collect()
    }
}

impl std::ops::Index<&PersonaId> for Emotions {
    type Output = Score;

    /// `persona`'s score; panics if it has none, as a map's index does.
    fn index(&self, persona: &PersonaId) -> &Score {
        match self.get(persona) {
            Some(score) => score,
            None => panic!("no score for persona {persona:?}"),
        }
    }
}

impl std::fmt::Debug for Emotions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl Serialize for Emotions {
    /// A map from persona to score, as the file has always had it.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.len()))?;
        for (persona, score) in self {
            map.serialize_entry(persona, score)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Emotions {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(EmotionsVisitor)
    }
}

/// Reads a map of scores, a later score for one persona replacing an earlier one (as reading
/// it into a tree map did).
struct EmotionsVisitor;

impl<'de> Visitor<'de> for EmotionsVisitor {
    type Value = Emotions;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a map from persona id to score")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Emotions, A::Error> {
        let mut scores = Vec::new();
        while let Some(entry) = map.next_entry()? {
            scores.push(entry);
        }
        Ok(scores.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn score(value: i64) -> Score {
        Score::clamped(value)
    }

    /// Whatever is inserted and removed, in any order, it holds what a tree map would, in the
    /// same order, and goes back inline when few are left.
    #[test]
    fn behaves_as_a_sorted_map() {
        let mut emotions = Emotions::new();
        let mut expected = BTreeMap::new();
        let steps = [(5, 1), (2, -2), (9, 0), (2, 2), (7, -1), (1, 1), (5, -2)];
        for (persona, value) in steps {
            let (persona, value) = (PersonaId(persona), score(value));
            assert_eq!(
                emotions.insert(persona, value),
                expected.insert(persona, value)
            );
            assert!(emotions.iter().eq(expected.iter()));
        }
        assert!(emotions.0.spilled(), "five personas do not fit inline");
        for persona in [9, 3, 1, 5] {
            let persona = PersonaId(persona);
            assert_eq!(emotions.remove(&persona), expected.remove(&persona));
            assert!(emotions.iter().eq(expected.iter()));
        }
        assert!(!emotions.0.spilled(), "two left: inline again");
        assert_eq!(emotions.len(), 2);
        assert_eq!(emotions[&PersonaId(7)], score(-1));
        assert!(emotions.keys().copied().eq([PersonaId(2), PersonaId(7)]));
        for value in emotions.values_mut() {
            *value = score(0);
        }
        assert!(emotions.values().all(|s| *s == score(0)));
        emotions.clear();
        assert!(emotions.is_empty() && !emotions.contains_key(&PersonaId(2)));
    }

    /// Written and read as the map the file format has: `{persona: score}`, sorted; a persona
    /// named twice keeps its last score.
    #[test]
    fn reads_and_writes_the_files_map() {
        let emotions = Emotions::from([(PersonaId(3), score(-1)), (PersonaId(1), score(2))]);
        let written = ron::to_string(&emotions).expect("written");
        assert_eq!(written, "{1:2,3:-1}");
        let read: Emotions = ron::from_str(&written).expect("read");
        assert_eq!(read, emotions);
        let twice: Emotions = ron::from_str("{4: 1, 4: -2}").expect("read");
        assert_eq!(twice, Emotions::from([(PersonaId(4), score(-2))]));
        assert!(ron::from_str::<Emotions>("{1: 7}").is_err(), "out of range");
        // Many, in reverse order, twice each: read in one sort (one by one, each insert would
        // move all the others), the later of each pair kept.
        let many: Vec<String> = (1..=20_000)
            .rev()
            .flat_map(|p| [format!("{p}: -1"), format!("{p}: {}", p % 3 - 1)])
            .collect();
        let read: Emotions = ron::from_str(&format!("{{{}}}", many.join(","))).expect("read");
        assert_eq!(read.len(), 20_000);
        assert!(read.keys().map(|p| p.0).eq(1..=20_000));
        assert!(
            read.iter()
                .all(|(p, s)| i64::from(s.value()) == (p.0 % 3) as i64 - 1)
        );
        assert_eq!(
            format!("{emotions:?}"),
            "{PersonaId(1): Score(2), PersonaId(3): Score(-1)}"
        );
    }
}
