import type { ParseContext } from '../context.js';
import type { TextView } from '../../tree/span.js';
import { cnToNumber } from '../../lexicon/numerals.js';
import { INLINE_MARKERS, type InlineMarkerKind } from '../../lexicon/numbering.js';
import { isSentenceStopCode } from '../../lexicon/punctuation.js';
import { isSpaceCode } from '../../lexicon/chars.js';

/**
 * The lines (by number, ascending) whose text holds `word` (which holds no line break), so
 * a parser that needs the word looks at those lines only.
 */
export function linesWith(ctx: ParseContext, word: string): number[] {
  const out: number[] = [];
  const src = ctx.src;
  for (let n = src.lineWith(word, 1); n <= src.lines.length; n = src.lineWith(word, n + 1)) out.push(n);
  return out;
}

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

/** an exhibition hall heading: A馆（国内国际馆）：, 1号馆：, 主展馆： */
export const HALL = /^([A-Z0-9一二三四五六七八九十]{1,3}号?(?:展馆|馆|展厅))(?:（([^（）]{1,40})）)?：/;

function markerAt(
  s: string,
  i: number,
  halls: boolean,
): { kind: MarkerKind; seq: string; value: number; len: number } | null {
  const rest = s.slice(i, i + 60);
  if (halls) {
    const h = HALL.exec(rest);
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

/**
 * Split a joined region into numbered items. A marker counts at a line start, or in the
 * middle of a line right after a sentence end when it carries the next number of its
 * level (that is how items run together when a PDF loses its line breaks). `stop` is the
 * marker of the next sibling of the region's own heading: the region ends there.
 */
export function splitItems(
  j: TextView,
  starts: number[],
  stop: { kind: MarkerKind; value: number } | null,
  halls = false,
): { items: Item[]; end: number } {
  const items: Item[] = [];
  const levels: MarkerKind[] = [];
  const lastValue = new Map<MarkerKind, number>();
  const s = j.text;
  let end = s.length;
  // the line starts ascend: the next one is followed with an index, not looked up per character
  let ls = 0;
  for (let i = 0; i < s.length; i++) {
    while (ls < starts.length && starts[ls] < i) ls++;
    const atLineStart = starts[ls] === i;
    const afterSentence = i > 0 && sentenceEndBefore(s, i);
    if (!atLineStart && !afterSentence) continue;
    const m = markerAt(s, i, halls);
    if (!m) continue;
    if (stop && m.kind === stop.kind && m.value === stop.value) {
      end = i;
      break;
    }
    const expected = (lastValue.get(m.kind) ?? 0) + 1;
    const fresh = !lastValue.has(m.kind);
    if (m.kind !== 'hall') {
      const ok = m.value === expected || (fresh && m.value === 1) || (atLineStart && m.value === 1);
      if (!ok) continue;
      // a mid-line marker must carry the next number of its level (or open a new level)
      if (!atLineStart && !(m.value === expected || fresh)) continue;
    }
    let level = levels.indexOf(m.kind);
    if (level < 0) {
      levels.push(m.kind);
      level = levels.length - 1;
    }
    // a heading of an outer level starts numbering afresh below it
    for (const k of levels.slice(level + 1)) lastValue.delete(k);
    lastValue.set(m.kind, m.value);
    items.push({
      kind: m.kind,
      seq: m.seq,
      value: m.value,
      level,
      start: i,
      bodyStart: i + m.len,
      end: s.length,
      children: [],
      parent: null,
    });
    i += m.len - 1;
  }
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
