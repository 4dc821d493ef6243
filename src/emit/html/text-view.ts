import { html } from './escape.js';

/** one record's passage in a file: [start, end) offsets into the decoded text */
export interface Span {
  /** the record's index on the page (marks and outline items share it) */
  index: number;
  type: string;
  start: number;
  end: number;
}

/** a diagnostic shown under its line */
export interface LineNote {
  /** 1-based line the note follows; 0 for notes about the whole file */
  line: number;
  html: string;
}

/** a line's height in the text pane, in ems (styles.ts sets the same) */
export const LINE_EM = 1.55;

/** deeper than this, nested marks share one underline offset */
const MAX_DEPTH = 5;

/**
 * Lines go in blocks of this many, which the browser lays out only when they come near
 * the screen (content-visibility): on seed 003 this halves the time to a usable page.
 */
const BLOCK_LINES = 64;

/**
 * A block not yet laid out counts as one screen line per text line (the least it can
 * take). Were the guess too tall, blocks below a passage the page jumped to would shrink
 * as they appear, and near the end the scroll would slip past the passage; blocks that
 * grow are absorbed by the browser's scroll anchoring.
 */
function blockStart(lines: number): string {
  return `<div class="blk" style="contain-intrinsic-size:auto ${(lines * LINE_EM).toFixed(2)}em">`;
}

/**
 * Outer records first: earlier start, then longer span, then page order (documents come
 * first there). Marks open in this order, so a task inside a section inside a document
 * nests as its spans do.
 */
export function nestingOrder(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end || a.index - b.index;
}

/** offsets where each line starts; a line owns its newline */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) starts.push(nl + 1);
  return starts;
}

/**
 * One line's text with the marks of the records covering it. The line is cut wherever a
 * span starts or ends; each piece sits inside one mark per record covering it, outer
 * records outside. Spans that cross (neither holds the other) close and reopen, so every
 * record's marks, read in order, give exactly its passage.
 */
function renderLine(text: string, from: number, to: number, covering: Span[]): string {
  const cuts = new Set([from, to]);
  for (const s of covering) {
    if (s.start > from && s.start < to) cuts.add(s.start);
    if (s.end > from && s.end < to) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let out = '';
  let open: Span[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const want = covering.filter((s) => s.start <= a && s.end >= b);
    let keep = 0;
    while (keep < open.length && keep < want.length && open[keep] === want[keep]) keep++;
    out += '</mark>'.repeat(open.length - keep);
    for (let d = keep; d < want.length; d++) {
      const s = want[d];
      out += `<mark class="k-${s.type} d${Math.min(d, MAX_DEPTH)}" data-r="${s.index}">`;
    }
    open = want;
    out += html(text.slice(a, b));
  }
  return out + '</mark>'.repeat(open.length);
}

/**
 * A file's decoded text as numbered lines (the numbers are drawn by CSS, so they are not
 * part of the text), every span marked, and each note placed after its line.
 * `spans` must be sorted by `nestingOrder`.
 */
export function renderText(fileId: string, text: string, spans: Span[], notes: LineNote[]): string {
  const starts = lineStarts(text);
  const after = new Map<number, string>();
  for (const n of notes) {
    const line = Math.min(Math.max(n.line, 0), starts.length);
    after.set(line, (after.get(line) ?? '') + n.html);
  }
  let out = after.get(0) ?? '';
  let next = 0;
  let active: Span[] = [];
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i];
    const to = i + 1 < starts.length ? starts[i + 1] : text.length;
    while (next < spans.length && spans[next].start < to) active.push(spans[next++]);
    // every span still active starts before this line ends; keep those that reach into it
    active = active.filter((s) => s.end > from && s.end > s.start);
    if (i % BLOCK_LINES === 0) out += (i ? '</div>' : '') + blockStart(Math.min(BLOCK_LINES, starts.length - i));
    out += `<div class="ln" id="${fileId}L${i + 1}" data-n="${i + 1}">${renderLine(text, from, to, active)}</div>`;
    out += after.get(i + 1) ?? '';
  }
  return out + '</div>';
}
