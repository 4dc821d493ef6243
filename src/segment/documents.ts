import type { Line, SourceText } from '../normalize/source-text.js';
import type { Diagnostic, DocumentRecord, IssueInfo } from '../schema/index.js';
import { findGazetteIssue } from './gazette.js';
import { readHeader } from './header.js';
import { DOC_NUMBER_LINE, TOC_LINE, issuerNames, looksLikeTitle } from './patterns.js';
import { joinCjkSpaces } from '../text/lists.js';
import {
  anchorBelowNumber,
  furnitureAbove,
  isPageFurniture,
  untitledAnchor,
  webTitleAnchor,
  type Anchor,
} from './anchors.js';

/** One document of a file, with the lines it spans and the context its records need. */
export interface DocSegment {
  record: DocumentRecord;
  /** 1-based inclusive line range of the whole document (header, body, attachments) */
  firstLine: number;
  lastLine: number;
  /** first line after the title block and number: where the body may start */
  bodyLine: number;
  /** the year dates without one are read in */
  year: number | null;
}

const isBlank = (l: Line | undefined) => !l || l.text.trim() === '';
const isDateOnly = (t: string) =>
  /^\s*[0-9〇○零一二三四五六七八九十]+\s*年\s*[0-9〇○零一二三四五六七八九十]+\s*月\s*[0-9〇○零一二三四五六七八九十]+\s*日\s*$/.test(
    t,
  );

/** a line that may be part of a wrapped title */
function titlePart(t: string): boolean {
  const s = t.trim();
  return (
    s.length > 0 &&
    s.length <= 100 &&
    !t.includes('\t') &&
    !/[。；：]$/.test(s) &&
    !isDateOnly(s) &&
    !TOC_LINE.test(s) &&
    issuerNames(s) === null &&
    !isPageFurniture(s)
  );
}

/** the title block above a 发文字号 line, and the issuer mark above that */
function anchorAtNumber(lines: Line[], numberLine: number, floor: number): Anchor | null {
  let j = numberLine - 1; // 1-based line above
  while (j > floor && isBlank(lines[j - 1])) j--;
  const titleLast = j;
  let titleFirst = j + 1;
  while (j > floor && titleLast - j < 4 && titlePart(lines[j - 1].text)) {
    titleFirst = j;
    j--;
  }
  if (titleFirst > titleLast) return null;
  const titleText = lines
    .slice(titleFirst - 1, titleLast)
    .map((l) => l.text.trim())
    .join('');
  if (!looksLikeTitle(titleText)) {
    // the nearest line might be a stray wrap: accept only a title-like block
    return null;
  }
  while (j > floor && isBlank(lines[j - 1])) j--;
  const issuerLines: number[] = [];
  while (j > floor && issuerLines.length < 3 && issuerNames(lines[j - 1].text)) {
    issuerLines.unshift(j);
    j--;
  }
  const start = issuerLines.length ? issuerLines[0] : titleFirst;
  return { kind: 'number', start, titleFirst, titleLast, numberLine, issuerLines };
}

/** 省政府2020年8月份大事记: a chronicle heading (not its 目录 entry, not the bare category heading) */
function chronicleTitle(t: string): boolean {
  if (!t.includes('记') || t.length > 80) return false;
  const s = t.replace(/\s+/g, '');
  return /^.{2,30}大事记$/.test(s) && !TOC_LINE.test(t.trim());
}

function isNews(src: SourceText): boolean {
  return /本报讯|（记者|记者\s*[\u4e00-\u9fff]{2,4}）|新华社|通讯员|编者按/.test(src.text.slice(0, 20000));
}

export function segmentDocuments(
  src: SourceText,
  fileKey: string,
): { docs: DocSegment[]; diagnostics: Diagnostic[]; issue: IssueInfo | null } {
  const lines = src.lines;
  const diagnostics: Diagnostic[] = [];
  const gazette = findGazetteIssue(lines);
  const anchors: Anchor[] = [];
  const floor = gazette ? gazette.headerEnd : 0;

  // a 发文字号 line holds 号, a chronicle title 记: one search of the text finds the next candidate
  for (let no = src.lineWith('号', floor + 1); no <= lines.length; no = src.lineWith('号', no + 1)) {
    const l = lines[no - 1];
    if (l.text.length <= 40 && DOC_NUMBER_LINE.test(l.text)) {
      const floorAbove = Math.max(
        floor,
        anchors.length
          ? Math.max(anchors[anchors.length - 1].numberLine ?? 0, anchors[anchors.length - 1].titleLast)
          : 0,
      );
      // the seeds' web copies print the title above the number; GB/T 9704 prints it below
      const a = anchorAtNumber(lines, l.no, floorAbove) ?? anchorBelowNumber(lines, l.no, floorAbove);
      // an index block (or page chrome) right above belongs to the notice
      if (a) anchors.push({ ...a, start: furnitureAbove(lines, a.start, floorAbove) });
      else
        diagnostics.push({
          severity: 'warning',
          code: 'doc-number-without-title',
          message: `document number "${l.text.trim()}" has no title above or below it; not started as a document`,
          file: src.file,
          line: l.no,
        });
    }
  }
  // a chronicle is a document of its own; in a gazette, only after the table of contents
  const firstNotice = anchors.length ? anchors[0].start : 0;
  for (
    let no = src.lineWith('记', Math.max(floor + 1, gazette ? firstNotice : 1));
    no <= lines.length;
    no = src.lineWith('记', no + 1)
  ) {
    const l = lines[no - 1];
    if (chronicleTitle(l.text))
      anchors.push({
        kind: 'chronicle',
        start: l.no,
        titleFirst: l.no,
        titleLast: l.no,
        numberLine: null,
        issuerLines: [],
      });
  }
  // a web page: the title leads the file (under page chrome and an index block) and the number is absent
  if (!anchors.some((a) => a.kind === 'number')) {
    const t = webTitleAnchor(lines, 0);
    if (t && !anchors.some((a) => a.start <= t.titleFirst)) anchors.push(t);
  }
  // a copy that starts at the addressees: a notice without its title
  if (anchors.length === 0) {
    const u = untitledAnchor(lines, 0);
    if (u) anchors.push(u);
  }
  anchors.sort((a, b) => a.start - b.start);

  const docs: DocSegment[] = [];
  if (anchors.length === 0) {
    // no notice structure: one document, nothing invented
    const first = lines.find((l) => !isBlank(l));
    if (!first) {
      // nothing to point a record at: an empty file yields no records, only this warning
      diagnostics.push({
        severity: 'warning',
        code: 'empty-file',
        message: 'the file has no text',
        file: src.file,
        line: 1,
      });
      return { docs, diagnostics, issue: null };
    }
    // page chrome and index lines above the text are not its title
    const titleLine = lines.find((l) => !isBlank(l) && !isPageFurniture(l.text)) ?? first;
    const title = joinCjkSpaces(titleLine.text.trim()).slice(0, 80);
    let lastNonBlank: Line | undefined;
    for (let i = lines.length - 1; i >= 0 && !lastNonBlank; i--) if (!isBlank(lines[i])) lastNonBlank = lines[i];
    const record: DocumentRecord = {
      type: 'document',
      id: `${fileKey}#d1`,
      docId: `${fileKey}#d1`,
      source: src.linesSource(first.no, lastNonBlank?.no ?? first.no),
      title,
      kind: isNews(src) ? '新闻' : '其他',
      docNumber: null,
      docNumberParts: null,
      issuers: [],
      addressees: [],
      signedDate: null,
      publishedDate: null,
      publicRelease: false,
      attachments: [],
      issue: null,
    };
    docs.push({ record, firstLine: first.no, lastLine: lines.length, bodyLine: first.no, year: null });
    return { docs, diagnostics, issue: gazette?.issue ?? null };
  }

  anchors.forEach((a, i) => {
    const next = anchors[i + 1];
    let last = next ? next.start - 1 : lines.length;
    while (last > a.start && isBlank(lines[last - 1])) last--;
    const id = `${fileKey}#d${i + 1}`;
    const header = readHeader(src, a, last, gazette?.issue ?? null);
    const record: DocumentRecord = {
      type: 'document',
      id,
      docId: id,
      source: src.linesSource(a.start, last),
      ...header.fields,
    };
    docs.push({ record, firstLine: a.start, lastLine: last, bodyLine: header.bodyLine, year: header.year });
    for (const d of header.diagnostics) diagnostics.push({ ...d, recordId: id });
  });
  return { docs, diagnostics, issue: gazette?.issue ?? null };
}

export type { Anchor };

/** the document holding a line: the last one starting at or before it (docs are in line order) */
export function docAtLine<T extends { firstLine: number }>(docs: T[], line: number): T {
  let lo = 0,
    hi = docs.length - 1,
    found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (docs[mid].firstLine <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return docs[found];
}
