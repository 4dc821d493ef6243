import type { Diagnostic, DocumentRecord } from '../../schema/index.js';
import type { CrossCheck } from './types.js';
import { diagnostic, type DiagnosticCode } from '../../diagnostics/index.js';
import { isChromeLine } from '../../segment/chrome.js';
import { isIndexLine } from '../../segment/index-block.js';
import { addresseeText } from '../../segment/header/addressees.js';
import { DOC_NUMBER_ANY } from '../../segment/patterns.js';
import { titleKind } from '../../lexicon/doc-kinds.js';
import { parseAnyDate, parseDateLine } from '../../text/dates.js';

/** texts with no GB/T 9704 header of their own: their titles need no 文种 */
const NOT_NOTICES = new Set(['新闻', '大事记']);

/** why a title cannot be trusted, or null: what a badly read page puts where the title goes */
export function doubtAboutTitle(title: string, kind: string): string | null {
  const t = title.trim();
  if (!t) return 'the header has no title';
  if (isChromeLine(t)) return 'the title looks like page navigation or tools';
  if (isIndexLine(t)) return "the title looks like a line of the portal's index block";
  // the cheap half of each test first: a title is rarely that short or ends in a colon
  if (t.length <= 24 && DOC_NUMBER_ANY.exec(t)?.index === 0) return 'the title is a document number';
  if (parseDateLine(t) || (t.length <= 20 && parseAnyDate(t))) return 'the title is a date';
  if (t.endsWith('：') && addresseeText(t)) return 'the title is an addressee line';
  if (!NOT_NOTICES.has(kind) && !titleKind(t)) return 'the title does not end in a 文种 (通知, 意见, 办法 …)';
  return null;
}

function warn(file: string, d: DocumentRecord, code: DiagnosticCode, message: string): Diagnostic {
  return diagnostic(code, message, { file, line: d.source.startLine, recordId: d.id });
}

/**
 * Headers the reader could not vouch for: an analyst should see from the report that a
 * page was read badly, not find out from the data.
 */
export const headerChecks: CrossCheck = {
  name: 'headers',
  codes: ['title-doubtful', 'header-incomplete'],
  run(parsed) {
    const out: Diagnostic[] = [];
    for (const d of parsed.records.documents) {
      const doubt = doubtAboutTitle(d.title, d.kind);
      if (doubt) out.push(warn(parsed.file, d, 'title-doubtful', `${doubt}: "${d.title.slice(0, 60)}"`));
      if (!NOT_NOTICES.has(d.kind) && d.issuers.length === 0 && !d.signedDate && !d.publishedDate)
        out.push(warn(parsed.file, d, 'header-incomplete', `"${d.title.slice(0, 40)}" has no issuer and no date`));
    }
    return out;
  },
};
