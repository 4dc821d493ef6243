import { diagnostic } from '../diagnostics/index.js';
import type { SourceText } from '../normalize/source-text.js';
import type { Diagnostic, DocumentRecord, IssueInfo } from '../schema/index.js';
import type { Anchor } from './anchors.js';
import { addresseeText, numberBeforeAddressees, splitAddresseeGroup } from './anchors.js';
import { isChromeLine } from './chrome.js';
import { ATTACHMENT_LINE, DOC_NUMBER_LINE, PUBLIC_RELEASE, REDACTED_NUMBER_LINE, issuerNames } from './patterns.js';
import { titleKind } from '../lexicon/doc-kinds.js';
import { findDate, parseDateLine } from '../text/dates.js';
import { isIndexLine, isLabelValue, readIndexBlock } from './index-block.js';
import { joinCjkSpaces } from '../text/lists.js';
import { splitTopLevel } from '../lexicon/brackets.js';
import { organisationEndingPattern } from '../lexicon/organisations.js';
import { CN_SMALL, CN_YEAR_DIGITS } from '../lexicon/numerals.js';

type HeaderFields = Omit<DocumentRecord, 'type' | 'id' | 'docId' | 'source'>;
type Diag = Omit<Diagnostic, 'recordId'>;

/** an organ's name directly followed by a date: the signature run into a paragraph (web pages) */
const INLINE_SIGNATURE = new RegExp(
  `([\\u4e00-\\u9fff]{2,30}?${organisationEndingPattern('signature')})\\s*` +
    `((?:\\d{4}|[${CN_YEAR_DIGITS}]{4})\\s*年\\s*[0-9${CN_SMALL}]{1,3}\\s*月\\s*[0-9${CN_SMALL}]{1,3}\\s*日)\\s*(?:（此件公开发布）)?`,
);

/** the index block and the notice below it give two values for one field */
function disagreement(file: string, line: number, field: string, header: string, index: string): Diag {
  return diagnostic(
    'index-block-disagrees',
    `the index block gives ${field} ${index}, the notice ${header}; the notice's is kept`,
    { file, line },
  );
}

/** a published copy left a header field out: (略) */
function redacted(file: string, line: number, field: string, text: string): Diag {
  return diagnostic('header-redacted', `the ${field} "${text}" is left out of this copy (略); the field stays empty`, {
    file,
    line,
  });
}

/** 2020年（略）月（略）日: a date line whose parts the copy left out */
const REDACTED_DATE = /^\s*[0-9〇○零一二三四五六七八九（）()略]{4,8}\s*年.{0,8}月.{0,8}日\s*$/;

/** the first date line with (略) in it at or below `from`, or 0 */
function redactedDateLine(src: SourceText, from: number, last: number): number {
  for (let n = src.lineWith('略', from); n <= last; n = src.lineWith('略', n + 1))
    if (REDACTED_DATE.test(src.lines[n - 1].text)) return n;
  return 0;
}

type Parts = HeaderFields['docNumberParts'];

/**
 * A 发文字号 printed at the head of the addressee line: the document's number when it has
 * none yet; one that differs from the number already read is a disagreement, not a guess.
 */
function numberAt(
  text: string,
  docNumber: string | null,
  parts: Parts,
  fromIndex: string | null,
  diagnostics: Diag[],
  file: string,
  line: number,
): { docNumber: string | null; docNumberParts: Parts } {
  const m = DOC_NUMBER_LINE.exec(text)!;
  const found = `${m[1]}〔${m[2]}〕${m[3]}号`;
  if (docNumber && docNumber !== found) {
    const what = docNumber === fromIndex ? 'the index block' : 'the header';
    diagnostics.push(
      diagnostic(
        'doc-number-disagrees',
        `the addressee line opens with 发文字号 ${found}, ${what} gives ${docNumber}; the latter is kept`,
        { file, line },
      ),
    );
    return { docNumber, docNumberParts: parts };
  }
  return { docNumber: found, docNumberParts: { prefix: m[1], year: Number(m[2]), serial: Number(m[3]) } };
}

interface Signature {
  date: string;
  issuers: string[];
  line: number;
  /** run into the paragraph above rather than standing on its own lines */
  inline: boolean;
}

/** organs and the date on one line, apart by spaces: 某某县人民政府办公室  2023年6月30日 */
const SIGNATURE_LINE = new RegExp(
  `^\\s*(\\S.{1,58}?)\\s+((?:\\d{4}|[${CN_YEAR_DIGITS}]{4})\\s*年\\s*[0-9${CN_SMALL}]{1,3}\\s*月\\s*[0-9${CN_SMALL}]{1,3}\\s*日)\\s*$`,
);

function signatureOnOneLine(t: string): { date: string; issuers: string[] } | null {
  const m = t.includes('日') ? SIGNATURE_LINE.exec(t) : null;
  const names = m ? issuerNames(m[1]) : null;
  const iso = names ? parseDateLine(m![2]) : null;
  return iso ? { date: iso, issuers: names! } : null;
}

/** the organs on the lines just above a date line, up to three lines */
function namesAbove(src: SourceText, line: number, from: number): string[] {
  const names: string[] = [];
  for (let k = line - 1, seen = 0; k >= from && seen < 3; k--) {
    const s = src.lines[k - 1].text.trim();
    if (!s) continue;
    const org = issuerNames(s);
    if (!org) break;
    names.unshift(...org);
    seen++;
  }
  return names;
}

/** the signature (organs and 成文日期) at or below line `from` */
function readSignature(src: SourceText, from: number, last: number): Signature | null {
  for (let n = from; n <= last; n++) {
    // below the first two lines only a date line counts, and a date line (parseDateLine)
    // ends with 日: the lines without one are skipped in one search
    if (n > from + 1) {
      n = src.lineWith('日', n);
      if (n > last) break;
    }
    const t = src.lines[n - 1].text;
    if (t.includes('\t')) continue;
    // a run-in signature counts only right after the addressees: no need to look further down
    const inline = n <= from + 1 ? INLINE_SIGNATURE.exec(t) : null;
    if (inline && !parseDateLine(t)) {
      const d = findDate(inline[2]);
      if (d?.iso) return { date: d.iso, issuers: [inline[1].replace(/^.*[。；]/, '')], line: n, inline: true };
    }
    const beside = signatureOnOneLine(t);
    if (beside) return { ...beside, line: n, inline: false };
    const iso = t.includes('日') ? parseDateLine(t) : null;
    if (!iso) continue;
    const names = namesAbove(src, n, from);
    if (names.length || n <= from + 3) return { date: iso, issuers: names, line: n, inline: false };
  }
  return null;
}

export function readHeader(
  src: SourceText,
  a: Anchor,
  last: number,
  issue: IssueInfo | null,
): { fields: HeaderFields; bodyLine: number; year: number | null; diagnostics: Diag[] } {
  const lines = src.lines;
  const diagnostics: Diag[] = [];
  const at = (no: number) => lines[no - 1]?.text ?? '';

  const rawTitle = lines
    .slice(a.titleFirst - 1, a.titleLast)
    .map((l) => l.text.trim())
    .join('');
  const title = joinCjkSpaces(rawTitle);
  let kind = a.kind === 'chronicle' ? '大事记' : (titleKind(title) ?? '其他');

  let docNumber: string | null = null;
  let docNumberParts: HeaderFields['docNumberParts'] = null;
  if (a.numberLine) {
    const m = DOC_NUMBER_LINE.exec(at(a.numberLine))!;
    docNumber = `${m[1]}〔${m[2]}〕${m[3]}号`;
    docNumberParts = { prefix: m[1], year: Number(m[2]), serial: Number(m[3]) };
  }

  let issuers: string[] = a.issuerLines.flatMap((n) => issuerNames(at(n)) ?? []);
  let addressees: string[] = [];
  let publicRelease = false;
  const attachments: string[] = [];

  let cursor = Math.max(a.numberLine ?? 0, a.titleLast) + 1;
  // a web page's index block sits above the title or between the title and the body
  const indexLines: string[] = [];
  for (let n = a.start; n <= Math.min(last, cursor + 6); n++) {
    const t = at(n);
    if (!isIndexLine(t) && !isLabelValue(at(n - 1), t)) continue;
    indexLines.push(t);
    if (n >= cursor) cursor = n + 1;
  }
  const index = readIndexBlock(indexLines);
  if (index.docNumber && docNumber && index.docNumber !== docNumber)
    diagnostics.push(disagreement(src.file, a.numberLine ?? a.start, '发文字号', docNumber, index.docNumber));
  if (!docNumber) ({ docNumber, docNumberParts } = index);
  if (issuers.length === 0) issuers = index.issuers;
  let signedDate = index.signedDate;
  let publishedDate = index.publishedDate;
  // page chrome under the title (来源：… 【字体：大 中 小】) and a number the copy left out stand before the body
  for (; cursor <= last; cursor++) {
    const t = at(cursor);
    if (REDACTED_NUMBER_LINE.test(t) && !DOC_NUMBER_LINE.test(t))
      diagnostics.push(redacted(src.file, cursor, '发文字号', t.trim()));
    else if (t.trim() !== '' && !isChromeLine(t)) break;
  }

  // addressees: the first paragraph, up to its colon (a 发文字号 may open its line)
  let addresseeLine = 0;
  if (a.kind !== 'chronicle' && cursor <= last) {
    const m = addresseeText(at(cursor));
    const number = m ? numberBeforeAddressees(at(cursor)) : null;
    if (number)
      ({ docNumber, docNumberParts } = numberAt(
        number,
        docNumber,
        docNumberParts,
        index.docNumber,
        diagnostics,
        src.file,
        cursor,
      ));
    if (m) {
      addresseeLine = cursor;
      addressees = splitTopLevel(m, '，,；;')
        .flatMap((s) => splitAddresseeGroup(joinCjkSpaces(s.trim())))
        .filter(Boolean);
    }
  }

  // signature: issuers and 成文日期 after the addressee paragraph, or at the end of an opinion
  const from = addresseeLine || cursor;
  const sig = a.kind !== 'chronicle' ? readSignature(src, from, last) : null;
  if (sig && index.signedDate && sig.date !== index.signedDate)
    diagnostics.push(disagreement(src.file, sig.line, '成文日期', sig.date, index.signedDate));
  // the notice's own signature is the 成文日期; the index block fills in where it has none
  if (sig) {
    signedDate = sig.date;
    // a run-in signature names its organ; it replaces a guess, not an issuer mark above the title
    if (sig.inline ? issuers.length === 0 || a.issuerLines.length === 0 : sig.issuers.length) issuers = sig.issuers;
  }
  if (!sig && a.kind !== 'chronicle') {
    const n = redactedDateLine(src, from, last);
    if (n) diagnostics.push(redacted(src.file, n, '成文日期', at(n).trim()));
  }
  const signatureLine = sig?.line ?? 0;
  if (issuers.length === 0) {
    const m = /^(.{3,40}?(?:人民政府|办公厅|办公室|委员会|部|厅|局))关于/.exec(title);
    if (m) issuers = m[1].split(/\s+/);
  }

  // 此件公开发布 stands right after the signature (or in the same line on web pages)
  const releaseFrom = signatureLine || from;
  for (let n = releaseFrom; n <= Math.min(last, releaseFrom + 3); n++)
    if (PUBLIC_RELEASE.test(at(n))) publicRelease = true;

  // 附件：one title, or 1. 2. lines
  for (let n = src.lineWith('附', from); n <= last; n = src.lineWith('附', n + 1)) {
    const t = at(n);
    if (t.includes('\t')) continue;
    const m = ATTACHMENT_LINE.exec(t);
    if (!m) continue;
    const value = m[1].trim();
    const numbered = /^1\s*[.．、]\s*(.+)$/.exec(value);
    if (value && !numbered) {
      attachments.push(joinCjkSpaces(value));
      continue;
    }
    if (numbered) attachments.push(joinCjkSpaces(numbered[1].trim()));
    for (let k = n + 1; k <= last; k++) {
      const s = at(k).trim();
      if (!s) continue;
      const item = /^(\d{1,2})\s*[.．、]\s*(.+)$/.exec(s);
      if (!item || Number(item[1]) !== attachments.length + 1 - (numbered ? 0 : 0)) break;
      attachments.push(joinCjkSpaces(item[2].trim()));
      n = k;
    }
  }

  if (issue && !publishedDate) publishedDate = issue.date;
  const yearOf = (s: string | null) => (s ? Number(s.slice(0, 4)) : null);
  const titleYear = /(\d{4})\s*年/.exec(title);
  const year =
    yearOf(signedDate) ??
    docNumberParts?.year ??
    (titleYear ? Number(titleYear[1]) : null) ??
    yearOf(publishedDate) ??
    yearOf(issue?.date ?? null);

  if (a.kind === 'number' && !signedDate)
    diagnostics.push(
      diagnostic('signed-date-missing', `no 成文日期 found for "${title}"`, { file: src.file, line: a.titleFirst }),
    );
  if (a.kind !== 'chronicle' && !titleKind(title)) kind = '其他';

  return {
    fields: {
      title,
      kind,
      docNumber,
      docNumberParts,
      issuers,
      addressees,
      signedDate,
      publishedDate,
      publicRelease,
      attachments,
      issue: issue ? { ...issue } : null,
    },
    bodyLine: addresseeLine || cursor,
    year,
    diagnostics,
  };
}
