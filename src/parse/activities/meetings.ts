/**
 * Meetings and one-off activities announced in prose: a notice 关于召开…会议的通知 or a plan
 * 关于印发…活动方案的通知 states its time and place in a labelled field (会议时间：…) or under a
 * heading (一、会议时间), often as sentences: `3月15日上午9:00在省政府第一会议室开幕`,
 * `参会人员于3月14日下午1:30至4:30报到`. Each dated sentence is an event; the first is the
 * gathering itself.
 */
import type { ActivityRecord, Diagnostic } from '../../schema/index.js';
import type { ParseContext } from '../context.js';
import type { DocSegment } from '../../segment/documents.js';
import { lineIndexAt } from '../../normalize/source-text.js';
import { findDateSpan } from '../../text/dates.js';
import { splitList } from '../../text/lists.js';
import { appendAll } from '../../text/arrays.js';
import type { DocumentNode } from '../../tree/nodes.js';
import { blockLines, type BlockLine } from '../../tree/lookup.js';
import {
  GATHERING_TITLE,
  HAPPENS,
  LABEL_HEADING,
  LABELLED_SENTENCE,
  MEETING_PLACE_LABEL,
  MEETING_TIME_LABEL,
  MEETING_WHO_LABEL,
  PLACE_IN_SENTENCE,
  PLAN_NOTICE_TITLE,
  TIME_LEAD_IN,
} from '../../lexicon/activities.js';
import { applyDates, blankActivity, docYear, tidy, type KindResult } from './common.js';

interface Field {
  text: string;
  line: number;
  /** normalized offset where the text starts */
  at: number;
}

/** a field whose text lies on line `l` of a block */
function field(ctx: ParseContext, l: BlockLine, text: string): Field {
  return { text, line: lineIndexAt(ctx.src.lines, l.start) + 1, at: l.start + Math.max(0, l.text.indexOf(text)) };
}

/** 培训时间：…。培训地点：…。 — each sentence of a line may open with its own label; the value runs on through the sentences that open with none */
function labelledOn(ctx: ParseContext, l: BlockLine, isLabel: (w: string) => boolean): Field | null {
  const sentences = l.text.split(/(?<=[。；])/);
  for (let i = 0; i < sentences.length; i++) {
    const m = LABELLED_SENTENCE.exec(sentences[i]);
    if (!m || !isLabel(m[1]) || !m[2].trim()) continue;
    let value = m[2];
    for (let k = i + 1; k < sentences.length && !LABELLED_SENTENCE.test(sentences[k]); k++) value += sentences[k];
    return field(ctx, l, value.trim());
  }
  return null;
}

/** the value under a heading that is only the label (二、会议地点): the first line of the next block, two lines down at most */
function valueBelow(ctx: ParseContext, node: DocumentNode, i: number, isLabel: (w: string) => boolean): Field | null {
  const heading = node.blocks[i].position.startLine;
  const next = node.blocks[i + 1];
  if (!next || next.position.startLine > Math.min(node.segment.lastLine, heading + 2)) return null;
  const below = blockLines(ctx.src, next)[0];
  if (!below) return null;
  // the heading's own label repeated on the line below: 二、会议地点 / 会议地点：…
  const again = LABELLED_SENTENCE.exec(below.text);
  return field(ctx, below, again && isLabel(again[1]) && again[2].trim() ? again[2].trim() : below.text.trim());
}

/** the value of a labelled field (on its line, or on the line below a heading), read from the document's blocks */
function fieldValue(ctx: ParseContext, node: DocumentNode, isLabel: (w: string) => boolean): Field | null {
  for (let i = 0; i < node.blocks.length; i++) {
    const lines = blockLines(ctx.src, node.blocks[i]);
    for (const l of lines) {
      const f = labelledOn(ctx, l, isLabel);
      if (f) return f;
    }
    const h = lines.length ? LABEL_HEADING.exec(lines[0].text) : null;
    const f = h && isLabel(h[1]) ? valueBelow(ctx, node, i, isLabel) : null;
    if (f) return f;
  }
  return null;
}

const isTimeLabel = (w: string) => MEETING_TIME_LABEL.test(w);
const isPlaceLabel = (w: string) => MEETING_PLACE_LABEL.test(w);
const isWhoLabel = (w: string) => MEETING_WHO_LABEL.test(w);

/** the gathering a notice announces, or null when it announces none */
function gatheringName(doc: DocSegment): string | null {
  const t = doc.record.title;
  return GATHERING_TITLE.exec(t)?.[1] ?? PLAN_NOTICE_TITLE.exec(t)?.[1] ?? null;
}

/** one event per dated sentence of the time field */
function eventsOf(ctx: ParseContext, doc: DocSegment, name: string, time: Field, place: Field | null) {
  const diags: Diagnostic[] = [];
  const records: ActivityRecord[] = [];
  const year = docYear(doc);
  let at = time.at;
  for (const sentence of time.text.split(/(?<=[。；;])/)) {
    const from = at;
    at += sentence.length;
    const span = findDateSpan(sentence, { year });
    if (!span) continue;
    const rec = blankActivity(ctx, doc, 'event', ctx.source(from, at));
    const first = records.length === 0;
    const verb = HAPPENS.exec(sentence.slice(span.index + span.length))?.[1];
    const who = tidy(sentence.slice(0, span.index).replace(TIME_LEAD_IN, ''));
    rec.name = first ? name : `${who ?? ''}${verb ?? ''}` || name;
    applyDates(ctx, rec, span, time.line, diags);
    rec.venue = tidy(PLACE_IN_SENTENCE.exec(sentence)?.[1]) ?? (first ? tidy(place?.text.replace(/。$/, '')) : null);
    rec.text = sentence.trim();
    records.push(rec);
  }
  return { records, diags };
}

/**
 * A notice's own event read from its 一、会议时间 section alone has no name, and its place
 * and participants stand under sections of their own: the notice's title names the
 * gathering (关于召开X的通知), its 会议地点 and 参会人员 sections fill what the event lacks.
 */
function completeMainEvent(ctx: ParseContext, node: DocumentNode, name: string, event: ActivityRecord): void {
  event.name = name;
  const place = event.venue ? null : fieldValue(ctx, node, isPlaceLabel);
  if (place) event.venue = tidy(place.text.replace(/。$/, ''));
  const who = event.participants.length ? null : fieldValue(ctx, node, isWhoLabel);
  if (who) event.participants = splitList(who.text.replace(/[。；]$/, ''));
}

/** prose schedules of documents that no programme reader has given an event */
export function parseMeetings(ctx: ParseContext, already: ActivityRecord[]): KindResult {
  const records: ActivityRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  const events = new Map<string, ActivityRecord[]>();
  for (const a of already) if (a.kind === 'event') events.set(a.docId, [...(events.get(a.docId) ?? []), a]);
  for (const doc of ctx.docs) {
    const name = gatheringName(doc);
    const own = events.get(doc.record.id);
    const node = name ? ctx.docNode(doc.record.id) : undefined;
    if (!name || !node) continue;
    if (own) {
      if (own.length === 1 && own[0].name === null) completeMainEvent(ctx, node, name, own[0]);
      continue;
    }
    const time = fieldValue(ctx, node, isTimeLabel);
    if (!time) continue;
    const r = eventsOf(ctx, doc, name, time, fieldValue(ctx, node, isPlaceLabel));
    const who = fieldValue(ctx, node, isWhoLabel);
    if (who && r.records.length) r.records[0].participants = splitList(who.text.replace(/[。；]$/, ''));
    appendAll(records, r.records);
    appendAll(diagnostics, r.diags);
  }
  return { records, diagnostics };
}
