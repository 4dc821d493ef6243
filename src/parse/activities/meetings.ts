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
import { findDateSpan } from '../../text/dates.js';
import { splitList } from '../../text/lists.js';
import { applyDates, blankActivity, docYear, tidy, type KindResult } from './common.js';
import { appendAll } from '../../text/arrays.js';

/** what the notice is about: 关于召开X的通知 → X; 关于印发X活动方案的通知 → X活动 */
const GATHERING_TITLE = /关于(?:组织)?(?:召开|举办|举行|开展)(.{2,60}?)的(?:通知|函)$/;
const PLAN_TITLE = /关于印发(.{2,60}?(?:活动|会议|论坛|培训班|大会|赛事|展览))(?:工作|实施)?方案的通知$/;

/** a labelled time or place, or a heading naming one: 会议时间：…, 二、活动地点 */
const TIME_LABEL = /^(?:会议|活动|举办|培训|报到)?时间(?:安排)?$/;
const PLACE_LABEL = /^(?:会议|活动|举办|培训|报到)?地点$/;
const WHO_LABEL = /^(?:参会|参加|出席|与会|参训|培训)(?:人员|对象|范围)$/;
const LABELLED = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)?([\u4e00-\u9fff]{2,6})\s*[：:]\s*(.*)$/;
const HEADING = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)([\u4e00-\u9fff]{2,6})\s*$/;

/** what a dated sentence says happens: the verb after the time and place */
const HAPPENS = /(报到|签到|集合|开幕|闭幕|召开|举行|举办|开班|结业|开始)/;
/** the place in a sentence: 在省政府第一会议室开幕 */
const PLACE_IN_SENTENCE = /在(.{2,30}?)(?:开幕|闭幕|召开|举行|举办|报到|签到|集合|开班)/;

interface Field {
  text: string;
  line: number;
  /** normalized offset where the text starts */
  at: number;
}

function field(ctx: ParseContext, no: number, text: string): Field {
  const line = ctx.src.line(no);
  return { text, line: no, at: line.start + Math.max(0, line.text.indexOf(text)) };
}

/** the value of a labelled field (on its line, or on the line below a heading) */
function fieldValue(ctx: ParseContext, doc: DocSegment, isLabel: (w: string) => boolean): Field | null {
  for (let no = doc.bodyLine; no <= doc.lastLine; no++) {
    const t = ctx.lineText(no);
    // 培训时间：…。培训地点：…。 — each sentence of a line may open with its own label
    const sentences = t.split(/(?<=[。；])/);
    for (let i = 0; i < sentences.length; i++) {
      const l = LABELLED.exec(sentences[i]);
      if (!l || !isLabel(l[1]) || !l[2].trim()) continue;
      // the value runs on through the sentences that open with no label of their own
      let value = l[2];
      for (let k = i + 1; k < sentences.length && !LABELLED.test(sentences[k]); k++) value += sentences[k];
      return field(ctx, no, value.trim());
    }
    const h = HEADING.exec(t);
    if (!h || !isLabel(h[1])) continue;
    for (let k = no + 1; k <= Math.min(doc.lastLine, no + 2); k++) {
      const below = ctx.lineText(k).trim();
      if (!below) continue;
      // the heading's own label repeated on the line below: 二、会议地点 / 会议地点：…
      const again = LABELLED.exec(below);
      return field(ctx, k, again && isLabel(again[1]) && again[2].trim() ? again[2].trim() : below);
    }
  }
  return null;
}

/** the gathering a notice announces, or null when it announces none */
function gatheringName(doc: DocSegment): string | null {
  const t = doc.record.title;
  return GATHERING_TITLE.exec(t)?.[1] ?? PLAN_TITLE.exec(t)?.[1] ?? null;
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
    const rec = blankActivity(ctx, doc, 'event');
    const first = records.length === 0;
    const verb = HAPPENS.exec(sentence.slice(span.index + span.length))?.[1];
    const who = tidy(sentence.slice(0, span.index).replace(/[于在]$/, ''));
    rec.name = first ? name : `${who ?? ''}${verb ?? ''}` || name;
    applyDates(ctx, rec, span, time.line, diags);
    rec.venue = tidy(PLACE_IN_SENTENCE.exec(sentence)?.[1]) ?? (first ? tidy(place?.text.replace(/。$/, '')) : null);
    rec.text = sentence.trim();
    rec.source = ctx.source(from, at);
    records.push(rec);
  }
  return { records, diags };
}

/**
 * A notice's own event read from its 一、会议时间 section alone has no name, and its place
 * and participants stand under sections of their own: the notice's title names the
 * gathering (关于召开X的通知), its 会议地点 and 参会人员 sections fill what the event lacks.
 */
function completeMainEvent(ctx: ParseContext, doc: DocSegment, name: string, event: ActivityRecord): void {
  event.name = name;
  const place = event.venue ? null : fieldValue(ctx, doc, (w) => PLACE_LABEL.test(w));
  if (place) event.venue = tidy(place.text.replace(/。$/, ''));
  const who = event.participants.length ? null : fieldValue(ctx, doc, (w) => WHO_LABEL.test(w));
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
    if (own) {
      if (name && own.length === 1 && own[0].name === null) completeMainEvent(ctx, doc, name, own[0]);
      continue;
    }
    if (!name) continue;
    const time = fieldValue(ctx, doc, (w) => TIME_LABEL.test(w));
    if (!time) continue;
    const r = eventsOf(
      ctx,
      doc,
      name,
      time,
      fieldValue(ctx, doc, (w) => PLACE_LABEL.test(w)),
    );
    const who = fieldValue(ctx, doc, (w) => WHO_LABEL.test(w));
    if (who && r.records.length) r.records[0].participants = splitList(who.text.replace(/[。；]$/, ''));
    appendAll(records, r.records);
    appendAll(diagnostics, r.diags);
  }
  return { records, diagnostics };
}
