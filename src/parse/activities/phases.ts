import type { ActivityRecord, Diagnostic } from '../../schema/index.js';
import type { ParseContext } from '../context.js';
import { parseHeading } from '../../segment/sections.js';
import { findDateSpan } from '../../text/dates.js';
import { linesWith } from './region.js';
import { applyDates, blankActivity, docYear, headingYear, tidy, type KindResult } from './common.js';

const STAGE = /^\s*第\s*([一二三四五六七八九十]{1,3}|\d{1,2})\s*阶段\s*[：:，,]?\s*/;

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
  if (!text.includes('阶段')) return null;
  const m = STAGE.exec(text);
  if (m) {
    const rest = text.slice(m[0].length);
    return { seq: m[1], head: rest.split('。')[0], col: m[0].length, staged: true };
  }
  const h = parseHeading(text);
  if (!h || h.kind === 'article' || h.kind === 'chapter' || h.kind === 'jie') return null;
  const head = h.rest.split('。')[0];
  if (!/阶段/.test(head)) return null;
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

/**
 * Stages of a work schedule, each with month-granular dates: `第一阶段：启动及前期调研
 * （2020年9—11月）`, `（二）2017年8月—2018年8月，开展试点阶段`. A stage runs over wrapped
 * lines up to the next heading or stage.
 */
export function parsePhases(ctx: ParseContext): KindResult {
  const records: ActivityRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  // a stage head names a 阶段 on its own line (see stageHead): no other line is looked at
  const candidates = linesWith(ctx, '阶段');
  for (const doc of ctx.docs) {
    if (doc.record.kind === '大事记') continue;
    let prev: { parent: string | null; year: number } | null = null;
    for (const no of candidates) {
      if (no < doc.firstLine || no > doc.lastLine) continue;
      const text = ctx.lineText(no);
      const sh = stageHead(text);
      if (!sh) continue;
      let span = findDateSpan(sh.head, { year: null });
      if (!span && !sh.staged) continue;
      // a stage without its year is in the year the stage before it ended, else the schedule heading's, else the document's
      let parent = ctx.sectionAt(no);
      if (parent && parent.line === no) parent = parent.parent;
      const parentId = parent?.id ?? null;
      if (span?.problem === 'no-year') {
        const year = (prev && prev.parent === parentId ? prev.year : null) ?? headingYear(parent) ?? docYear(doc);
        span = findDateSpan(sh.head, { year });
      }
      if (span?.end) prev = { parent: parentId, year: Number(span.end.slice(0, 4)) };
      // a stage without dates is only one when it says so with 第X阶段
      if (!span && !sh.staged) continue;
      if (span && !sh.staged && span.index > 2 && !/[（(]\s*$/.test(sh.head.slice(0, span.index))) continue;
      let last = no;
      for (let k = no + 1; k <= doc.lastLine; k++) {
        const t = ctx.lineText(k);
        if (!t.trim()) continue;
        if (parseHeading(t) || STAGE.test(t)) break;
        last = k;
      }
      const j = ctx.view(no, last, sh.col);
      // a stage word with nothing after it (`第六阶段` alone, repeated on the next line) has no passage to ground
      if (!j.text.trim()) continue;
      const rec = blankActivity(ctx, doc, 'phase');
      rec.source = j.source(0, j.text.length);
      rec.seq = sh.seq;
      rec.name = span ? stageName(sh.head, span.text, span.index) : tidy(sh.head);
      rec.text = tidy(j.text) ?? '';
      if (span) applyDates(ctx, rec, span, no, diagnostics);
      else diagnostics.push(ctx.diag('phase-without-dates', `stage "${rec.name ?? ''}" gives no dates`, no, rec.id));
      records.push(rec);
    }
  }
  return { records, diagnostics };
}
