/**
 * Where a notice starts when its header is not in the order the seeds print it: a 发文字号
 * above the title (GB/T 9704's own order: issuer mark, number, title), a web copy whose
 * title sits under page chrome and an index block, a copy that starts at the addressees.
 */
import type { Line } from '../normalize/source-text.js';
import { isChromeLine } from './chrome.js';
import { isIndexLine, readIndexBlock } from './index-block.js';
import { issuerNames, looksLikeTitle } from './patterns.js';

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

const isBlank = (l: Line | undefined) => !l || l.text.trim() === '';

/** chrome and index-block lines: around a notice, never part of its title or body */
export function isPageFurniture(text: string): boolean {
  return isChromeLine(text) || isIndexLine(text);
}

/** the addressees ahead of a colon: 各市、自治州人民政府，省政府各委、办、厅、局： */
export function addresseeText(line: string): string | null {
  const m = /^([^。：]{2,160}?)：/.exec(line.trim());
  if (!m || !/^各|、|，|(政府|厅|局|委|部|司局|单位)$/.test(m[1]) || /^(附件|主题词|抄送)/.test(m[1])) return null;
  return m[1];
}

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
export function anchorBelowNumber(lines: Line[], numberLine: number, floor: number): Anchor | null {
  let j = numberLine + 1;
  while (j <= lines.length && isBlank(lines[j - 1])) j++;
  const titleFirst = j;
  let text = '';
  for (let k = j; k <= lines.length && k < titleFirst + 4; k++) {
    const t = lines[k - 1].text.trim();
    if (!t || t.includes('\t') || /[。；：]$/.test(t) || isPageFurniture(t)) return null;
    if (issuerNames(t) && k > titleFirst) return null;
    text += t;
    if (looksLikeTitle(text) && !issuerNames(t)) {
      const issuerLines = issuerLinesAbove(lines, numberLine, floor);
      const start = issuerLines.length ? issuerLines[0] : numberLine;
      return { kind: 'number', start, titleFirst, titleLast: k, numberLine, issuerLines };
    }
  }
  return null;
}

/** the first line of the run of index-block, chrome and blank lines just above `line` */
export function furnitureAbove(lines: Line[], line: number, floor: number): number {
  let start = line;
  for (let j = line - 1; j > floor; j--) {
    const l = lines[j - 1];
    if (isBlank(l)) continue;
    if (!isPageFurniture(l.text)) break;
    start = j;
  }
  return start;
}

/**
 * A web copy's title: the first title-like line among the leading lines, page chrome and
 * index-block lines not counted; the index block's 标题, when it has one, names the line.
 */
export function webTitleAnchor(lines: Line[], floor: number): Anchor | null {
  const head: string[] = [];
  for (let i = floor, seen = 0; i < lines.length && seen < 8; i++) {
    const l = lines[i];
    if (isBlank(l)) continue;
    if (isPageFurniture(l.text)) {
      head.push(l.text);
      continue;
    }
    seen++;
    const t = l.text.trim();
    const named = readIndexBlock(head).title;
    if (named ? t.replace(/\s+/g, '') === named : looksLikeTitle(t) && /关于/.test(t))
      return {
        kind: 'title',
        start: furnitureAbove(lines, l.no, floor),
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
export function untitledAnchor(lines: Line[], floor: number): Anchor | null {
  let first = 0;
  for (let i = floor, seen = 0; i < lines.length && seen < 3; i++) {
    const l = lines[i];
    if (isBlank(l) || isPageFurniture(l.text)) continue;
    first ||= l.no;
    seen++;
    if (addresseeText(l.text))
      return { kind: 'title', start: first, titleFirst: l.no, titleLast: l.no - 1, numberLine: null, issuerLines: [] };
  }
  return null;
}
