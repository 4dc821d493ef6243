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

/** roster labels, longest first so 副组长 wins over 组长 */
const ROLE_WORDS = [
  '第一副组长',
  '第一副主任',
  '执行副组长',
  '执行副主任',
  '常务副组长',
  '常务副主任',
  '办公室副主任',
  '办公室主任',
  '副总指挥',
  '副指挥长',
  '副召集人',
  '副秘书长',
  '执行主任',
  '副组长',
  '副主任',
  '副主席',
  '副团长',
  '总指挥',
  '指挥长',
  '召集人',
  '秘书长',
  '联络员',
  '组长',
  '主任',
  '主席',
  '团长',
  '成员',
  '委员',
  '组员',
  '顾问',
];
/** the label a roster opens with */
const HEAD_ROLES = new Set(['组长', '主任', '总指挥', '指挥长', '召集人', '主席', '团长']);

/** the characters `\s` matches, by code unit */

/** the last characters of the role words, as code units (no one-character string per colon) */
const ROLE_LAST = new Set(ROLE_WORDS.map((w) => w.charCodeAt(w.length - 1)));

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
    if (j < 0 || !ROLE_LAST.has(text.charCodeAt(j))) continue;
    // the last six non-space characters before the colon, and where each stands (nearest first)
    let tail = '';
    const at: number[] = [];
    for (; j >= 0 && at.length < 6; j--) {
      if (isSpaceCode(text.charCodeAt(j))) continue;
      tail = text[j] + tail;
      at.push(j);
    }
    const role = ROLE_WORDS.find((w) => tail.endsWith(w));
    if (!role) continue;
    out.push({ role, start: at[role.length - 1], end: c + 1 });
  }
  return out;
}

/**
 * Lines (by number) with a colon right after the last character of a role word: the only
 * lines findLabels can find a label in, found with one pass over the colons of the whole
 * file rather than a call per line. Spaces before a colon may run back over a line end,
 * which can flag a line more, never one fewer.
 */
export function labelLines(src: SourceText): Uint8Array {
  const text = src.text,
    lines = src.lines;
  const flags = new Uint8Array(lines.length + 1);
  let li = 0;
  for (let c = text.indexOf('：'); c >= 0; c = text.indexOf('：', c + 1)) {
    let j = c - 1;
    while (j >= 0 && isSpaceCode(text.charCodeAt(j))) j--;
    if (j < 0 || !ROLE_LAST.has(text.charCodeAt(j))) continue;
    while (li + 1 < lines.length && lines[li + 1].start <= c) li++;
    flags[li + 1] = 1;
  }
  return flags;
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
  const br = /^([\u4e00-\u9fff·]{2,10})[（(]/.exec(first);
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
  const entry = /^\s*([\u4e00-\u9fff·](?:\s?[\u4e00-\u9fff·]){1,3})\s+(\S.*)$/;
  const ok = parts.every((p) => {
    const m = entry.exec(p.text);
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

/** one label's value (or a line without label) read into members */
function readSegment(text: string, base: number, labelled: boolean): SegResult {
  const res: SegResult = { lead: null, leadEnd: base, members: [], units: false, unread: null };
  const { s, at } = compact(text, base);
  if (!s) return res;
  // 主任：李杰翔 — a label with a bare name
  if (labelled && isPersonName(s)) {
    res.members.push({ name: s, position: null, start: at[0], end: endAt(at, s.length), ambiguous: false });
    return res;
  }
  // names only: 朱生海、李增刚 or spaced 朱生海 李增刚 俞发新
  const listed = s.split(/[、，]/);
  const spaced = text.trim().split(/\s+/);
  if (
    (listed.length > 1 && listed.every(isPersonName)) ||
    (spaced.length > 1 &&
      !text.includes('\t') &&
      spaced.every((w) => (isPersonName(w) && !looksLikePosition(w)) || w.length === 1) &&
      spaced.filter((w) => w.length > 1).length > 1)
  ) {
    const parts = listed.length > 1 ? listed : spaced;
    let from = 0;
    for (const p of parts) {
      const idx = s.indexOf(p, from);
      from = idx + p.length;
      if (p.length > 1)
        res.members.push({ name: p, position: null, start: at[idx], end: endAt(at, from), ambiguous: false });
    }
    return res;
  }
  // columns: the first cell (tab) or the first word(s) (spaces) is the name
  const cells = allMatches(CELL, text)
    .map((m) => ({ text: m[0], index: m.index! }))
    .filter((c) => c.text.trim());
  if (text.includes('\t') && cells.length >= 2) {
    const name = cells[0].text.replace(/\s+/g, '');
    if (isPersonName(name)) {
      const nameC = compact(cells[0].text, base + cells[0].index);
      const last = cells[cells.length - 1];
      const pos = cells
        .slice(1)
        .map((c) => c.text.replace(/\s+/g, ''))
        .join('');
      res.members.push({
        name,
        position: pos,
        start: nameC.at[0],
        end: base + last.index + last.text.trimEnd().length,
        ambiguous: false,
      });
      return res;
    }
  }
  // two entries on one line, set apart by a wide gap: 钱 某 省发改委副主任   孙某某 省财政厅副厅长
  const entries = wideGapEntries(text);
  if (entries) {
    for (const e of entries) res.members.push(...readSegment(e.text, base + e.index, false).members);
    return res;
  }
  const words = allMatches(WORD, text).map((m) => ({ text: m[0], index: m.index! }));
  if (!text.includes('\t') && words.length >= 2) {
    let name = words[0].text;
    let k = 1;
    while (k < words.length - 1 && (name.length < 2 || (words[k].text.length === 1 && name.length <= 2)))
      name += words[k++].text;
    if (isPersonName(name) && k < words.length) {
      const last = words[words.length - 1];
      res.members.push({
        name,
        position: words
          .slice(k)
          .map((w) => w.text)
          .join(''),
        start: base + words[0].index,
        end: base + last.index + last.text.length,
        ambiguous: false,
      });
      return res;
    }
  }
  // items split by 、，；: `张三（省发展改革委副主任）` or a position before the name `省商务厅厅长朱龙翔`
  const items: Array<{ text: string; at: number }> = [];
  let from = 0;
  for (const it of splitTopLevel(s, '、，；')) {
    items.push({ text: it, at: from });
    from += it.length + 1;
  }
  const bracketed = items.map((it) => /^([\u4e00-\u9fff·]{2,10})[（(](.+)[）)]$/.exec(it.text));
  if (bracketed.every((m) => m && isPersonName(m[1]))) {
    items.forEach((it, k) =>
      res.members.push({
        name: bracketed[k]![1],
        position: bracketed[k]![2],
        start: at[it.at],
        end: endAt(at, it.at + it.text.length),
        ambiguous: false,
      }),
    );
    return res;
  }
  if (startsPosition(s) && !nameAt(s, 0)) {
    const pf = items.map((it) => positionFirst(it.text));
    if (pf.every(Boolean)) {
      items.forEach((it, k) =>
        res.members.push({
          name: pf[k]!.name,
          position: pf[k]!.position,
          start: at[it.at],
          end: endAt(at, it.at + it.text.length),
          ambiguous: pf[k]!.ambiguous,
        }),
      );
      return res;
    }
  }
  // run together: split where positions begin
  if (startsPosition(s) && !nameAt(s, 0) && /[、，]/.test(s) && !/(长|主任|书记|巡视员)[、，]/.test(s.slice(0, 40))) {
    res.units = true;
    return res;
  }
  const run = splitRun(s);
  if (run.lead) {
    res.lead = run.lead;
    res.leadEnd = endAt(at, run.lead.length);
  }
  for (const m of run.members)
    res.members.push({
      name: m.name,
      position: m.position || null,
      start: at[m.start],
      end: endAt(at, m.end),
      ambiguous: m.ambiguous,
    });
  if (!run.members.length && !run.lead) res.unread = s;
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

/**
 * Read the roster whose head label is at `headStart` on line `lines[from]`; the following
 * lines belong to it while they read as members, labels or wrapped titles, however many
 * (a roster of 40,000 lines is read whole, and the caller skips past it).
 */
export function readRoster(lines: Line[], headStart: number, from = 0): Roster {
  const first = lines[from];
  const roster: Roster = {
    firstLine: first.no,
    lastLine: first.no,
    start: first.start + headStart,
    members: [],
    notes: [],
  };
  let role = '';
  let last: RosterMember | null = null;
  let blanks = 0;
  for (let li = from; li < lines.length; li++) {
    const l = lines[li];
    const offset = li === from ? headStart : 0;
    const text = l.text.slice(offset);
    if (!text.trim()) {
      if (++blanks > 2) break;
      continue;
    }
    const labels = findLabels(text);
    if (li > from) {
      if (parseHeading(text)) break;
      const labelled = labels.length > 0 && !text.slice(0, labels[0].start).trim();
      if (!labelled && (/。/.test(text) || text.replace(/\s+/g, '').length > 80)) break;
    }
    // segments: text before the first label, then each label's value
    const segs: Array<{ role: string | null; from: number; to: number }> = [];
    if (labels.length && labels[0].start > 0) segs.push({ role: null, from: 0, to: labels[0].start });
    if (!labels.length) segs.push({ role: null, from: 0, to: text.length });
    labels.forEach((lb, i) => segs.push({ role: lb.role, from: lb.end, to: labels[i + 1]?.start ?? text.length }));
    let read = false;
    for (const seg of segs) {
      if (seg.role) {
        role = seg.role;
        read = true;
      }
      const segText = text.slice(seg.from, seg.to).replace(/[。；]\s*$/, '');
      const r = readSegment(segText, l.start + offset + seg.from, seg.role !== null);
      if (r.units) {
        roster.notes.push({
          code: 'roster-units-not-people',
          message: `${role}: a list of units, not people; no members made of it`,
          line: l.no,
        });
        read = true;
        continue;
      }
      if (r.lead !== null) {
        const indented = /^\s/.test(l.text);
        const wrapOk =
          last && (indented || /[、，]$/.test(last.position ?? '') || r.members.length > 0 || r.lead.length <= 10);
        if (!wrapOk || !last) {
          if (li > from && !seg.role) break;
          roster.notes.push({
            code: 'roster-entry-unread',
            message: `${role || 'roster'}: "${r.lead}" could not be read as a name and position`,
            line: l.no,
          });
        } else {
          last.position = (last.position ?? '') + r.lead;
          last.end = Math.max(last.end, r.leadEnd);
          read = true;
        }
      }
      if (r.unread)
        roster.notes.push({
          code: 'roster-entry-unread',
          message: `${role || 'roster'}: "${r.unread}" could not be read as a name and position`,
          line: l.no,
        });
      for (const m of r.members) {
        last = {
          name: m.name,
          position: m.position,
          start: m.start,
          end: m.end,
          ambiguous: m.ambiguous,
          role: role || '成员',
          line: l.no,
        };
        roster.members.push(last);
        read = true;
        if (m.ambiguous)
          roster.notes.push({
            code: 'member-split-ambiguous',
            message: `${m.name}${m.position ?? ''}: the name could be 2, 3 or 4 characters; read as ${m.name}`,
            line: l.no,
          });
      }
    }
    if (!read && li > from) break;
    if (read) {
      roster.lastLine = l.no;
      blanks = 0;
    }
  }
  for (const m of roster.members) if (m.position) m.position = trimEnd(m.position) || null;
  return roster;
}

export { ROLE_WORDS, HEAD_ROLES };
