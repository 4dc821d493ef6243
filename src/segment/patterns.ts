/** Patterns of the GB/T 9704 header elements, on normalized lines (Chinese punctuation canonical). */
import { endsLikeOrganisation } from '../lexicon/organisations.js';
import { titleKind } from '../lexicon/doc-kinds.js';

/** the 发文字号 grammar lives in the vocabulary; the anchors and the header read it from here */
export { DOC_NUMBER_ANY, DOC_NUMBER_LINE, REDACTED_NUMBER_LINE } from '../lexicon/doc-number.js';

/** a line that is nothing but one or more organ names separated by spaces: 青海省人民政府 住房和城乡建设部 */
export function issuerNames(line: string): string[] | null {
  const t = line.trim();
  // the last name ends where the line does: one look at the line's end rules most lines out
  if (!t || t.length > 60 || !endsLikeOrganisation(t, 'issuer') || /[，。：；、“”《》\d]/.test(t)) return null;
  const parts = t.split(/\s+/).filter(Boolean);
  if (!parts.every((p) => p.length >= 3 && endsLikeOrganisation(p, 'issuer') && !/^关于/.test(p))) return null;
  return parts;
}

/** looks like a document title: 关于…的通知, or short and ending with a 文种 */
export function looksLikeTitle(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 120 || /[。；]$/.test(t) || t.includes('\t')) return false;
  if (/（\d+）$/.test(t)) return false; // a table-of-contents line with its page number
  return titleKind(t) !== null && (/关于/.test(t) || t.length <= 40);
}

/** a 目录 line: a title followed by its page number */
export const TOC_LINE = /（\d+）\s*$/;

/** 此件公开发布, 此件主动公开, 此件公开 (not 此件不公开, not 此件依申请公开) */
export const PUBLIC_RELEASE = /此件(?:主动)?公开/;
/**
 * The note where 此件公开发布 usually stands: another release (此件不公开, 此件依申请公开)
 * or a distribution range (发至县级人民政府). It is no title and no body text.
 */
export const RELEASE_NOTE = /^\s*[（(](?:此件[^（）()]{2,12}|发至[^（）()]{2,30}|不予公开|依申请公开)[）)]\s*$/;
export const ATTACHMENT_LINE = /^[\s\-•·*]*附\s*件\s*(?:\d{1,2}\s*)?[：:]\s*(.*)$/;
