/**
 * Appointment notices: `任命：` / `批准：` / `免去：` followed by clauses such as
 * `王勇同志为…（正厅级）；` or `张超远同志…职务并退休；`, one member per person and action.
 * The reader goes through a document's blocks line by line (a label line opens an action,
 * the lines after it hold its clauses); a clause that wraps over lines is one TextView,
 * joined by the tree's rule, so every name's offsets lead back to where it is printed.
 */
import type { DiagnosticNote } from '../../diagnostics/index.js';
import type { Line, SourceText } from '../../normalize/source-text.js';
import type { Block } from '../../tree/nodes.js';
import { TextView } from '../../tree/span.js';
import { isSpaceCode } from '../../lexicon/chars.js';
import {
  APPOINTMENT_LABEL,
  APPOINTMENT_VERB,
  INLINE_APPOINTMENT,
  appointmentAction,
  type AppointmentVerbs,
  type AppointmentAction as Action,
} from '../../lexicon/committees.js';
import { NAME, NAME_CLASS } from '../../lexicon/posts.js';

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

/** names of 同志 at the start of a clause (A同志、B同志 or A、B同志) */
const NAMES_OF_COMRADES = new RegExp(`^([${NAME_CLASS}、，\\s]{2,60}?)同志`);
const ONE_NAME = new RegExp(`^${NAME}$`);
/** where a clause ends */
const CLAUSE_END = /[；;。]/;
const ENDS_CLAUSE = /[；;。]\s*$/;

/** a label line: the action, and where its clauses start on the line */
function labelOf(text: string): { action: Action; after: number; inline: boolean } | null {
  // both forms need one of the verbs: most lines have none
  if (!APPOINTMENT_VERB.test(text)) return null;
  const m = APPOINTMENT_LABEL.exec(text);
  if (!m) {
    // 经研究，任命王勇同志为…: the verb leads straight into the names
    const v = INLINE_APPOINTMENT.exec(text);
    return v ? { action: appointmentAction(v[1]), after: v.index + v[1].length, inline: true } : null;
  }
  // the label closes its sentence: nothing but the clauses may follow on the line
  const before = text.slice(0, m.index);
  if (/同志/.test(before)) return null;
  return { action: appointmentAction(m[1]), after: m.index + m[0].length, inline: false };
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

/** a clause being read: its text joined over lines, where it ends and the line it starts on */
interface Clause {
  view: TextView;
  end: number;
  line: number;
}

interface NameAt {
  name: string;
  start: number;
  end: number;
}

/** the names at the start of a clause and where the rest begins, or null when a name is no name */
function clauseNames(clause: Clause): { names: NameAt[]; rest: number } | null {
  const text = clause.view.text;
  const names: NameAt[] = [];
  let i = text.length - text.trimStart().length;
  for (;;) {
    const m = NAMES_OF_COMRADES.exec(text.slice(i));
    if (!m) break;
    let off = i;
    for (const part of m[1].split(/([、，])/)) {
      const name = part.replace(/\s+/g, '');
      if (name && name !== '、' && name !== '，') {
        if (!ONE_NAME.test(name)) return null;
        const word = part.trim();
        const at = text.indexOf(word, off);
        names.push({ name, start: clause.view.offsetAt(at)!, end: clause.view.offsetAt(at + word.length - 1)! + 1 });
      }
      off += part.length;
    }
    i += m[0].length;
    if (!/^[、，]/.test(text.slice(i)) || !/同志/.test(text.slice(i + 1, i + 40))) break;
    i += 1;
  }
  return { names, rest: i };
}

/** the post after the names (为 + position, or the post held), with its notes */
function readPost(text: string): { position: string | null; notes: string[] } {
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
  return { position: t || null, notes };
}

/** one clause: names (A同志、B同志 or A、B同志), then 为 + position or the post held */
function readClause(action: Action, clause: Clause): Appointment[] | null {
  const found = clauseNames(clause);
  if (!found || !found.names.length) return null;
  let rest = clause.view.text.slice(found.rest).trim().replace(/^的/, '');
  // 任命A同志为X，免去其Y职务: the removal rides on the same clause
  let alsoRemoved: string | null = null;
  const also = /[，,]\s*(?:同时)?免去其?(.+)$/.exec(rest);
  if (also && action !== '免去') {
    alsoRemoved = also[1];
    rest = rest.slice(0, also.index);
  }
  const out: Appointment[] = [];
  const add = (act: Action, post: { position: string | null; notes: string[] }) => {
    for (const n of found.names)
      out.push({ action: act, name: n.name, start: n.start, end: clause.end, line: clause.line, ...post });
  };
  add(action, readPost(rest));
  if (alsoRemoved) add('免去', readPost(alsoRemoved));
  return out;
}

/** the state of one document's reading: the action open, and its clauses */
class AppointmentReader {
  readonly items: Appointment[] = [];
  readonly notes: AppointmentNote[] = [];
  action: Action | null = null;
  private closed: Clause[] = [];
  private open: Clause | null = null;
  /** whether the last text added ended its clause (else the next line continues it) */
  private ended = true;

  constructor(private readonly src: SourceText) {}

  /** a piece of a line (text at normalized offset `base`), cut into clauses at ；/。 */
  add(text: string, base: number, line: number): void {
    this.ended = ENDS_CLAUSE.test(text);
    while (text.length) {
      const cur = (this.open ??= { view: new TextView(this.src), end: base, line });
      const m = CLAUSE_END.exec(text);
      const cut = m ? m.index : text.length;
      this.append(cur.view, text.slice(0, cut), base);
      if (!m) {
        cur.end = base + text.trimEnd().length;
        break;
      }
      cur.end = base + cut + 1;
      if (cur.view.text.trim()) this.closed.push(cur);
      this.open = null;
      base += cut + 1;
      text = text.slice(cut + 1);
    }
  }

  /** a clause's first piece is kept whole; a wrapped piece after it is trimmed and joined */
  private append(view: TextView, piece: string, base: number): void {
    if (!view.text) {
      if (piece) view.add(piece, base);
      return;
    }
    let a = 0;
    let b = piece.length;
    while (a < b && isSpaceCode(piece.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(piece.charCodeAt(b - 1))) b--;
    if (a < b) view.add(piece.slice(a, b), base + a);
  }

  /** a clause is open and its text has not ended: the next line continues it */
  get pending(): boolean {
    return (this.open !== null || this.closed.length > 0) && !this.ended;
  }

  /** read the clauses collected under the action, and close the action if `close` */
  flush(close: boolean): void {
    if (this.open && this.open.view.text.trim()) this.closed.push(this.open);
    const action = this.action;
    for (const c of action ? this.closed : []) {
      const got = readClause(action!, c);
      if (got) this.items.push(...got);
      else if (/同志/.test(c.view.text))
        this.notes.push({
          code: 'appointment-unread',
          message: `${action}: "${c.view.text.trim().slice(0, 60)}" could not be read as names and a post`,
          line: c.line,
        });
    }
    this.closed = [];
    this.open = null;
    this.ended = true;
    if (close) this.action = null;
  }

  /** one line of the document; `hasVerb` says whether it may hold a label */
  line(l: Line, hasVerb: boolean): void {
    const lab = hasVerb ? labelOf(l.text) : null;
    if (lab) {
      this.flush(false);
      this.action = lab.action;
      const rest = l.text.slice(lab.after);
      if (rest.trim()) this.add(rest, l.start + lab.after, l.no);
      // a verb inside a sentence governs that sentence only
      if (lab.inline && ENDS_CLAUSE.test(rest)) this.flush(true);
      return;
    }
    if (!this.action || !l.text.trim()) return;
    if (/同志/.test(l.text) || this.pending) this.add(l.text, l.start, l.no);
    else this.flush(true);
  }
}

/**
 * Whether lines first..last hold an appointment label (任命：, or 任命 straight before names):
 * only the lines holding a verb are looked at, so a body whose verbs are all in prose
 * (经批准 …) is passed over without its blocks being cut.
 */
export function holdsAppointments(src: SourceText, first: number, last: number, verbs: AppointmentVerbs): boolean {
  const end = src.lines[last - 1].end;
  let no = first;
  for (let at = verbs.next(src.lines[first - 1].start); at < end;) {
    while (src.lines[no - 1].end <= at) no++;
    const l = src.lines[no - 1];
    if (labelOf(l.text)) return true;
    at = verbs.next(l.end);
  }
  return false;
}

/**
 * Every appointment in a document's blocks. With no action open only a line holding a
 * verb matters: one search finds the next verb, and the blocks and lines before it are
 * passed over without a look.
 */
export function readAppointments(
  src: SourceText,
  blocks: readonly Block[],
  verbs: AppointmentVerbs,
): { items: Appointment[]; notes: AppointmentNote[] } {
  const r = new AppointmentReader(src);
  let verb = -1;
  for (const b of blocks) {
    let no = b.position.startLine;
    if (verb < b.position.start) verb = verbs.next(b.position.start);
    if (!r.action) {
      if (verb >= b.position.end) continue;
      while (src.lines[no - 1].end <= verb) no++;
    }
    for (; no <= b.position.endLine; no++) {
      const l = src.lines[no - 1];
      if (verb < l.start) verb = verbs.next(l.start);
      if (!r.action && verb >= l.end) {
        // nothing open and no verb on this line: go on to the line that holds the next one
        if (verb >= b.position.end) break;
        continue;
      }
      r.line(l, verb < l.end);
    }
  }
  r.flush(true);
  return { items: r.items, notes: r.notes };
}
