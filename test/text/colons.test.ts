import { describe, expect, it } from 'vitest';
import { ColonWalk } from '../../src/text/colons.js';

const all = (text: string): number[] => {
  const out: number[] = [];
  const w = new ColonWalk(text);
  for (let at = w.next(); at >= 0; at = w.next()) out.push(at);
  return out;
};

describe('ColonWalk', () => {
  it('gives wide and narrow colons in text order', () => {
    const text = '时间：9:30，地点：会议室:A';
    const expected = [...text].flatMap((c, i) => (c === '：' || c === ':' ? [i] : []));
    expect(all(text)).toEqual(expected);
  });
  it('gives none for a text without a colon', () => {
    expect(all('没有冒号')).toEqual([]);
  });
});
