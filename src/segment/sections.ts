import type { Line } from '../normalize/source-text.js';
import { markersFor, nextMarker, type HeadingKind } from '../lexicon/numbering.js';

export type { HeadingKind };

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

/** the heading at the start of a line, or null */
export function parseHeading(text: string): Heading | null {
  const markers = markersFor(text);
  if (!markers.length || text.includes('\t')) return null;
  for (let k = 0; k < markers.length; k++) {
    const marker = markers[k];
    const m = marker.pattern.exec(text);
    if (!m) continue;
    const kind = marker.kind;
    const seq = m[2];
    const rest = text.slice(m[1].length).trim();
    if (!rest && kind !== 'chapter' && kind !== 'article') continue;
    const cut = rest.search(/[。：；]/);
    const title = (cut >= 0 && cut <= 60 ? rest.slice(0, cut) : rest.length <= 60 ? rest : rest.slice(0, 60)).trim();
    const label = `${marker.print(seq)}${title}`.trim();
    return { kind, seq, value: marker.value(seq), label, title, rest, restOffset: m[1].length };
  }
  return null;
}

/** the level a heading opens: its kind, and for a decimal number how many parts it has (1.2 / 1.2.3) */
function levelKey(h: Heading): string {
  if (h.kind !== 'decimal') return h.kind;
  let parts = 1;
  for (let i = h.seq.indexOf('.'); i >= 0; i = h.seq.indexOf('.', i + 1)) parts++;
  return `decimal${parts}`;
}

/**
 * The numbering tree of one document. The levels are not assumed to come in a fixed
 * order: a heading of a kind already open closes everything below it, a new kind opens
 * one level deeper. That follows both 一、（一）1.（1） and documents that skip a level.
 */
export function buildSections(lines: Line[], first: number, last: number, docId: string): SectionNode[] {
  const nodes: SectionNode[] = [];
  const stack: SectionNode[] = [];
  /** the level of each open section (parallel to stack) */
  const levels: string[] = [];
  let markers: RunInMarker[] = [];
  const open = (h: Heading, no: number) => {
    const key = levelKey(h);
    const same = levels.indexOf(key);
    if (same >= 0) {
      // a heading run into a line leaves that line's first part to the sections it closes
      const end = h.column ? no : no - 1;
      for (let s = same; s < stack.length; s++) stack[s].endLine = Math.max(stack[s].line, end);
      stack.length = same;
      levels.length = same;
    }
    const parent = stack.length ? stack[stack.length - 1] : null;
    const node: SectionNode = {
      id: `${docId}/s${nodes.length + 1}`,
      docId,
      heading: h,
      line: no,
      endLine: last,
      depth: stack.length,
      parent,
      path: parent ? [...parent.path, h.label] : [h.label],
    };
    nodes.push(node);
    stack.push(node);
    levels.push(key);
    markers = runInMarkers(stack);
  };
  // indexed loops: this runs on every line of every document, much of it before the JIT has
  // optimized it, and an array iterator per line costs there
  for (let no = first; no <= last; no++) {
    const text = lines[no - 1].text;
    const h = parseHeading(text);
    if (h) open(h, no);
    if (markers.length === 0) continue;
    const runs = runInHeadings(text, markers);
    for (let r = 0; r < runs.length; r++) open(runs[r], no);
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
      out.push({ kind, marker: nextMarker(kind, stack[s].heading.value) });
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
