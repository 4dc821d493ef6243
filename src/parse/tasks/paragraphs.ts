import { firstCharTable, isSpaceCode, lastCharTable } from '../../lexicon/chars.js';
import { roleLabels, taskRoleOfLabel, type TaskRole } from '../../lexicon/roles.js';
import { DEADLINE_LABELS } from '../../lexicon/dates.js';
import { isParagraphEndCode, isSentenceStopCode } from '../../lexicon/punctuation.js';
import type { ParseContext } from '../context.js';
import type { SectionNode } from '../../segment/sections.js';
import { isStrictUnitName } from '../../text/units.js';
import { joinPieces, needsSpace } from '../../tree/span.js';

/** A paragraph rebuilt from lines that a PDF extraction wrapped (often with blank lines between). */
export interface Paragraph {
  text: string;
  first: number;
  last: number;
}

/** a paragraph that is complete: the next line starts a new one */
const ENDS_PARAGRAPH = /^[。！？；）)」”]$/;

export type Role = TaskRole | 'deadline';

/** field labels of a task, by the role each fills (the lexicon's role labels, then the deadline's) */
const ROLE_OF = new Map<string, Role>([
  ...roleLabels('task').map((w): [string, Role] => [w, taskRoleOfLabel(w)!]),
  ...DEADLINE_LABELS.map((w): [string, Role] => [w, 'deadline']),
]);
/** spaces may sit between the characters of a label (`牵 头 单 位：`) */
const LABEL_NAMES = [...ROLE_OF.keys()].map((w) => [...w].join('[ \\t]*')).join('|');
/** the last character of each label (the one a label's colon follows), by char code */
export const LABEL_LAST = lastCharTable([...ROLE_OF.keys()]);
/** the first character of each label, by char code */
const LABEL_FIRST = firstCharTable([...ROLE_OF.keys()]);
/** a label at the start of a paragraph */
export const LABEL_START = new RegExp(`^\\s*(${LABEL_NAMES})\\s*[：:]\\s*`);

/**
 * `LABEL_START.test(text)`: most lines open with no label's first character, which one
 * look at that character tells without running the long alternation.
 */
export function startsWithLabel(text: string): boolean {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i < text.length && LABEL_FIRST[text.charCodeAt(i)] === 1 && LABEL_START.test(text);
}
/** a label anywhere (checked for bracket depth by the caller) */
export const LABEL_ANY = new RegExp(`(${LABEL_NAMES})\\s*[：:]\\s*`, 'g');

export function roleOfLabel(label: string): Role | null {
  return ROLE_OF.get(label.replace(/\s+/g, '')) ?? null;
}

/**
 * A paragraph being read: its lines are kept as pieces and joined once when it is done, and
 * only the tail of the text so far is looked at, so a long run of wrapped lines (a roster
 * of 40,000 lines, text without punctuation) costs time in proportion to its length.
 */
interface Growing {
  pieces: string[];
  first: number;
  last: number;
  /** the last TAIL characters of the joined text */
  tail: string;
}

/** how much of a growing paragraph's end the continuation rules read */
const TAIL = 200;

function startParagraph(text: string, no: number): Growing {
  return { pieces: [text], first: no, last: no, tail: text.length > TAIL ? text.slice(-TAIL) : text };
}

function extend(p: Growing, text: string, no: number): void {
  p.pieces.push(text);
  p.last = no;
  const joined = joinPieces(p.tail, text);
  p.tail = joined.length > TAIL ? joined.slice(-TAIL) : joined;
}

/** the paragraph's text: its pieces joined once */
function finish(p: Growing): Paragraph {
  const parts: string[] = [p.pieces[0]];
  for (let i = 1; i < p.pieces.length; i++) {
    const prev = p.pieces[i - 1];
    const next = p.pieces[i];
    if (needsSpace(prev, next)) parts.push(' ');
    parts.push(next);
  }
  return { text: parts.join(''), first: p.first, last: p.last };
}

/**
 * A paragraph that the next line cannot continue: it ended a sentence, or it is a bare
 * heading title (`一、总体要求`, `2.4 成员单位职责`) with no sentence punctuation at all.
 */
function complete(p: Growing, headingLine: number, inLabel: boolean): boolean {
  // read per line of every item: the last character's code, not a one-character string and a regex
  const last = p.tail.charCodeAt(p.tail.length - 1);
  // a label value ends only with a sentence: `…县（市、区）` may still wrap before `政府`
  if (inLabel) return isSentenceStopCode(last);
  if (endsParagraph(last)) return true;
  // one line: the tail is the whole text when it is this short
  const text = p.pieces[0];
  return p.first === headingLine && p.last === headingLine && text.length <= 25 && !/[，。；、,]/.test(text);
}

/** ENDS_PARAGRAPH by char code */
const endsParagraph = isParagraphEndCode;

/** lines that end the running text of an item: tables, attachment marks */
function stopsItem(text: string): boolean {
  return text.includes('\t') || (text.includes('附') && ATTACHMENT_MARK.test(text));
}
const ATTACHMENT_MARK = /^[\s\-•·*]*附\s*件\s*\d*\s*([：:]|$)/;

/** the role of the last label in a label paragraph (its tail is enough; the label it opened with, else) */
function lastLabelRole(p: Growing): Role | null {
  let role: Role | null = null;
  LABEL_ANY.lastIndex = 0;
  for (let m = LABEL_ANY.exec(p.tail); m; m = LABEL_ANY.exec(p.tail)) role = roleOfLabel(m[1]) ?? role;
  return role ?? roleOfLabel(LABEL_START.exec(p.pieces[0])?.[1] ?? '');
}

/**
 * Does `next` continue the value of the label paragraph `prev`? A unit list goes on when
 * it stopped inside a name (`…建筑节能与科技` / `司、城市建设司`, `…各市州、县` /
 * `（市、区、行委）政府`) or at a separator; after a complete name the next line is
 * something else (a signature, a date). A deadline goes on only after a separator.
 */
function continuesLabel(p: Growing, next: string): boolean {
  if (next.length > 100 || /[。]/.test(next) || startsWithLabel(next)) return false;
  const prev = p.tail;
  const end = prev.slice(-1);
  if (lastLabelRole(p) === 'deadline') return /[、，,—\-－~～至到]/.test(end);
  if (/[、，,；;]/.test(end) || /^[、，,（(]/.test(next)) return true;
  if (/^[\d〇一二三四五六七八九十]{2,4}\s*年[^，。]*日\s*$/.test(next)) return false; // a signature date
  const lastItem =
    prev
      .slice(-60)
      .split(/[、，,；;：:]/)
      .pop() ?? '';
  const firstItem = next.slice(0, 60).split(/[、，,；;]/)[0] ?? '';
  // two complete names: the wrap did not cut a name, so the next line is something else
  return !(isStrictUnitName(lastItem) && isStrictUnitName(firstItem));
}

/**
 * The paragraphs of lines first..last: a line continues the paragraph before it unless
 * that one ended a sentence, or the line starts a label. Stops at a table or an
 * attachment mark.
 */
export function paragraphsOf(ctx: ParseContext, first: number, last: number, firstText?: string): Paragraph[] {
  const out: Growing[] = [];
  let inLabel = false;
  for (let no = first; no <= last; no++) {
    const raw = no === first && firstText !== undefined ? firstText : ctx.lineText(no);
    if (no !== first && stopsItem(raw)) break;
    const text = raw.trim();
    if (!text) continue;
    const isLabel = startsWithLabel(text);
    const prev = out[out.length - 1];
    const continues = prev && !isLabel && !complete(prev, first, inLabel) && (!inLabel || continuesLabel(prev, text));
    if (continues) {
      extend(prev, text, no);
    } else {
      out.push(startParagraph(text, no));
      inLabel = isLabel;
    }
  }
  return out.map(finish);
}

/** an item: the heading's words and the lines up to the next heading */
export interface Item {
  node: SectionNode;
  paragraphs: Paragraph[];
  /** last line the item could span (before the next heading or the end of its document) */
  last: number;
}

/** every numbered item of every document, with its paragraphs */
export function itemsOf(ctx: ParseContext): Item[] {
  const items: Item[] = [];
  for (const doc of ctx.docs) {
    const nodes = ctx.sectionsByDoc.get(doc.record.id) ?? [];
    nodes.forEach((node, i) => {
      const next = nodes[i + 1];
      const last = next ? next.line - 1 : doc.lastLine;
      const line = ctx.lineText(node.line);
      const paragraphs = paragraphsOf(ctx, node.line, last, line.slice(node.heading.restOffset));
      items.push({ node, paragraphs, last });
    });
  }
  return items;
}

/** the text of consecutive paragraphs: a bare heading title keeps a space before the words under it */
export function joinParagraphs(ps: Paragraph[]): string {
  const parts: string[] = [];
  // the last character so far, kept rather than read back from a growing string
  let end = '';
  for (const p of ps) {
    if (!p.text) continue;
    if (end && !ENDS_PARAGRAPH.test(end) && !/[：:，、]/.test(end)) parts.push(' ');
    parts.push(p.text);
    end = p.text.slice(-1);
  }
  return parts.join('');
}

/** the short title of an item: its first sentence when that is short and more follows */
export function shortTitle(text: string): string | null {
  const cut = text.indexOf('。');
  if (cut <= 0 || cut > 40) return null;
  const rest = text.slice(cut + 1).trim();
  if (!rest) return null;
  return text.slice(0, cut).trim() || null;
}
