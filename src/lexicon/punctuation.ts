/**
 * Punctuation classes by code unit, each named by what it marks in the text. The readers
 * that walk text by code unit ask these instead of comparing character codes themselves.
 */
import { charTable, isSpaceCode } from './chars.js';

const member = (chars: string) => {
  const table = charTable(chars);
  return (c: number): boolean => table[c] === 1;
};

/** 。 or ；: the end of a sentence, where a run-in heading or a label's value may stop */
export const isSentenceStopCode = member('。；');
const SENTENCE_STOP = /[。；]/g;
/** the offset of the next 。 or ； at or after `from`, or -1: one search, for readers that jump from stop to stop */
export function nextSentenceStop(s: string, from: number): number {
  SENTENCE_STOP.lastIndex = from;
  const m = SENTENCE_STOP.exec(s);
  SENTENCE_STOP.lastIndex = 0;
  return m ? m.index : -1;
}

/** 。！？；: what ends a sentence, so the next line starts a new paragraph */
export const isSentenceEndCode = member('。！？；');

/** what a complete paragraph ends with: 。！？；）)」” */
export const isParagraphEndCode = member('。！？；）)」”');

/** ；;，, or a space: trailing separators after a labelled value */
export const isValueTrailCode = (c: number): boolean => isClauseTrailTable(c) || isSpaceCode(c);
const isClauseTrailTable = member('；;，,');

/** ，、；：。 or a space: the marks trimmed from the edges of a phrase */
export const isPhraseEdgeCode = (c: number): boolean => isPhraseEdgeTable(c) || isSpaceCode(c);
const isPhraseEdgeTable = member('，、；：。');

/** 。；，、 or a space: the marks trimmed from the end of a list of names */
export const isListEndCode = (c: number): boolean => isListEndTable(c) || isSpaceCode(c);
const isListEndTable = member('。；，、');

/** the full-width colon that ends a label (：) */
export const isColonCode = member('：');

/** the colons a label may end with, of either width */
export const COLONS = ['：', ':'];

/** does the text hold a colon of either width (：or :): every label and field needs one */
export const holdsColon = (text: string): boolean => text.includes('：') || text.includes(':');

/** 。；;，, or a space: what may stand before a label run into a passage (…推进。牵头单位：…) */
export const isLabelBreakCode = (c: number): boolean => isLabelBreakTable(c) || isSpaceCode(c);
const isLabelBreakTable = member('。；;，,');

/** 。；;: the marks that close a labelled value (责任单位：省财政厅。) */
export const isValueStopCode = member('。；;');
