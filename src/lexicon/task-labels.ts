/**
 * The field labels of a task (牵头单位：, 责任单位：, 完成时限： …) as the task reader reads
 * them: the lexicon's role labels and deadline labels, with the quick first/last-character
 * tables derived from the same list.
 */
import { firstCharTable, isSpaceCode, lastCharTable } from './chars.js';
import { roleLabels, taskRoleOfLabel, type TaskRole } from './roles.js';
import { DEADLINE_LABELS } from './dates.js';
import { skipBackWhile, skipWhile } from '../text/code-runs.js';

export type Role = TaskRole | 'deadline';

/** field labels of a task, by the role each fills (the lexicon's role labels, then the deadline's) */
const ROLE_OF = new Map<string, Role>([
  ...roleLabels('task').map((w): [string, Role] => [w, taskRoleOfLabel(w)!]),
  ...DEADLINE_LABELS.map((w): [string, Role] => [w, 'deadline']),
]);
/** spaces may sit between the characters of a label (`牵 头 单 位：`) */
const LABEL_NAMES = [...ROLE_OF.keys()].map((w) => [...w].join('[ \\t]*')).join('|');
/** the last character of each label (the one a label's colon follows), by char code */
const LABEL_LAST = lastCharTable([...ROLE_OF.keys()]);
/** whether a label's last character stands before the colon at offset `colon` (blanks between allowed) */
export function labelEndBefore(text: string, colon: number): boolean {
  const end = skipBackWhile(text, colon, isSpaceCode);
  return end > 0 && LABEL_LAST[text.charCodeAt(end - 1)] === 1;
}
/** the first character of each label, by char code */
const LABEL_FIRST = firstCharTable([...ROLE_OF.keys()]);
/** a label at the start of a paragraph */
export const LABEL_START = new RegExp(`^\\s*(${LABEL_NAMES})\\s*[：:]\\s*`);

/**
 * `LABEL_START.test(text)`: most lines open with no label's first character, which one
 * look at that character tells without running the long alternation.
 */
export function startsWithLabel(text: string): boolean {
  const i = skipWhile(text, 0, text.length, isSpaceCode);
  return i < text.length && LABEL_FIRST[text.charCodeAt(i)] === 1 && LABEL_START.test(text);
}
/** a label anywhere (checked for bracket depth by the caller) */
export const LABEL_ANY = new RegExp(`(${LABEL_NAMES})\\s*[：:]\\s*`, 'g');

/** the role a label (as printed, spaces and all) fills, or null */
export function roleOfLabel(label: string): Role | null {
  // labels are almost always printed without spaces: only a label not found as printed is read again without them
  return ROLE_OF.get(label) ?? ROLE_OF.get(label.replace(/\s+/g, '')) ?? null;
}
