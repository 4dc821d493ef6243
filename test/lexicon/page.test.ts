import { describe, expect, it } from 'vitest';
import { ARTICLE_META_LABELS, INDEX_LABELS, LOCATION_LABELS, PAGE_TOOL_WORDS } from '../../src/lexicon/page.js';

describe('page words', () => {
  it('give every index-block label one field', () => {
    const labels = INDEX_LABELS.map(([l]) => l);
    expect(new Set(labels).size).toBe(labels.length);
    expect(new Map(INDEX_LABELS).get('发文字号')).toBe('docNumber');
    expect(new Map(INDEX_LABELS).get('成文日期')).toBe('signedDate');
    expect(new Map(INDEX_LABELS).get('索引号')).toBe('other');
  });
  it('list a tool word before any shorter word it begins with (分享到 before 分享)', () => {
    for (let i = 0; i < PAGE_TOOL_WORDS.length; i++)
      for (let j = i + 1; j < PAGE_TOOL_WORDS.length; j++)
        expect(PAGE_TOOL_WORDS[j].startsWith(PAGE_TOOL_WORDS[i]) && PAGE_TOOL_WORDS[j] !== PAGE_TOOL_WORDS[i]).toBe(
          false,
        );
    expect(LOCATION_LABELS).toContain('当前位置');
    expect(ARTICLE_META_LABELS).toContain('来源');
  });
});
