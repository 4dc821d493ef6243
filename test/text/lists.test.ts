import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { splitList, splitListGeneral, joinCjkSpaces } from '../../src/text/lists.js';
import { splitTopLevel } from '../../src/lexicon/brackets.js';
import { FIXTURES } from '../helpers/parse.js';

describe('splitList', () => {
  it('splits on 、 and ， but never inside brackets', () => {
    expect(splitList('省财政厅、各市州、县（市、区、行委）政府，省商务厅')).toEqual([
      '省财政厅',
      '各市州、县（市、区、行委）政府',
      '省商务厅',
    ]);
  });
  it('drops a trailing 等 and edge punctuation', () => {
    expect(splitList('省发展改革委、相关园区等')).toEqual(['省发展改革委', '相关园区']);
    expect(splitList('省商务厅等单位。')).toEqual(['省商务厅']);
  });
  it('joins single characters and keeps Latin names whole', () => {
    expect(splitList('孙 静', 'names')).toEqual(['孙静']);
    expect(splitList('苗光银 彭秉清', 'names')).toEqual(['苗光银', '彭秉清']);
    expect(splitList('ELSAID AHMED DEYAB HARHASH', 'names')).toEqual(['ELSAID AHMED DEYAB HARHASH']);
    expect(splitList('上海 深圳', 'places')).toEqual(['上海', '深圳']);
  });
  it('reads spaces inside a 、 list as wrap damage', () => {
    expect(splitList('省人力资源 社会保障厅、省公安 厅')).toEqual(['省人力资源社会保障厅', '省公安厅']);
  });
  it('splits units separated only by spaces after a complete name', () => {
    expect(splitList('山东日照市宏远商贸有限公司 陕西粮农有限公司')).toEqual([
      '山东日照市宏远商贸有限公司',
      '陕西粮农有限公司',
    ]);
  });
  it('removes spaces between Chinese characters', () => {
    expect(joinCjkSpaces('青海省 2020 年下半年')).toBe('青海省2020年下半年');
  });
  it('joins spaces as its two-regex reading does, on fixture lines and made-up strings', () => {
    const reference = (s: string) =>
      !/\s/.test(s)
        ? s
        : s
            .replace(/([\u3400-\u9fff（）《》“”、，：])\s+(?=[\u3400-\u9fff（）《》“”、，：])/g, '$1')
            .replace(/([\u3400-\u9fff])\s+(?=\d)|(\d)\s+(?=[\u3400-\u9fff])/g, (_m, a, b) => a ?? b);
    const lines = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(join(FIXTURES, f), 'utf8').split('\n'));
    for (const line of lines) for (const cell of line.split('\t')) expect(joinCjkSpaces(cell)).toBe(reference(cell));
    const alphabet = [
      '中',
      '㐀',
      '\u9fff',
      '\ua000',
      '1',
      '9',
      'a',
      '（',
      '）',
      '《',
      '“',
      '、',
      '，',
      '：',
      '。',
      ' ',
      '  ',
      '\t',
      '\u3000',
      '\u00a0',
      '\u2029',
      '\ufeff',
      '\n',
    ];
    let seed = 11;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let k = 0; k < 5000; k++) {
      let s = '';
      for (let n = rnd(12); n > 0; n--) s += alphabet[rnd(alphabet.length)];
      expect(joinCjkSpaces(s)).toBe(reference(s));
    }
  });
});

describe('splitList on plain unit lists', () => {
  // lists without spaces are read in one pass of their own; they must stay what the
  // general reading gives, so a change to either shows here
  const plain = (s: string) => !/[\s.]/.test(s);
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  it('gives what splitList gives, on fixture text and on made-up lists', () => {
    const samples: string[] = [
      '',
      '。',
      '：',
      '省编办、省发展改革委、省气象局等，各市州县人民政府',
      '各市州、县政府',
      '各市州、省财政厅',
      '省财政厅等等',
      '省财政厅：',
      '：省财政厅。。',
      '省林草局，各市州、县（市、区、行委）政府',
      '省发展改革委（省能源局）、省财政厅（牵头',
      '《规划》、“十四五”',
      '）、（',
    ];
    for (const f of readdirSync(FIXTURES)
      .filter((x) => x.endsWith('.txt'))
      .sort()) {
      const lines = readFileSync(join(FIXTURES, f), 'utf8').split('\n');
      for (const l of lines)
        for (let k = 0; k < 3; k++) {
          const a = rnd(l.length + 1);
          samples.push(l.slice(a, a + 1 + rnd(40)));
        }
    }
    const words = [
      '（',
      '）',
      '(',
      ')',
      '《',
      '》',
      '“',
      '”',
      '【',
      '】',
      '各',
      '等',
      '政府',
      '部门',
      '单位',
      '有关',
      '成员单位',
      '市州',
      '县',
      '省',
      '厅',
      '局',
      '、',
      '，',
      ',',
      '；',
      ';',
      '：',
      ':',
      '。',
      '委',
    ];
    for (let k = 0; k < 20000; k++) {
      let s = '';
      for (let j = rnd(12); j > 0; j--) s += words[rnd(words.length)];
      samples.push(s);
    }
    let checked = 0;
    for (const s of samples) {
      if (!plain(s)) continue;
      checked++;
      expect(splitList(s, 'units'), s).toEqual(splitListGeneral(s, 'units'));
    }
    expect(checked).toBeGreaterThan(10000);
  });
});

describe('splitList on names', () => {
  it('pairs single characters with the next word, not with the whole run', () => {
    expect(splitList('王 彤 李 静', 'names')).toEqual(['王彤', '李静']);
    expect(splitList('李志 强', 'names')).toEqual(['李志强']);
    expect(splitList('AT&T CORP 王五', 'names')).toEqual(['AT&T CORP', '王五']);
  });
});

describe('splitList and brackets', () => {
  it('never splits on a space inside brackets', () => {
    expect(splitList('哈尔滨银行（按实际 引入资金计） 包头农商银行', 'places')).toEqual([
      '哈尔滨银行（按实际引入资金计）',
      '包头农商银行',
    ]);
  });
});

describe('splitTopLevel with its own separators', () => {
  it('splits where a per-character includes() test would, outside brackets only', () => {
    const reference = (s: string, seps: string) => {
      const out: string[] = [];
      let depth = 0;
      let from = 0;
      for (let i = 0; i < s.length; i++) {
        if ('（(《“‘〔[【'.includes(s[i])) depth++;
        else if ('）)》”’〕]】'.includes(s[i])) depth = Math.max(0, depth - 1);
        if (depth === 0 && seps.includes(s[i])) {
          out.push(s.slice(from, i));
          from = i + 1;
        }
      }
      out.push(s.slice(from));
      return out;
    };
    const alphabet = ['省', '厅', '。', '；', ';', '，', '、', '（', '）', '(', ')', '【', '】', ' ', 'a'];
    let seed = 5;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (const seps of ['。；;', '。', '，,；;', '、']) {
      for (let k = 0; k < 1500; k++) {
        let s = '';
        for (let n = rnd(14); n > 0; n--) s += alphabet[rnd(alphabet.length)];
        expect(splitTopLevel(s, seps)).toEqual(reference(s, seps));
      }
    }
  });
});

describe('collective lists of governments', () => {
  it.each([
    ['各街道、区直各部门', ['各街道', '区直各部门']],
    ['各乡镇、区直各单位', ['各乡镇', '区直各单位']],
    ['各市、自治州人民政府', ['各市、自治州人民政府']],
    ['各市州、县（市、区）政府', ['各市州、县（市、区）政府']],
  ])('%s', (s, want) => expect(splitList(s)).toEqual(want));
});
