import { describe, expect, it } from 'vitest';
import {
  HAS_LIST_SEPARATOR,
  LIST_BRACKETS,
  LIST_SEPARATORS,
  NOTE_BRACKETS,
  ROUND_BRACKETS,
  closesIn,
  holdsOpening,
  matchesOutsideBrackets,
  opensIn,
  splitTopLevel,
  topLevelGroups,
  walkDepth,
} from '../../src/lexicon/brackets.js';

describe('matchesOutsideBrackets', () => {
  it('keeps the matches at bracket depth zero, in order', () => {
    const found = matchesOutsideBrackets(/牵头/g, '省商务厅牵头（省财政厅牵头）、【牵头】省发展改革委牵头').map(
      (m) => m.index,
    );
    expect(found).toEqual([4, 25]);
  });
  it('treats an unmatched closing bracket as depth zero', () => {
    expect(matchesOutsideBrackets(/配合/g, '）配合(配合').map((m) => m.index)).toEqual([1]);
  });
});

describe('bracket sets', () => {
  it('name which marks enclose for each reading', () => {
    expect(opensIn(ROUND_BRACKETS, '（'.charCodeAt(0))).toBe(true);
    expect(opensIn(ROUND_BRACKETS, '【'.charCodeAt(0))).toBe(false);
    expect(opensIn(NOTE_BRACKETS, '【'.charCodeAt(0))).toBe(true);
    expect(opensIn(NOTE_BRACKETS, '《'.charCodeAt(0))).toBe(false);
    expect(opensIn(LIST_BRACKETS, '《'.charCodeAt(0))).toBe(true);
    expect(closesIn(LIST_BRACKETS, '”'.charCodeAt(0))).toBe(true);
  });
  it('derive the quick opening test from the pairs: it agrees with the walker on every character', () => {
    for (const set of [ROUND_BRACKETS, NOTE_BRACKETS, LIST_BRACKETS])
      for (let c = 0; c < 0x10000; c++) {
        const ch = String.fromCharCode(c);
        expect(holdsOpening(set, ch)).toBe(opensIn(set, c));
      }
  });
});

describe('walkDepth', () => {
  it('gives the depth after a piece, ignoring an unmatched closing bracket', () => {
    const text = '）a（b（c）d）e';
    const depths = [...text].map((_, i) => walkDepth(text, ROUND_BRACKETS, 0, i, 0));
    expect(depths).toEqual([0, 0, 0, 1, 1, 2, 2, 1, 1, 0]);
  });
  it('continues from a depth reached before', () => {
    expect(walkDepth('（（）', ROUND_BRACKETS, 2, 3, 2)).toBe(1);
  });
});

describe('topLevelGroups', () => {
  it('returns the contents of outermost groups, an unclosed last one included', () => {
    expect(topLevelGroups('甲（乙（丙）丁）戊【己】（庚')).toEqual(['乙（丙）丁', '己', '庚']);
    expect(topLevelGroups('无括号')).toEqual([]);
  });
});

describe('splitTopLevel', () => {
  it('splits on list separators outside any list bracket', () => {
    expect(splitTopLevel('甲、乙（丙、丁）；《戊、己》，庚')).toEqual(['甲', '乙（丙、丁）', '《戊、己》', '庚']);
  });
  it('takes other separators', () => {
    expect(splitTopLevel('一。二（三。四）。五', '。')).toEqual(['一', '二（三。四）', '五']);
  });
  it('derives its pre-filter from the separators', () => {
    for (const sep of LIST_SEPARATORS) expect(HAS_LIST_SEPARATOR.test(`甲${sep}乙`)).toBe(true);
    expect(HAS_LIST_SEPARATOR.test('甲乙。')).toBe(false);
  });
});
