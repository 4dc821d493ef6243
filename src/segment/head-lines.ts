/**
 * The lines of one file as the anchor finders ask about them, each question answered once.
 * Walking up from every line that may end a 主送 paragraph to the title above it, the
 * finders ask the same lines again and again whether they are page furniture, part of a
 * title or addressees (a line was asked whether it is page chrome twice on average); this
 * table keeps the answers. segmentDocuments makes one per file: it is per-run state, never
 * shared between files.
 */
import type { Line } from '../normalize/source-text.js';
import { isChromeLine } from './chrome.js';
import { indexPairs, isValueShaped } from './index-block.js';
import { DOC_NUMBER_LINE, PUBLIC_RELEASE, RELEASE_NOTE, TOC_LINE, issuerNames } from './patterns.js';
import { isDateOnlyLine } from '../lexicon/dates.js';
import { addresseeText } from './header/addressees.js';
import { isRedactedNumber } from './header/number.js';

/** page chrome (【字体：大 中 小】, 首页 | 政务公开) and labels are never part of a title */
const NOT_IN_TITLE = /[【】|：]/;

/** the text of a line that may be part of a wrapped title, page furniture aside */
function titleShaped(t: string): boolean {
  const s = t.trim();
  // the one-character tests first: most body lines end in 。 or hold a tab or a colon
  return (
    s.length > 0 &&
    s.length <= 100 &&
    !t.includes('\t') &&
    !/[。；：]$/.test(s) &&
    !NOT_IN_TITLE.test(s) &&
    !isDateOnlyLine(s) &&
    !TOC_LINE.test(s) &&
    !DOC_NUMBER_LINE.test(s) &&
    !PUBLIC_RELEASE.test(s) &&
    !RELEASE_NOTE.test(s) &&
    !isRedactedNumber(s) &&
    issuerNames(s) === null
  );
}

/** a yes/no answer kept in a table by line: 0 not asked yet */
const NO = 1;
const YES = 2;

export class HeadLines {
  /** the label–value pairs of each line asked (null: no index-block line) */
  private readonly pairsOf: Array<ReturnType<typeof indexPairs> | undefined> = [];
  private readonly furnitureOf: Uint8Array;
  private readonly furnitureAtOf: Uint8Array;
  private readonly titlePartOf: Uint8Array;
  private readonly addresseesOf: Array<string | null | undefined> = [];

  constructor(readonly lines: Line[]) {
    const n = lines.length + 1;
    this.furnitureOf = new Uint8Array(n);
    this.furnitureAtOf = new Uint8Array(n);
    this.titlePartOf = new Uint8Array(n);
  }

  /** the text of line `no` (1-based) */
  text(no: number): string {
    return this.lines[no - 1].text;
  }

  /** the index-block fields of line `no`, or null (index-block.ts indexPairs) */
  private pairs(no: number): ReturnType<typeof indexPairs> {
    let v = this.pairsOf[no];
    if (v === undefined) v = this.pairsOf[no] = indexPairs(this.lines[no - 1].text);
    return v;
  }

  /** line `no` is a label standing alone, its value on the line below (• 发文字号:) */
  private bareLabel(no: number): boolean {
    const pairs = this.pairs(no);
    return pairs !== null && pairs[pairs.length - 1].value === '';
  }

  /** line `no` is page chrome or an index-block line: around a notice, never part of its title or body */
  furniture(no: number): boolean {
    let v = this.furnitureOf[no];
    if (v === 0) v = this.furnitureOf[no] = isChromeLine(this.lines[no - 1].text) || this.pairs(no) !== null ? YES : NO;
    return v === YES;
  }

  /** line `no` is the value of an index-block label standing alone above it (index-block.ts isLabelValue) */
  labelValue(no: number): boolean {
    return no >= 2 && this.bareLabel(no - 1) && isValueShaped(this.lines[no - 1].text);
  }

  /** line `no` is page furniture, or the value of an index-block label standing alone above it */
  furnitureAt(no: number): boolean {
    let v = this.furnitureAtOf[no];
    if (v === 0) v = this.furnitureAtOf[no] = this.furniture(no) || this.labelValue(no) ? YES : NO;
    return v === YES;
  }

  /** line `no` may be part of a wrapped title */
  titlePart(no: number): boolean {
    let v = this.titlePartOf[no];
    if (v === 0) v = this.titlePartOf[no] = titleShaped(this.lines[no - 1].text) && !this.furniture(no) ? YES : NO;
    return v === YES;
  }

  /** the addressees ahead of the colon on line `no`, or null (header/addressees.ts addresseeText) */
  addressees(no: number): string | null {
    let v = this.addresseesOf[no];
    if (v === undefined) v = this.addresseesOf[no] = addresseeText(this.lines[no - 1].text);
    return v;
  }
}
