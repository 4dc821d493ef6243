import { cnToNumber } from './numerals.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** true when y-m-d is a real calendar day */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1];
}

export function isoDay(y: number, m: number, d: number): string { return `${y}-${pad(m)}-${pad(d)}`; }
export function isoMonth(y: number, m: number): string { return `${y}-${pad(m)}`; }
export function isoMinute(y: number, m: number, d: number, hh: number, mm: number): string { return `${isoDay(y, m, d)}T${pad(hh)}:${pad(mm)}`; }

const NUM = '[0-9〇零一二三四五六七八九十]+';
/** a whole line that is only a date: 2017年8月6日, 2020 年 8 月 31 日, 二〇二〇年八月十八日 */
const DATE_ONLY = new RegExp(`^\\s*(${NUM})\\s*年\\s*(${NUM})\\s*月\\s*(${NUM})\\s*日\\s*$`);

/** parse a Chinese date-only line to YYYY-MM-DD; null when the line is not just a date or the date is impossible */
export function parseDateLine(line: string): string | null {
  const m = DATE_ONLY.exec(line);
  if (!m) return null;
  return toIso(m[1], m[2], m[3]);
}

function toIso(ys: string, ms: string, ds: string): string | null {
  const y = cnToNumber(ys), mo = cnToNumber(ms), d = cnToNumber(ds);
  if (y === null || mo === null || d === null || y < 1900 || y > 2200) return null;
  return isRealDate(y, mo, d) ? isoDay(y, mo, d) : null;
}

/** first full date (年月日) anywhere in the text */
export function findDate(text: string): { iso: string | null; index: number; length: number } | null {
  const re = new RegExp(`(${NUM})\\s*年\\s*(${NUM})\\s*月\\s*(${NUM})\\s*日`, 'g');
  const m = re.exec(text);
  if (!m) return null;
  return { iso: toIso(m[1], m[2], m[3]), index: m.index, length: m[0].length };
}

/** ISO date written as 2022-06-20, 2022/6/20 or 2022年6月20日 */
export function parseAnyDate(text: string): string | null {
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/.exec(text);
  if (!m) return null;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  return isRealDate(y, mo, d) ? isoDay(y, mo, d) : null;
}
