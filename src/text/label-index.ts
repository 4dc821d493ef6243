/**
 * Where a label (a word and its colon, `时间：`, `地点 ：`) occurs in a text, found once with
 * indexOf: a reader that asks how many labels lie in many nested spans (sections) counts
 * them with two binary searches instead of reading each span's text again.
 */
import { isSpaceCode } from '../lexicon/chars.js';
import { isColonCode } from '../lexicon/punctuation.js';
import { lastAtMost } from './sorted.js';

/** the label's occurrences as sorted, disjoint [start, end) spans */
export interface LabelHits {
  starts: number[];
  ends: number[];
}

/** where `word\s*：` occurs in a text */
export function labelHits(text: string, word: string): LabelHits {
  const starts: number[] = [],
    ends: number[] = [];
  for (let p = text.indexOf(word); p >= 0; p = text.indexOf(word, p + word.length)) {
    let q = p + word.length;
    while (q < text.length && isSpaceCode(text.charCodeAt(q))) q++;
    if (q < text.length && isColonCode(text.charCodeAt(q))) {
      starts.push(p);
      ends.push(q + 1);
    }
  }
  return { starts, ends };
}

/** how many elements of an ascending array of integers are below x */
function countBelow(a: number[], x: number): number {
  return a.length === 0 || a[0] >= x ? 0 : lastAtMost(a, x - 1) + 1;
}

/** how many of the labels lie wholly inside [a, b] (b inclusive, as a line's end offset is) */
export function labelsWithin(h: LabelHits, a: number, b: number): number {
  return Math.max(0, countBelow(h.ends, b + 1) - countBelow(h.starts, a));
}
