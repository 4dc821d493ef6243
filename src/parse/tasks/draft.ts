import { holdsSpace } from '../../lexicon/chars.js';
import { isValueStopCode, isValueTrailCode } from '../../lexicon/punctuation.js';
import type { Roles } from './roles.js';

/** a task before it gets its id: where it came from and what it says */
export interface TaskDraft {
  docId: string;
  /** lines of the passage it came from */
  first: number;
  last: number;
  seq: string | null;
  section: string[];
  title: string | null;
  text: string;
  roles: Roles;
  deadline: string | null;
  group: string | null;
}

/** a deadline as printed, with the spaces of extraction removed (`2025 年` → `2025年`) */
export function cleanDeadline(v: string | null | undefined): string | null {
  if (!v) return null;
  // most deadlines are printed plain (2025年底前, 长期): nothing to remove, no pattern to run
  if (isPlain(v)) return v;
  const t = v
    .replace(/\s+/g, (m, i: number, s: string) =>
      /[A-Za-z]/.test(s[i - 1] ?? '') && /[A-Za-z]/.test(s[i + m.length] ?? '') ? ' ' : '',
    )
    .replace(/[。；;，,]+$/, '')
    .trim();
  return t || null;
}

/** a deadline without spaces and without a closing mark: cleanDeadline returns it as it is */
function isPlain(v: string): boolean {
  if (holdsSpace(v)) return false;
  const end = v.charCodeAt(v.length - 1);
  return !isValueStopCode(end) && !isValueTrailCode(end);
}
