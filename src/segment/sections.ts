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

/** the heading at the start of a line, or null */
export function parseHeading(text: string): Heading | null {
  if (text.includes('\t')) return null;
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
  for (let no = first; no <= last; no++) {
    const h = parseHeading(lines[no - 1].text);
    if (!h) continue;
    // an article is a unit of its own level, whatever came before
    const key = kindKey(h);
    const open = stack.findIndex((s) => kindKey(s.heading) === key);
    if (open >= 0) {
      for (const closed of stack.splice(open)) closed.endLine = no - 1;
    }
    const parent = stack[stack.length - 1] ?? null;
    const node: SectionNode = {
      id: `${docId}/s${nodes.length + 1}`, docId, heading: h, line: no, endLine: last,
      depth: stack.length, parent, path: [...(parent?.path ?? []), h.label],
    };
    nodes.push(node);
    stack.push(node);
  }
  return nodes;
}

/** the innermost section whose heading line is at or before `line` and that still spans it */
export function sectionAt(nodes: SectionNode[], line: number): SectionNode | null {
  let best: SectionNode | null = null;
  for (const n of nodes) {
    if (n.line > line) break;
    if (n.endLine >= line && (!best || n.depth >= best.depth)) best = n;
  }
  return best;
}
