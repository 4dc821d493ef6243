/**
 * The totals a notice states in its own words (共签约各类合作项目300余项，签约金额超过1800亿元),
 * read as bounds so that 余/多, 超过/逾, 近 and 约 compare fairly with the table.
 */

export interface StatedFigure {
  /** as printed, e.g. 300余项 or 超过1800亿元 */
  text: string;
  value: number;
  lo: number;
  hi: number;
}

export interface StatedTotals {
  line: number;
  count: StatedFigure | null;
  /** in 亿元 */
  amount: StatedFigure | null;
}

/** the place value of the last non-zero digit: 300 → 100, 1800 → 100, 2.5 → 0.1 */
function lastPlace(digits: string): number {
  const [int, frac = ''] = digits.split('.');
  if (frac.replace(/0+$/, '')) return 10 ** -frac.replace(/0+$/, '').length;
  const zeros = /0*$/.exec(int)![0].length;
  return 10 ** Math.min(zeros, int.length - 1);
}

function bounds(digits: string, before: string, after: string): { lo: number; hi: number } {
  const n = Number(digits);
  const place = lastPlace(digits);
  if (/^(余|多)/.test(after)) return { lo: n, hi: n + place };
  if (/超过|逾|超|突破|多于/.test(before) || /^(以上|多)/.test(after.replace(/^[亿万]?元|^[个项]/, '')))
    return { lo: n, hi: Infinity };
  if (/近|接近/.test(before)) return { lo: n * 0.9, hi: n };
  if (/约|大约|左右/.test(before) || /左右/.test(after)) return { lo: n * 0.9, hi: n * 1.1 };
  return { lo: n - place / 2, hi: n + place / 2 };
}

const COUNT =
  /(超过|逾|超|突破|近|约|共计|共|达)?\s{0,3}(?<![\d.])(\d+(?:\.\d+)?)\s{0,3}(余|多)?\s{0,3}(个|项)(?!目)(以上|左右)?/;
const AMOUNT =
  /(超过|逾|超|突破|近|约|达到|达|共计|合计|总计|共)?\s{0,3}(?<![\d.])(\d+(?:\.\d+)?)\s{0,3}(余|多)?\s{0,3}(亿|万)元(以上|左右)?/;

/**
 * The first sentence among `lines` that speaks of 签约 and gives a number of projects
 * or an amount; later sentences (其中 …) break the total down and are not read.
 */
export function findStatedTotals(lines: Array<{ no: number; text: string }>): StatedTotals | null {
  for (const l of lines) {
    // a sentence that speaks of 签约 / 签订 holds 签: most lines are passed over without a split
    if (!l.text.includes('签')) continue;
    for (const sentence of l.text.split(/[。；;！!]/)) {
      if (!/签约|签订/.test(sentence) || /^\s*其中/.test(sentence)) continue;
      const c = COUNT.exec(sentence);
      const a = AMOUNT.exec(sentence);
      if (!c && !a) continue;
      const count = c
        ? { text: c[0].trim(), value: Number(c[2]), ...bounds(c[2], c[1] ?? '', (c[3] ?? '') + c[4] + (c[5] ?? '')) }
        : null;
      let amount: StatedFigure | null = null;
      if (a) {
        const f = a[4] === '万' ? 1e-4 : 1;
        const b = bounds(a[2], a[1] ?? '', (a[3] ?? '') + (a[5] ?? ''));
        amount = { text: a[0].trim(), value: Number(a[2]) * f, lo: b.lo * f, hi: b.hi * f };
      }
      return { line: l.no, count, amount };
    }
  }
  return null;
}
