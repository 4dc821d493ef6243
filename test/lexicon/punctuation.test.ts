import { describe, expect, it } from 'vitest';
import {
  isColonCode,
  isListEndCode,
  isParagraphEndCode,
  isPhraseEdgeCode,
  isSentenceStopCode,
  isValueTrailCode,
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
