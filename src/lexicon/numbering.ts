/**
 * Numbering markers of Chinese official documents and their levels, in their usual order:
 * 第一章, 第一节, 第一条, 一、, （一）, 1.1, 1., （1）, ①. Each marker is stated once with the
 * characters it can start with; the quick first-character test is built from those.
 */
import { SPACE_CHARS } from './chars.js';
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
 * all nine. A line that starts with white space may still hold any marker after it.
 */
const ANY = 1;
const FIRST_CHAR = new Uint8Array(0x10000);
const BY_FIRST: Array<readonly NumberingMarker[]> = [[], NUMBERING_MARKERS];
for (const m of NUMBERING_MARKERS) {
  const code = m.first.charCodeAt(0);
  let group = FIRST_CHAR[code];
  if (group < 2) {
    group = BY_FIRST.length;
    BY_FIRST.push(NUMBERING_MARKERS.filter((o) => o.first === m.first));
  }
  for (const ch of m.first) FIRST_CHAR[ch.charCodeAt(0)] = group;
}
for (const ch of SPACE_CHARS) FIRST_CHAR[ch.charCodeAt(0)] = ANY;
/** every marker's first characters, after white space */
const MARKER_START = new RegExp(`^\\s*[${[...new Set(NUMBERING_MARKERS.map((m) => m.first).join(''))].join('')}]`);

/** the markers that can open this line, in the order to try them (none for most lines) */
export function markersFor(text: string): readonly NumberingMarker[] {
  const group = text.length ? FIRST_CHAR[text.charCodeAt(0)] : 0;
  if (group === 0 || (group === ANY && !MARKER_START.test(text))) return BY_FIRST[0];
  return BY_FIRST[group];
}

/** a marker of the next number at a 一、 or （一） level: what may run into a paragraph */
export function nextMarker(kind: 'cn' | 'paren-cn', value: number): string {
  return NUMBERING_MARKERS.find((m) => m.kind === kind)!.print(numberToCn(value + 1));
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
