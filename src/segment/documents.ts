import { diagnostic } from '../diagnostics/index.js';
import type { Line, SourceText } from '../normalize/source-text.js';
import type { Diagnostic, DocumentRecord, IssueInfo } from '../schema/index.js';
import {
  chronicleAnchors,
  isBlank,
  isPageFurniture,
  numberAnchors,
  titleAnchors,
  untitledAnchor,
  webTitleAnchor,
  type Anchor,
} from './anchors.js';
import { findGazetteIssue } from './gazette.js';
import { HeadLines } from './head-lines.js';
import { readHeader } from './header.js';
import { joinCjkSpaces } from '../text/lists.js';
import { appendAll } from '../text/arrays.js';
import { LineMarks } from '../text/line-memo.js';

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
  /** a web page's index block above the notice or under its title, as the header reader found it */
  indexBlock: { first: number; last: number } | null;
}

function isNews(src: SourceText): boolean {
  return /本报讯|（记者|记者\s*[\u4e00-\u9fff]{2,4}）|新华社|通讯员|编者按/.test(src.text.slice(0, 20000));
}

/** the anchors of a file's documents, in line order, none inside another's head */
function findAnchors(src: SourceText, floor: number, inGazette: boolean, diagnostics: Diagnostic[]): Anchor[] {
  // one table per file: the anchor finders ask the same lines the same questions
  const h = new HeadLines(src.lines);
  const { anchors: numbered, orphans } = numberAnchors(src, h, floor);
  // the head of a numbered notice (issuer, title, number) starts no other document; its
  // lines are marked once (titleAnchors asks of every line with a colon)
  const heads = new LineMarks(src.lines.length);
  for (const a of numbered) heads.mark(a.start, Math.max(a.numberLine ?? 0, a.titleLast));
  const taken = (line: number) => heads.has(line);
  const anchors = [...numbered, ...titleAnchors(src, h, floor, taken)];
  for (const no of orphans)
    if (!anchors.some((a) => a.numberLine === no))
      diagnostics.push(
        diagnostic(
          'doc-number-without-title',
          `document number "${src.lines[no - 1].text.trim()}" has no title above or below it; not started as a document`,
          { file: src.file, line: no },
        ),
      );
  // in a gazette, a chronicle's 目录 entry comes before the first notice
  const firstNotice = anchors.length ? Math.min(...anchors.map((a) => a.start)) : 0;
  appendAll(anchors, chronicleAnchors(src, Math.max(floor + 1, inGazette ? firstNotice : 1)));
  // a web page: the title leads the file (under page chrome and an index block) and the number is absent
  if (!anchors.some((a) => a.kind !== 'chronicle')) {
    const t = webTitleAnchor(h, 0);
    if (t && !anchors.some((a) => a.start <= t.titleFirst)) anchors.push(t);
  }
  // a copy that starts at the addressees: a notice without its title
  if (anchors.length === 0) {
    const u = untitledAnchor(h, 0);
    if (u) anchors.push(u);
  }
  return anchors.sort((a, b) => a.start - b.start);
}

/**
 * Non-blank lines before the first document (a gazette's cover and 目录, a page's
 * navigation) belong to no document: one info diagnostic says so, so no line vanishes.
 */
function outsideDocuments(src: SourceText, first: number, gazette: boolean): Diagnostic | null {
  const lines = src.lines;
  let a = 1;
  while (a < first && isBlank(lines[a - 1])) a++;
  let b = first - 1;
  while (b >= a && isBlank(lines[b - 1])) b--;
  if (b < a) return null;
  const what = gazette ? "the gazette's cover and table of contents" : 'text above the first document';
  return diagnostic('outside-documents', `lines ${a}–${b} (${what}) are outside every document`, {
    file: src.file,
    line: a,
    endLine: b,
  });
}

/** a file without notice structure: one document, nothing invented */
function wholeFileDocument(src: SourceText, fileKey: string): DocSegment | null {
  const lines = src.lines;
  const first = lines.find((l) => !isBlank(l));
  if (!first) return null;
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
  return { record, firstLine: first.no, lastLine: lines.length, bodyLine: first.no, year: null, indexBlock: null };
}

/**
 * Cut a file into documents that tile it: each runs from its anchor to the line before
 * the next one, so documents never overlap and every line after the first anchor lies in
 * one; the lines above the first anchor are reported as outside every document.
 */
export function segmentDocuments(
  src: SourceText,
  fileKey: string,
): { docs: DocSegment[]; diagnostics: Diagnostic[]; issue: IssueInfo | null } {
  const lines = src.lines;
  const diagnostics: Diagnostic[] = [];
  const gazette = findGazetteIssue(lines);
  const anchors = findAnchors(src, gazette ? gazette.headerEnd : 0, !!gazette, diagnostics);
  const docs: DocSegment[] = [];
  if (anchors.length === 0) {
    const whole = wholeFileDocument(src, fileKey);
    if (whole) docs.push(whole);
    // nothing to point a record at: an empty file yields no records, only this warning
    else diagnostics.push(diagnostic('empty-file', 'the file has no text', { file: src.file, line: 1 }));
    return { docs, diagnostics, issue: whole ? (gazette?.issue ?? null) : null };
  }
  const outside = outsideDocuments(src, anchors[0].start, !!gazette);
  if (outside) diagnostics.push(outside);
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
    docs.push({
      record,
      firstLine: a.start,
      lastLine: last,
      bodyLine: header.bodyLine,
      year: header.year,
      indexBlock: header.indexBlock,
    });
    for (const d of header.diagnostics) diagnostics.push({ ...d, recordId: id });
  });
  return { docs, diagnostics, issue: gazette?.issue ?? null };
}

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
