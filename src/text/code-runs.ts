/**
 * Runs of characters of one class at an edge of a span, found by char code: a trim by any
 * class (spaces, closing marks) read as an index, so the caller slices once or not at all.
 */

/** the offset where the run of characters passing `test` that ends at `end` begins (`end` when none does) */
export function skipBackWhile(s: string, end: number, test: (code: number) => boolean): number {
  while (end > 0 && test(s.charCodeAt(end - 1))) end--;
  return end;
}

/** the offset past the run of characters passing `test` that starts at `from`, reading no further than `end` */
export function skipWhile(s: string, from: number, end: number, test: (code: number) => boolean): number {
  while (from < end && test(s.charCodeAt(from))) from++;
  return from;
}
