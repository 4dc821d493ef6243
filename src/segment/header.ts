import type { SourceText } from '../normalize/source-text.js';
import type { Diagnostic, DocumentRecord, IssueInfo } from '../schema/index.js';
import type { Anchor } from './documents.js';
import {
  ATTACHMENT_LINE,
  DOC_NUMBER_ANY,
  DOC_NUMBER_LINE,
  PUBLIC_RELEASE,
  PUBLISHED_LINE,
  issuerNames,
  titleKind,
} from './patterns.js';
import { findDate, parseAnyDate, parseDateLine } from '../text/dates.js';
import { joinCjkSpaces } from '../text/lists.js';
import { organisationEndingPattern } from '../lexicon/organisations.js';
import { splitTopLevel } from '../lexicon/brackets.js';

type HeaderFields = Omit<DocumentRecord, 'type' | 'id' | 'docId' | 'source'>;
type Diag = Omit<Diagnostic, 'recordId'>;

/** an organ's name directly followed by a date: the signature run into a paragraph (web pages) */
const INLINE_SIGNATURE = new RegExp(
  `([\\u4e00-\\u9fff]{2,30}?${organisationEndingPattern('signature')})\\s*` +
    '((?:\\d{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*[0-9一二三四五六七八九十]{1,3}\\s*月\\s*[0-9一二三四五六七八九十]{1,3}\\s*日)\\s*(?:（此件公开发布）)?',
);

/** labelled fields of a web portal's index block */
const INDEX_FIELD =
  /(索引号|发文字号|发文机关|发布机构|成文日期|发布日期|主题分类)\s*[：:]\s*([^\s：:]+(?:\s[^\s：:]+)*?)(?=\s+(?:索引号|发文字号|发文机关|发布机构|成文日期|发布日期|主题分类|标题)\s*[：:]|\s*$)/g;

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
  let publishedDate: string | null = null;
  let signedDate: string | null = null;
  let addressees: string[] = [];
  let publicRelease = false;
  const attachments: string[] = [];

  let cursor = (a.numberLine ?? a.titleLast) + 1;
  // a web page's 发布日期 line and index block sit between the title and the body
  for (let n = a.titleFirst; n <= Math.min(last, cursor + 6); n++) {
    const t = at(n);
    const pm = PUBLISHED_LINE.exec(t);
    if (pm) {
      publishedDate = parseAnyDate(pm[1]);
      if (n >= cursor) cursor = n + 1;
      continue;
    }
    // an index block is a few short labelled lines; a long line is body text, not one,
    // and a line without a colon has no label
    for (const f of t.length <= 400 && (t.includes('：') || t.includes(':')) ? t.matchAll(INDEX_FIELD) : []) {
      const v = f[2].trim();
      if (f[1] === '发文字号' && !docNumber) {
        const dm = DOC_NUMBER_ANY.exec(v);
        if (dm) {
          docNumber = `${dm[1]}〔${dm[2]}〕${dm[3]}号`;
          docNumberParts = { prefix: dm[1], year: Number(dm[2]), serial: Number(dm[3]) };
        }
      } else if ((f[1] === '发布机构' || f[1] === '发文机关') && issuers.length === 0) issuers = v.split(/\s+/);
      else if (f[1] === '成文日期') signedDate = parseAnyDate(v);
      else if (f[1] === '发布日期') publishedDate = parseAnyDate(v);
      if (n >= cursor) cursor = n + 1;
    }
  }
  while (cursor <= last && at(cursor).trim() === '') cursor++;

  // addressees: the first paragraph, up to its colon
  let addresseeLine = 0;
  if (a.kind !== 'chronicle' && cursor <= last) {
    const t = at(cursor).trim();
    const m = /^([^。：]{2,160}?)：/.exec(t);
    if (m && /^各|、|，|(政府|厅|局|委|部|司局|单位)$/.test(m[1]) && !/^(附件|主题词|抄送)/.test(m[1])) {
      addresseeLine = cursor;
      addressees = splitTopLevel(m[1], '，,；;')
        .map((s) => joinCjkSpaces(s.trim()))
        .filter(Boolean);
    }
  }

  // signature: issuers and 成文日期 after the addressee paragraph, or at the end of an opinion
  const from = addresseeLine || cursor;
  let signatureLine = 0;
  if (a.kind !== 'chronicle') {
    for (let n = from; n <= last && !signedDate; n++) {
      // below the first two lines only a date line counts, and a date line (parseDateLine)
      // ends with 日: the lines without one are skipped in one search
      if (n > from + 1) {
        n = src.lineWith('日', n);
        if (n > last) break;
      }
      const t = at(n);
      if (t.includes('\t')) continue;
      // a run-in signature counts only right after the addressees: no need to look further down
      const inline = n <= from + 1 ? INLINE_SIGNATURE.exec(t) : null;
      if (inline && !parseDateLine(t)) {
        const d = findDate(inline[2]);
        if (d?.iso) {
          signedDate = d.iso;
          if (issuers.length === 0 || a.issuerLines.length === 0) issuers = [inline[1].replace(/^.*[。；]/, '')];
          signatureLine = n;
          break;
        }
      }
      const iso = t.includes('日') ? parseDateLine(t) : null;
      if (!iso) continue;
      // the organs signing stand on the lines just above the date
      const names: string[] = [];
      for (let k = n - 1, seen = 0; k >= from && seen < 3; k--) {
        const s = at(k).trim();
        if (!s) continue;
        const org = issuerNames(s);
        if (!org) break;
        names.unshift(...org);
        seen++;
      }
      if (names.length || n <= from + 3) {
        signedDate = iso;
        if (names.length) issuers = names;
        signatureLine = n;
      }
    }
  }
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
    diagnostics.push({
      severity: 'warning',
      code: 'signed-date-missing',
      message: `no 成文日期 found for "${title}"`,
      file: src.file,
      line: a.titleFirst,
    });
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
