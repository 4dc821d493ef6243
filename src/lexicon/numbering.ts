/**
 * Numbering markers of Chinese official documents and their levels, in their usual order:
 * 第一章, 第一节, 第一条, 一、, （一）, 1.1, 1., （1）, ①. Each marker is stated once with the
 * characters it can start with; the quick first-character test is built from those.
 */
import { charTable, isDigitCode, isSpaceCode } from './chars.js';
import { CN_NUMBERING, CN_SMALL, cnToNumber, numberToCn } from './numerals.js';

/** The numbering levels, in their usual order. */
export type HeadingKind =
  'chapter' | 'jie' | 'article' | 'cn' | 'paren-cn' | 'decimal' | 'arabic' | 'paren-arabic' | 'circled';

export interface NumberingMarker {
  kind: HeadingKind;
  /** the characters the marker can start with (after white space) */
  first: string;
  /** at the start of a line: group 1 is the marker with its spaces, group 2 the number as printed */
  pattern: RegExp;
  /** the marker as a path prints it: 二、 （一） 3. 第二章 */
  print: (seq: string) => string;
  /** the number's value (for a decimal number, its last part) */
  value: (seq: string) => number;
}

const CN = `[${CN_NUMBERING}]+`;
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** the same few numbers (一, 二, 3) head most sections: read each spelling once */
const VALUES = new Map<string, number>();
function numberValue(seq: string): number {
  let v = VALUES.get(seq);
  if (v === undefined) {
    v = cnToNumber(seq) ?? 0;
    if (seq.length <= 4) VALUES.set(seq, v);
  }
  return v;
}

const ordinal = (unit: string, kind: HeadingKind): NumberingMarker => ({
  kind,
  first: '第',
  pattern: new RegExp(`^(\\s*第\\s*(${CN}|\\d+)\\s*${unit}\\s*)`),
  print: (seq) => `第${seq}${unit} `,
  value: numberValue,
});

/** every marker, in the order they are tried (their first characters keep most lines to one group) */
export const NUMBERING_MARKERS: readonly NumberingMarker[] = [
  ordinal('章', 'chapter'),
  ordinal('节', 'jie'),
  ordinal('条', 'article'),
  {
    kind: 'cn',
    first: CN_NUMBERING,
    pattern: new RegExp(`^(\\s*(${CN})\\s*、\\s*)`),
    print: (seq) => `${seq}、`,
    value: numberValue,
  },
  {
    kind: 'paren-cn',
    first: '（',
    pattern: new RegExp(`^(\\s*（\\s*(${CN})\\s*）\\s*[、.]?\\s*)`),
    print: (seq) => `（${seq}）`,
    value: numberValue,
  },
  {
    // 1.5亿元 is an amount, not a heading: a two-part decimal heading needs a space after it
    kind: 'decimal',
    first: '0123456789',
    pattern: /^(\s*(\d{1,2}(?:\.\d{1,2}){2,3}|\d{1,2}\.\d{1,2}(?=\s))(?![\d%％])\s*(?=[\u3400-\u9fff“《（]))/,
    print: (seq) => `${seq} `,
    value: (seq) => Number(seq.split('.').pop()),
  },
  {
    kind: 'arabic',
    first: '0123456789',
    pattern: /^(\s*(\d{1,3})\s*[.．、](?!\d)\s*)/,
    print: (seq) => `${seq}.`,
    value: numberValue,
  },
  {
    kind: 'paren-arabic',
    first: '（',
    pattern: /^(\s*（\s*(\d{1,3})\s*）\s*)/,
    print: (seq) => `（${seq}）`,
    value: numberValue,
  },
  {
    kind: 'circled',
    first: CIRCLED,
    pattern: new RegExp(`^(\\s*([${CIRCLED}])\\s*)`),
    print: (seq) => seq,
    value: (seq) => CIRCLED.indexOf(seq) + 1,
  },
];

/*
 * The first character of a line picks the only markers that can match (their first
 * characters are disjoint between groups), so a line is ruled out or matched without trying
 * all nine. White space before the marker is stepped over first, so an indented line costs
 * no more than another.
 */
const FIRST_CHAR = new Uint8Array(0x10000);
const BY_FIRST: Array<readonly NumberingMarker[]> = [[]];
for (const m of NUMBERING_MARKERS) {
  const code = m.first.charCodeAt(0);
  let group = FIRST_CHAR[code];
  if (group === 0) {
    group = BY_FIRST.length;
    BY_FIRST.push(NUMBERING_MARKERS.filter((o) => o.first === m.first));
  }
  for (const ch of m.first) FIRST_CHAR[ch.charCodeAt(0)] = group;
}

const CN_CODE = charTable(CN_NUMBERING);
const ORDINAL_UNIT = charTable('章节条');
/** what may follow an Arabic heading number: 1. 2． 3、 */
const ARABIC_STOP = charTable('.．、');

/** the index of the first character at or after i that is not white space */
function skipSpace(t: string, i: number): number {
  while (i < t.length && isSpaceCode(t.charCodeAt(i))) i++;
  return i;
}

/** the code unit at i, 0 past the end (so table lookups stay in range) */
const codeAt = (t: string, i: number): number => (i < t.length ? t.charCodeAt(i) : 0);

/** the index past a run of numerals (Chinese or Arabic, as `chinese` and `arabic` allow) from i */
function skipNumerals(t: string, i: number, chinese: boolean, arabic: boolean): number {
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (!((chinese && CN_CODE[c] === 1) || (arabic && isDigitCode(c)))) break;
  }
  return i;
}

/**
 * Whether the line has the outline of its group's markers from index i (the marker's first
 * character) on: a number, then what must follow it (章/节/条, 、, ）, a full stop). Most
 * lines that open with such a character do not (一是…, 2020年…), and this rules them out
 * without running a pattern; the patterns still decide.
 */
function hasMarkerShape(kind: HeadingKind, t: string, i: number): boolean {
  let j: number;
  let k: number;
  switch (kind) {
    case 'chapter': // 第 N 章 / 节 / 条
      j = skipSpace(t, i + 1);
      k = skipNumerals(t, j, true, true);
      return k > j && ORDINAL_UNIT[codeAt(t, skipSpace(t, k))] === 1;
    case 'cn': // 十一 、
      return codeAt(t, skipSpace(t, skipNumerals(t, i, true, false))) === 0x3001;
    case 'paren-cn': // （ 三 ） or （ 3 ）
      j = skipSpace(t, i + 1);
      k = skipNumerals(t, j, true, true);
      return k > j && codeAt(t, skipSpace(t, k)) === 0xff09;
    case 'decimal': // 1.2 or 3. (at most three digits before the stop)
      k = skipNumerals(t, i, false, true);
      return k - i <= 3 && ARABIC_STOP[codeAt(t, skipSpace(t, k))] === 1;
    default:
      return true;
  }
}

/** the markers that can open this line, in the order to try them (none for most lines) */
export function markersFor(text: string): readonly NumberingMarker[] {
  const i = skipSpace(text, 0);
  const group = i < text.length ? FIRST_CHAR[text.charCodeAt(i)] : 0;
  if (group === 0 || !hasMarkerShape(BY_FIRST[group][0].kind, text, i)) return BY_FIRST[0];
  return BY_FIRST[group];
}

/** the markers of the next numbers at the 一、 and （一） levels, written once: a section opens per few lines */
const NEXT_MARKERS = new Map(
  (['cn', 'paren-cn'] as const).map((kind) => {
    const marker = NUMBERING_MARKERS.find((m) => m.kind === kind)!;
    return [kind, Array.from({ length: 100 }, (_, n) => marker.print(numberToCn(n)))];
  }),
);

/** a marker of the next number at a 一、 or （一） level: what may run into a paragraph */
export function nextMarker(kind: 'cn' | 'paren-cn', value: number): string {
  const next = value + 1;
  if (next >= 1 && next < 100) return NEXT_MARKERS.get(kind)![next];
  return NUMBERING_MARKERS.find((m) => m.kind === kind)!.print(numberToCn(next));
}

/** the short numbering forms an activity programme runs into its text: （一） （1） 一、 1. */
export type InlineMarkerKind = 'cn' | 'paren-cn' | 'arabic' | 'paren-arabic';

const CN_ITEM = `[${CN_SMALL}]{1,3}`;
/**
 * Those forms at an exact position inside joined text (no white space before the marker;
 * group 1 is the number as printed), in the order to try them.
 */
export const INLINE_MARKERS: ReadonlyArray<[InlineMarkerKind, RegExp]> = [
  ['paren-cn', new RegExp(`^（\\s*(${CN_ITEM})\\s*）`)],
  ['paren-arabic', /^（\s*(\d{1,2})\s*）/],
  ['cn', new RegExp(`^(${CN_ITEM})、`)],
  ['arabic', /^(\d{1,2})\s*[.．、](?![\d])/],
];

/**
 * A list item's number at the start of a line in a roster or a contact block: 一、 （二） 3.
 * (the short forms only; group 0 is the marker with its spaces).
 */
export const LIST_ITEM_MARKER = new RegExp(
  `^\\s*(?:[${CN_SMALL}]{1,3}\\s*、|[（(]\\s*[${CN_SMALL}\\d]{1,3}\\s*[）)]|\\d{1,2}\\s*[.．、])\\s*`,
);
