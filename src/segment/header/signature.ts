/**
 * The signature (GB/T 9704 §7.3.5): the issuing organs and the 成文日期 below the body, or
 * right after the addressees in a web copy that runs them into one paragraph; then the
 * 公开属性 note (此件公开发布) and, in a published copy, a date left out (略).
 */
import type { SourceText } from '../../normalize/source-text.js';
import { HAN_CLASS } from '../../lexicon/chars.js';
import { REDACTED_DATE_LINE, WRITTEN_DATE } from '../../lexicon/dates.js';
import { REDACTION_MARK } from '../../lexicon/doc-number.js';
import { organisationEndingPattern } from '../../lexicon/organisations.js';
import { findDate, parseDateLine } from '../../text/dates.js';
import { PUBLIC_RELEASE, issuerNames } from '../patterns.js';

export interface Signature {
  date: string;
  issuers: string[];
  line: number;
  /** run into the paragraph above rather than standing on its own lines */
  inline: boolean;
}

/** an organ's name directly followed by a date: the signature run into a paragraph (web pages) */
const INLINE_SIGNATURE = new RegExp(
  `([${HAN_CLASS}]{2,30}?${organisationEndingPattern('signature')})\\s*${WRITTEN_DATE}\\s*(?:（此件公开发布）)?`,
);

/** organs and the date on one line, apart by spaces: 某某县人民政府办公室  2023年6月30日 */
const SIGNATURE_LINE = new RegExp(`^\\s*(\\S.{1,58}?)\\s+${WRITTEN_DATE}\\s*$`);

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
export function readSignature(src: SourceText, from: number, last: number): Signature | null {
  for (let n = from; n <= last; n++) {
    // below the first two lines only a date line counts, and a date line (parseDateLine)
    // ends with 日: the lines without one are skipped in one search, and those with a 日
    // inside a sentence (2023年6月30日前完成…) without a pattern run
    if (n > from + 1) {
      n = src.lineWith('日', n);
      if (n > last) break;
      if (!src.lines[n - 1].text.trimEnd().endsWith('日')) continue;
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

/** the first date line with (略) in it at or below `from`, or 0 */
export function redactedDateLine(src: SourceText, from: number, last: number): number {
  for (let n = src.lineWith(REDACTION_MARK, from); n <= last; n = src.lineWith(REDACTION_MARK, n + 1))
    if (REDACTED_DATE_LINE.test(src.lines[n - 1].text)) return n;
  return 0;
}

/** 此件公开发布 stands right after the signature (or in the same line on web pages) */
export function releasedPublicly(src: SourceText, from: number, last: number): boolean {
  for (let n = from; n <= Math.min(last, from + 3); n++)
    if (PUBLIC_RELEASE.test(src.lines[n - 1]?.text ?? '')) return true;
  return false;
}
