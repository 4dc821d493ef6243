import { CN_COUNT, CN_YEAR_DIGITS, cnToNumber } from '../lexicon/numerals.js';
import { AFTERNOON_PARTS, DATE_ONLY_LINE, DAY_PARTS, fullDatePattern } from '../lexicon/dates.js';
import { alternatives } from '../lexicon/chars.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** true when y-m-d is a real calendar day */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1];
}

export function isoDay(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}
export function isoMonth(y: number, m: number): string {
  return `${y}-${pad(m)}`;
}
export function isoMinute(y: number, m: number, d: number, hh: number, mm: number): string {
  return `${isoDay(y, m, d)}T${pad(hh)}:${pad(mm)}`;
}

/** parse a Chinese date-only line to YYYY-MM-DD; null when the line is not just a date or the date is impossible */
export function parseDateLine(line: string): string | null {
  const m = DATE_ONLY_LINE.exec(line);
  if (!m) return null;
  return toIso(m[1], m[2], m[3]);
}

function toIso(ys: string, ms: string, ds: string): string | null {
  const y = cnToNumber(ys),
    mo = cnToNumber(ms),
    d = cnToNumber(ds);
  if (y === null || mo === null || d === null || y < 1900 || y > 2200) return null;
  return isRealDate(y, mo, d) ? isoDay(y, mo, d) : null;
}

/** first full date (年月日) anywhere in the text */
export function findDate(text: string): { iso: string | null; index: number; length: number } | null {
  const m = fullDatePattern().exec(text);
  if (!m) return null;
  return { iso: toIso(m[1], m[2], m[3]), index: m.index, length: m[0].length };
}

/** ISO date written as 2022-06-20, 2022/6/20 or 2022年6月20日 */
export function parseAnyDate(text: string): string | null {
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/.exec(text);
  if (!m) return null;
  const y = Number(m[1]),
    mo = Number(m[2]),
    d = Number(m[3]);
  return isRealDate(y, mo, d) ? isoDay(y, mo, d) : null;
}

// ---------------------------------------------------------------------------
// Date and time spans as printed in programmes, chronicles and schedules:
// 7月21日17:00—19:00, 2022年7月22日至7月24日, 8月3日至7日, 2020年9—11月,
// 2017年8月—2018年8月, 12月28日至1月3日, 下午3点半. Parts left out on either side are
// filled from the other side and then from the context (the document's year, a
// heading's month or day), never guessed beyond that.

/** what a span may borrow when the text leaves a part out */
export interface DateContext {
  year?: number | null;
  month?: number | null;
  /** YYYY-MM-DD of a heading above, for a time printed without its date */
  day?: string | null;
}

export interface DateSpan {
  /** ISO start (YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm), null when it cannot be read */
  start: string | null;
  /** ISO end; null for a single instant; equal to start for a single day or month */
  end: string | null;
  /** the expression as printed */
  text: string;
  index: number;
  length: number;
  /** why start/end are null (kebab-case), or null */
  problem: 'impossible-date' | 'time-without-date' | 'day-without-month' | 'no-year' | 'year-only' | null;
}

type Unit = 'y' | 'm' | 'd' | 't';
const ORDER: Unit[] = ['y', 'm', 'd', 't'];
interface Point {
  y?: number;
  m?: number;
  d?: number;
  hh?: number;
  mm?: number;
  bare?: number;
}

const N = `\\d{1,4}|[${CN_COUNT}]{1,4}`;
const AMPM = `(${alternatives(DAY_PARTS)})?`;
/** a year: four digits, or four Chinese digits one by one (二〇二〇) */
const YEAR_NUMBER = new RegExp(`^\\d{4}$|^[${CN_YEAR_DIGITS}]{4}$`);
const SEP = '—{1,2}|–|-|－|～|~|〜|至|到';
const T_SKIP = /\s+|[（(](?:星期|周)[一二三四五六日天][）)]/y;
const T_CLOCK = new RegExp(`${AMPM}\\s*(\\d{1,2}):(\\d{2})`, 'y');
const T_HOUR = new RegExp(
  `${AMPM}\\s*(\\d{1,2}|[一二两三四五六七八九十]{1,3})\\s*[点时](?![间期段])(?:\\s*(半|(\\d{1,2})\\s*分))?`,
  'y',
);
const T_UNIT = new RegExp(`(${N})\\s*(年|月份|月|日|号)`, 'y');
const T_SEP = new RegExp(`\\s*(?:${SEP})\\s*`, 'y');
const T_BARE = new RegExp(`(${N})(?=\\s*(?:${SEP}))`, 'y');

function at(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

function hour24(ampm: string | undefined, h: number): number {
  if (!ampm) return h;
  if (AFTERNOON_PARTS.includes(ampm) && h < 12) return h + 12;
  if (ampm === '中午' && h < 3) return h + 12;
  return h;
}

/** read one date/time expression starting exactly at i; null when nothing date-like starts there */
function readAt(s: string, i0: number): { points: Point[]; end: number } | null {
  const points: Point[] = [{}];
  let last: Unit | null = null;
  let i = i0;
  let end = i0;
  let sawSep = false;
  for (;;) {
    const p = points[points.length - 1];
    let m: RegExpExecArray | null;
    if (i > i0 && (m = at(T_SKIP, s, i))) {
      i += m[0].length;
      continue;
    }
    const unitOk = (u: Unit) => last === null || ORDER.indexOf(u) > ORDER.indexOf(last);
    if ((m = at(T_CLOCK, s, i)) && unitOk('t')) {
      const hh = hour24(m[1], Number(m[2]));
      p.hh = hh;
      p.mm = Number(m[3]);
      last = 't';
      i += m[0].length;
      end = i;
      continue;
    }
    if ((m = at(T_UNIT, s, i))) {
      const u: Unit = m[2] === '年' ? 'y' : m[2].startsWith('月') ? 'm' : 'd';
      const v = cnToNumber(m[1]);
      if (v === null || !unitOk(u)) break;
      if (u === 'y' && !YEAR_NUMBER.test(m[1])) break;
      if (u !== 'y' && m[1].length > 2 && /^\d+$/.test(m[1])) break;
      p[u] = v;
      last = u;
      i += m[0].length;
      end = i;
      continue;
    }
    if ((m = at(T_HOUR, s, i)) && unitOk('t')) {
      const h = cnToNumber(m[2]);
      if (h === null) break;
      p.hh = hour24(m[1], h);
      p.mm = m[3] === '半' ? 30 : m[4] ? Number(m[4]) : 0;
      last = 't';
      i += m[0].length;
      end = i;
      continue;
    }
    if (!sawSep && points[0].bare === undefined && (m = at(T_BARE, s, i))) {
      const v = cnToNumber(m[1]);
      if (v === null) break;
      p.bare = v;
      i += m[0].length;
      continue;
    }
    if ((!sawSep && end > i0) || (!sawSep && points[0].bare !== undefined)) {
      if ((m = at(T_SEP, s, i))) {
        sawSep = true;
        points.push({});
        last = null;
        i += m[0].length;
        continue;
      }
    }
    break;
  }
  // a separator with nothing after it is not part of the expression
  if (points.length === 2 && Object.keys(points[1]).length === 0) {
    points.pop();
    if (points[0].bare !== undefined) return null;
  }
  const p0 = points[0];
  if (p0.bare !== undefined) {
    const lastOf = (p: Point) =>
      [...ORDER].reverse().find((u) => (u === 't' ? p.hh : p[u as 'y' | 'm' | 'd']) !== undefined);
    const l0 = lastOf(p0);
    const next = l0
      ? ORDER[ORDER.indexOf(l0) + 1]
      : ORDER.find((u) => (u === 't' ? points[1].hh : points[1][u as 'y' | 'm' | 'd']) !== undefined);
    if (!next || next === 't' || next === 'y') return null;
    p0[next] = p0.bare;
    delete p0.bare;
  }
  if (end === i0 || Object.keys(p0).length === 0) return null;
  return { points, end };
}

interface Full {
  y: number;
  m: number;
  d?: number;
  hh?: number;
  mm?: number;
}

function fullIso(f: Full): string {
  if (f.d === undefined) return isoMonth(f.y, f.m);
  if (f.hh === undefined) return isoDay(f.y, f.m, f.d);
  return isoMinute(f.y, f.m, f.d, f.hh, f.mm ?? 0);
}

function validFull(f: Full): boolean {
  if (f.m < 1 || f.m > 12 || f.y < 1900 || f.y > 2200) return false;
  if (f.d !== undefined && !isRealDate(f.y, f.m, f.d)) return false;
  if (f.hh !== undefined && (f.hh > 24 || (f.mm ?? 0) > 59 || (f.hh === 24 && (f.mm ?? 0) > 0))) return false;
  return true;
}

function cmp(a: Full, b: Full): number {
  const k = (f: Full) => [f.y, f.m, f.d ?? 0, f.hh ?? -1, f.mm ?? 0];
  const x = k(a),
    y = k(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

function resolve(
  points: Point[],
  ctx: DateContext,
): { start: string | null; end: string | null; problem: DateSpan['problem'] } {
  const [p, q] = points;
  const ctxDay = ctx.day ? /^(\d{4})-(\d{2})-(\d{2})/.exec(ctx.day) : null;
  const fail = (problem: DateSpan['problem']) => ({ start: null, end: null, problem });
  const onlyTime = p.y === undefined && p.m === undefined && p.d === undefined;
  let s: Full;
  if (onlyTime) {
    if (!ctxDay) return fail('time-without-date');
    s = { y: Number(ctxDay[1]), m: Number(ctxDay[2]), d: Number(ctxDay[3]), hh: p.hh, mm: p.mm };
  } else {
    const y = p.y ?? ctx.year ?? (ctxDay ? Number(ctxDay[1]) : undefined);
    if (p.m === undefined && p.d === undefined) return fail('year-only');
    const m = p.m ?? ctx.month ?? undefined;
    if (m === undefined) return fail('day-without-month');
    if (y === undefined || y === null) return fail('no-year');
    s = { y, m, d: p.d, hh: p.hh, mm: p.mm };
    if (s.d === undefined && s.hh !== undefined) return fail('time-without-date');
  }
  if (!validFull(s)) return fail('impossible-date');
  if (!q) {
    return { start: fullIso(s), end: s.hh === undefined ? fullIso(s) : null, problem: null };
  }
  const e: Full = {
    y: q.y ?? s.y,
    m: q.m ?? s.m,
    d: q.d ?? (q.hh !== undefined ? s.d : undefined),
    hh: q.hh,
    mm: q.mm,
  };
  if (q.m === undefined && q.d === undefined && q.hh === undefined) return fail('year-only');
  if (e.d !== undefined && s.d === undefined && q.m === undefined) return fail('day-without-month');
  if (!validFull(e)) return fail('impossible-date');
  if (cmp(e, s) < 0 && q.y === undefined) {
    // a range that runs past the end of a month or a year: 12月28日至1月3日, 8月30日至2日, 22:00—1:00
    if (q.m !== undefined) e.y += 1;
    else if (q.d !== undefined) {
      e.m += 1;
      if (e.m > 12) {
        e.m = 1;
        e.y += 1;
      }
    } else if (q.hh !== undefined && s.hh !== undefined && s.hh >= 12 && e.hh! < 12 && e.hh! + 12 > s.hh) {
      // 下午1:30至4:30: the afternoon carries over to the end written without it
      e.hh = e.hh! + 12;
    } else if (q.hh !== undefined && e.d !== undefined) {
      const next = new Date(Date.UTC(e.y, e.m - 1, e.d + 1));
      e.y = next.getUTCFullYear();
      e.m = next.getUTCMonth() + 1;
      e.d = next.getUTCDate();
    }
    if (!validFull(e)) return fail('impossible-date');
  }
  return { start: fullIso(s), end: fullIso(e), problem: null };
}

/**
 * Where a date or time expression can start; readAt matches nowhere else, so this one
 * regex search skips the rest of a passage without trying readAt's regexes at every
 * character: a number of at most four digits (not inside a longer run of digits) or
 * numerals followed by a unit, a clock's colon or a range separator (SEP); or a
 * 上午/下午/晚上… word (AMPM). Keep it in step with the T_ regexes above.
 */
const START = new RegExp(
  `(?:(?<!\\d)\\d{1,4}|[${CN_COUNT}]{1,4})\\s*[年月日号点时:—–\\-－～~〜至到]|[上下中]午|早上|凌晨|傍晚|晚`,
  'g',
);
const START_HERE = new RegExp(START.source, 'y');

/**
 * The date or time expression starting exactly at `i`, resolved against `ctx`; null when
 * none starts there (a bare year or number is not one, nor a place inside a run of
 * digits; a time alone is).
 */
export function dateSpanAt(text: string, i: number, ctx: DateContext = {}): DateSpan | null {
  START_HERE.lastIndex = i;
  return START_HERE.test(text) ? readSpanAt(text, i, ctx) : null;
}

/** dateSpanAt once START has found that an expression can start at i */
function readSpanAt(text: string, i: number, ctx: DateContext): DateSpan | null {
  const r = readAt(text, i);
  if (!r) return null;
  const p = r.points[0];
  // a bare year or number is not a date expression; a time alone is
  const dateLike =
    p.m !== undefined ||
    p.d !== undefined ||
    p.hh !== undefined ||
    (r.points.length > 1 && (r.points[1].m !== undefined || r.points[1].d !== undefined));
  if (!dateLike) return null;
  const res = resolve(r.points, ctx);
  return {
    start: res.start,
    end: res.end,
    problem: res.problem,
    text: text.slice(i, r.end),
    index: i,
    length: r.end - i,
  };
}

/**
 * The first date or time expression in `text`, resolved against `ctx`. A part that
 * cannot be read gives start/end null and a `problem`, never a wrong date.
 */
export function findDateSpan(text: string, ctx: DateContext = {}): DateSpan | null {
  START.lastIndex = 0;
  for (let m = START.exec(text); m; m = START.exec(text)) {
    const span = readSpanAt(text, m.index, ctx);
    if (span) return span;
    START.lastIndex = m.index + 1;
  }
  return null;
}

/** every month/day pair written in the text that is not a real day (2月30日), for validation */
export function impossibleDays(text: string, year = 2000): string[] {
  const out: string[] = [];
  const re = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g;
  for (const m of text.matchAll(re)) {
    const y = m[1] ? Number(m[1]) : year;
    if (!isRealDate(y, Number(m[2]), Number(m[3]))) out.push(m[0]);
  }
  return out;
}
