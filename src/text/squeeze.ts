/**
 * A cell or name with its spaces dropped, for reading numbers and labels and for comparing
 * names printed with stray spaces (项 目 = 项目).
 */
import { rewriteSpaceRuns } from './lists.js';

const HAS_SPACE = /\s/;

const isLatinCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** a run of spaces keeps one blank between two Latin letters and goes elsewhere */
const latinBlank = (a: number, b: number) => (isLatinCode(a) && isLatinCode(b) ? ' ' : '');

/** drop every space except one between two Latin letters (ELSAID AHMED stays apart) */
export function squeeze(s: string): string {
  // most cells hold no space: the regex answers that without a call per character
  if (!HAS_SPACE.test(s)) return s;
  // trimmed, a run of spaces always has a character on both sides
  return rewriteSpaceRuns(s.trim(), latinBlank);
}
