/**
 * Where documents start. GB/T 9704 gives a notice a fixed head: the issuer mark, the title
 * ending in its 文种, the 发文字号, the 主送机关 line ending in ：. A web copy drops the
 * number but keeps the title, a 发布日期 or index block, and the addressee line. Each such
 * head is an anchor; the documents of a file run from one anchor to the next.
 */
import type { Line, SourceText } from '../normalize/source-text.js';
import {
  DOC_NUMBER_LINE,
  PUBLIC_RELEASE,
  TOC_LINE,
  addresseeHead,
  isIndexLine,
  issuerNames,
  looksLikeTitle,
} from './patterns.js';

export interface Anchor {
  kind: 'number' | 'title' | 'chronicle';
  /** first line of the document (index block, issuer mark or title) */
  start: number;
  titleFirst: number;
  titleLast: number;
  numberLine: number | null;
  issuerLines: number[];
}

export const isBlank = (l: Line | undefined) => !l || l.text === '';
export const isDateOnly = (t: string) =>
  /^\s*[0-9〇零一二三四五六七八九十]+\s*年\s*[0-9〇零一二三四五六七八九十]+\s*月\s*[0-9〇零一二三四五六七八九十]+\s*日\s*$/.test(
    t,
  );

/** page chrome (【字体：大 中 小】, 首页 | 政务公开) and labels are never part of a title */
const NOT_IN_TITLE = /[【】|：]/;

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
    !DOC_NUMBER_LINE.test(s) &&
    !PUBLIC_RELEASE.test(s) &&
    !isIndexLine(s) &&
    !NOT_IN_TITLE.test(s) &&
    issuerNames(s) === null
  );
}

/** the line above `no` that is not blank, at or above `floor` + 1, or 0 */
function nonBlankAbove(lines: Line[], no: number, floor: number): number {
  let j = no - 1;
  while (j > floor && isBlank(lines[j - 1])) j--;
  return j > floor ? j : 0;
}

/**
 * The title block ending at line `titleLast` (up to four wrapped lines), the issuer mark
 * above it, and an index block above that: an anchor, or null when the block is no title.
 */
function titleBlock(lines: Line[], titleLast: number, floor: number): Omit<Anchor, 'kind' | 'numberLine'> | null {
  let j = titleLast;
  let titleFirst = titleLast + 1;
  while (j > floor && titleLast - j < 4 && titlePart(lines[j - 1].text)) {
    titleFirst = j;
    j--;
  }
  if (titleFirst > titleLast) return null;
  const titleText = lines
    .slice(titleFirst - 1, titleLast)
    .map((l) => l.text.trim())
    .join('');
  // the nearest line might be a stray wrap: accept only a title-like block
  if (!looksLikeTitle(titleText)) return null;
  j = nonBlankAbove(lines, j + 1, floor);
  const issuerLines: number[] = [];
  while (j > floor && issuerLines.length < 3 && issuerNames(lines[j - 1].text)) {
    issuerLines.unshift(j);
    j--;
  }
  let start = issuerLines.length ? issuerLines[0] : titleFirst;
  // a web page's index block above the title belongs to the notice
  for (let k = nonBlankAbove(lines, start, floor); k > 0 && isIndexLine(lines[k - 1].text);) {
    start = k;
    k = nonBlankAbove(lines, k, floor);
  }
  return { start, titleFirst, titleLast, issuerLines };
}

/** the title block above a 发文字号 line, and the issuer mark above that */
function anchorAtNumber(lines: Line[], numberLine: number, floor: number): Anchor | null {
  const last = nonBlankAbove(lines, numberLine, floor);
  const block = last ? titleBlock(lines, last, floor) : null;
  return block && { kind: 'number', numberLine, ...block };
}

/** every 发文字号 line with a title above it, and the lines of those without one */
export function numberAnchors(src: SourceText, floor: number): { anchors: Anchor[]; orphans: number[] } {
  const lines = src.lines;
  const anchors: Anchor[] = [];
  const orphans: number[] = [];
  // a 发文字号 line holds 号: one search of the text finds the next candidate
  for (let no = src.lineWith('号', floor + 1); no <= lines.length; no = src.lineWith('号', no + 1)) {
    const l = lines[no - 1];
    if (l.text.length > 40 || !DOC_NUMBER_LINE.test(l.text)) continue;
    const prev = anchors[anchors.length - 1];
    const a = anchorAtNumber(lines, l.no, Math.max(floor, prev ? (prev.numberLine ?? prev.titleLast) : 0));
    if (a) anchors.push(a);
    else orphans.push(l.no);
  }
  return { anchors, orphans };
}

/** 某某省人民政府文件: the 发文机关标志 of a notice's 版头 */
const ISSUER_MARK = /^\s*\S{2,40}文件\s*$/;

/** a notice as GB/T 9704 prints it: 发文机关标志 and 发文字号 above the title */
function withNumberAbove(lines: Line[], block: Omit<Anchor, 'kind' | 'numberLine'>, floor: number): Anchor {
  const n = nonBlankAbove(lines, block.start, floor);
  if (n === 0 || !DOC_NUMBER_LINE.test(lines[n - 1].text)) return { kind: 'title', numberLine: null, ...block };
  const mark = nonBlankAbove(lines, n, floor);
  const start = mark && ISSUER_MARK.test(lines[mark - 1].text) ? mark : n;
  return { kind: 'number', numberLine: n, ...block, start };
}

/**
 * Notices without a 发文字号 (web copies, dumps): a title followed, past a 发布日期 line or
 * an index block, by the addressee line that opens the body. A title inside a body (an
 * attached plan's) is followed by body text, not by addressees, so it starts nothing.
 */
export function titleAnchors(src: SourceText, floor: number, taken: (line: number) => boolean): Anchor[] {
  const lines = src.lines;
  const anchors: Anchor[] = [];
  for (let no = src.lineWith('：', floor + 1); no <= lines.length; no = src.lineWith('：', no + 1)) {
    if (taken(no) || !addresseeHead(lines[no - 1].text)) continue;
    let t = nonBlankAbove(lines, no, floor);
    while (t > 0 && isIndexLine(lines[t - 1].text)) t = nonBlankAbove(lines, t, floor);
    if (t === 0 || taken(t)) continue;
    const block = titleBlock(lines, t, floor);
    const prev = anchors[anchors.length - 1];
    if (block && !(prev && block.start <= prev.titleLast)) anchors.push(withNumberAbove(lines, block, floor));
  }
  return anchors;
}

/** 省政府2020年8月份大事记: a chronicle heading (not its 目录 entry, not the bare category heading) */
function chronicleTitle(t: string): boolean {
  if (!t.includes('记') || t.length > 80) return false;
  const s = t.replace(/\s+/g, '');
  return /^.{2,30}大事记$/.test(s) && !TOC_LINE.test(t.trim());
}

/** a chronicle is a document of its own */
export function chronicleAnchors(src: SourceText, from: number): Anchor[] {
  const lines = src.lines;
  const anchors: Anchor[] = [];
  for (let no = src.lineWith('记', from); no <= lines.length; no = src.lineWith('记', no + 1))
    if (chronicleTitle(lines[no - 1].text))
      anchors.push({ kind: 'chronicle', start: no, titleFirst: no, titleLast: no, numberLine: null, issuerLines: [] });
  return anchors;
}

/** a web page whose title leads the file, with neither number nor addressee line */
export function leadingTitleAnchor(lines: Line[]): Anchor | null {
  for (let i = 0, seen = 0; i < lines.length && seen < 8; i++) {
    const l = lines[i];
    if (isBlank(l)) continue;
    seen++;
    if (looksLikeTitle(l.text) && /关于/.test(l.text))
      return { kind: 'title', start: l.no, titleFirst: l.no, titleLast: l.no, numberLine: null, issuerLines: [] };
  }
  return null;
}
