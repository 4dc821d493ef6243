/**
 * Date and time words: how a date is spelled (2020年8月31日, 二〇二〇年八月十八日), the
 * parts of a day (上午, 下午 …) and the labels of a deadline (完成时限：…).
 */
import { CN_DATE, CN_SMALL, CN_YEAR_DIGITS } from './numerals.js';

/** a number in a date: Arabic digits or Chinese numerals */
export const DATE_NUMBER = `[0-9${CN_DATE}]+`;

/** a whole line that is only a date: 2017年8月6日, 2020 年 8 月 31 日, 二〇二〇年八月十八日 */
export const DATE_ONLY_LINE = new RegExp(
  `^\\s*(${DATE_NUMBER})\\s*年\\s*(${DATE_NUMBER})\\s*月\\s*(${DATE_NUMBER})\\s*日\\s*$`,
);

/** is the line only a date (a signature date, a 成文日期) */
export function isDateOnlyLine(line: string): boolean {
  return DATE_ONLY_LINE.test(line);
}

/**
 * a date as a signature writes it, year, month and day (2023年6月30日, 二〇二三年六月三十日),
 * as a pattern group: the 成文日期 under the issuer or beside it
 */
export const WRITTEN_DATE = `((?:\\d{4}|[${CN_YEAR_DIGITS}]{4})\\s*年\\s*[0-9${CN_SMALL}]{1,3}\\s*月\\s*[0-9${CN_SMALL}]{1,3}\\s*日)`;

/** a date line whose parts a published copy left out: 2020年（略）月（略）日 */
export const REDACTED_DATE_LINE = new RegExp(`^\\s*[0-9${CN_YEAR_DIGITS}（）()略]{4,8}\\s*年.{0,8}月.{0,8}日\\s*$`);

/** a full date anywhere (年月日), global */
export function fullDatePattern(): RegExp {
  return new RegExp(`(${DATE_NUMBER})\\s*年\\s*(${DATE_NUMBER})\\s*月\\s*(${DATE_NUMBER})\\s*日`, 'g');
}

/** the parts of a day a time may be given in, as a pattern group (optional) */
export const DAY_PARTS = ['上午', '下午', '晚上', '中午', '早上', '凌晨', '傍晚', '晚'];
/** parts of the day after noon: a clock hour in them is after 12 */
export const AFTERNOON_PARTS = ['下午', '晚上', '傍晚', '晚'];

/** the labels of a task's deadline (完成时限：年底前) */
export const DEADLINE_LABELS = [
  '完成时限',
  '完成时间',
  '完成期限',
  '时限要求',
  '时间要求',
  '时间节点',
  '办结时限',
  '时限',
];

const YEAR_IN_TEXT = /(\d{4})\s*年/;
/** the first year printed in a text (a title, a heading: 2024年全民阅读活动方案, 五、进度安排（2024年）), or null */
export function yearIn(s: string): number | null {
  const m = YEAR_IN_TEXT.exec(s);
  return m ? Number(m[1]) : null;
}
