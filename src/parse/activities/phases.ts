import type { ParseContext } from '../context.js';
import type { DocSegment } from '../../segment/documents.js';
import { parseHeading, sectionAt } from '../../segment/sections.js';
import { findDateSpan, type DateSpan } from '../../text/dates.js';
import type { Block, DocumentNode } from '../../tree/nodes.js';
import { blocksHolding, sectionOpenedAt } from '../../tree/lookup.js';
import { CHRONICLE_WORD, STAGE_MARKER, STAGE_WORD } from '../../lexicon/activities.js';
import { applyDates, blankActivity, docYear, headingYear, tidy, type KindResult } from './common.js';

interface StageHead {
  seq: string | null;
  /** the first sentence, after the marker */
  head: string;
  /** column where the text after the marker starts */
  col: number;
  staged: boolean;
}

/** a line opening a stage: 第一阶段：…, or a numbered item whose first sentence names a 阶段 */
function stageHead(text: string): StageHead | null {
  // both forms name a 阶段 in the line itself: the rest of the lines need no heading parse
  if (!text.includes(STAGE_WORD)) return null;
  const m = STAGE_MARKER.exec(text);
  if (m) {
    const rest = text.slice(m[0].length);
    return { seq: m[1], head: rest.split('。')[0], col: m[0].length, staged: true };
  }
  const h = parseHeading(text);
  if (!h || h.kind === 'article' || h.kind === 'chapter' || h.kind === 'jie') return null;
  const head = h.rest.split('。')[0];
  if (!head.includes(STAGE_WORD)) return null;
  return { seq: h.seq, head, col: h.restOffset, staged: false };
}

/** the stage's name once its dates are taken out: 启动及前期调研（2020年9—11月） → 启动及前期调研 */
function stageName(head: string, dateText: string, index: number): string | null {
  let before = head.slice(0, index),
    after = head.slice(index + dateText.length);
  // brackets around the dates go with them
  if (/[（(]\s*$/.test(before) && /^\s*[）)]/.test(after)) {
    before = before.replace(/[（(]\s*$/, '');
    after = after.replace(/^\s*[）)]/, '');
  }
  const name = tidy(before) ? tidy(before) : tidy(after.replace(/^[，,：:\s]+/, ''));
  return name;
}

/** the lines of a block, in order: a line list's own, else its first to its last (blank ones give no text) */
function forLines(b: Block, visit: (line: number) => boolean | void): boolean {
  if (b.type === 'lines') {
    for (const no of b.lines) if (visit(no)) return true;
    return false;
  }
  for (let no = b.position.startLine; no <= b.position.endLine; no++) if (visit(no)) return true;
  return false;
}

/** the blocks of a document that hold 阶段, in order: where stages open and where one may end the stage before */
interface Staged {
  node: DocumentNode;
  /** indices of the blocks holding the word, ascending */
  holding: number[];
}

/**
 * A stage runs over the blocks after it up to the next heading (which opens a block) or
 * the next stage (a line of a block that holds 阶段, wherever in the block it stands).
 */
function stageEnd(ctx: ParseContext, st: Staged, at: number, no: number): number {
  const { node, holding } = st;
  let end = node.segment.lastLine;
  const stop = (line: number) => {
    if (line <= no) return false;
    if (sectionOpenedAt(node.sections, line) === null && !STAGE_MARKER.test(ctx.lineText(line))) return false;
    end = line - 1;
    return true;
  };
  let h = at;
  for (let k = holding[at]; k < node.blocks.length; k++) {
    while (h < holding.length && holding[h] < k) h++;
    const b = node.blocks[k];
    if (holding[h] === k ? forLines(b, stop) : stop(b.position.startLine)) break;
  }
  return end;
}

/** the year-less dates of a stage read again with the year it belongs to */
interface YearState {
  prev: { parent: string | null; year: number } | null;
}

/** the stage's dates: a stage without its year is in the year the stage before it ended, else the schedule heading's, else the document's */
function stageDates(ctx: ParseContext, node: DocumentNode, no: number, sh: StageHead, st: YearState): DateSpan | null {
  let span = findDateSpan(sh.head, { year: null });
  if (!span && !sh.staged) return null;
  let parent = sectionAt(node.sections, no);
  if (parent && parent.line === no) parent = parent.parent;
  const parentId = parent?.id ?? null;
  if (span?.problem === 'no-year') {
    const prev = st.prev;
    const year = (prev && prev.parent === parentId ? prev.year : null) ?? headingYear(parent) ?? docYear(node.segment);
    span = findDateSpan(sh.head, { year });
  }
  if (span?.end) st.prev = { parent: parentId, year: Number(span.end.slice(0, 4)) };
  return span;
}

/**
 * Stages of a work schedule, each with month-granular dates: `第一阶段：启动及前期调研
 * （2020年9—11月）`, `（二）2017年8月—2018年8月，开展试点阶段`. Stages are read from the
 * blocks of the document tree that hold 阶段, one a line, and run over the blocks after
 * them up to the next heading or stage.
 */
export function parsePhases(ctx: ParseContext): KindResult {
  const out: KindResult = { records: [], diagnostics: [] };
  for (const doc of ctx.docs) {
    if (doc.record.kind === CHRONICLE_WORD) continue;
    const node = ctx.docNode(doc.record.id);
    if (!node) continue;
    const years: YearState = { prev: null };
    // a stage head names a 阶段 on its own line (see stageHead): no other block is looked at
    const st: Staged = { node, holding: blocksHolding(ctx.src, node, STAGE_WORD) };
    st.holding.forEach((k, at) => forLines(node.blocks[k], (no) => readStage(ctx, doc, st, at, no, years, out)));
  }
  return out;
}

function readStage(
  ctx: ParseContext,
  doc: DocSegment,
  st: Staged,
  at: number,
  no: number,
  years: YearState,
  out: KindResult,
): void {
  const sh = stageHead(ctx.lineText(no));
  if (!sh) return;
  const span = stageDates(ctx, st.node, no, sh, years);
  // a stage without dates is only one when it says so with 第X阶段
  if (!span && !sh.staged) return;
  if (span && !sh.staged && span.index > 2 && !/[（(]\s*$/.test(sh.head.slice(0, span.index))) return;
  const j = ctx.view(no, stageEnd(ctx, st, at, no), sh.col);
  // a stage word with nothing after it (`第六阶段` alone, repeated on the next line) has no passage to ground
  if (!j.text.trim()) return;
  const rec = blankActivity(ctx, doc, 'phase', j.source(0, j.text.length));
  rec.seq = sh.seq;
  rec.name = span ? stageName(sh.head, span.text, span.index) : tidy(sh.head);
  rec.text = tidy(j.text) ?? '';
  if (span) applyDates(ctx, rec, span, no, out.diagnostics);
  else out.diagnostics.push(ctx.diag('phase-without-dates', `stage "${rec.name ?? ''}" gives no dates`, no, rec.id));
  out.records.push(rec);
}
