import type { TextView } from '../../tree/span.js';
import { cnToNumber } from '../../lexicon/numerals.js';
import { INLINE_MARKERS, type InlineMarkerKind } from '../../lexicon/numbering.js';
import { isSentenceStopCode, nextSentenceStop } from '../../lexicon/punctuation.js';
import { isSpaceCode } from '../../lexicon/chars.js';
import { HALL_HEADING } from '../../lexicon/activities.js';

export type MarkerKind = InlineMarkerKind | 'hall';

export interface Item {
  kind: MarkerKind;
  /** number or hall label as printed, without brackets */
  seq: string;
  value: number;
  level: number;
  /** offsets in the joined text: marker start, body start, end (exclusive) */
  start: number;
  bodyStart: number;
  end: number;
  children: Item[];
  parent: Item | null;
}

function markerAt(
  s: string,
  i: number,
  halls: boolean,
): { kind: MarkerKind; seq: string; value: number; len: number } | null {
  const rest = s.slice(i, i + 60);
  if (halls) {
    const h = HALL_HEADING.exec(rest);
    if (h) return { kind: 'hall', seq: h[2] ? `${h[1]}（${h[2]}）` : h[1], value: 0, len: h[0].length };
  }
  for (const [kind, re] of INLINE_MARKERS) {
    const m = re.exec(rest);
    if (m) {
      const value = cnToNumber(m[1]);
      if (value === null) continue;
      return { kind, seq: m[1], value, len: m[0].length };
    }
  }
  return null;
}

/** a 。 or ； among the three characters before i, with only spaces after it (read in place: this runs at every character) */
function sentenceEndBefore(s: string, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const c = s.charCodeAt(k);
    if (isSentenceStopCode(c)) return true;
    if (!isSpaceCode(c)) return false;
  }
  return false;
}

/** the numbering of a region as its markers are read: the levels in the order they opened, the last number of each */
class Numbering {
  readonly levels: MarkerKind[] = [];
  private readonly last = new Map<MarkerKind, number>();

  /** whether a marker continues the numbering: the next number of its level, or 1 (a new level, or afresh at a line start) */
  accepts(m: { kind: MarkerKind; value: number }, atLineStart: boolean): boolean {
    if (m.kind === 'hall') return true;
    const expected = (this.last.get(m.kind) ?? 0) + 1;
    const fresh = !this.last.has(m.kind);
    const ok = m.value === expected || (fresh && m.value === 1) || (atLineStart && m.value === 1);
    // a mid-line marker must carry the next number of its level (or open a new level)
    return ok && (atLineStart || m.value === expected || fresh);
  }

  /** take the marker: its level, opened if new; a heading of an outer level starts numbering afresh below it */
  take(m: { kind: MarkerKind; value: number }): number {
    let level = this.levels.indexOf(m.kind);
    if (level < 0) {
      this.levels.push(m.kind);
      level = this.levels.length - 1;
    }
    for (const k of this.levels.slice(level + 1)) this.last.delete(k);
    this.last.set(m.kind, m.value);
    return level;
  }
}

/**
 * The items of a joined region, flat, and where the region ends. A marker counts at a line
 * start, or in the middle of a line right after a sentence end when it carries the next
 * number of its level (that is how items run together when a PDF loses its line breaks).
 */
function readMarkers(
  j: TextView,
  starts: number[],
  stop: { kind: MarkerKind; value: number } | null,
  halls: boolean,
): { items: Item[]; end: number } {
  const items: Item[] = [];
  const numbering = new Numbering();
  const s = j.text;
  // the line starts ascend: the next one is followed with an index, not looked up per character
  let ls = 0;
  // a marker stands at a line start or at most three characters after a 。 or ；: the
  // characters in between are passed over, not looked at one by one
  let stopAt = nextSentenceStop(s, 0);
  for (let i = 0; i < s.length; i++) {
    while (stopAt >= 0 && stopAt + 3 < i) stopAt = nextSentenceStop(s, stopAt + 1);
    while (ls < starts.length && starts[ls] < i) ls++;
    const next = Math.min(ls < starts.length ? starts[ls] : s.length, stopAt >= 0 ? Math.max(i, stopAt + 1) : s.length);
    if (next >= s.length) break;
    i = next;
    while (ls < starts.length && starts[ls] < i) ls++;
    const atLineStart = starts[ls] === i;
    if (!atLineStart && !(i > 0 && sentenceEndBefore(s, i))) continue;
    const m = markerAt(s, i, halls);
    if (!m) continue;
    if (stop && m.kind === stop.kind && m.value === stop.value) return { items, end: i };
    if (!numbering.accepts(m, atLineStart)) continue;
    const level = numbering.take(m);
    const { kind, seq, value } = m;
    items.push({ kind, seq, value, level, start: i, bodyStart: i + m.len, end: s.length, children: [], parent: null });
    i += m.len - 1;
  }
  return { items, end: s.length };
}

/**
 * Split a joined region into numbered items, nested by level. `stop` is the marker of the
 * next sibling of the region's own heading: the region ends there.
 */
export function splitItems(
  j: TextView,
  starts: number[],
  stop: { kind: MarkerKind; value: number } | null,
  halls = false,
): { items: Item[]; end: number } {
  const { items, end } = readMarkers(j, starts, stop, halls);
  // an item runs to the next item of its level or above; the open items form a stack
  const open: Item[] = [];
  for (const it of items) {
    while (open.length && open[open.length - 1].level >= it.level) open.pop()!.end = Math.min(it.start, end);
    const parent = open[open.length - 1] ?? null;
    if (parent) {
      it.parent = parent;
      parent.children.push(it);
    }
    open.push(it);
  }
  for (const it of open) it.end = end;
  return { items: items.filter((it) => it.start < end), end };
}
