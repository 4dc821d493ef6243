/**
 * The 主送机关 (GB/T 9704 §7.3.2): below the title, flush left, wrapping flush left, the last
 * organ followed by a colon. Copies may print the 发文字号 on the same line, before the
 * addressees or after the colon.
 */
import { splitTopLevel } from '../../lexicon/brackets.js';
import { DOC_NUMBER_ANY } from '../../lexicon/doc-number.js';
import { INDEX_LABELS } from '../../lexicon/page.js';
import { endsInCollective, hasAddresseeMark, opensWithOtherLabel } from '../../lexicon/addressees.js';
import { endsLikeOrganisation } from '../../lexicon/organisations.js';
import { joinCjkSpaces } from '../../text/lists.js';
import { isChromeLine } from '../chrome.js';
import { isIndexLine } from '../index-block.js';
import { parseHeading } from '../sections.js';

/** the labels a 发文字号 may be printed with (发文字号：, 文号：), spaced out or not (文  号：) as the index block reads them */
const NUMBER_LABEL = `(?:${INDEX_LABELS.filter(([, field]) => field === 'docNumber')
  .map(([label]) => [...label].join('\\s*'))
  .join('|')})`;
/**
 * a 发文字号 printed at the head of the addressee line, bare, in round brackets or after its
 * label: 海北政办〔2022〕18号    各县人民政府： / 发文字号：海北政办〔2022〕18号    各县人民政府：
 */
const NUMBER_BEFORE_ADDRESSEES = new RegExp(
  `^\\s*(?:${NUMBER_LABEL}\\s*[：:]\\s*)?[（(]?\\s*(${DOC_NUMBER_ANY.source})(?:\\s*[）)]\\s*|\\s+)(?=\\S)`,
);
/** a 发文字号 standing alone after the colon: 各县人民政府：    海北政办〔2022〕18号 */
const NUMBER_AFTER_COLON = new RegExp(`^\\s*[（(]?\\s*(${DOC_NUMBER_ANY.source})\\s*[）)]?\\s*$`);

/** the 发文字号 that opens an addressee line, or null */
export function numberBeforeAddressees(line: string): string | null {
  return NUMBER_BEFORE_ADDRESSEES.exec(line)?.[1] ?? null;
}

/** a unit's name is complete: it ends in an organ's suffix, 部门 or 单位 */
const wholeUnit = (s: string) => endsLikeOrganisation(s, 'issuer') || endsInCollective(s);

/**
 * One addressee group split at 、 where each side is an addressee of its own: the right
 * side a new 各 group (各县人民政府、州政府各部门, 各街道、区直各部门) or both sides named
 * units (西宁市人民政府、海东市人民政府). A shared head keeps the group whole:
 * 各市、自治州人民政府 is the 人民政府 of both, 各县（区）人社局、住建局 the 各县（区） of both.
 */
export function splitAddresseeGroup(group: string): string[] {
  const parts = group.split('、');
  const out: string[] = [parts[0]];
  for (const p of parts.slice(1)) {
    const prev = out[out.length - 1];
    // 委、办、厅、局: one-character kinds of body are a list inside one addressee
    const last = prev.slice(prev.lastIndexOf('、') + 1);
    const whole = last.length >= 3 && wholeUnit(last);
    // a right side with its own 各 starts a new group; without one, the left's 各 governs it
    const ownGroup = /^.{0,6}各/.test(p) || (whole && !last.startsWith('各'));
    if (p.length >= 3 && ownGroup && (wholeUnit(p) || p.includes('各'))) out.push(p);
    else out[out.length - 1] = `${prev}、${p}`;
  }
  return out;
}

/** the addressees ahead of a colon: 各市、自治州人民政府，省政府各委、办、厅、局： */
export function addresseeText(line: string): string | null {
  // no colon, no addressees: most lines leave here, before any pattern runs (measured: this
  // function was a tenth of the segment stage, asked of every line a title may stand above)
  if (!line.includes('：')) return null;
  const t = line.replace(NUMBER_BEFORE_ADDRESSEES, '').trim();
  const m = /^([^。：]{2,160}?)：/.exec(t);
  // a numbered heading with a label (一、活动时间：…) is body text, not the addressees
  if (
    !m ||
    parseHeading(m[1]) ||
    !(hasAddresseeMark(m[1]) || endsLikeOrganisation(m[1], 'issuer')) ||
    opensWithOtherLabel(m[1]) ||
    isChromeLine(t) ||
    isIndexLine(t)
  )
    return null;
  return m[1];
}

/** a line the addressee paragraph wraps from: it ends with a separator and reads as addressees up to there */
export function wrapsToAddressees(line: string): boolean {
  return WRAPS.test(line) && addresseeText(`${line.slice(0, -1)}：`) !== null;
}

/** the addressees of a 主送 text, split at the top-level separators and at 、 where each side is one */
export function addresseeList(text: string): string[] {
  return splitTopLevel(text, '，,；;')
    .flatMap((s) => splitAddresseeGroup(joinCjkSpaces(s.trim())))
    .filter(Boolean);
}

/** the 主送机关 lines and what they hold */
export interface AddresseeParagraph {
  first: number;
  last: number;
  names: string[];
  /** a 发文字号 on the paragraph: before the addressees on its first line, or after the colon on its last */
  number: { text: string; where: 'opens' | 'ends'; line: number } | null;
}

/** the most lines one addressee paragraph wraps over */
const MAX_LINES = 4;
/** a line the addressees wrap from ends with a list separator */
const WRAPS = /[，、,]$/;

/**
 * The addressee paragraph starting at line `from` (no later than `last`): the lines up to
 * the one with the colon, each of which reads as addressees (a sentence wrapped at a comma
 * is no addressee list); null when `from` opens no addressees.
 */
export function readAddressees(at: (no: number) => string, from: number, last: number): AddresseeParagraph | null {
  let line = at(from);
  let text = line;
  let end = from;
  while (!line.includes('：')) {
    if (!wrapsToAddressees(line)) return null;
    line = end + 1 <= last && end + 1 < from + MAX_LINES ? at(end + 1).trim() : '';
    if (!line) return null;
    text += line;
    end++;
  }
  if (end > from && addresseeText(line) === null) return null;
  const names = addresseeText(text);
  if (names === null) return null;
  const head = numberBeforeAddressees(text);
  const tail = head ? null : NUMBER_AFTER_COLON.exec(text.slice(text.indexOf('：') + 1))?.[1];
  const number = head
    ? { text: head, where: 'opens' as const, line: from }
    : tail
      ? { text: tail, where: 'ends' as const, line: end }
      : null;
  return { first: from, last: end, names: addresseeList(names), number };
}
