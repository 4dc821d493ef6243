/**
 * Appointment notices: `任命：` / `批准：` / `免去：` followed by clauses such as
 * `王勇同志为…（正厅级）；` or `张超远同志…职务并退休；`, one member per person and action.
 */
import type { DiagnosticNote } from '../../diagnostics/index.js';
import type { Line as SourceLine } from '../../normalize/source-text.js';
import type { MemberRecord } from '../../schema/index.js';

type Action = NonNullable<MemberRecord['action']>;

/** the printed verb and the action it records */
const VERBS: Record<string, Action> = {
  任命: '任命',
  聘任: '任命',
  免去: '免去',
  免职: '免去',
  解聘: '免去',
  批准: '批准',
};
const ACTION_LABEL = /(任命|聘任|免去|免职|解聘|批准)\s*[：:]\s*/;
const INLINE_VERB =
  /(任命|聘任|免去|解聘)(?=[\u4e00-\u9fff·]{2,10}同志(?:[、，][\u4e00-\u9fff·]{2,10}同志){0,9}(?:为|的|[\u4e00-\u9fff]))/;

/** both label forms start with a verb: one plain scan for it rules out most lines */
const VERB_WORD = /任命|聘任|免去|免职|解聘|批准/;
/** the same, for one scan of a whole file (see linesMatching) */
export const VERB_SCAN = new RegExp(VERB_WORD.source, 'g');

export interface Appointment {
  action: Action;
  name: string;
  position: string | null;
  notes: string[];
  start: number;
  end: number;
  line: number;
}

export type AppointmentNote = DiagnosticNote;

/** the parts of a source line these readers use */
type Line = Pick<SourceLine, 'no' | 'start' | 'text'>;

/** a label line: the action, and where its clauses start on the line */
function labelOf(text: string): { action: Action; after: number; inline: boolean } | null {
  // both forms need one of the verbs: most lines have none
  if (!VERB_WORD.test(text)) return null;
  const m = ACTION_LABEL.exec(text);
  if (!m) {
    // 经研究，任命王勇同志为…: the verb leads straight into the names
    const v = INLINE_VERB.exec(text);
    return v ? { action: VERBS[v[1]], after: v.index + v[1].length, inline: true } : null;
  }
  // the label closes its sentence: nothing but the clauses may follow on the line
  const before = text.slice(0, m.index);
  if (/同志/.test(before)) return null;
  return { action: VERBS[m[1]], after: m.index! + m[0].length, inline: false };
}

/** `（副厅级，试用期一年）` at the end of a clause: notes */
function trailingNotes(s: string): { rest: string; notes: string[] } {
  const m = /[（(]([^（）()]{1,30})[）)]\s*$/.exec(s);
  if (!m) return { rest: s, notes: [] };
  return {
    rest: s.slice(0, m.index).trim(),
    notes: m[1]
      .split(/[，,、；]/)
      .map((x) => x.trim())
      .filter(Boolean),
  };
}

/** one clause: names (A同志、B同志 or A、B同志), then 为 + position or the post held */
function readClause(
  action: Action,
  clause: string,
  base: number,
  clauseEnd: number,
  line: number,
): Appointment[] | null {
  const names: Array<{ name: string; start: number; end: number }> = [];
  let i = clause.length - clause.trimStart().length;
  for (;;) {
    const m = /^([\u4e00-\u9fff·、，\s]{2,60}?)同志/.exec(clause.slice(i));
    if (!m) break;
    let off = i;
    for (const part of m[1].split(/([、，])/)) {
      const name = part.replace(/\s+/g, '');
      if (name && name !== '、' && name !== '，') {
        if (!/^[\u4e00-\u9fff·]{2,10}$/.test(name)) return null;
        const at = clause.indexOf(part.trim(), off);
        names.push({ name, start: base + at, end: base + at + part.trim().length });
      }
      off += part.length;
    }
    i += m[0].length;
    if (!/^[、，]/.test(clause.slice(i)) || !/同志/.test(clause.slice(i + 1, i + 40))) break;
    i += 1;
  }
  if (!names.length) return null;
  let rest = clause.slice(i).trim().replace(/^的/, '');
  const out: Appointment[] = [];
  const end = clauseEnd;
  // 任命A同志为X，免去其Y职务: the removal rides on the same clause
  let alsoRemoved: string | null = null;
  const also = /[，,]\s*(?:同时)?免去其?(.+)$/.exec(rest);
  if (also && action !== '免去') {
    alsoRemoved = also[1];
    rest = rest.slice(0, also.index);
  }
  const read = (act: Action, text: string) => {
    let t = text.trim().replace(/^为/, '');
    const notes: string[] = [];
    const retire = /(职务)?\s*并退休\s*$/.exec(t);
    if (retire) {
      notes.push('并退休');
      t = t.slice(0, retire.index);
    }
    const tn = trailingNotes(t);
    t = tn.rest;
    notes.unshift(...tn.notes);
    t = t.replace(/职务$/, '').trim();
    for (const n of names)
      out.push({ action: act, name: n.name, position: t || null, notes, start: n.start, end, line });
  };
  read(action, rest);
  if (alsoRemoved) read('免去', alsoRemoved);
  return out;
}

/**
 * Every appointment in the lines of one document. `verbLines`, when given, flags (by line
 * number) the lines that may hold a verb; the others are known to hold no label.
 */
export function readAppointments(
  lines: Line[],
  verbLines?: Uint8Array,
): { items: Appointment[]; notes: AppointmentNote[] } {
  const items: Appointment[] = [];
  const notes: AppointmentNote[] = [];
  let action: Action | null = null;
  // the clause being collected: text pieces with their offsets
  let buf: Array<{ text: string; base: number; line: number }> = [];
  const flush = () => {
    if (!action || !buf.length) {
      buf = [];
      return;
    }
    // clauses end at ； or 。; a clause may wrap over lines
    for (const piece of splitClauses(buf)) {
      const got = readClause(action, piece.text, piece.base, piece.end, piece.line);
      if (got) items.push(...got);
      else if (/同志/.test(piece.text))
        notes.push({
          code: 'appointment-unread',
          message: `${action}: "${piece.text.trim().slice(0, 60)}" could not be read as names and a post`,
          line: piece.line,
        });
    }
    buf = [];
  };
  // with no clause open only a label line matters: when the lines run on by number, the
  // typed array's own search skips to the next one that may hold a verb
  const first = lines.length ? lines[0].no : 0;
  const skip = verbLines !== undefined && lines.length > 0 && lines[lines.length - 1].no === first + lines.length - 1;
  for (let i = 0; i < lines.length; i++) {
    if (skip && !action) {
      const no = verbLines!.indexOf(1, first + i);
      if (no < 0) break;
      i = no - first;
      if (i >= lines.length) break;
    }
    const l = lines[i];
    const lab = verbLines && !verbLines[l.no] ? null : labelOf(l.text);
    if (lab) {
      flush();
      action = lab.action;
      const rest = l.text.slice(lab.after);
      if (rest.trim()) buf.push({ text: rest, base: l.start + lab.after, line: l.no });
      // a verb inside a sentence governs that sentence only
      if (lab.inline && /[；;。]\s*$/.test(rest)) {
        flush();
        action = null;
      }
      continue;
    }
    if (!action) continue;
    if (!l.text.trim()) continue;
    const pending = buf.length > 0 && !/[；;。]\s*$/.test(buf[buf.length - 1].text);
    if (/同志/.test(l.text) || pending) buf.push({ text: l.text, base: l.start, line: l.no });
    else {
      flush();
      action = null;
    }
  }
  flush();
  return { items, notes };
}

/** join wrapped pieces and cut at ；/。, keeping the offset of each clause's first piece */
function splitClauses(
  buf: Array<{ text: string; base: number; line: number }>,
): Array<{ text: string; base: number; end: number; line: number }> {
  const out: Array<{ text: string; base: number; end: number; line: number }> = [];
  let cur: { text: string; base: number; end: number; line: number } | null = null;
  for (const p of buf) {
    let text = p.text;
    let base = p.base;
    while (text.length) {
      if (!cur) cur = { text: '', base, end: base, line: p.line };
      const m = /[；;。]/.exec(text);
      if (!m) {
        cur.text += cur.text ? text.trim() : text;
        cur.end = base + text.trimEnd().length;
        break;
      }
      cur.text += cur.text ? text.slice(0, m.index).trim() : text.slice(0, m.index);
      cur.end = base + m.index + 1;
      if (cur.text.trim()) out.push(cur);
      cur = null;
      base += m.index + 1;
      text = text.slice(m.index + 1);
    }
  }
  if (cur && cur.text.trim()) out.push(cur);
  return out;
}
