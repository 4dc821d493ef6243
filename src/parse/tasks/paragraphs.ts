/**
 * The paragraphs of a task item. The tree's blocks are cut for every reader; a task reads
 * its lines with two rules of its own: a label (牵头单位：…) always starts a paragraph and
 * its value goes on over wrapped lines only while it stops inside a unit's name or at a
 * separator, and a line closing a bracket (`…（责任单位：省财政厅）`) ends one.
 */
import { holdsColon, isSentenceStopCode, isParagraphEndCode } from '../../lexicon/punctuation.js';
import type { Line } from '../../normalize/source-text.js';
import { isStrictUnitName } from '../../text/units.js';
import { needsSpace } from '../../tree/span.js';
import {
  LABEL_ANY,
  LABEL_START,
  labelEndBefore,
  roleOfLabel,
  startsWithLabel,
  type Role,
} from '../../lexicon/task-labels.js';
import { activityFieldBefore } from '../../lexicon/activities.js';
import { ColonWalk } from '../../text/colons.js';

/** a piece of an item's text and the lines it came from */
export interface Passage {
  text: string;
  first: number;
  last: number;
}

/**
 * A paragraph rebuilt from lines that a PDF extraction wrapped (often with blank lines
 * between), with the facts every form asks of it read once: the forms that need a label or
 * a colon pass over a paragraph without one before running any pattern.
 */
export interface Paragraph extends Passage {
  /** it opens with a label (牵头单位：…) */
  readonly label: boolean;
  /** it holds a colon (：or :): a label, a time or place, a unit's duty each need one */
  readonly colon: boolean;
  /** a colon follows a label's last character (spaces between allowed): only then can it hold a label */
  readonly labelColon: boolean;
  /** a colon follows an activity field's last character (时间：, 地点：) */
  readonly activityColon: boolean;
}

/** a paragraph that is complete: the next line starts a new one */
const ENDS_PARAGRAPH = /^[。！？；）)」”]$/;

/**
 * A paragraph being read: its lines (trimmed) are kept as pieces and joined once when it
 * is done. Only a label's value looks back at the text so far, and only at its tail, so a
 * long run of wrapped lines costs time in proportion to its length.
 */
interface Growing {
  pieces: string[];
  first: number;
  last: number;
  /** its first line opens with a label */
  label: boolean;
}

/** how much of a label paragraph's end the continuation rules read */
const TAIL = 200;

/** the last TAIL characters of the paragraph's joined text, joined from as few pieces as reach that far */
function tailOf(p: Growing): string {
  const { pieces } = p;
  // the spaces a join may add are not counted: the pieces from `from` on hold TAIL characters at least
  let from = pieces.length - 1;
  for (let n = pieces[from].length; from > 0 && n < TAIL;) n += pieces[--from].length;
  const text = joinedText(pieces, from);
  return text.length > TAIL ? text.slice(-TAIL) : text;
}

/** the pieces from `from` on, joined by the tree's rule for wrapped lines */
function joinedText(pieces: string[], from = 0): string {
  if (pieces.length - from === 1) return pieces[from];
  const parts: string[] = [pieces[from]];
  for (let i = from + 1; i < pieces.length; i++) {
    if (needsSpace(pieces[i - 1], pieces[i])) parts.push(' ');
    parts.push(pieces[i]);
  }
  return parts.join('');
}

/**
 * A paragraph that the next line cannot continue: it ended a sentence, or it is a bare
 * heading title (`一、总体要求`, `2.4 成员单位职责`) with no sentence punctuation at all.
 */
function complete(p: Growing, headingLine: number, inLabel: boolean): boolean {
  const end = p.pieces[p.pieces.length - 1];
  const last = end.charCodeAt(end.length - 1);
  // a label value ends only with a sentence: `…县（市、区）` may still wrap before `政府`
  if (inLabel) return isSentenceStopCode(last);
  if (isParagraphEndCode(last)) return true;
  const text = p.pieces[0];
  return p.first === headingLine && p.last === headingLine && text.length <= 25 && !/[，。；、,]/.test(text);
}

/** the role of the last label in a label paragraph (its tail is enough; the label it opened with, else) */
function lastLabelRole(p: Growing, tail: string): Role | null {
  let role: Role | null = null;
  LABEL_ANY.lastIndex = 0;
  for (let m = LABEL_ANY.exec(tail); m; m = LABEL_ANY.exec(tail)) role = roleOfLabel(m[1]) ?? role;
  return role ?? roleOfLabel(LABEL_START.exec(p.pieces[0])?.[1] ?? '');
}

/**
 * Does `next` continue the value of the label paragraph `p`? A unit list goes on when
 * it stopped inside a name (`…建筑节能与科技` / `司、城市建设司`, `…各市州、县` /
 * `（市、区、行委）政府`) or at a separator; after a complete name the next line is
 * something else (a signature, a date). A deadline goes on only after a separator.
 */
function continuesLabel(p: Growing, next: string): boolean {
  if (next.length > 100 || /[。]/.test(next) || startsWithLabel(next)) return false;
  const prev = tailOf(p);
  const end = prev.slice(-1);
  if (lastLabelRole(p, prev) === 'deadline') return /[、，,—\-－~～至到]/.test(end);
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
 * The paragraphs of lines first..last (1-based; the first read from column `fromCol`): a
 * line continues the paragraph before it unless that one ended a sentence, or the line
 * starts a label. The caller ends the range where the item's running text ends.
 */
export function paragraphsOf(lines: readonly Line[], first: number, last: number, fromCol = 0): Paragraph[] {
  const out: Growing[] = [];
  let inLabel = false;
  for (let no = first; no <= last; no++) {
    const raw = lines[no - 1].text;
    const text = (no === first && fromCol ? raw.slice(fromCol) : raw).trim();
    if (!text) continue;
    const isLabel = startsWithLabel(text);
    const prev = out[out.length - 1];
    const continues = prev && !isLabel && !complete(prev, first, inLabel) && (!inLabel || continuesLabel(prev, text));
    if (continues) {
      prev.pieces.push(text);
      prev.last = no;
    } else {
      out.push({ pieces: [text], first: no, last: no, label: isLabel });
      inLabel = isLabel;
    }
  }
  return out.map(finished);
}

/** a paragraph read to its end, with its facts */
function finished(p: Growing): Paragraph {
  const text = joinedText(p.pieces);
  // the first line holds the whole label, or its colon comes on a later line
  const label = p.label || (p.pieces.length > 1 && startsWithLabel(text));
  const { first, last } = p;
  // every paragraph written out field by field: one shape, no spread per paragraph
  if (!holdsColon(text)) return { text, first, last, label, colon: false, labelColon: false, activityColon: false };
  const fields = colonFields(text);
  return { text, first, last, label, colon: true, labelColon: fields.labelColon, activityColon: fields.activityColon };
}

type ColonFields = Pick<Paragraph, 'labelColon' | 'activityColon'>;

/**
 * Which fields the colons of a text may close, from the character before each: one walk
 * over the colons answers for every form, and a text whose colons close neither (most
 * of those with a colon) is never searched for a label or an activity field.
 */
function colonFields(text: string): ColonFields {
  let labelColon = false;
  let activityColon = false;
  const colons = new ColonWalk(text);
  for (let at = colons.next(); at >= 0 && !(labelColon && activityColon); at = colons.next()) {
    if (!activityColon) activityColon = activityFieldBefore(text, at);
    if (!labelColon) labelColon = labelEndBefore(text, at);
  }
  return { labelColon, activityColon };
}

/** the text of consecutive paragraphs: a bare heading title keeps a space before the words under it */
export function joinParagraphs(ps: Passage[]): string {
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
