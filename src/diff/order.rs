//! Order compared as a sequence: of the items both orders have, the fewest that must have
//! moved for one order to become the other — those outside a longest common subsequence, found
//! as a longest increasing run of old positions in O(n log n).

use ahash::HashMap;
use std::hash::Hash;

/// The items of `new` (that are also in `old`) whose place relative to the others changed.
pub fn moved<T: Copy + Eq + Hash>(old: &[T], new: &[T]) -> Vec<T> {
    let position: HashMap<T, usize> = old.iter().enumerate().map(|(i, t)| (*t, i)).collect();
    let common: Vec<(T, usize)> = new
        .iter()
        .filter_map(|t| position.get(t).map(|&p| (*t, p)))
        .collect();
    let kept = longest_increasing(&common.iter().map(|(_, p)| *p).collect::<Vec<_>>());
    common
        .iter()
        .enumerate()
        .filter(|(i, _)| !kept[*i])
        .map(|(_, (t, _))| *t)
        .collect()
}

/// Which of `values` belong to one longest strictly increasing subsequence.
fn longest_increasing(values: &[usize]) -> Vec<bool> {
    // tails[k]: index of the smallest tail of an increasing run of length k + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut before: Vec<Option<usize>> = vec![None; values.len()];
    for (i, &v) in values.iter().enumerate() {
        let at = tails.partition_point(|&t| values[t] < v);
        before[i] = at.checked_sub(1).map(|k| tails[k]);
        if at == tails.len() {
            tails.push(i);
        } else {
            tails[at] = i;
        }
    }
    let mut kept = vec![false; values.len()];
    let mut next = tails.last().copied();
    while let Some(i) = next {
        kept[i] = true;
        next = before[i];
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_what_broke_the_order_is_moved() {
        assert!(moved(&[1, 2, 3, 4], &[1, 2, 3, 4]).is_empty());
        assert_eq!(moved(&[1, 2, 3, 4], &[4, 1, 2, 3]), [4]);
        assert_eq!(moved(&[1, 2, 3, 4], &[1, 3, 2, 4]).len(), 1);
        // New and removed items are not moves.
        assert!(moved(&[1, 2, 3], &[9, 1, 3]).is_empty());
        assert_eq!(moved(&[1, 2, 3, 4, 5], &[5, 4, 3, 2, 1]).len(), 4);
    }
}
