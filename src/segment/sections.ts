import type { Line } from '../normalize/source-text.js';
import { cnToNumber } from '../text/numerals.js';

/** The numbering levels of Chinese official documents, in their usual order. */
export type HeadingKind = 'chapter' | 'jie' | 'article' | 'cn' | 'paren-cn' | 'decimal' | 'arabic' | 'paren-arabic' | 'circled';

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

/** the heading at the start of a line, or null */
export function parseHeading(text: string): Heading | null {
  if (!HEADING_START.test(text) || text.includes('\t')) return null;
  for (const [kind, re] of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const seq = m[2];
    const rest = text.slice(m[1].length).trim();
    if (!rest && kind !== 'chapter' && kind !== 'article') continue;
    const value = kind === 'circled' ? CIRCLED.indexOf(seq) + 1 : kind === 'decimal' ? Number(seq.split('.').pop()) : cnToNumber(seq) ?? 0;
    const cut = rest.search(/[。：；]/);
    const title = (cut >= 0 && cut <= 60 ? rest.slice(0, cut) : rest.length <= 60 ? rest : rest.slice(0, 60)).trim();
    const marker = kind === 'cn' ? `${seq}、` : kind === 'paren-cn' || kind === 'paren-arabic' ? `（${seq}）` : kind === 'arabic' ? `${seq}.` : kind === 'chapter' ? `第${seq}章 ` : kind === 'jie' ? `第${seq}节 ` : kind === 'article' ? `第${seq}条 ` : kind === 'decimal' ? `${seq} ` : seq;
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
      id: `${docId}/s${nodes.length + 1}`, docId, heading: h, line: no, endLine: last,
      depth: stack.length, parent, path: [...(parent?.path ?? []), h.label],
    };
    nodes.push(node);
    stack.push(node);
  };
  for (let no = first; no <= last; no++) {
    const text = lines[no - 1].text;
    const h = parseHeading(text);
    if (h) open(h, no);
    for (const run of runInHeadings(text, stack)) open(run, no);
  }
  return nodes;
}

const CN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 1..99 as a Chinese numeral: 七, 十一, 二十三 */
export function numberToCn(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  const tens = Math.floor(n / 10), ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${CN_DIGITS[ones]}`;
}

/**
 * Headings that extraction ran into the previous paragraph (…承办单位：…。七、展会执委会…).
 * Only the number that must come next at an open level counts, and only after a full
 * stop, so a list such as 一、二、三 inside a sentence is never read as headings.
 */
function runInHeadings(text: string, stack: SectionNode[]): Heading[] {
  if (text.length > 5000 || text.includes('\t')) return [];
  const out: Heading[] = [];
  for (const kind of ['cn', 'paren-cn'] as const) {
    const cur = [...stack].reverse().find((s) => s.heading.kind === kind);
    if (!cur) continue;
    const next = numberToCn(cur.heading.value + 1);
    const marker = kind === 'cn' ? `${next}、` : `（${next}）`;
    const at = text.indexOf(marker, 1);
    if (at < 0 || !/[。；]\s*$/.test(text.slice(Math.max(0, at - 3), at))) continue;
    const h = parseHeading(text.slice(at));
    if (h && h.kind === kind) out.push({ ...h, column: at });
  }
  return out.sort((a, b) => (a.column ?? 0) - (b.column ?? 0));
}

/** the innermost section whose heading line is at or before `line` and that still spans it */
export function sectionAt(nodes: SectionNode[], line: number): SectionNode | null {
  // nodes are in line order and nest, so the answer is the last heading at or before the
  // line or one of its ancestors: a binary search keeps per-line lookups cheap on long files
  let lo = 0, hi = nodes.length - 1, last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (nodes[mid].line <= line) { last = mid; lo = mid + 1; } else hi = mid - 1;
  }
  let n: SectionNode | null = last >= 0 ? nodes[last] : null;
  while (n && n.endLine < line) n = n.parent;
  return n;
}
