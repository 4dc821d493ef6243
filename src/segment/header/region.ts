/**
 * The header region of one notice, its lines classified once. segment/anchors.ts found
 * the notice's landmarks (issuer lines, title, 发文字号); this walks from the anchor's first
 * line to where the body starts and gives each line one kind. The element readers (title,
 * number, issuers, addressees, index block) read those kinds instead of testing lines again.
 */
import type { SourceText } from '../../normalize/source-text.js';
import type { Anchor } from '../anchors.js';
import { isChromeLine } from '../chrome.js';
import {
  emptyIndexFields,
  fillIndexField,
  indexPairs,
  isBareLabel,
  isLabelValue,
  type IndexFields,
} from '../index-block.js';
import { addresseeText, numberBeforeAddressees, readAddressees, type AddresseeParagraph } from './addressees.js';
import { isIssuerMark } from './issuers.js';
import { isRedactedNumber } from './number.js';

type LinePairs = NonNullable<ReturnType<typeof indexPairs>>;

export type HeaderLineKind =
  | 'blank'
  /** page chrome, or the red rule under the issuer mark: around the notice's elements, never one of them */
  | 'chrome'
  /** the 发文机关标志: 某某省人民政府文件 */
  | 'mark'
  /** a line of the index block (索引号：…  发文字号：…), or the value below a bare label */
  | 'index'
  | 'index-value'
  | 'issuer'
  | 'title'
  | 'number'
  /** a 发文字号 the copy left out (略) */
  | 'redacted-number'
  | 'addressees';

export interface HeaderRegion {
  /** the first line of the region (the anchor's start) */
  first: number;
  /** the kind of each line from `first` on: kinds[no - first] */
  kinds: HeaderLineKind[];
  /** the first line after the title, number, index block and chrome: the addressees or the body */
  bodyLine: number;
  /** the lines of the index block, labels and values, in line order */
  indexLines: number[];
  /** the label–value pairs of each of those lines (null for a value below a bare label) */
  indexPairs: Array<LinePairs | null>;
  /** the lines printing a 发文字号 the copy left out */
  redactedNumbers: number[];
  addressees: AddresseeParagraph | null;
}

/** an index block above the title, or in the few lines between the title (or number) and the body */
const INDEX_REACH = 6;

/** classify the header lines of the notice anchored at `a`, in lines up to `last` */
export function readRegion(src: SourceText, a: Anchor, last: number): HeaderRegion {
  const at = (no: number) => src.lines[no - 1]?.text ?? '';
  const region: HeaderRegion = {
    first: a.start,
    kinds: [],
    bodyLine: Math.max(a.numberLine ?? 0, a.titleLast) + 1,
    indexLines: [],
    indexPairs: [],
    redactedNumbers: [],
    addressees: null,
  };
  const set = (no: number, kind: HeaderLineKind) => (region.kinds[no - a.start] = kind);
  for (const n of a.issuerLines) set(n, 'issuer');
  for (let n = a.titleFirst; n <= a.titleLast; n++) set(n, 'title');
  if (a.numberLine) {
    const redacted = isRedactedNumber(at(a.numberLine));
    set(a.numberLine, redacted ? 'redacted-number' : 'number');
    if (redacted) region.redactedNumbers.push(a.numberLine);
  }
  readIndexLines(region, at, Math.min(last, region.bodyLine + INDEX_REACH));
  skipToBody(region, at, last);
  if (a.kind !== 'chronicle' && region.bodyLine <= last) {
    const p = readAddressees(at, region.bodyLine, last);
    if (p) for (let n = p.first; n <= p.last; n++) set(n, 'addressees');
    region.addressees = p;
  }
  return region;
}

/**
 * The index block, from the region's first line to `end`: labelled lines and the values
 * below bare labels. One below the title moves the body's start past it; the lines
 * above the title that are neither (anchors.ts let only page furniture stand there) are
 * chrome, or the issuer mark.
 */
function readIndexLines(region: HeaderRegion, at: (no: number) => string, end: number): void {
  const { first, kinds } = region;
  const titleEnd = region.bodyLine;
  // a value under a bare label is only tried below one: the line above the region is asked once
  let prevBare = isBareLabel(at(first - 1));
  for (let n = first; n <= end; n++) {
    const t = at(n);
    let bare = false;
    if (kinds[n - first] !== undefined) {
      // the anchor's own lines
    } else if (t === '') kinds[n - first] = 'blank';
    else if (n >= titleEnd && numberOpensAddressees(t)) break;
    else {
      const pairs = indexPairs(t);
      bare = pairs !== null && pairs[pairs.length - 1].value === '';
      if (pairs || (prevBare && isLabelValue(at(n - 1), t))) {
        kinds[n - first] = pairs ? 'index' : 'index-value';
        region.indexLines.push(n);
        region.indexPairs.push(pairs);
        if (n >= region.bodyLine) region.bodyLine = n + 1;
      } else if (n < titleEnd) kinds[n - first] = isIssuerMark(t) ? 'mark' : 'chrome';
    }
    prevBare = bare;
  }
  // lines between the title and the last index line below it are the page's
  for (let n = titleEnd; n < region.bodyLine; n++) kinds[n - first] ??= 'chrome';
}

/** 发文字号：青政办〔2020〕12号    各县人民政府：: the addressee line with its number, not an index line */
function numberOpensAddressees(t: string): boolean {
  return numberBeforeAddressees(t) !== null && addresseeText(t) !== null;
}

/** past page chrome (来源：… 【字体：大 中 小】), blank lines and a number the copy left out, to the body */
function skipToBody(region: HeaderRegion, at: (no: number) => string, last: number): void {
  for (; region.bodyLine <= last; region.bodyLine++) {
    const n = region.bodyLine;
    const t = at(n);
    let kind: HeaderLineKind;
    if (t.trim() === '') kind = 'blank';
    else if (isRedactedNumber(t)) {
      kind = 'redacted-number';
      region.redactedNumbers.push(n);
    } else if (isChromeLine(t)) kind = 'chrome';
    else break;
    region.kinds[n - region.first] = kind;
  }
}

/**
 * The fields the index block gives, from the pairs read while classifying: a value below a
 * bare label fills that label's field when the label is in the block too.
 */
export function indexFieldsOf(region: HeaderRegion, at: (no: number) => string): IndexFields {
  const out = emptyIndexFields();
  region.indexLines.forEach((n, i) => {
    const pairs = region.indexPairs[i];
    if (pairs) for (const p of pairs) fillIndexField(out, p.field, p.value);
    else if (i > 0 && region.indexLines[i - 1] === n - 1) {
      const above = region.indexPairs[i - 1];
      if (above) fillIndexField(out, above[above.length - 1].field, at(n).trim());
    }
  });
  return out;
}

/** the first and last line of the region's index block (labelled lines only), or null */
export function indexBlockLines(region: HeaderRegion): { first: number; last: number } | null {
  let first = 0;
  let last = 0;
  for (const n of region.indexLines)
    if (region.kinds[n - region.first] === 'index') {
      first ||= n;
      last = n;
    }
  return first ? { first, last } : null;
}
