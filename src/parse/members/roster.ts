/**
 * Committee rosters: `组长：A 副省长 副组长：B …成员：…`, either run together on one line or
 * in tab/space columns with spaced names and wrapped titles.
 */
import type { DiagnosticNote } from '../../diagnostics/index.js';
import type { Line as SourceLine } from '../../normalize/source-text.js';
import { isSpaceCode } from '../../lexicon/chars.js';
import { isListEndCode } from '../../lexicon/punctuation.js';
import type { SourceText } from '../../normalize/source-text.js';
import { parseHeading } from '../../segment/sections.js';
import { isPersonName } from '../contacts/tokens.js';
import { looksLikePosition, nameAt, positionFirst, splitRun, startsPosition } from './split.js';
import { splitTopLevel } from '../../lexicon/brackets.js';
import { allMatches } from '../../text/regex-scan.js';
import { firstAtLeast } from '../../text/sorted.js';
import { ROSTER_ROLES, ROSTER_ROLE_LAST } from '../../lexicon/committees.js';
import { NAME, NAME_CHAR, TITLE_BEFORE_LIST } from '../../lexicon/posts.js';

/** `张三（省发展改革委副主任）`: a name, then its position in brackets */
const NAME_BRACKETED = new RegExp(`^(${NAME})[（(](.+)[）)]$`);
const NAME_BEFORE_BRACKET = new RegExp(`^(${NAME})[（(]`);
/** `钱 某 省发改委副主任`: a name of 2–4 characters (a blank allowed between them), a gap, a position */
const SPACED_ENTRY = new RegExp(`^\\s*(${NAME_CHAR}(?:\\s?${NAME_CHAR}){1,3})\\s+(\\S.*)$`);

export interface Label {
  role: string;
  start: number;
  end: number;
}

/** `组 长：` labels in a line: a role word (spaces allowed inside) right before a colon */
export function findLabels(text: string): Label[] {
  const out: Label[] = [];
  for (let c = text.indexOf('：'); c >= 0; c = text.indexOf('：', c + 1)) {
    // most colons follow no role word: its last character rules them out at once
    let j = c - 1;
    while (j >= 0 && isSpaceCode(text.charCodeAt(j))) j--;
    if (j < 0 || ROSTER_ROLE_LAST[text.charCodeAt(j)] !== 1) continue;
    // the last six non-space characters before the colon, and where each stands (nearest first)
    let tail = '';
    const at: number[] = [];
    for (; j >= 0 && at.length < 6; j--) {
      if (isSpaceCode(text.charCodeAt(j))) continue;
      tail = text[j] + tail;
      at.push(j);
    }
    const role = ROSTER_ROLES.find((w) => tail.endsWith(w));
    if (!role) continue;
    out.push({ role, start: at[role.length - 1], end: c + 1 });
  }
  return out;
}

/**
 * The lines that may hold a roster label: a colon right after the last character of a
 * role word, the only lines findLabels can find a label in. The file's colons are found
 * once (SourceText.offsetsOf, which the contact reader's quick look shares), so each
 * question is a search among them. Spaces before a colon may run back over a line end,
 * which can give a line more, never one fewer.
 */
export class LabelLines {
  private readonly colons: readonly number[];

  constructor(private readonly src: SourceText) {
    this.colons = src.offsetsOf('：');
  }

  /** the first line from..last (1-based) that may hold a label, or 0 */
  next(from: number, last: number): number {
    const { text, lines } = this.src;
    if (from > last) return 0;
    const colons = this.colons;
    const end = lines[last - 1].end;
    for (let k = firstAtLeast(colons, lines[from - 1].start); k < colons.length && colons[k] < end; k++) {
      const c = colons[k];
      let j = c - 1;
      while (j >= 0 && isSpaceCode(text.charCodeAt(j))) j--;
      if (j < 0 || ROSTER_ROLE_LAST[text.charCodeAt(j)] !== 1) continue;
      let no = from;
      while (lines[no - 1].end < c) no++;
      return no;
    }
    return 0;
  }
}

export interface RosterMember {
  role: string;
  name: string;
  position: string | null;
  start: number;
  end: number;
  line: number;
  ambiguous: boolean;
}

export type RosterNote = DiagnosticNote;

export interface Roster {
  firstLine: number;
  lastLine: number;
  /** normalized offset where the roster starts (its first label) */
  start: number;
  members: RosterMember[];
  notes: RosterNote[];
}

/** the parts of a source line these readers use */
type Line = Pick<SourceLine, 'no' | 'start' | 'text'>;

/** a segment's text without white space, with the offset of every kept character */
function compact(text: string, base: number): { s: string; at: number[] } {
  let s = '';
  const at: number[] = [];
  // kept characters are copied a run between spaces at a time, not one by one
  let run = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSpaceCode(text.charCodeAt(i))) {
      if (run < 0) run = i;
      at.push(base + i);
    } else if (run >= 0) {
      s += text.slice(run, i);
      run = -1;
    }
  }
  at.push(at.length ? at[at.length - 1] + 1 : base);
  return { s, at };
}

const endAt = (at: number[], i: number) => (i > 0 ? at[i - 1] + 1 : at[0]);

/** does the value after a head label start with a person (so the roster is of people)? */
export function valueIsPerson(value: string): boolean {
  const cells = value
    .split(/\t+/)
    .map((c) => c.replace(/\s+/g, ''))
    .filter(Boolean);
  if (!cells.length) return false;
  if (value.includes('\t') && isPersonName(cells[0])) return true;
  const s = value.replace(/\s+/g, '');
  if (nameAt(s, 0)) return true;
  // 马某某  州长: a name, a gap, a position
  const gap = /^\s*(\S{2,4})\s+(\S+)/.exec(value);
  if (gap && isPersonName(gap[1]) && looksLikePosition(gap[2])) return true;
  const first = splitTopLevel(s, '、，；')[0];
  const br = NAME_BEFORE_BRACKET.exec(first);
  if (br && isPersonName(br[1])) return true;
  if (startsPosition(s) && positionFirst(first)) return true;
  const names = s.split(/[、，]/);
  return names.every(isPersonName);
}

const CELL = /[^\t]+/g;
/** a gap of two or more blanks (or an ideographic space): where columns of a plain-text roster part */
const WIDE_GAP = /\s{2,}|\u3000/g;

/**
 * The entries of a line that holds several `name position` entries set apart by wide gaps,
 * or null when it does not: every part must open with a name and go on with a position.
 */
function wideGapEntries(text: string): Array<{ text: string; index: number }> | null {
  if (text.includes('\t')) return null;
  const parts: Array<{ text: string; index: number }> = [];
  let from = 0;
  for (const m of allMatches(WIDE_GAP, text)) {
    if (text.slice(from, m.index).trim()) parts.push({ text: text.slice(from, m.index), index: from });
    from = m.index! + m[0].length;
  }
  if (text.slice(from).trim()) parts.push({ text: text.slice(from), index: from });
  if (parts.length < 2) return null;
  const ok = parts.every((p) => {
    const m = SPACED_ENTRY.exec(p.text);
    return m !== null && isPersonName(m[1].replace(/\s+/g, '')) && m[2].trim().length >= 2;
  });
  return ok ? parts : null;
}
const WORD = /\S+/g;

interface SegResult {
  lead: string | null;
  leadEnd: number;
  members: Array<Omit<RosterMember, 'role' | 'line'>>;
  units: boolean;
  unread: string | null;
}

/** a segment as its forms read it: the text, its white-space-free copy with offsets, and the result */
interface Seg {
  text: string;
  base: number;
  labelled: boolean;
  s: string;
  at: number[];
  res: SegResult;
}

type Member = SegResult['members'][number];
const member = (name: string, position: string | null, start: number, end: number, ambiguous = false): Member => ({
  name,
  position,
  start,
  end,
  ambiguous,
});

/** 主任：李杰翔 — a label with a bare name */
function bareName(g: Seg): boolean {
  if (!g.labelled || !isPersonName(g.s)) return false;
  g.res.members.push(member(g.s, null, g.at[0], endAt(g.at, g.s.length)));
  return true;
}

/** names only: 朱生海、李增刚 or spaced 朱生海 李增刚 俞发新 */
function namesOnly(g: Seg): boolean {
  const { text, s, at } = g;
  // each split is made only where it can give more than one word (s has no blanks; text had them)
  const listed = s.includes('、') || s.includes('，') ? s.split(/[、，]/) : [s];
  const spaced = s.length < text.length && !text.includes('\t') ? text.trim().split(/\s+/) : [];
  const byList = listed.length > 1 && listed.every(isPersonName);
  const bySpace =
    spaced.length > 1 &&
    spaced.every((w) => (isPersonName(w) && !looksLikePosition(w)) || w.length === 1) &&
    spaced.filter((w) => w.length > 1).length > 1;
  if (!byList && !bySpace) return false;
  let from = 0;
  for (const p of listed.length > 1 ? listed : spaced) {
    const idx = s.indexOf(p, from);
    from = idx + p.length;
    if (p.length > 1) g.res.members.push(member(p, null, at[idx], endAt(at, from)));
  }
  return true;
}

/** tab columns: the first cell is the name, the others the position */
function tabColumns(g: Seg): boolean {
  const { text, base } = g;
  if (!text.includes('\t')) return false;
  const cells = allMatches(CELL, text)
    .map((m) => ({ text: m[0], index: m.index }))
    .filter((c) => c.text.trim());
  if (cells.length < 2) return false;
  const name = cells[0].text.replace(/\s+/g, '');
  if (!isPersonName(name)) return false;
  const nameC = compact(cells[0].text, base + cells[0].index);
  const last = cells[cells.length - 1];
  const pos = cells
    .slice(1)
    .map((c) => c.text.replace(/\s+/g, ''))
    .join('');
  g.res.members.push(member(name, pos, nameC.at[0], base + last.index + last.text.trimEnd().length));
  return true;
}

/** two entries on one line, set apart by a wide gap: 钱 某 省发改委副主任   孙某某 省财政厅副厅长 */
function wideGapPair(g: Seg): boolean {
  const entries = wideGapEntries(g.text);
  if (!entries) return false;
  for (const e of entries) g.res.members.push(...readSegment(e.text, g.base + e.index, false).members);
  return true;
}

/** space columns: the first word(s) are the name (a spaced name 张 杰 is joined), the rest the position */
function spacedWords(g: Seg): boolean {
  const { text, base } = g;
  const words = allMatches(WORD, text).map((m) => ({ text: m[0], index: m.index }));
  if (text.includes('\t') || words.length < 2) return false;
  let name = words[0].text;
  let k = 1;
  while (k < words.length - 1 && (name.length < 2 || (words[k].text.length === 1 && name.length <= 2)))
    name += words[k++].text;
  if (!isPersonName(name) || k >= words.length) return false;
  const last = words[words.length - 1];
  const position = words
    .slice(k)
    .map((w) => w.text)
    .join('');
  g.res.members.push(member(name, position, base + words[0].index, base + last.index + last.text.length));
  return true;
}

/** items split by 、，；, with their offsets in the compact text */
function itemsOf(s: string): Array<{ text: string; at: number }> {
  const items: Array<{ text: string; at: number }> = [];
  let from = 0;
  for (const it of splitTopLevel(s, '、，；')) {
    items.push({ text: it, at: from });
    from += it.length + 1;
  }
  return items;
}

/** `张三（省发展改革委副主任）` items, or a position before the name `省商务厅厅长朱龙翔` */
function listedItems(g: Seg): boolean {
  const { s, at, res } = g;
  const items = itemsOf(s);
  const bracketed = items.map((it) => NAME_BRACKETED.exec(it.text));
  if (bracketed.every((m) => m && isPersonName(m[1]))) {
    items.forEach((it, k) =>
      res.members.push(member(bracketed[k]![1], bracketed[k]![2], at[it.at], endAt(at, it.at + it.text.length))),
    );
    return true;
  }
  if (!startsPosition(s) || nameAt(s, 0)) return false;
  const pf = items.map((it) => positionFirst(it.text));
  if (!pf.every(Boolean)) return false;
  items.forEach((it, k) => {
    const { name, position, ambiguous } = pf[k]!;
    res.members.push(member(name, position, at[it.at], endAt(at, it.at + it.text.length), ambiguous));
  });
  return true;
}

/** a list of units where people were expected (成员：省发展改革委、省财政厅 …): no members */
function unitList(g: Seg): boolean {
  const { s } = g;
  if (!startsPosition(s) || nameAt(s, 0) || !/[、，]/.test(s) || TITLE_BEFORE_LIST.test(s.slice(0, 40))) return false;
  g.res.units = true;
  return true;
}

/** run together: split where positions begin; text before the first name continues the line above */
function runTogether(g: Seg): void {
  const { s, at, res } = g;
  const run = splitRun(s);
  if (run.lead) {
    res.lead = run.lead;
    res.leadEnd = endAt(at, run.lead.length);
  }
  for (const m of run.members)
    res.members.push(member(m.name, m.position || null, at[m.start], endAt(at, m.end), m.ambiguous));
  if (!run.members.length && !run.lead) res.unread = s;
}

/** the layouts of a segment, in the order they are tried; the first that reads it wins */
const SEGMENT_FORMS: ReadonlyArray<(g: Seg) => boolean> = [
  bareName,
  namesOnly,
  tabColumns,
  wideGapPair,
  spacedWords,
  listedItems,
  unitList,
];

/** one label's value (or a line without label) read into members */
function readSegment(text: string, base: number, labelled: boolean): SegResult {
  const res: SegResult = { lead: null, leadEnd: base, members: [], units: false, unread: null };
  const { s, at } = compact(text, base);
  if (!s) return res;
  const g: Seg = { text, base, labelled, s, at, res };
  for (const form of SEGMENT_FORMS) if (form(g)) return res;
  runTogether(g);
  return res;
}

/** drop trailing 。；，、 and spaces (a loop: an end-anchored regex would retry every start) */
function trimEnd(s: string): string {
  let b = s.length;
  for (;;) {
    const c = s.charCodeAt(b - 1);
    if (b > 0 && isListEndCode(c)) b--;
    else break;
  }
  return b === s.length ? s : s.slice(0, b);
}

/** a line's segments: text before its first label, then each label's value */
function segmentsOf(text: string, labels: Label[]): Array<{ role: string | null; from: number; to: number }> {
  const segs: Array<{ role: string | null; from: number; to: number }> = [];
  if (labels.length && labels[0].start > 0) segs.push({ role: null, from: 0, to: labels[0].start });
  if (!labels.length) segs.push({ role: null, from: 0, to: text.length });
  labels.forEach((lb, i) => segs.push({ role: lb.role, from: lb.end, to: labels[i + 1]?.start ?? text.length }));
  return segs;
}

/** a roster being read, line by line: the role in force and the member a wrapped title continues */
class RosterReader {
  role = '';
  last: RosterMember | null = null;

  constructor(readonly roster: Roster) {}

  private note(code: RosterNote['code'], what: string, line: number): void {
    const message =
      code === 'roster-units-not-people'
        ? `${what}: a list of units, not people; no members made of it`
        : `${this.role || 'roster'}: "${what}" could not be read as a name and position`;
    this.roster.notes.push({ code, message, line });
  }

  /**
   * One segment of line `l` (its text at column `col`); true when it was read, false when
   * nothing was, 'stop' when it is text after the roster (a line that is no wrapped title).
   */
  segment(l: Line, seg: { role: string | null; text: string; col: number }, head: boolean): boolean | 'stop' {
    let read = false;
    if (seg.role) {
      this.role = seg.role;
      read = true;
    }
    const r = readSegment(seg.text.replace(/[。；]\s*$/, ''), l.start + seg.col, seg.role !== null);
    if (r.units) {
      this.note('roster-units-not-people', this.role, l.no);
      return true;
    }
    if (r.lead !== null) {
      const last = this.last;
      const wrapOk =
        last &&
        (/^\s/.test(l.text) || /[、，]$/.test(last.position ?? '') || r.members.length > 0 || r.lead.length <= 10);
      if (!wrapOk || !last) {
        if (!head && !seg.role) return 'stop';
        this.note('roster-entry-unread', r.lead, l.no);
      } else {
        last.position = (last.position ?? '') + r.lead;
        last.end = Math.max(last.end, r.leadEnd);
        read = true;
      }
    }
    if (r.unread) this.note('roster-entry-unread', r.unread, l.no);
    for (const m of r.members) {
      const { name, position, start, end, ambiguous } = m;
      this.last = { name, position, start, end, ambiguous, role: this.role || '成员', line: l.no };
      this.roster.members.push(this.last);
      read = true;
      if (ambiguous)
        this.roster.notes.push({
          code: 'member-split-ambiguous',
          message: `${name}${position ?? ''}: the name could be 2, 3 or 4 characters; read as ${name}`,
          line: l.no,
        });
    }
    return read;
  }

  /** one non-blank line (from column `col` on): whether it was read, or 'stop' where the roster ended */
  line(l: Line, col: number, head: boolean): boolean | 'stop' {
    const text = col ? l.text.slice(col) : l.text;
    const labels = findLabels(text);
    if (!head) {
      if (parseHeading(text)) return 'stop';
      const labelled = labels.length > 0 && !text.slice(0, labels[0].start).trim();
      // (a line of at most 80 characters needs no copy without its blanks to be measured)
      if (!labelled && (text.includes('。') || (text.length > 80 && text.replace(/\s+/g, '').length > 80)))
        return 'stop';
    }
    let read = false;
    for (const seg of segmentsOf(text, labels)) {
      const got = this.segment(l, { role: seg.role, text: text.slice(seg.from, seg.to), col: col + seg.from }, head);
      if (got === 'stop') return 'stop';
      read ||= got;
    }
    return read || (head ? false : 'stop');
  }
}

/**
 * Read the roster whose head label is at column `headStart` of `lines[from]`; the lines
 * after it, up to `lines[end - 1]`, belong to it while they read as members, labels or
 * wrapped titles, however many (a roster of 40,000 lines is read whole, and the caller
 * skips past it). The lines are the file's own: a roster runs on over the tree's blocks
 * (a label line ends a paragraph), and its columns, indents and wraps are in its lines.
 */
export function readRoster(lines: readonly Line[], headStart: number, from = 0, end = lines.length): Roster {
  const first = lines[from];
  const roster: Roster = {
    firstLine: first.no,
    lastLine: first.no,
    start: first.start + headStart,
    members: [],
    notes: [],
  };
  const reader = new RosterReader(roster);
  let blanks = 0;
  for (let li = from; li < end; li++) {
    const l = lines[li];
    const col = li === from ? headStart : 0;
    if (!(col ? l.text.slice(col) : l.text).trim()) {
      if (++blanks > 2) break;
      continue;
    }
    const read = reader.line(l, col, li === from);
    if (read === 'stop') break;
    if (read) {
      roster.lastLine = l.no;
      blanks = 0;
    }
  }
  for (const m of roster.members) if (m.position) m.position = trimEnd(m.position) || null;
  return roster;
}
