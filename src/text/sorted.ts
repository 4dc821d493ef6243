/**
 * Searches in ascending arrays of offsets (line starts, piece starts, shift points): the
 * ways from one offset space into another all come down to "the last start at or before".
 */

/** index of the last element at or below x, searching from index `lo` (whose element must be at or below x) */
export function lastAtMost(a: ArrayLike<number>, x: number, lo = 0): number {
  let hi = a.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** index of the first element at or above x, searching from index `lo` (a.length when none is) */
export function firstAtLeast(a: ArrayLike<number>, x: number, lo = 0): number {
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
