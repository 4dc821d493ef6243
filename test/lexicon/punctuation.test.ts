import { describe, expect, it } from 'vitest';
import {
  isColonCode,
  isListEndCode,
  isParagraphEndCode,
  isPhraseEdgeCode,
  isSentenceStopCode,
  isValueTrailCode,
  nextSentenceStop,
} from '../../src/lexicon/punctuation.js';

const codes = (s: string) => [...s].map((c) => c.charCodeAt(0));

describe('punctuation classes', () => {
  it('name what each mark ends', () => {
    expect(codes('。；').every(isSentenceStopCode)).toBe(true);
    expect(isSentenceStopCode('，'.charCodeAt(0))).toBe(false);
    expect(codes('。！？；）)」”').every(isParagraphEndCode)).toBe(true);
    expect(isParagraphEndCode('，'.charCodeAt(0))).toBe(false);
    expect(codes('；;，, \u3000').every(isValueTrailCode)).toBe(true);
    expect(codes('，、；：。 ').every(isPhraseEdgeCode)).toBe(true);
    expect(isPhraseEdgeCode(','.charCodeAt(0))).toBe(false);
    expect(codes('。；，、\t').every(isListEndCode)).toBe(true);
    expect(isListEndCode('：'.charCodeAt(0))).toBe(false);
    expect(isColonCode('：'.charCodeAt(0))).toBe(true);
    expect(isColonCode(':'.charCodeAt(0))).toBe(false);
  });
});

describe('nextSentenceStop', () => {
  it('finds the next 。 or ； at or after an offset, -1 past the last', () => {
    const s = '一、甲。二、乙；丙';
    expect(nextSentenceStop(s, 0)).toBe(3);
    expect(nextSentenceStop(s, 3)).toBe(3);
    expect(nextSentenceStop(s, 4)).toBe(7);
    expect(nextSentenceStop(s, 8)).toBe(-1);
  });
});
