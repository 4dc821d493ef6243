import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseText } from '../../src/pipeline/parse-file.js';
import { validateFile } from '../../src/validate/validate.js';
import { params, runs, spice } from './helpers.js';

/**
 * Every regular expression and loop must stay linear on hostile input. Timing n and 8n
 * repetitions of a pattern tells linear (×8) from quadratic (×64) and worse. The bound is
 * loose (×20, plus slack for tiny times) so a busy machine does not make it flaky.
 */

function timeParse(text: string): number {
  let best = Infinity;
  for (let r = 0; r < 2; r++) {
    const t0 = performance.now();
    validateFile(parseText('h.txt', text, 'h'));
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const GROWTH = 8;
const FACTOR = 20;
const SLACK_MS = 100;
/** target size of the small text; the large one is GROWTH times this */
const SMALL = 12_000;

function expectLinear(name: string, unit: string) {
  const n = Math.max(1, Math.round(SMALL / unit.length));
  timeParse(unit.repeat(50)); // warm up the code paths
  // a busy machine can stall one measurement; a quadratic path fails every attempt
  for (let attempt = 1; ; attempt++) {
    const t1 = timeParse(unit.repeat(n));
    const tg = timeParse(unit.repeat(GROWTH * n));
    if (tg < FACTOR * t1 + SLACK_MS && attempt < 3) return;
    if (attempt === 3) {
      expect(
        tg,
        `${name}: ${t1.toFixed(0)} ms for ${n} repetitions, ${tg.toFixed(0)} ms for ${GROWTH * n}`,
      ).toBeLessThan(FACTOR * t1 + SLACK_MS);
      return;
    }
  }
}

/** one long line */
const LINE_PATTERNS: Array<[string, string]> = [
  ['spaces between CJK', '青 '],
  ['tabs', '\t'],
  ['cells', '项目\t'],
  ['opening brackets', '（'],
  ['bracket pairs', '（一）'],
  ['unclosed brackets with separators', '（省厅、'],
  ['separators', '、，；'],
  ['labels', '牵头单位：'],
  ['label-like colons', '单位：省'],
  ['dates', '2020年8月'],
  ['date ranges', '7月21日17:00—'],
  ['digits', '1'],
  ['dotted numbers', '1.'],
  ['phones', '0971-'],
  ['phone digits with spaces', '139 '],
  ['emails', 'a@b.'],
  ['email addresses', 'a@b.cn '],
  ['contact labels', '联系人：张三 '],
  ['phone numbers', '电话：0971-6109400，'],
  ['fax and mobile', '传真：6109400 手机：13997290370 '],
  ['roster roles', '副主任：张三 '],
  ['appointments', '任命张三为省厅副厅长；'],
  ['task labels', '牵头单位：省厅；责任单位：各市州；'],
  ['inline duties', '（省厅负责，各市州配合）'],
  ['times', '时间：7月22日9:00 地点：会展中心 '],
  ['latin words', 'AHMED '],
  ['bold marks', '**'],
  ['zero-width and spaces', '\u200b\u3000'],
  ['organ names', '人民政府办公厅'],
  ['doc numbers', '青政办〔2017〕'],
  ['parens mixed widths', '(（'],
  ['full stops', '。'],
  ['chronicle marks', '●'],
];

/** many lines */
const LINES_PATTERNS: Array<[string, string]> = [
  ['headings', '一、总体要求\n'],
  ['nested headings', '（一）工作\n1.任务\n（1）事项\n'],
  ['table rows', '1\t项目\t单位\n'],
  ['table with page breaks', '序号\t名称\t单位\n1\t项目\t单位\n\n'],
  ['wrapped cells', '1\t项目\t单位\n续行\n'],
  ['blank lines', '\n'],
  ['document headers', '关于开展工作的通知\n青政办〔2017〕1号\n'],
  ['task labels', '1.做好工作。\n牵头单位：省发展改革委\n责任单位：各市州政府\n'],
  ['contact lines', '联系人：张三 电话：0971-6109400\n'],
  ['roster lines', '主  任：张三  省政府副省长\n'],
  ['chronicle lines', '●8月1日，召开会议。\n'],
  ['activity lines', '（一）开幕式。时间：7月22日10:00—11:30\n地点：会展中心\n'],
  ['attachment lines', '附件：1.方案\n2.名单\n'],
];

/**
 * Texts of n DISTINCT units (repeating one identical unit lets de-duplication and caches
 * hide a quadratic path): the time for 8n must stay under RATIO times the time for n.
 */
const RATIO = 12;
const DISTINCT: Array<[string, (n: number) => string, number]> = [
  [
    'a 责任单位 line of many distinct units',
    (n) =>
      `关于做好工作的通知\n一、总体要求\n1.做好工作。\n责任单位：${Array.from({ length: n }, (_, i) => `第${i}区人民政府`).join('、')}\n`,
    5_000,
  ],
  [
    'a long run of lines without punctuation in a numbered item',
    (n) =>
      `关于做好工作的通知\n一、总体要求\n1.做好工作\n${Array.from({ length: n }, (_, i) => `推进第${i}项工作落实`).join('\n')}\n`,
    5_000,
  ],
  ['a 成员 block of name and title lines', rosterText, 5_000],
];

/** a roster: head, then a 成员 block of n `name  title` lines */
function rosterText(n: number): string {
  const line = (i: number) =>
    '王李张刘陈杨赵黄周吴'[i % 10] +
    '建国明华伟芳军平海燕'[(i >> 3) % 10] +
    '东西南北春夏秋冬'[(i >> 5) % 8] +
    '  省' +
    ['财政厅', '教育厅', '水利厅', '商务厅'][i % 4] +
    '副厅长';
  return `关于成立领导小组的通知\n组  长：王小明  省政府副省长\n成员：\n${Array.from({ length: n }, (_, i) => line(i)).join('\n')}\n`;
}

function expectScales(name: string, make: (n: number) => string, n: number) {
  timeParse(make(100));
  for (let attempt = 1; ; attempt++) {
    const t1 = timeParse(make(n));
    const tg = timeParse(make(GROWTH * n));
    if (tg < RATIO * t1 + SLACK_MS) return;
    // measured again before failing: a busy machine stalls one measurement, not every one
    if (attempt === 3) {
      const what = `${name}: ${t1.toFixed(0)} ms for ${n}, ${tg.toFixed(0)} ms for ${GROWTH * n}`;
      expect(tg, what).toBeLessThan(RATIO * t1 + SLACK_MS);
      return;
    }
  }
}

describe('linear time on many distinct units', () => {
  for (const [name, make, n] of DISTINCT)
    it(`${name} (n and ${GROWTH}n)`, { retry: 2, timeout: 120_000 }, () => expectScales(name, make, n));

  it('a 40,000-line roster gives its 40,000 members', () => {
    const p = parseText('r.txt', rosterText(40_000), 'r');
    expect(p.records.members.filter((m) => m.role === '成员').length).toBe(40_000);
  }, 60_000);
});

describe('linear time on hostile input', () => {
  // a quadratic loop fails every time; a burst of load on a shared machine does not repeat
  const retry = { retry: 2 };
  for (const [name, unit] of LINE_PATTERNS) it(`one long line of ${name}`, retry, () => expectLinear(name, unit));
  for (const [name, unit] of LINES_PATTERNS) it(`many lines of ${name}`, retry, () => expectLinear(name, unit));

  const randomRuns = Math.min(runs(25), 200);
  it('random hostile units stay linear', { ...retry, timeout: 60_000 + randomRuns * 1000 }, () => {
    fc.assert(
      fc.property(fc.array(spice, { minLength: 1, maxLength: 6 }), (parts) =>
        expectLinear(JSON.stringify(parts.join('')), parts.join('')),
      ),
      { ...params(25), numRuns: randomRuns },
    );
  });
});
