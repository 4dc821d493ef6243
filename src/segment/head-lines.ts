/**
 * The lines of one file as the anchor finders ask about them, each question answered once.
 * Walking up from every line that may end a 主送 paragraph to the title above it, the
 * finders ask the same lines again and again whether they are page furniture, part of a
 * title or addressees (a line was asked whether it is page chrome twice on average); a
 * memo per question (text/line-memo.ts) keeps the answers. findAnchors (segment/documents.ts)
 * makes one per file: it is per-run state, never shared between files.
 */
import type { Line } from '../normalize/source-text.js';
import { isChromeLine } from './chrome.js';
import { indexPairs, isValueShaped } from './index-block.js';
import { DOC_NUMBER_LINE, PUBLIC_RELEASE, RELEASE_NOTE, TOC_LINE, issuerNames } from './patterns.js';
import { isDateOnlyLine } from '../lexicon/dates.js';
import { addresseeText } from './header/addressees.js';
import { isRedactedNumber } from './header/number.js';
import { LineMemo } from '../text/line-memo.js';

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

export class HeadLines {
  /** the label–value pairs of each line asked (null: no index-block line) */
  private readonly pairsOf: LineMemo<ReturnType<typeof indexPairs>>;
  private readonly furnitureOf: LineMemo<boolean>;
  private readonly furnitureAtOf: LineMemo<boolean>;
  private readonly titlePartOf: LineMemo<boolean>;
  private readonly addresseesOf: LineMemo<string | null>;

  constructor(readonly lines: Line[]) {
    const n = lines.length;
    this.pairsOf = new LineMemo(n, (no) => indexPairs(lines[no - 1].text));
    this.furnitureOf = new LineMemo(n, (no) => isChromeLine(lines[no - 1].text) || this.pairs(no) !== null);
    this.furnitureAtOf = new LineMemo(n, (no) => this.furniture(no) || this.labelValue(no));
    this.titlePartOf = new LineMemo(n, (no) => titleShaped(lines[no - 1].text) && !this.furniture(no));
    this.addresseesOf = new LineMemo(n, (no) => addresseeText(lines[no - 1].text));
  }

  /** the index-block fields of line `no`, or null (index-block.ts indexPairs) */
  private pairs(no: number): ReturnType<typeof indexPairs> {
    return this.pairsOf.of(no);
  }

  /** line `no` is a label standing alone, its value on the line below (• 发文字号:) */
  private bareLabel(no: number): boolean {
    const pairs = this.pairs(no);
    return pairs !== null && pairs[pairs.length - 1].value === '';
  }

  /** line `no` is page chrome or an index-block line: around a notice, never part of its title or body */
  furniture(no: number): boolean {
    return this.furnitureOf.of(no);
  }

  /** line `no` is the value of an index-block label standing alone above it (index-block.ts isLabelValue) */
  labelValue(no: number): boolean {
    return no >= 2 && this.bareLabel(no - 1) && isValueShaped(this.lines[no - 1].text);
  }

  /** line `no` is page furniture, or the value of an index-block label standing alone above it */
  furnitureAt(no: number): boolean {
    return this.furnitureAtOf.of(no);
  }

  /** line `no` may be part of a wrapped title */
  titlePart(no: number): boolean {
    return this.titlePartOf.of(no);
  }

  /** the addressees ahead of the colon on line `no`, or null (header/addressees.ts addresseeText) */
  addressees(no: number): string | null {
    return this.addresseesOf.of(no);
  }
}
