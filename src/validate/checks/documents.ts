import { diagnostic } from '../../diagnostics/index.js';
import type { CrossCheck } from './types.js';

/** header fields that a notice should have and dates that cannot be */
export const documentChecks: CrossCheck = {
  name: 'documents',
  codes: ['published-before-signed', 'doc-number-year-mismatch'],
  run(parsed) {
    const out = [];
    for (const d of parsed.records.documents) {
      if (d.signedDate && d.publishedDate && d.publishedDate < d.signedDate) {
        out.push(
          diagnostic(
            'published-before-signed',
            `${d.docNumber ?? d.title}: published ${d.publishedDate} before it was signed ${d.signedDate}`,
            { file: parsed.file, line: d.source.startLine, recordId: d.id },
          ),
        );
      }
      if (d.docNumberParts && d.signedDate && Number(d.signedDate.slice(0, 4)) !== d.docNumberParts.year) {
        out.push(
          diagnostic(
            'doc-number-year-mismatch',
            `${d.docNumber}: number year ${d.docNumberParts.year} but signed ${d.signedDate}`,
            { file: parsed.file, line: d.source.startLine, recordId: d.id },
          ),
        );
      }
    }
    return out;
  },
};
