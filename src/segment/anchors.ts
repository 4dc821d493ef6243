/**
 * Where documents start. GB/T 9704 gives a notice a fixed head: the issuer mark, the
 * title ending in its 文种, the 发文字号, the 主送机关 line ending in ：. The seeds' copies
 * print the title above the number, GB/T 9704 below it; a web copy drops the number but
 * keeps the title, a 发布日期 or index block and the addressee line; a copy may also start
 * at the addressees. Each such head is an anchor; a file's documents run from one anchor
 * to the next.
 */
import type { Line, SourceText } from '../normalize/source-text.js';
import { isChromeLine } from './chrome.js';
import { parseHeading } from './sections.js';
import { isIndexLine, readIndexBlock } from './index-block.js';
import { DOC_NUMBER_LINE, TOC_LINE, issuerNames, looksLikeTitle } from './patterns.js';
import type { HeadLines } from './head-lines.js';
import { wrapsToAddressees } from './header/addressees.js';
import { isIssuerMark } from './header/issuers.js';
import { isRedactedNumber } from './header/number.js';

/** a document's header landmarks, in 1-based lines */
export interface Anchor {
  kind: 'number' | 'title' | 'chronicle';
  /** first line of the document (index block, issuer mark or title) */
  start: number;
  /** the title's lines; titleLast < titleFirst when the copy has no title */
  titleFirst: number;
  titleLast: number;
  numberLine: number | null;
  issuerLines: number[];
}

export const isBlank = (l: Line | undefined) => !l || l.text === '';

/** chrome and index-block lines: around a notice, never part of its title or body */
export function isPageFurniture(text: string): boolean {
  return isChromeLine(text) || isIndexLine(text);
}

/** a line drawn with box-drawing or dash characters: ━━━━, ————, ＝＝＝ */
const RULE_LINE = /^\s*[━─—―\-_=＝~～*★☆]{3,}\s*$/;

/** the issuer-mark lines directly above `line` (blank lines between allowed) */
function issuerLinesAbove(lines: Line[], line: number, floor: number): number[] {
  let j = line - 1;
  while (j > floor && isBlank(lines[j - 1])) j--;
  const out: number[] = [];
  while (j > floor && out.length < 3 && issuerNames(lines[j - 1].text)) {
    out.unshift(j);
    j--;
  }
  return out;
}

/**
 * The title below a 发文字号 line: up to four lines ending in a 文种, the first of which
 * may be the issuer's name standing alone (玉树州人民政府 / 关于印发…的通知).
 */
function anchorBelowNumber(h: HeadLines, numberLine: number, floor: number): Anchor | null {
  const lines = h.lines;
  let j = numberLine + 1;
  // the red rule between the 版头 and the title may survive a copy as a line of dashes
  while (j <= lines.length && (isBlank(lines[j - 1]) || RULE_LINE.test(lines[j - 1].text))) j++;
  const titleFirst = j;
  let text = '';
  for (let k = j; k <= lines.length && k < titleFirst + 4; k++) {
    const t = lines[k - 1].text.trim();
    if (!t || t.includes('\t') || /[。；：]$/.test(t) || h.furniture(k)) return null;
    if (issuerNames(t) && k > titleFirst) return null;
    text += t;
    // 国土空间生态修复规划 / 的通知: a line opening with 的 carries the title on to its real 文种
    const next = lines[k]?.text.trim() ?? '';
    if (k + 1 < titleFirst + 4 && next.startsWith('的') && looksLikeTitle(text + next)) continue;
    if (looksLikeTitle(text) && !issuerNames(t)) {
      const issuerLines = issuerLinesAbove(lines, numberLine, floor);
      const start = issuerLines.length ? issuerLines[0] : numberLine;
      return { kind: 'number', start, titleFirst, titleLast: k, numberLine, issuerLines };
    }
  }
  return null;
}

/** the first line of the run of index-block, chrome and blank lines just above `line` */
function furnitureAbove(h: HeadLines, line: number, floor: number): number {
  let start = line;
  for (let j = line - 1; j > floor; j--) {
    if (isBlank(h.lines[j - 1])) continue;
    if (!h.furnitureAt(j)) break;
    start = j;
  }
  return start;
}

/**
 * A web copy's title: the first title-like line among the leading lines, page chrome and
 * index-block lines not counted; the index block's 标题, when it has one, names the line.
 */
export function webTitleAnchor(h: HeadLines, floor: number): Anchor | null {
  const lines = h.lines;
  const head: string[] = [];
  // the 标题 of the index block read so far, read again only when the block grows
  let named: string | null | undefined;
  for (let i = floor, seen = 0; i < lines.length && seen < 8; i++) {
    const l = lines[i];
    if (isBlank(l)) continue;
    if (h.furnitureAt(l.no)) {
      head.push(l.text);
      named = undefined;
      continue;
    }
    seen++;
    const t = l.text.trim();
    if (named === undefined) named = readIndexBlock(head).title;
    if (named ? t.replace(/\s+/g, '') === named : looksLikeTitle(t) && /关于/.test(t))
      return {
        kind: 'title',
        start: furnitureAbove(h, l.no, floor),
        titleFirst: l.no,
        titleLast: l.no,
        numberLine: null,
        issuerLines: [],
      };
  }
  return null;
}

/**
 * A copy that starts partway, at the addressee line or just above it: a notice with no
 * title. Its header is read for what it has; the title stays empty.
 */
export function untitledAnchor(h: HeadLines, floor: number): Anchor | null {
  const lines = h.lines;
  let first = 0;
  for (let i = floor, seen = 0; i < lines.length && seen < 3; i++) {
    const l = lines[i];
    if (isBlank(l) || h.furnitureAt(l.no)) continue;
    first ||= l.no;
    seen++;
    if (h.addressees(l.no))
      return { kind: 'title', start: first, titleFirst: l.no, titleLast: l.no - 1, numberLine: null, issuerLines: [] };
  }
  return null;
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
function titleBlock(h: HeadLines, titleLast: number, floor: number): Omit<Anchor, 'kind' | 'numberLine'> | null {
  const lines = h.lines;
  let j = titleLast;
  let titleFirst = titleLast + 1;
  while (j > floor && titleLast - j < 4 && h.titlePart(j) && !h.furnitureAt(j)) {
    titleFirst = j;
    j--;
  }
  if (titleFirst > titleLast) return null;
  let titleText = '';
  for (let n = titleFirst; n <= titleLast; n++) titleText += lines[n - 1].text.trim();
  // the nearest line might be a stray wrap: accept only a title-like block
  if (!looksLikeTitle(titleText)) return null;
  j = nonBlankAbove(lines, j + 1, floor);
  const issuerLines: number[] = [];
  while (j > floor && issuerLines.length < 3 && issuerNames(lines[j - 1].text)) {
    issuerLines.unshift(j);
    j--;
  }
  // 某某省人民政府 / 关于…的批复: one organ on the line right above a 关于 title is the title's first line
  if (issuerLines.length === 1 && issuerLines[0] === titleFirst - 1 && titleText.startsWith('关于'))
    if (issuerNames(lines[issuerLines[0] - 1].text)!.length === 1) titleFirst = issuerLines[0];
  // a web page's index block (or page chrome) right above the title belongs to the notice
  const start = furnitureAbove(h, issuerLines.length ? issuerLines[0] : titleFirst, floor);
  return { start, titleFirst, titleLast, issuerLines };
}

/**
 * The title of a 发文字号 line: above it as the seeds' copies print it, else below it as
 * GB/T 9704 does; an index block (or page chrome) right above belongs to the notice.
 */
function anchorAtNumber(h: HeadLines, numberLine: number, floor: number): Anchor | null {
  const last = nonBlankAbove(h.lines, numberLine, floor);
  const block = last ? titleBlock(h, last, floor) : null;
  if (block) return { kind: 'number', numberLine, ...block };
  const below = anchorBelowNumber(h, numberLine, floor);
  return below && { ...below, start: furnitureAbove(h, issuerMarkAbove(h.lines, below.start, floor), floor) };
}

/** the 发文机关标志 line just above line `start`, else `start` */
function issuerMarkAbove(lines: Line[], start: number, floor: number): number {
  const mark = nonBlankAbove(lines, start, floor);
  return mark && isIssuerMark(lines[mark - 1].text) ? mark : start;
}

/** every 发文字号 line with a title above it, and the lines of those without one */
export function numberAnchors(src: SourceText, h: HeadLines, floor: number): { anchors: Anchor[]; orphans: number[] } {
  const lines = src.lines;
  const anchors: Anchor[] = [];
  const orphans: number[] = [];
  // a 发文字号 line holds 号: one search of the text finds the next candidate
  for (let no = src.lineWith('号', floor + 1); no <= lines.length; no = src.lineWith('号', no + 1)) {
    const l = lines[no - 1];
    if (l.text.length > 40 || !DOC_NUMBER_LINE.test(l.text)) continue;
    // the value of an index block's bare 发文字号 label, not a header
    if (h.labelValue(no)) continue;
    const prev = anchors[anchors.length - 1];
    const a = anchorAtNumber(h, l.no, Math.max(floor, prev ? Math.max(prev.numberLine ?? 0, prev.titleLast) : 0));
    if (a) anchors.push(a);
    else orphans.push(l.no);
  }
  return { anchors, orphans };
}

/** a notice as GB/T 9704 prints it: 发文机关标志 and 发文字号 above the title */
function withNumberAbove(lines: Line[], block: Omit<Anchor, 'kind' | 'numberLine'>, floor: number): Anchor {
  const n = nonBlankAbove(lines, block.start, floor);
  const t = n ? lines[n - 1].text : '';
  if (!DOC_NUMBER_LINE.test(t) && !isRedactedNumber(t)) return { kind: 'title', numberLine: null, ...block };
  return { kind: 'number', numberLine: n, ...block, start: issuerMarkAbove(lines, n, floor) };
}

/**
 * The line a title above the addressee line `no` ends on, or 0: the addressees may wrap
 * over lines (GB/T 9704 §7.3.2) and the title stands above the first; page furniture, and a
 * number the copy left out (略), may stand between the title and the addressees.
 */
function titleEndAbove(h: HeadLines, no: number, floor: number): number {
  const lines = h.lines;
  let t = nonBlankAbove(lines, no, floor);
  for (let k = 0; k < 3 && t > 0 && wrapsToAddressees(lines[t - 1].text); k++) t = nonBlankAbove(lines, t, floor);
  while (t > 0 && (h.furnitureAt(t) || isRedactedNumber(lines[t - 1].text))) t = nonBlankAbove(lines, t, floor);
  return t;
}

/**
 * Notices without a 发文字号 (web copies, dumps): a title followed, past a 发布日期 line or
 * an index block, by the addressee line that opens the body. A title inside a body (an
 * attached plan's) is followed by body text, not by addressees, so it starts nothing.
 */
export function titleAnchors(src: SourceText, h: HeadLines, floor: number, taken: (line: number) => boolean): Anchor[] {
  const lines = src.lines;
  const anchors: Anchor[] = [];
  for (let no = src.lineWith('：', floor + 1); no <= lines.length; no = src.lineWith('：', no + 1)) {
    if (taken(no)) continue;
    const t = titleEndAbove(h, no, floor);
    // the line a title would end on is asked first: above most lines with a colon stands body text
    if (t === 0 || taken(t) || !h.titlePart(t)) continue;
    // a numbered line (一、活动时间：…) is a body's field, not the addressees
    if (!h.addressees(no) || parseHeading(lines[no - 1].text) !== null) continue;
    const block = titleBlock(h, t, floor);
    const prev = anchors[anchors.length - 1];
    if (block && !(prev && block.start <= prev.titleLast)) anchors.push(withNumberAbove(lines, block, floor));
  }
  return anchors;
}

/** 省政府2020年8月份大事记: a chronicle heading (not its 目录 entry, not the bare category heading) */
function chronicleTitle(t: string): boolean {
  // a heading ends in 记: the lines with 书记, 登记 or 记录 inside a sentence leave at once
  if (t.length > 80 || !t.trimEnd().endsWith('记')) return false;
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
