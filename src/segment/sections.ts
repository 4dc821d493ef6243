import type { Line } from '../normalize/source-text.js';
import { cnToNumber, numberToCn } from '../lexicon/numerals.js';

/** The numbering levels of Chinese official documents, in their usual order. */
export type HeadingKind =
  'chapter' | 'jie' | 'article' | 'cn' | 'paren-cn' | 'decimal' | 'arabic' | 'paren-arabic' | 'circled';

export interface Heading {
  kind: HeadingKind;
  /** the number as printed, without brackets or punctuation: 三, 十一, 2, 1.2 */
  seq: string;
  /** numeric value of seq (for decimal: its last part) */
  value: number;
  /** the heading as it reads in a path: 二、目标任务, （一）找准发力点 */
  label: string;
  /** short title: the words up to the first 。 */
  title: string;
  /** text after the marker (the whole rest of the line) */
  rest: string;
  /** offset in the line where the rest starts */
  restOffset: number;
  /** for a heading run into a line after other text: where in the line it starts */
  column?: number;
}

export interface SectionNode {
  id: string;
  docId: string;
  heading: Heading;
  line: number;
  endLine: number;
  depth: number;
  parent: SectionNode | null;
  /** labels from the outermost heading to this one */
  path: string[];
}

const CN = '[一二三四五六七八九十百零〇]+';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PATTERNS: Array<[HeadingKind, RegExp]> = [
  ['chapter', new RegExp(`^(\\s*第\\s*(${CN}|\\d+)\\s*章\\s*)`)],
  ['jie', new RegExp(`^(\\s*第\\s*(${CN}|\\d+)\\s*节\\s*)`)],
  ['article', new RegExp(`^(\\s*第\\s*(${CN}|\\d+)\\s*条\\s*)`)],
  ['cn', new RegExp(`^(\\s*(${CN})\\s*、\\s*)`)],
  ['paren-cn', new RegExp(`^(\\s*（\\s*(${CN})\\s*）\\s*[、.]?\\s*)`)],
  // 1.5亿元 is an amount, not a heading: a two-part decimal heading needs a space after it
  ['decimal', /^(\s*(\d{1,2}(?:\.\d{1,2}){2,3}|\d{1,2}\.\d{1,2}(?=\s))(?![\d%％])\s*(?=[\u3400-\u9fff“《（]))/],
  ['arabic', /^(\s*(\d{1,3})\s*[.．、](?!\d)\s*)/],
  ['paren-arabic', /^(\s*（\s*(\d{1,3})\s*）\s*)/],
  ['circled', new RegExp(`^(\\s*([${CIRCLED}])\\s*)`)],
];

/** every numbering starts with one of these: most lines are ruled out by one look */
const HEADING_START = new RegExp(`^\\s*[第（\\d一二三四五六七八九十百零〇${CIRCLED}]`);

/*
 * The first character of a line picks the only patterns that can match (their markers
 * start with disjoint characters), so a line is ruled out or matched without trying all
 * nine. A line that starts with white space tries them all.
 */
const ANY = 1;
const FIRST_CHAR = new Uint8Array(0x10000);
const BY_FIRST: Array<Array<[HeadingKind, RegExp]>> = [[], PATTERNS];
const firstCharGroup = (chars: string, kinds: HeadingKind[]) => {
  const group = BY_FIRST.length;
  BY_FIRST.push(PATTERNS.filter(([k]) => kinds.includes(k)));
  for (const ch of chars) FIRST_CHAR[ch.charCodeAt(0)] = group;
};
firstCharGroup('第', ['chapter', 'jie', 'article']);
firstCharGroup('一二三四五六七八九十百零〇', ['cn']);
firstCharGroup('（', ['paren-cn', 'paren-arabic']);
firstCharGroup('0123456789', ['decimal', 'arabic']);
firstCharGroup(CIRCLED, ['circled']);
// what \s matches: the line may still start with a heading after it
for (const ch of '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff')
  FIRST_CHAR[ch.charCodeAt(0)] = ANY;

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

/** the heading at the start of a line, or null */
export function parseHeading(text: string): Heading | null {
  const group = text.length ? FIRST_CHAR[text.charCodeAt(0)] : 0;
  if (group === 0 || (group === ANY && !HEADING_START.test(text)) || text.includes('\t')) return null;
  for (const [kind, re] of BY_FIRST[group]) {
    const m = re.exec(text);
    if (!m) continue;
    const seq = m[2];
    const rest = text.slice(m[1].length).trim();
    if (!rest && kind !== 'chapter' && kind !== 'article') continue;
    const value =
      kind === 'circled'
        ? CIRCLED.indexOf(seq) + 1
        : kind === 'decimal'
          ? Number(seq.split('.').pop())
          : numberValue(seq);
    const cut = rest.search(/[。：；]/);
    const title = (cut >= 0 && cut <= 60 ? rest.slice(0, cut) : rest.length <= 60 ? rest : rest.slice(0, 60)).trim();
    const marker =
      kind === 'cn'
        ? `${seq}、`
        : kind === 'paren-cn' || kind === 'paren-arabic'
          ? `（${seq}）`
          : kind === 'arabic'
            ? `${seq}.`
            : kind === 'chapter'
              ? `第${seq}章 `
              : kind === 'jie'
                ? `第${seq}节 `
                : kind === 'article'
                  ? `第${seq}条 `
                  : kind === 'decimal'
                    ? `${seq} `
                    : seq;
    return { kind, seq, value, label: `${marker}${title}`.trim(), title, rest, restOffset: m[1].length };
  }
  return null;
}

/**
 * The numbering tree of one document. The levels are not assumed to come in a fixed
 * order: a heading of a kind already open closes everything below it, a new kind opens
 * one level deeper. That follows both 一、（一）1.（1） and documents that skip a level.
 */
export function buildSections(lines: Line[], first: number, last: number, docId: string): SectionNode[] {
  const nodes: SectionNode[] = [];
  const stack: SectionNode[] = [];
  const kindKey = (h: Heading) => (h.kind === 'decimal' ? `decimal${h.seq.split('.').length}` : h.kind);
  const open = (h: Heading, no: number) => {
    const key = kindKey(h);
    const same = stack.findIndex((s) => kindKey(s.heading) === key);
    if (same >= 0) {
      // a heading run into a line leaves that line's first part to the sections it closes
      const end = h.column ? no : no - 1;
      for (const closed of stack.splice(same)) closed.endLine = Math.max(closed.line, end);
    }
    const parent = stack[stack.length - 1] ?? null;
    const node: SectionNode = {
      id: `${docId}/s${nodes.length + 1}`,
      docId,
      heading: h,
      line: no,
      endLine: last,
      depth: stack.length,
      parent,
      path: [...(parent?.path ?? []), h.label],
    };
    nodes.push(node);
    stack.push(node);
    markers = runInMarkers(stack);
  };
  let markers: RunInMarker[] = [];
  for (let no = first; no <= last; no++) {
    const text = lines[no - 1].text;
    const h = parseHeading(text);
    if (h) open(h, no);
    if (markers.length) for (const run of runInHeadings(text, markers)) open(run, no);
  }
  return nodes;
}

const RUN_IN_KINDS = ['cn', 'paren-cn'] as const;
/** shared by every line without a run-in heading (nearly all): never pushed to */
const NO_HEADINGS: Heading[] = [];

interface RunInMarker {
  kind: 'cn' | 'paren-cn';
  marker: string;
}

/** the markers that may run into a line: the next number of the innermost open 一、 and （一） levels */
function runInMarkers(stack: SectionNode[]): RunInMarker[] {
  const out: RunInMarker[] = [];
  for (const kind of RUN_IN_KINDS) {
    for (let s = stack.length - 1; s >= 0; s--) {
      if (stack[s].heading.kind !== kind) continue;
      const next = numberToCn(stack[s].heading.value + 1);
      out.push({ kind, marker: kind === 'cn' ? `${next}、` : `（${next}）` });
      break;
    }
  }
  return out;
}

/**
 * Headings that extraction ran into the previous paragraph (…承办单位：…。七、展会执委会…).
 * Only the number that must come next at an open level counts, and only after a full
 * stop, so a list such as 一、二、三 inside a sentence is never read as headings. The
 * markers change only when a section opens, so a line costs a search or two.
 */
function runInHeadings(text: string, markers: RunInMarker[]): Heading[] {
  if (text.length > 5000) return NO_HEADINGS;
  let out: Heading[] = NO_HEADINGS;
  for (let k = 0; k < markers.length; k++) {
    const { kind, marker } = markers[k];
    const at = text.indexOf(marker, 1);
    if (at < 0 || !/[。；]\s*$/.test(text.slice(Math.max(0, at - 3), at)) || text.includes('\t')) continue;
    const h = parseHeading(text.slice(at));
    if (h && h.kind === kind) {
      if (out === NO_HEADINGS) out = [];
      out.push({ ...h, column: at });
    }
  }
  return out.length > 1 ? out.sort((a, b) => (a.column ?? 0) - (b.column ?? 0)) : out;
}

/** the innermost section whose heading line is at or before `line` and that still spans it */
export function sectionAt(nodes: SectionNode[], line: number): SectionNode | null {
  // nodes are in line order and nest, so the answer is the last heading at or before the
  // line or one of its ancestors: a binary search keeps per-line lookups cheap on long files
  let lo = 0,
    hi = nodes.length - 1,
    last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (nodes[mid].line <= line) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  let n: SectionNode | null = last >= 0 ? nodes[last] : null;
  while (n && n.endLine < line) n = n.parent;
  return n;
}
