import type { ActivityRecord, Diagnostic } from '../../schema/index.js';
import type { ParseContext } from '../context.js';
import { dateSpanAt } from '../../text/dates.js';
import { cnToNumber } from '../../lexicon/numerals.js';
import { CHRONICLE_MONTH, CHRONICLE_WORD } from '../../lexicon/activities.js';
import { applyDates, blankActivity, docYear, tidy, type KindResult } from './common.js';

/** a first sentence short enough to serve as a calendar title */
function headline(text: string): string | null {
  const stop = text.search(/[。；]/);
  const s = stop >= 0 ? text.slice(0, stop) : text;
  return tidy(s.length > 80 ? s.slice(0, 80) : s);
}

/**
 * Entries of a 大事记: each bullet starts one (an item block of the tree), which runs
 * over wrapped lines and page breaks up to the next bullet. The date at its head is read with the year (and month)
 * of the chronicle's heading.
 */
export function parseChronicle(ctx: ParseContext): KindResult {
  const records: ActivityRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const doc of ctx.docs) {
    const title = doc.record.title.replace(/\s+/g, '');
    if (doc.record.kind !== CHRONICLE_WORD && !title.includes(CHRONICLE_WORD)) continue;
    const year = docYear(doc);
    const mm = CHRONICLE_MONTH.exec(title);
    const month = mm ? cnToNumber(mm[1]) : null;
    // each bulleted entry is an item block of the tree: bullet line up to the next entry
    for (const item of ctx.docNode(doc.record.id)?.blocks ?? []) {
      if (item.type !== 'item') continue;
      const first = item.position.startLine;
      const j = item.view;
      const rec = blankActivity(ctx, doc, 'chronicle', j.source(0, j.text.length));
      // only a date at the very head counts: the rest of a long entry is not searched
      const span = dateSpanAt(j.text, 0, { year, month });
      if (span) {
        applyDates(ctx, rec, span, first, diagnostics);
        rec.text = tidy(j.text.slice(span.length)) ?? '';
      } else {
        rec.text = tidy(j.text) ?? '';
        diagnostics.push(
          ctx.diag('chronicle-without-date', 'a chronicle entry does not start with its date', first, rec.id),
        );
      }
      rec.name = headline(rec.text);
      records.push(rec);
    }
  }
  return { records, diagnostics };
}
