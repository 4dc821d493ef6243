/**
 * The 发文字号 (GB/T 9704 §7.2.4) as the header meets it: on a line of its own, at either
 * end of the addressee line, or left out of a published copy (略).
 */
import { diagnostic } from '../../diagnostics/index.js';
import {
  DOC_NUMBER_LINE,
  docNumberOf,
  isLeftOutLine,
  isRedactedNumberLine,
  REDACTION_MARK,
  type DocNumberParts,
} from '../../lexicon/doc-number.js';
import type { HeaderDiag } from './notes.js';

export interface DocNumber {
  docNumber: string | null;
  docNumberParts: DocNumberParts | null;
}

export const NO_NUMBER: DocNumber = { docNumber: null, docNumberParts: null };

/** the number a whole 发文字号 line (or a number cut from a line) gives, or null */
export function numberOf(text: string): DocNumber | null {
  const m = DOC_NUMBER_LINE.exec(text);
  return m ? docNumberOf(m) : null;
}

/**
 * a line standing where the 发文字号 stands that is a number the copy left out: the code
 * with 略 for its year or serial (青政办〔略〕号), or only （略）
 */
export function isRedactedNumber(text: string): boolean {
  // both hold the mark: a line without it (almost every line) is read once
  return text.includes(REDACTION_MARK) && (isRedactedNumberLine(text) || isLeftOutLine(text));
}

/**
 * A 发文字号 printed on the addressee line: the document's number when it has none yet; one
 * that differs from the number already read is a disagreement, not a guess.
 */
export function numberOnAddresseeLine(
  text: string,
  where: 'opens' | 'ends',
  known: DocNumber,
  fromIndex: string | null,
  diagnostics: HeaderDiag[],
  place: { file: string; line: number },
): DocNumber {
  const found = numberOf(text)!;
  if (known.docNumber && known.docNumber !== found.docNumber) {
    const what = known.docNumber === fromIndex ? 'the index block' : 'the header';
    diagnostics.push(
      diagnostic(
        'doc-number-disagrees',
        `the addressee line ${where} with 发文字号 ${found.docNumber}, ${what} gives ${known.docNumber}; the latter is kept`,
        place,
      ),
    );
    return known;
  }
  return found;
}
