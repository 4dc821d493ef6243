/** The 标题 (GB/T 9704 §7.3.1): the lines the anchor found, joined, and the 文种 it ends with. */
import { titleKind } from '../../lexicon/doc-kinds.js';
import type { Line } from '../../normalize/source-text.js';
import { joinCjkSpaces } from '../../text/lists.js';

/** the title printed on lines first..last (none when last < first), wrapped lines joined */
export function readTitle(lines: Line[], first: number, last: number): string {
  let raw = '';
  for (let n = first; n <= last; n++) raw += lines[n - 1].text.trim();
  return joinCjkSpaces(raw);
}

/** the document's kind: a chronicle, else the 文种 the title ends with, else 其他 */
export function kindOf(title: string, chronicle: boolean): string {
  return chronicle ? '大事记' : (titleKind(title) ?? '其他');
}

/** the year a title names (2023年…工作要点), or null */
export function titleYear(title: string): number | null {
  const m = /(\d{4})\s*年/.exec(title);
  return m ? Number(m[1]) : null;
}
