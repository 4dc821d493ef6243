import { describe, expect, it } from 'vitest';
import {
  CONTINUES_POSITION,
  NAME_CHARS_ONLY,
  POSITION_START,
  TITLE_END,
  titleEndsAt,
} from '../../src/lexicon/posts.js';

describe('post words', () => {
  it('tells where a position begins: an organization or a bare title, the longest word first', () => {
    expect(POSITION_START.exec('常务副省长')?.[0]).toBe('常务副省长');
    expect(POSITION_START.exec('省教育厅副厅长')?.[0]).toBe('省');
    expect(POSITION_START.test('某某')).toBe(false);
  });
  it('tells where a title ends, and what continues it', () => {
    expect(TITLE_END.test('省财政厅副厅长')).toBe(true);
    expect(TITLE_END.test('省财政厅')).toBe(false);
    expect(CONTINUES_POSITION.test('、副厅长')).toBe(true);
  });
  it('reads a name of Han characters (both blocks) and the middle dot', () => {
    expect(NAME_CHARS_ONLY.test('阿依·买买提')).toBe(true);
    expect(NAME_CHARS_ONLY.test('王\u3400')).toBe(true);
    expect(NAME_CHARS_ONLY.test('王A')).toBe(false);
  });
});

describe('titleEndsAt', () => {
  it('says what TITLE_END says of the characters before an offset, no further back than `from`', () => {
    const s = '杨某省财政厅副厅长王某省委巡视员';
    for (let from = 0; from < s.length; from++)
      for (let j = from; j <= s.length; j++)
        expect(titleEndsAt(s, from, j), `${from} ${j}`).toBe(TITLE_END.test(s.slice(Math.max(from, j - 4), j)));
    expect(titleEndsAt(s, 2, 9)).toBe(true);
    expect(titleEndsAt(s, 8, 9)).toBe(true);
    expect(titleEndsAt(s, 9, 9)).toBe(false);
  });
});
