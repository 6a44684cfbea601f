//! Order in a merge: a list (stages, lanes, personas, paths) or a cell's cards keeps our order,
//! and the things whose place their side decided (added there, or moved there while we left them)
//! go after the thing before them in their order.

use ahash::{HashMap, HashSet};
use std::hash::Hash;

/// The merged order of `kept`: ours, with each of `placed` taken out and put back after the
/// nearest thing before it in `theirs` that is not itself placed (first if none is). Things
/// placed after the same neighbour keep their order. Linear in the lengths.
pub fn sequence<I: Copy + Eq + Hash>(
    ours: &[I],
    theirs: &[I],
    placed: &HashSet<I>,
    kept: &HashSet<I>,
) -> Vec<I> {
    let settled: Vec<I> = ours
        .iter()
        .copied()
        .filter(|i| kept.contains(i) && !placed.contains(i))
        .collect();
    let in_settled: HashSet<I> = settled.iter().copied().collect();
    let mut after: HashMap<Option<I>, Vec<I>> = HashMap::default();
    let mut anchor = None;
    let mut seen = HashSet::default();
    for &id in theirs {
        if in_settled.contains(&id) {
            anchor = Some(id);
        } else if placed.contains(&id) && kept.contains(&id) && seen.insert(id) {
            after.entry(anchor).or_default().push(id);
        }
    }
    let mut merged = Vec::with_capacity(kept.len());
    merged.extend(after.remove(&None).unwrap_or_default());
    for id in settled {
        merged.push(id);
        merged.extend(after.remove(&Some(id)).unwrap_or_default());
    }
    // Anything kept that neither order places (should not happen) goes last, not lost.
    let placed_now: HashSet<I> = merged.iter().copied().collect();
    merged.extend(
        ours.iter()
            .chain(theirs)
            .copied()
            .filter(|i| kept.contains(i) && !placed_now.contains(i))
            .collect::<Vec<_>>(),
    );
    let mut unique = HashSet::default();
    merged.retain(|i| unique.insert(*i));
    merged
}

/// The things whose place in the order their side decided: added by them (in `theirs`, not in
/// `base` nor `ours`), or moved by them relative to the others while we left them.
pub fn placed_by_them<I: Copy + Eq + Hash>(base: &[I], ours: &[I], theirs: &[I]) -> HashSet<I> {
    let in_base: HashSet<I> = base.iter().copied().collect();
    let in_ours: HashSet<I> = ours.iter().copied().collect();
    let moved_by_us: HashSet<I> = crate::diff::moved(base, ours).into_iter().collect();
    let mut placed: HashSet<I> = crate::diff::moved(base, theirs)
        .into_iter()
        .filter(|i| !moved_by_us.contains(i))
        .collect();
    placed.extend(
        theirs
            .iter()
            .copied()
            .filter(|i| !in_base.contains(i) && !in_ours.contains(i)),
    );
    placed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn merged(base: &[u32], ours: &[u32], theirs: &[u32], kept: &[u32]) -> Vec<u32> {
        let placed = placed_by_them(base, ours, theirs);
        sequence(ours, theirs, &placed, &kept.iter().copied().collect())
    }

    #[test]
    fn both_sides_moves_and_insertions_are_kept() {
        // We added 9 at the front; they moved 4 to the front and added 8 after 2.
        let base = [1, 2, 3, 4];
        let ours = [9, 1, 2, 3, 4];
        let theirs = [4, 1, 2, 8, 3];
        let kept = [1, 2, 3, 4, 8, 9];
        assert_eq!(merged(&base, &ours, &theirs, &kept), [4, 9, 1, 2, 8, 3]);
    }

    #[test]
    fn one_side_unchanged_gives_the_other() {
        let base = [1, 2, 3, 4];
        let theirs = [3, 1, 5, 2, 4];
        let kept = [1, 2, 3, 4, 5];
        assert_eq!(merged(&base, &base, &theirs, &kept), theirs);
        assert_eq!(merged(&base, &theirs, &base, &kept), theirs);
    }

    #[test]
    fn a_move_we_made_wins_over_theirs() {
        let base = [1, 2, 3];
        let ours = [3, 1, 2];
        let theirs = [1, 3, 2];
        let kept = [1, 2, 3];
        assert_eq!(merged(&base, &ours, &theirs, &kept), ours);
    }
}
