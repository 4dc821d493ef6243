/**
 * A notice's header read by its GB/T 9704 elements. segment/anchors.ts found where the
 * notice starts and its landmarks; header/region.ts classifies the header's lines once;
 * the element readers in header/ read the title, the 发文字号, the issuers, the addressees,
 * the signature and 成文日期, the 公开属性 note and the attachments. A web page's index block
 * fills the fields the notice lacks, and a disagreement between the two is reported.
 */
import { diagnostic } from '../diagnostics/index.js';
import type { SourceText } from '../normalize/source-text.js';
import type { DocumentRecord, IssueInfo } from '../schema/index.js';
import type { Anchor } from './anchors.js';
import { readAttachments } from './header/attachments.js';
import { issuersInTitle, issuersOnLines } from './header/issuers.js';
import { disagreement, redacted, type HeaderDiag } from './header/notes.js';
import { NO_NUMBER, numberOf, numberOnAddresseeLine, type DocNumber } from './header/number.js';
import { indexBlockLines, indexFieldsOf, readRegion, type HeaderRegion } from './header/region.js';
import { readSignature, redactedDateLine, releasedPublicly } from './header/signature.js';
import { kindOf, readTitle, titleYear } from './header/title.js';

type HeaderFields = Omit<DocumentRecord, 'type' | 'id' | 'docId' | 'source'>;

export interface Header {
  fields: HeaderFields;
  /** where the body starts: the addressee line, else the first line after the header */
  bodyLine: number;
  /** the year dates without one are read in */
  year: number | null;
  /** the index block's labelled lines, or null (the tree's DocumentNode.indexBlock) */
  indexBlock: { first: number; last: number } | null;
  diagnostics: HeaderDiag[];
}

export function readHeader(src: SourceText, a: Anchor, last: number, issue: IssueInfo | null): Header {
  const at = (no: number) => src.lines[no - 1]?.text ?? '';
  const file = src.file;
  const diagnostics: HeaderDiag[] = [];
  const chronicle = a.kind === 'chronicle';
  const title = readTitle(src.lines, a.titleFirst, a.titleLast);
  const region = readRegion(src, a, last);

  let number: DocNumber = (a.numberLine && numberOf(at(a.numberLine))) || NO_NUMBER;
  let issuers = issuersOnLines(at, a.issuerLines);
  // a web page's index block sits above the title or between the title and the body
  const index = indexFieldsOf(region, at);
  if (index.docNumber && number.docNumber && index.docNumber !== number.docNumber)
    diagnostics.push(disagreement(file, a.numberLine ?? a.start, '发文字号', number.docNumber, index.docNumber));
  if (!number.docNumber) number = { docNumber: index.docNumber, docNumberParts: index.docNumberParts };
  if (issuers.length === 0) issuers = index.issuers;
  for (const n of region.redactedNumbers) diagnostics.push(redacted(file, n, '发文字号', at(n).trim()));
  const addressees = readAddresseeNumber(region, number, index.docNumber, diagnostics, file);
  number = addressees.number;

  // signature: issuers and 成文日期 after the addressee paragraph, or at the end of an opinion
  const from = region.bodyLine;
  const sig = chronicle ? null : readSignature(src, from, last);
  if (sig && index.signedDate && sig.date !== index.signedDate)
    diagnostics.push(disagreement(file, sig.line, '成文日期', sig.date, index.signedDate));
  // the notice's own signature is the 成文日期; the index block fills in where it has none
  const signedDate = sig?.date ?? index.signedDate;
  // a run-in signature names its organ; it replaces a guess, not an issuer mark above the title
  if (sig && (sig.inline ? issuers.length === 0 || a.issuerLines.length === 0 : sig.issuers.length))
    issuers = sig.issuers;
  if (!sig && !chronicle) {
    const n = redactedDateLine(src, from, last);
    if (n) diagnostics.push(redacted(file, n, '成文日期', at(n).trim()));
  }
  if (issuers.length === 0) issuers = issuersInTitle(title);

  const publishedDate = index.publishedDate ?? issue?.date ?? null;
  const yearOf = (s: string | null) => (s ? Number(s.slice(0, 4)) : null);
  const year =
    yearOf(signedDate) ??
    number.docNumberParts?.year ??
    titleYear(title) ??
    yearOf(publishedDate) ??
    yearOf(issue?.date ?? null);

  if (a.kind === 'number' && !signedDate)
    diagnostics.push(
      diagnostic('signed-date-missing', `no 成文日期 found for "${title}"`, { file, line: a.titleFirst }),
    );

  return {
    fields: {
      title,
      kind: kindOf(title, chronicle),
      docNumber: number.docNumber,
      docNumberParts: number.docNumberParts,
      issuers,
      addressees: addressees.names,
      signedDate,
      publishedDate,
      publicRelease: releasedPublicly(src, sig?.line ?? from, last),
      attachments: readAttachments(src, from, last),
      issue: issue ? { ...issue } : null,
    },
    bodyLine: region.bodyLine,
    year,
    indexBlock: indexBlockLines(region),
    diagnostics,
  };
}

/** the addressees, and the document's number once a 发文字号 printed on their line is read */
function readAddresseeNumber(
  region: HeaderRegion,
  known: DocNumber,
  fromIndex: string | null,
  diagnostics: HeaderDiag[],
  file: string,
): { names: string[]; number: DocNumber } {
  const p = region.addressees;
  if (!p) return { names: [], number: known };
  const number = p.number
    ? numberOnAddresseeLine(p.number.text, p.number.where, known, fromIndex, diagnostics, { file, line: p.number.line })
    : known;
  return { names: p.names, number };
}
