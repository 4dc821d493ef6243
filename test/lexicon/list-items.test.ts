import { describe, expect, it } from 'vitest';
import { ETC_TAIL, ETC_TAIL_MAX, isItemEdgeCode } from '../../src/lexicon/list-items.js';

describe('lexicon: list items', () => {
  it('knows the marks trimmed off an item', () => {
    for (const c of '：:，,。；;、. \u3000') expect(isItemEdgeCode(c.charCodeAt(0))).toBe(true);
    for (const c of '（）甲1') expect(isItemEdgeCode(c.charCodeAt(0))).toBe(false);
  });

  it('finds the 等 that closes a list, within its longest length', () => {
    expect(ETC_TAIL.exec('甲公司等有关成员单位')?.[0]).toBe('等有关成员单位');
    expect(ETC_TAIL.exec('甲局等')?.[0]).toBe('等');
    expect(ETC_TAIL.test('等级评定')).toBe(false);
    expect(ETC_TAIL_MAX).toBe('等有关成员单位'.length);
  });
});
