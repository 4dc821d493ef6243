import { utf8 } from './utf8.js';
import type { ActivityRecord } from '../schema/index.js';

/**
 * RFC 5545 calendar of the dated activities: one VEVENT per activity with a start.
 * Times are Asia/Shanghai wall-clock times (the zone is defined inline, UTC+8 without
 * daylight saving, so any importer reads them alike). Dates without hours become all-day
 * events, a month-only span runs from the first day of its first month to the last day
 * of its last. Nothing depends on the clock, so the same records give the same bytes.
 */

const TZID = 'Asia/Shanghai';

/** TEXT value escaping (RFC 5545 3.3.11) */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** fold a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1) */
export function foldLine(line: string): string {
  if (utf8(line).length <= 75) return line;
  const parts: string[] = [];
  let cur = '';
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const n = utf8(ch).length;
    if (bytes + n > limit) {
      parts.push(cur);
      cur = '';
      bytes = 0;
      limit = 74; // a continuation line starts with one space
    }
    cur += ch;
    bytes += n;
  }
  parts.push(cur);
  return parts.join('\r\n ');
}

interface Moment {
  y: number;
  m: number;
  d: number;
  hh?: number;
  mm?: number;
}

function parseIso(
  s: string,
): { kind: 'month' | 'day' | 'minute'; y: number; m: number; d: number; hh: number; mm: number } | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?$/.exec(s);
  if (!m) return null;
  return {
    kind: m[4] ? 'minute' : m[3] ? 'day' : 'month',
    y: +m[1],
    m: +m[2],
    d: m[3] ? +m[3] : 1,
    hh: m[4] ? +m[4] : 0,
    mm: m[5] ? +m[5] : 0,
  };
}

/** calendar arithmetic in UTC so no local zone leaks in */
function addDays(t: Moment, n: number): Moment {
  const x = new Date(Date.UTC(t.y, t.m - 1, t.d + n, t.hh ?? 0, t.mm ?? 0));
  return {
    y: x.getUTCFullYear(),
    m: x.getUTCMonth() + 1,
    d: x.getUTCDate(),
    hh: t.hh === undefined ? undefined : x.getUTCHours(),
    mm: t.mm === undefined ? undefined : x.getUTCMinutes(),
  };
}

const p2 = (n: number) => String(n).padStart(2, '0');
const dateVal = (t: Moment) => `${t.y}${p2(t.m)}${p2(t.d)}`;
const dateTimeVal = (t: Moment) => `${dateVal(t)}T${p2(t.hh ?? 0)}${p2(t.mm ?? 0)}00`;
const before = (a: Moment, b: Moment) => dateTimeVal(a) < dateTimeVal(b);

/** the first day after a span's last day */
function exclusiveEnd(e: NonNullable<ReturnType<typeof parseIso>>): Moment {
  if (e.kind === 'month') return e.m === 12 ? { y: e.y + 1, m: 1, d: 1 } : { y: e.y, m: e.m + 1, d: 1 };
  return addDays({ y: e.y, m: e.m, d: e.d }, 1);
}

/** DTSTART/DTEND lines of an activity, or null when it has no usable start */
export function eventTimes(a: Pick<ActivityRecord, 'start' | 'end'>): string[] | null {
  const s = a.start ? parseIso(a.start) : null;
  if (!s) return null;
  const e = a.end ? parseIso(a.end) : null;
  if (s.kind === 'minute' && (!e || e.kind === 'minute')) {
    // 24:00 is midnight of the next day
    const start = addDays({ y: s.y, m: s.m, d: s.d, hh: s.hh, mm: s.mm }, 0);
    const out = [`DTSTART;TZID=${TZID}:${dateTimeVal(start)}`];
    if (e) {
      const end = addDays({ y: e.y, m: e.m, d: e.d, hh: e.hh, mm: e.mm }, 0);
      if (before(start, end)) out.push(`DTEND;TZID=${TZID}:${dateTimeVal(end)}`);
    }
    return out;
  }
  const start: Moment = { y: s.y, m: s.m, d: s.kind === 'month' ? 1 : s.d };
  let end = exclusiveEnd(e ?? s);
  if (!before(start, end)) end = exclusiveEnd(s);
  return [`DTSTART;VALUE=DATE:${dateVal(start)}`, `DTEND;VALUE=DATE:${dateVal(end)}`];
}

/** a fixed stamp taken from the data: the latest date the calendar mentions */
function stampOf(activities: ActivityRecord[]): string {
  let best = '1970-01-01';
  for (const a of activities) for (const v of [a.start, a.end]) if (v && v.slice(0, 10) > best) best = v.slice(0, 10);
  const [y, m, d] = best.split('-');
  return `${y}${m}${d ?? '01'}T000000Z`;
}

function description(a: ActivityRecord): string {
  const parts: string[] = [];
  if (a.text) parts.push(a.text);
  if (a.timeText) parts.push(`时间：${a.timeText}`);
  if (a.route) parts.push(`路线：${a.route}`);
  if (a.lead.length) parts.push(`牵头：${a.lead.join('、')}`);
  if (a.cooperating.length) parts.push(`配合：${a.cooperating.join('、')}`);
  if (a.hosts.length) parts.push(`承办：${a.hosts.join('、')}`);
  if (a.participants.length) parts.push(`参加：${a.participants.join('、')}`);
  return parts.join('\n');
}

export function toIcs(activities: ActivityRecord[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//qhdocs//activities//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VTIMEZONE',
    `TZID:${TZID}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:+0800',
    'TZOFFSETTO:+0800',
    'TZNAME:CST',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
  const stamp = stampOf(activities);
  for (const a of activities) {
    const times = eventTimes(a);
    if (!times) continue;
    const summary = a.name ?? (a.text.length > 60 ? `${a.text.slice(0, 60)}…` : a.text);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(a.id)}@qhdocs`,
      `DTSTAMP:${stamp}`,
      ...times,
      `SUMMARY:${escapeText(summary)}`,
    );
    if (a.venue) lines.push(`LOCATION:${escapeText(a.venue)}`);
    const desc = description(a);
    if (desc) lines.push(`DESCRIPTION:${escapeText(desc)}`);
    lines.push(`CATEGORIES:${a.kind.toUpperCase()}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
