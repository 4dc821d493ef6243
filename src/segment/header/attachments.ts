/** The 附件说明 (GB/T 9704 §7.3.4): 附件：one title, or 附件：1.… with 2. 3. on the lines below. */
import type { SourceText } from '../../normalize/source-text.js';
import { joinCjkSpaces } from '../../text/lists.js';
import { ATTACHMENT_LINE } from '../patterns.js';

const FIRST_ITEM = /^1\s*[.．、]\s*(.+)$/;
const ITEM = /^(\d{1,2})\s*[.．、]\s*(.+)$/;

/** the attachment titles named at or below line `from` */
export function readAttachments(src: SourceText, from: number, last: number): string[] {
  const attachments: string[] = [];
  const at = (no: number) => src.lines[no - 1]?.text ?? '';
  for (let n = src.lineWith('附', from); n <= last; n = src.lineWith('附', n + 1)) {
    const t = at(n);
    if (t.includes('\t')) continue;
    const m = ATTACHMENT_LINE.exec(t);
    if (!m) continue;
    const value = m[1].trim();
    const numbered = FIRST_ITEM.exec(value);
    if (value && !numbered) {
      attachments.push(joinCjkSpaces(value));
      continue;
    }
    if (numbered) attachments.push(joinCjkSpaces(numbered[1].trim()));
    for (let k = n + 1; k <= last; k++) {
      const s = at(k).trim();
      if (!s) continue;
      const item = ITEM.exec(s);
      if (!item || Number(item[1]) !== attachments.length + 1) break;
      attachments.push(joinCjkSpaces(item[2].trim()));
      n = k;
    }
  }
  return attachments;
}
