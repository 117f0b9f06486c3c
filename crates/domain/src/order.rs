//! One sort for the whole app. `slice::sort_by` is generic over both the element and the
//! comparison, so every call site compiles its own copy of the standard library's merge
//! sort (1–4 KB of wasm each, about twenty of them). Here the sorting itself is one
//! function over indices, compiled once; a call site adds only its comparison and a loop
//! of swaps. Use these instead of `sort`, `sort_by`, `sort_by_key` and `sort_unstable`.

use std::cmp::Ordering;

/// Sorts `items` stably by `compare`, as `slice::sort_by` does.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let swaps = sorting_swaps(items.len(), &mut |a, b| compare(&items[a], &items[b]));
    for (a, b) in swaps {
        items.swap(a, b);
    }
}

/// Sorts `items` stably by the key `key` gives, as `slice::sort_by_key` does.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order, as `slice::sort` does.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The swaps, applied in turn, that put `len` items in the order `compare` gives (by
/// their indices before sorting); equal items keep their order. Not generic: the one
/// copy of the sorting code in the wasm.
fn sorting_swaps(
    len: usize,
    compare: &mut dyn FnMut(usize, usize) -> Ordering,
) -> Vec<(usize, usize)> {
    // sorted[k]: the index (before sorting) of the item that belongs at k.
    let mut sorted: Vec<usize> = (0..len).collect();
    #[expect(
        clippy::disallowed_methods,
        reason = "the one use of the standard sort"
    )]
    sorted.sort_by(|&a, &b| compare(a, b));
    // While swapping: item[p] is the item now at p, place[i] where item i is now.
    let mut item: Vec<usize> = (0..len).collect();
    let mut place = item.clone();
    let mut swaps = Vec::new();
    for (k, &wanted) in sorted.iter().enumerate() {
        let from = place[wanted];
        if from != k {
            let displaced = item[k];
            item.swap(k, from);
            place[wanted] = k;
            place[displaced] = from;
            swaps.push((k, from));
        }
    }
    swaps
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn sorts_by_key_and_keeps_equal_items_in_order() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by_key(&mut items, |&(n, _)| n);
        assert_eq!(items, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
    }

    #[test]
    fn sorts_nothing_and_one() {
        let mut none: Vec<u8> = vec![];
        sort(&mut none);
        assert!(none.is_empty());
        let mut one = vec![7];
        sort(&mut one);
        assert_eq!(one, [7]);
    }

    proptest! {
        #[test]
        fn sorts_as_the_standard_library_does(
            items in proptest::collection::vec((0u8..6, any::<u16>()), 0..60),
        ) {
            let mut ours = items.clone();
            sort_by_key(&mut ours, |&(key, _)| std::cmp::Reverse(key));
            let mut theirs = items;
            #[expect(clippy::disallowed_methods, reason = "the standard sort to compare with")]
            theirs.sort_by_key(|&(key, _)| std::cmp::Reverse(key));
            prop_assert_eq!(ours, theirs);
        }
    }
}
