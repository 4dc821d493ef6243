import { alternatives, isSpaceCode } from '../../lexicon/chars.js';
import { activityRoleOfLabel, roleLabels } from '../../lexicon/roles.js';
import { isColonCode } from '../../lexicon/punctuation.js';
import type { ActivityRecord, Diagnostic } from '../../schema/index.js';
import type { ParseContext } from '../context.js';
import type { SectionNode } from '../../segment/sections.js';
import type { DocSegment } from '../../segment/documents.js';
import { splitList } from '../../text/lists.js';
import { allMatches } from '../../text/regex-scan.js';
import { findDateSpan, type DateContext } from '../../text/dates.js';
import { splitItems, type Item, type MarkerKind } from './region.js';
import type { TextView } from '../../tree/span.js';
import { parseOrganizers, splitPlaceAndOrganizers, organizerVerbAt } from './organizers.js';
import { applyDates, blankActivity, docYear, headingYear, tidy, type KindResult } from './common.js';

/** labelled fields of a programme item */
const FIELDS = [
  '时间',
  '日期',
  '地点',
  '地址',
  '会址',
  '路线',
  '线路',
  '参加人员',
  '参会人员',
  '出席人员',
  '参加对象',
  '参会对象',
  '参加范围',
  '出席领导',
  '邀请嘉宾',
  '主持人',
  '主持',
];
/** the fields and the role labels (unit lists given under a label instead of in an organizing sentence) */
const LABEL = new RegExp(`(${alternatives([...FIELDS, ...roleLabels('activity')])})\\s*：`, 'g');
const FIELD_LABEL = /(时间|日期|地点|地址|会址|路线|线路)\s*：/;

const PROGRAMME_TITLE = /活动|日程|议程|流程|会议安排/;

function sectionText(ctx: ParseContext, s: SectionNode): string {
  const out: string[] = [];
  for (let no = s.line; no <= s.endLine; no++) out.push(ctx.lineText(no));
  return out.join('\n');
}

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

/** where a label occurs in the whole file, as sorted, disjoint [start, end) spans */
interface Hits {
  starts: number[];
  ends: number[];
}

interface LabelIndex {
  times: Hits;
  places: Hits;
}

/** where `word\s*：` occurs in a text, found with indexOf rather than a regex scan */
function hitsOf(text: string, word: string): Hits {
  const starts: number[] = [],
    ends: number[] = [];
  for (let p = text.indexOf(word); p >= 0; p = text.indexOf(word, p + word.length)) {
    let q = p + word.length;
    while (q < text.length && isSpaceCode(text.charCodeAt(q))) q++;
    if (q < text.length && isColonCode(text.charCodeAt(q))) {
      starts.push(p);
      ends.push(q + 1);
    }
  }
  return { starts, ends };
}

/** first index whose value is >= x */
function lowerBound(a: number[], x: number): number {
  let lo = 0,
    hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const LABEL_INDEX = Symbol('activities: 时间/地点 labels');

/**
 * The 时间：/地点： labels of the whole file, found once. A label cannot overlap another,
 * so the labels of a section's text are exactly the file's labels lying inside its span:
 * counting them needs no section text, where sections nest and would be read many times.
 */
function labelIndex(ctx: ParseContext): LabelIndex {
  // the normalized text is the lines joined by line ends, so its offsets are the lines' own
  return ctx.memo(LABEL_INDEX, () => ({ times: hitsOf(ctx.src.text, '时间'), places: hitsOf(ctx.src.text, '地点') }));
}

function countIn(h: Hits, a: number, b: number): number {
  return Math.max(0, lowerBound(h.ends, b + 1) - lowerBound(h.starts, a));
}

/** a section holding a programme: named as one and giving times or places, or giving several */
function isProgramme(ctx: ParseContext, s: SectionNode): boolean {
  let times: number, places: number;
  const lines = ctx.src.lines;
  if (s.line >= 1 && s.line <= s.endLine && s.endLine <= lines.length) {
    const ix = labelIndex(ctx);
    const a = lines[s.line - 1].start;
    const b = lines[s.endLine - 1].end;
    times = countIn(ix.times, a, b);
    places = countIn(ix.places, a, b);
  } else {
    const t = sectionText(ctx, s);
    times = count(t, /时间\s*：/g);
    places = count(t, /地点\s*：/g);
  }
  if (PROGRAMME_TITLE.test(s.heading.title) && times + places > 0) return true;
  return times >= 2 && places >= 1;
}

/** the marker of the next sibling of a heading, where a region that runs on without a line break must end */
export function nextSibling(s: SectionNode): { kind: MarkerKind; value: number } | null {
  const k = s.heading.kind;
  if (k === 'cn' || k === 'paren-cn' || k === 'arabic' || k === 'paren-arabic')
    return { kind: k, value: s.heading.value + 1 };
  return null;
}

/** the outermost sections of a document that match */
export function outermost(nodes: SectionNode[], pick: (s: SectionNode) => boolean): SectionNode[] {
  const out: SectionNode[] = [];
  for (const s of nodes) {
    const last = out[out.length - 1];
    if (last && s.line > last.line && s.line <= last.endLine) continue;
    if (pick(s)) out.push(s);
  }
  return out;
}

/** an item whose subtree gives a time or place */
function hasFields(j: TextView, it: Item): boolean {
  return FIELD_LABEL.test(j.text.slice(it.bodyStart, it.end));
}

interface EventFields {
  name: string | null;
  timeText: string | null;
  venue: string | null;
  route: string | null;
  participants: string[];
  organizers: string | null;
  ambiguous: string | null;
  /** units under 牵头单位： 承办单位： … labels */
  units: { lead: string[]; hosts: string[]; cooperating: string[] };
}

/** fields of one programme item: name, labelled values, the organizing sentence */
export function readEventBody(body: string): EventFields {
  const out: EventFields = {
    name: null,
    timeText: null,
    venue: null,
    route: null,
    participants: [],
    organizers: null,
    ambiguous: null,
    units: { lead: [], hosts: [], cooperating: [] },
  };
  const labels = allMatches(LABEL, body);
  const firstLabel = labels.length ? labels[0].index : body.length;
  const stop = body.indexOf('。');
  const nameEnd = stop >= 0 && stop < firstLabel ? stop : firstLabel;
  out.name = tidy(body.slice(0, nameEnd));
  const takeOrganizers = (s: string, expectPlace: boolean): string => {
    const v = splitPlaceAndOrganizers(s, expectPlace);
    if (v.organizers && !out.organizers) out.organizers = v.organizers;
    if (v.ambiguous && expectPlace) out.ambiguous = s;
    return v.place ?? '';
  };
  if (!labels.length) {
    // no labelled fields: the sentence after the name may be the organizing one
    const rest = body.slice(nameEnd + 1);
    const first = rest.split('。')[0];
    if (organizerVerbAt(first) >= 0 && splitPlaceAndOrganizers(first, false).place === null) out.organizers = first;
    return out;
  }
  const pre = stop >= 0 && stop < firstLabel ? body.slice(stop + 1, firstLabel) : '';
  if (pre.trim()) {
    if (organizerVerbAt(pre) >= 0) takeOrganizers(pre, false);
    else out.participants.push(...splitList(tidy(pre), 'units'));
  }
  let after = '';
  labels.forEach((m, i) => {
    const from = m.index + m[0].length;
    let value: string;
    if (i + 1 < labels.length) value = body.slice(from, labels[i + 1].index);
    else {
      const end = body.indexOf('。', from);
      value = body.slice(from, end >= 0 ? end : body.length);
      after = end >= 0 ? body.slice(end + 1) : '';
    }
    const label = m[1];
    const role = activityRoleOfLabel(label);
    if (role) {
      out.units[role].push(...splitList(tidy(value), 'units'));
      return;
    }
    if (/时间|日期/.test(label)) {
      const span = findDateSpan(value);
      out.timeText = span && span.index < 3 ? value.slice(0, span.index + span.length) : tidy(value);
      const tail = span && span.index < 3 ? value.slice(span.index + span.length) : '';
      // what follows the time on the line: the organizing units run on, or more words about the time (上午, （暂定）) kept as printed
      if (tail.trim()) {
        if (organizerVerbAt(tail) >= 0) takeOrganizers(tail, false);
        else out.timeText = tidy(value);
      }
      return;
    }
    const place = organizerVerbAt(value) >= 0 ? takeOrganizers(value, /地点|地址|会址|路线|线路/.test(label)) : value;
    if (/地点|地址|会址/.test(label)) out.venue = tidy(place);
    else if (/路线|线路/.test(label)) out.route = tidy(place);
    else out.participants.push(...splitList(tidy(place), 'names'));
  });
  if (!out.organizers) {
    const first = after.split('。')[0];
    if (organizerVerbAt(first) >= 0) takeOrganizers(first, false);
  }
  return out;
}

/** the units of the organizing sentence and of labelled unit fields, without repeats */
function applyOrganizers(rec: ActivityRecord, f: EventFields): void {
  const o = f.organizers ? parseOrganizers(f.organizers) : { lead: [], cooperating: [], hosts: [] };
  const merge = (a: string[], b: string[]) => [...new Set([...a, ...b])];
  rec.lead = merge(o.lead, f.units.lead);
  rec.hosts = merge(o.hosts, f.units.hosts);
  rec.cooperating = merge(o.cooperating, f.units.cooperating);
}

export function parseEvents(ctx: ParseContext): KindResult {
  const records: ActivityRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const doc of ctx.docs) {
    const nodes = ctx.sectionsByDoc.get(doc.record.id) ?? [];
    // WHEN_WHERE needs 时间 or 日期: a title without 时 or 日 is not folded and tried
    for (const s of nodes)
      if (s.depth === 0 && mayNameWhenWhere(s.heading.title) && WHEN_WHERE.test(s.heading.title.replace(/\s+/g, '')))
        readMainEvent(ctx, doc, s, records, diagnostics);
    // a file with no 时间： and no 地点： label has no programme section at all
    if (!nodes.length || !mayHoldProgramme(ctx)) continue;
    for (const root of outermost(nodes, (s) => isProgramme(ctx, s))) {
      readProgramme(ctx, doc, root, records, diagnostics);
    }
  }
  return { records, diagnostics };
}

const mayNameWhenWhere = (title: string) => title.includes('时') || title.includes('日');

/** isProgramme needs a 时间： or 地点： label in the section, so in the file */
function mayHoldProgramme(ctx: ParseContext): boolean {
  const ix = labelIndex(ctx);
  return ix.times.starts.length > 0 || ix.places.starts.length > 0;
}

/** a top-level section giving when and where the whole event of a plan takes place */
const WHEN_WHERE = /^(会议|活动|展会|大会|举办|召开)?(时间|日期)[、，和及与]?(地点)?$/;

/** the title block of a plan printed above its body: short lines that end in 方案 */
function planTitle(ctx: ParseContext, doc: DocSegment, before: number): { name: string; first: number } | null {
  let found: { name: string; first: number } | null = null;
  let run: number[] = [];
  const close = () => {
    const t = run.map((no) => ctx.lineText(no).trim()).join('');
    if (run.length && /方案$/.test(t)) found = { name: t.replace(/(总体|工作|实施|活动)?方案$/, ''), first: run[0] };
    run = [];
  };
  for (let no = doc.bodyLine; no < before; no++) {
    const t = ctx.lineText(no).trim();
    if (t && t.length <= 40 && !/[。；：]/.test(t) && !t.includes('\t')) run.push(no);
    else close();
  }
  close();
  return found;
}

/**
 * `三、时间、地点` with `时间：… 地点：…`: the plan's own event. It is named by the plan's
 * title (its passage then runs from that title down), or left unnamed when there is none.
 */
function readMainEvent(
  ctx: ParseContext,
  doc: DocSegment,
  s: SectionNode,
  records: ActivityRecord[],
  diagnostics: Diagnostic[],
): void {
  const j = ctx.view(s.line + 1, s.endLine);
  // several times make it a programme, read item by item
  if (!FIELD_LABEL.test(j.text) || count(j.text, /(时间|日期)\s*：/g) !== 1) return;
  const f = readEventBody(j.text);
  const title = planTitle(ctx, doc, s.line);
  const name = title ? tidy(title.name) : null;
  const rec = blankActivity(ctx, doc, 'event');
  rec.source = title && name ? ctx.linesSource(title.first, s.endLine) : j.source(0, j.text.length);
  rec.name = name;
  rec.venue = f.venue;
  rec.route = f.route;
  rec.participants = f.participants;
  rec.text = tidy(j.text) ?? '';
  applyOrganizers(rec, f);
  if (f.timeText) {
    const span = findDateSpan(f.timeText, { year: docYear(doc) });
    if (span) {
      applyDates(ctx, rec, span, s.line, diagnostics);
      rec.timeText = f.timeText.trim();
    }
  }
  records.push(rec);
}

function readProgramme(
  ctx: ParseContext,
  doc: DocSegment,
  root: SectionNode,
  records: ActivityRecord[],
  diagnostics: Diagnostic[],
): void {
  const j = ctx.view(root.line, root.endLine, root.heading.restOffset);
  const { items } = splitItems(j, j.starts, nextSibling(root));
  const year = headingYear(root) ?? docYear(doc);
  // every item asks about its siblings: remember each answer so a long flat list stays linear
  const fieldsOf = new Map<Item, boolean>();
  const fields = (o: Item) => {
    let v = fieldsOf.get(o);
    if (v === undefined) {
      v = hasFields(j, o);
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
  for (const it of items) {
    if (it.children.length) continue;
    const siblings = it.parent ? it.parent.children : atLevel(it.level);
    const inProgramme = fields(it) || siblings.some(fields) || (it.parent !== null && fields(it.parent));
    if (!inProgramme) continue;
    const body = j.text.slice(it.bodyStart, it.end);
    const f = readEventBody(body);
    const rec = blankActivity(ctx, doc, 'event');
    const line = j.lineAt(it.start);
    rec.source = j.source(it.start, it.end);
    rec.seq = it.seq;
    rec.name = f.name;
    rec.venue = f.venue;
    rec.route = f.route;
    rec.participants = f.participants;
    rec.text = tidy(body) ?? '';
    applyOrganizers(rec, f);
    if (f.ambiguous)
      diagnostics.push(
        ctx.diag(
          'activity-venue-ambiguous',
          `where the place ends and the organizing units begin is unclear in "${tidy(f.ambiguous)}"`,
          line,
          rec.id,
        ),
      );
    const dctx: DateContext = { year, day: parentDay(j, it, year) };
    if (f.timeText) {
      const span = findDateSpan(f.timeText, dctx);
      if (span) {
        applyDates(ctx, rec, span, line, diagnostics);
        rec.timeText = f.timeText.trim();
      } else {
        rec.timeText = f.timeText;
        diagnostics.push(
          ctx.diag(
            'activity-date-unreadable',
            `time "${f.timeText}" cannot be read as a date; start/end left empty`,
            line,
            rec.id,
          ),
        );
      }
    }
    records.push(rec);
  }
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
