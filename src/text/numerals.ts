const DIGITS: Record<string, number> = {
  〇: 0,
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

/** Chinese numeral (一, 十一, 二十三, 一百零五) or Arabic digits to a number; null when it is neither */
export function cnToNumber(s: string): number | null {
  const t = s.trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (!/^[〇○零一二两三四五六七八九十百]+$/.test(t)) return null;
  // digit-by-digit form used in years: 二〇二〇
  if (!/[十百]/.test(t)) return Number([...t].map((c) => DIGITS[c]).join(''));
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
