/**
 * Chinese numerals as official documents print them: in numbering (一、 十一、), in dates
 * (二〇二〇年八月十八日) and in counts. The character sets are regular-expression class
 * bodies for the patterns built on them.
 */

/** the value of each Chinese digit (O is a Latin O typed for 〇 in years) */
const DIGITS: Record<string, number> = {
  〇: 0,
  // a circle typed for 〇 (二○二○年)
  '○': 0,
  零: 0,
  O: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** one to ten: the numerals of heading numbers and list markers (一、 （三） 十二、) */
export const CN_SMALL = '一二三四五六七八九十';
/** the numerals of numbering levels, with 百 and zeros (一百零五、) */
export const CN_NUMBERING = `${CN_SMALL}百零〇`;
/** the zeros: 〇, 零, and a circle ○ typed for 〇 */
const CN_ZEROS = '〇○零';
/** the numerals of dates: digits, zeros and ten (二〇二〇年 八月 十八日) */
export const CN_DATE = `${CN_ZEROS}${CN_SMALL}`;
/** the digits a year is spelled with, one by one (二〇二〇) */
export const CN_YEAR_DIGITS = `${CN_ZEROS}一二三四五六七八九`;
/** numerals of clock times, spans and counts, with 两 (两点, 两个) */
export const CN_COUNT = `${CN_ZEROS}一二两三四五六七八九十`;

const ARABIC = /^\d+$/;
const CN_NUMBER = new RegExp(`^[${CN_COUNT}百]+$`);
const HAS_TENS = /[十百]/;

/** Chinese numeral (一, 十一, 二十三, 一百零五) or Arabic digits to a number; null when it is neither */
export function cnToNumber(s: string): number | null {
  const t = s.trim();
  if (ARABIC.test(t)) return Number(t);
  if (!CN_NUMBER.test(t)) return null;
  // digit-by-digit form used in years: 二〇二〇
  if (!HAS_TENS.test(t)) return Number([...t].map((c) => DIGITS[c]).join(''));
  let total = 0;
  let cur = 0;
  for (const c of t) {
    if (c === '百') {
      total += (cur || 1) * 100;
      cur = 0;
    } else if (c === '十') {
      total += (cur || 1) * 10;
      cur = 0;
    } else cur = DIGITS[c];
  }
  return total + cur;
}

const CN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1..99 as a Chinese numeral: 七, 十一, 二十三 */
export function numberToCn(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  const tens = Math.floor(n / 10),
    ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${CN_DIGITS[ones]}`;
}
