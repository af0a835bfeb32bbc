//! One stable sort for the whole crate.
//!
//! Every `sort_by` on its own element type or comparison is its own copy of the standard library's
//! stable sort (about 3.5 KB of wasm each). The engine's few sorts go through [`sort_stable_by`],
//! which sorts indices with one non-generic comparison, so the sorting code is in the wasm once. The
//! order is exactly that of `slice::sort_by` with the same comparison: the index sort is stable too.

use std::cmp::Ordering;

/// The positions of `len` items in the order a stable sort by `compare` (of two positions) gives.
fn stable_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Sorts `items` by `compare`, keeping equal items in their order, like `slice::sort_by`.
pub(crate) fn sort_stable_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = stable_order(items.len(), &|a, b| match (items.get(a), items.get(b)) {
        (Some(x), Some(y)) => compare(x, y),
        _ => Ordering::Equal,
    });
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots.get_mut(i).and_then(Option::take)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_order_as_the_standard_stable_sort() {
        // Pairs sorted by their first half only: the second half shows that ties keep their order.
        let mut seed = 7u32;
        for len in [0usize, 1, 2, 5, 20, 200] {
            let items: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) % 7, i)
                })
                .collect();
            let mut ours = items.clone();
            sort_stable_by(&mut ours, |a, b| b.0.cmp(&a.0));
            let mut std = items;
            std.sort_by_key(|a| std::cmp::Reverse(a.0));
            assert_eq!(ours, std, "{len} items");
        }
    }
}
