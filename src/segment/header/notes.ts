/** The diagnostics the header reader raises, one factory each (codes in diagnostics/codes.ts). */
import { diagnostic } from '../../diagnostics/index.js';
import type { Diagnostic } from '../../schema/index.js';

/** a header diagnostic before the document's id is known */
export type HeaderDiag = Omit<Diagnostic, 'recordId'>;

/** the index block and the notice below it give two values for one field */
export function disagreement(file: string, line: number, field: string, header: string, index: string): HeaderDiag {
  return diagnostic(
    'index-block-disagrees',
    `the index block gives ${field} ${index}, the notice ${header}; the notice's is kept`,
    { file, line },
  );
}

/** a published copy left a header field out: (略) */
export function redacted(file: string, line: number, field: string, text: string): HeaderDiag {
  return diagnostic('header-redacted', `the ${field} "${text}" is left out of this copy (略); the field stays empty`, {
    file,
    line,
  });
}
