/**
 * A portal's index block: the labelled fields a government site prints above a notice
 * (索引号, 发文机关, 成文日期, 发文字号, 发布日期 …), in any of the layouts copies arrive
 * in — one field per line or several, spaced labels (`索 引 号`, `文  号`), half-width
 * colons or none, a pipe table (`| 文 号: | … |`). Its fields belong to the notice below.
 */
import { DOC_NUMBER_ANY, looksLikeTitle } from './patterns.js';
import { isChromeLine } from './chrome.js';
import { parseAnyDate } from '../text/dates.js';
import { INDEX_LABELS, type IndexField } from '../lexicon/page.js';
import { charTable, firstCharTable, isSpaceCode } from '../lexicon/chars.js';

/** what an index block can tell about its notice */
export interface IndexFields {
  docNumber: string | null;
  docNumberParts: { prefix: string; year: number; serial: number } | null;
  issuers: string[];
  signedDate: string | null;
  publishedDate: string | null;
  title: string | null;
}

type Field = IndexField;

/** label → the field it fills (the lexicon's index-block labels) */
const LABELS = INDEX_LABELS;

/** a label, its characters possibly spaced out (索 引 号), then a colon (group 2) or a gap */
const LABEL_RE = new RegExp(
  `(?:^|[\\s|｜])(${LABELS.map(([l]) => [...l].join('\\s*')).join('|')})\\s*(?:([：:])\\s*|\\s+(?=\\S))`,
  'g',
);

/**
 * Without its colon a label is taken only where the value proves it (文  号  X政办〔2020〕45号):
 * a body line may well start with 名称 or 标题 and a space.
 */
function provenWithoutColon(field: Field, value: string): boolean {
  if (field === 'docNumber') return DOC_NUMBER_ANY.test(value);
  if (field === 'signedDate' || field === 'publishedDate') return parseAnyDate(value) !== null;
  return false;
}

const FIELD_OF = new Map(LABELS.map(([l, f]) => [l, f]));

/** a label at the very start (after any lead): tried before the whole line is scanned for labels */
const LABEL_AT_START = new RegExp(`^(?:${LABELS.map(([l]) => [...l].join('\\s*')).join('|')})\\s*(?:[：:]|\\s+\\S)`);

/** the first characters of the labels: a line that starts with none of them holds no index field */
const LABEL_FIRST = firstCharTable(LABELS.map(([l]) => l));
/** the pipes of a table layout and a list's bullet, which may stand (with blanks) before a label */
const LEAD = charTable('|｜•·●▪■◆*-');

/** the code of the first character after the blanks, pipes and bullets that may lead a label (0: none) */
function firstAfterLead(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (LEAD[c] !== 1 && !isSpaceCode(c)) return c;
  }
  return 0;
}

/** the label–value pairs of one line, or null when the line does not start with a label */
export function indexPairs(line: string): Array<{ label: string; field: Field; value: string }> | null {
  // most lines of a notice: one look at the first character rules them out (by code: a
  // regex match and a one-character string per header line showed in the profile)
  if (LABEL_FIRST[firstAfterLead(line)] !== 1) return null;
  // a list layout puts a bullet before each label (• 索引号:)
  const t = line
    .replace(/[|｜]/g, ' ')
    .trim()
    .replace(/^[•·●▪■◆*-]\s*/, '');
  if (!LABEL_AT_START.test(t)) return null;
  const hits = [...` ${t}`.matchAll(LABEL_RE)];
  if (hits.length === 0 || hits[0].index !== 0) return null;
  const pairs = hits.map((h, i) => {
    const label = h[1].replace(/\s+/g, '');
    const from = h.index! + h[0].length;
    const to = i + 1 < hits.length ? hits[i + 1].index! : t.length + 1;
    const field = FIELD_OF.get(label) ?? 'other';
    const value = ` ${t}`.slice(from, to).trim();
    return { label, field, value, proven: h[2] !== undefined || provenWithoutColon(field, value) };
  });
  if (!pairs[0].proven) return null;
  return pairs.filter((p) => p.proven).map(({ label, field, value }) => ({ label, field, value }));
}

/** the line is part of an index block */
export function isIndexLine(line: string): boolean {
  return indexPairs(line) !== null;
}

/** a label standing alone on its line (• 发文字号:), its value on the line below */
export function isBareLabel(line: string): boolean {
  const pairs = indexPairs(line);
  return pairs !== null && pairs[pairs.length - 1].value === '';
}

/**
 * A line shaped like the value below a bare label: no label itself, no title (内容概述:
 * may stand right above the notice), no chrome and short: `    青政发〔2024〕9号`.
 */
export function isValueShaped(line: string): boolean {
  const t = line.trim();
  return (
    t.length > 0 && t.length <= 60 && !/[。；：]/.test(t) && !looksLikeTitle(t) && !isIndexLine(t) && !isChromeLine(t)
  );
}

/** the line below a bare label (`• 发文字号:`) is that label's value when it is shaped like one */
export function isLabelValue(prev: string, line: string): boolean {
  // the bare label above is asked first: almost no line follows one, and a line that does
  // not start with a label's first character is ruled out at once
  return isBareLabel(prev) && isValueShaped(line);
}

export function emptyIndexFields(): IndexFields {
  return { docNumber: null, docNumberParts: null, issuers: [], signedDate: null, publishedDate: null, title: null };
}

/** fill `into` from one field's value; an empty or unreadable value fills nothing */
export function fillIndexField(into: IndexFields, field: Field, value: string): void {
  if (!value) return;
  if (field === 'docNumber' && !into.docNumber) {
    const m = DOC_NUMBER_ANY.exec(value);
    if (!m) return;
    into.docNumber = `${m[1]}〔${m[2]}〕${m[3]}号`;
    into.docNumberParts = { prefix: m[1], year: Number(m[2]), serial: Number(m[3]) };
  } else if (field === 'issuers' && into.issuers.length === 0) {
    into.issuers = value.split(/[\s、，,]+/).filter(Boolean);
  } else if ((field === 'signedDate' || field === 'publishedDate') && !into[field]) {
    into[field] = parseAnyDate(value);
  } else if (field === 'title' && !into.title) {
    into.title = value.replace(/\s+/g, '');
  }
}

/**
 * read the fields of the index-block lines among `lines` (other lines are skipped; a
 * line right below a bare label is that label's value)
 */
export function readIndexBlock(lines: string[]): IndexFields {
  const out = emptyIndexFields();
  lines.forEach((l, i) => {
    const pairs = indexPairs(l) ?? [];
    for (const p of pairs) fillIndexField(out, p.field, p.value);
    const next = lines[i + 1];
    if (pairs.length && next !== undefined && isLabelValue(l, next))
      fillIndexField(out, pairs[pairs.length - 1].field, next.trim());
  });
  return out;
}
