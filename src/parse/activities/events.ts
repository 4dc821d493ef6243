/**
 * Programme events: the numbered items of a programme section (活动安排, 日程 …), each
 * giving its time, place and organizing units, and a plan's own event stated under a
 * `三、时间、地点` heading. Both read sections of the document tree.
 */
import type { ActivityRecord, Diagnostic } from '../../schema/index.js';
import type { ParseContext } from '../context.js';
import type { SectionNode } from '../../segment/sections.js';
import type { DocSegment } from '../../segment/documents.js';
import { findDateSpan, type DateContext } from '../../text/dates.js';
import { lineIndexAt } from '../../normalize/source-text.js';
import type { DocumentNode } from '../../tree/nodes.js';
import type { TextView } from '../../tree/span.js';
import { blockLines, blocksWithin } from '../../tree/lookup.js';
import {
  PLAN_TITLE_BREAKS,
  PLAN_TITLE_END,
  PLAN_TITLE_TAIL,
  TIME_FIELD_G,
  WHEN_WHERE_FIELD,
  WHEN_WHERE_TITLE,
  mayNameWhenWhere,
} from '../../lexicon/activities.js';
import { splitItems, type Item } from './region.js';
import { applyOrganizers, readEventBody } from './event-body.js';
import { isProgramme, mayHoldProgramme, nextSibling, outermost } from './programme.js';
import { applyDates, blankActivity, docYear, headingYear, tidy, type KindResult } from './common.js';

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

export function parseEvents(ctx: ParseContext): KindResult {
  const out: KindResult = { records: [], diagnostics: [] };
  for (const doc of ctx.docs) {
    const node = ctx.docNode(doc.record.id);
    const sections = node?.sections ?? [];
    for (const s of sections)
      if (
        s.depth === 0 &&
        mayNameWhenWhere(s.heading.title) &&
        WHEN_WHERE_TITLE.test(s.heading.title.replace(/\s+/g, ''))
      )
        readMainEvent(ctx, node!, s, out);
    // a document with no 时间： and no 地点： label has no programme section at all
    if (!sections.length || !mayHoldProgramme(ctx, node!.position.start, node!.position.end)) continue;
    for (const root of outermost(sections, (s) => isProgramme(ctx, s))) readProgramme(ctx, doc, root, out);
  }
  return out;
}

/**
 * The title block of a plan printed above its body: a run of short lines (no sentence, no
 * label) in the blocks before the section, the last one ending in 方案. Its lines are the
 * pieces of the tree's blocks: a title that wraps is read whole, and a run ends where a
 * block ends.
 */
function planTitle(ctx: ParseContext, node: DocumentNode, before: number): { name: string; first: number } | null {
  let found: { name: string; first: number } | null = null;
  const limit = ctx.src.lines[before - 1].start;
  for (const b of blocksWithin(node.blocks, node.segment.bodyLine, before - 1)) {
    let run: { text: string; start: number }[] = [];
    const close = () => {
      const t = run.map((l) => l.text.trim()).join('');
      if (run.length && PLAN_TITLE_END.test(t)) found = { name: t.replace(PLAN_TITLE_TAIL, ''), first: run[0].start };
      run = [];
    };
    for (const l of blockLines(ctx.src, b)) {
      if (l.start >= limit) break;
      const t = l.text.trim();
      if (t && t.length <= 40 && !PLAN_TITLE_BREAKS.test(t) && !t.includes('\t')) run.push(l);
      else close();
    }
    close();
  }
  if (!found) return null;
  const { name, first } = found;
  return { name, first: lineIndexAt(ctx.src.lines, first) + 1 };
}

/**
 * `三、时间、地点` with `时间：… 地点：…`: the plan's own event. It is named by the plan's
 * title (its passage then runs from that title down), or left unnamed when there is none.
 */
function readMainEvent(ctx: ParseContext, node: DocumentNode, s: SectionNode, out: KindResult): void {
  const doc = node.segment;
  const j = ctx.view(s.line + 1, s.endLine);
  // several times make it a programme, read item by item
  if (!WHEN_WHERE_FIELD.test(j.text) || count(j.text, TIME_FIELD_G) !== 1) return;
  const f = readEventBody(j.text);
  const title = planTitle(ctx, node, s.line);
  const name = title ? tidy(title.name) : null;
  const source = title && name ? ctx.linesSource(title.first, s.endLine) : j.source(0, j.text.length);
  const rec = blankActivity(ctx, doc, 'event', source);
  rec.name = name;
  rec.venue = f.venue;
  rec.route = f.route;
  rec.participants = f.participants;
  rec.text = tidy(j.text) ?? '';
  applyOrganizers(rec, f);
  if (f.timeText) {
    const span = findDateSpan(f.timeText, { year: docYear(doc) });
    if (span) {
      applyDates(ctx, rec, span, s.line, out.diagnostics);
      rec.timeText = f.timeText.trim();
    }
  }
  out.records.push(rec);
}

/**
 * Which items of a programme are events: an innermost item that gives a time or place,
 * or whose siblings or parent do. Every item asks about its siblings: each answer is
 * remembered so a long flat list stays linear.
 */
function programmeItems(j: TextView, items: Item[]): Item[] {
  const fieldsOf = new Map<Item, boolean>();
  const fields = (o: Item) => {
    let v = fieldsOf.get(o);
    if (v === undefined) {
      v = WHEN_WHERE_FIELD.test(j.text.slice(o.bodyStart, o.end));
      fieldsOf.set(o, v);
    }
    return v;
  };
  const byLevel = new Map<number, Item[]>();
  const atLevel = (level: number) => {
    let v = byLevel.get(level);
    if (!v) {
      v = items.filter((o) => o.level === level);
      byLevel.set(level, v);
    }
    return v;
  };
  return items.filter((it) => {
    if (it.children.length) return false;
    const siblings = it.parent ? it.parent.children : atLevel(it.level);
    return fields(it) || siblings.some(fields) || (it.parent !== null && fields(it.parent));
  });
}

/** the events of a programme section: its items (numbered, nested) read one by one */
function readProgramme(ctx: ParseContext, doc: DocSegment, root: SectionNode, out: KindResult): void {
  const j = ctx.view(root.line, root.endLine, root.heading.restOffset);
  const { items } = splitItems(j, j.starts, nextSibling(root));
  const year = headingYear(root) ?? docYear(doc);
  for (const it of programmeItems(j, items)) out.records.push(readItem(ctx, doc, j, it, year, out.diagnostics));
}

function readItem(
  ctx: ParseContext,
  doc: DocSegment,
  j: TextView,
  it: Item,
  year: number | null,
  diagnostics: Diagnostic[],
): ActivityRecord {
  const body = j.text.slice(it.bodyStart, it.end);
  const f = readEventBody(body);
  const rec = blankActivity(ctx, doc, 'event', j.source(it.start, it.end));
  const line = j.lineAt(it.start);
  rec.seq = it.seq;
  rec.name = f.name;
  rec.venue = f.venue;
  rec.route = f.route;
  rec.participants = f.participants;
  rec.text = tidy(body) ?? '';
  applyOrganizers(rec, f);
  if (f.ambiguous) {
    const where = `where the place ends and the organizing units begin is unclear in "${tidy(f.ambiguous)}"`;
    diagnostics.push(ctx.diag('activity-venue-ambiguous', where, line, rec.id));
  }
  if (f.timeText) readItemTime(ctx, rec, f.timeText, { year, day: parentDay(j, it, year) }, line, diagnostics);
  return rec;
}

/** an item's time read with the year and day around it; a time that cannot be read stays printed and is reported */
function readItemTime(
  ctx: ParseContext,
  rec: ActivityRecord,
  timeText: string,
  dctx: DateContext,
  line: number,
  diagnostics: Diagnostic[],
): void {
  const span = findDateSpan(timeText, dctx);
  if (span) {
    applyDates(ctx, rec, span, line, diagnostics);
    rec.timeText = timeText.trim();
    return;
  }
  rec.timeText = timeText;
  diagnostics.push(
    ctx.diag(
      'activity-date-unreadable',
      `time "${timeText}" cannot be read as a date; start/end left empty`,
      line,
      rec.id,
    ),
  );
}

/** a day printed in a group heading above an item, for times printed without one */
function parentDay(j: TextView, it: Item, year: number | null): string | null {
  for (let p = it.parent; p; p = p.parent) {
    const head = j.text.slice(p.bodyStart, Math.min(p.end, p.children[0]?.start ?? p.end));
    const span = findDateSpan(head, { year });
    if (span?.start && span.start.length >= 10) return span.start.slice(0, 10);
  }
  return null;
}
