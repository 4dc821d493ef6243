import type { Diagnostic, MemberRecord } from '../schema/index.js';
import type { DocTable, ParseContext, ParseResult } from './context.js';
import { LabelLines, findLabels, readRoster, valueIsPerson } from './members/roster.js';
import { readAppointments } from './members/appointments.js';
import { readOfficeStaff } from './members/office-staff.js';
import { LIST_ITEM_MARKER } from '../lexicon/numbering.js';
import {
  AppointmentVerbs,
  DECIDING_CLAUSE,
  ENDS_WITH_BODY,
  FOUNDED_BODY,
  HEAD_ROLES,
  NAMED_BODY,
} from '../lexicon/committees.js';
import { readRosterTable } from './members/roster-table.js';
import type { Line } from '../normalize/source-text.js';
import type { DocumentNode } from '../tree/nodes.js';
import { linesPosition } from '../tree/span.js';

/**
 * Members: committee rosters (组长/副组长/成员 … with names and positions, run together, in
 * columns or as a table with a 姓名 column) and appointments (任命/批准/免去 clauses), one
 * record per person and role. Each document is read from its tree node: appointments from
 * its blocks (cut only for a body that holds a verb), roster tables from its tables by
 * their owner (segment/table-kind.ts), rosters under labels from its body's lines — a
 * roster's columns, indents and wrapped titles are in its lines, and it runs on over the
 * tree's blocks (a label line starts a new one).
 */

type Draft = Omit<MemberRecord, 'id' | 'type' | 'source' | 'docId'> & { start: number; end: number };

/** how many lines after a roster may name its office staff */
const OFFICE_LOOKAHEAD = 3;
/** how far back the sentence that founds a committee may be */
const BODY_LOOKBACK = 10;

/** what one run reads once for all documents: the file's appointment verbs and label lines */
interface Scans {
  verbs: AppointmentVerbs;
  labels: LabelLines;
}

/** one document's reading: its drafts and the diagnostics they raised */
interface DocReading {
  ctx: ParseContext;
  node: DocumentNode;
  drafts: Draft[];
  diagnostics: Diagnostic[];
}

export function parseMembers(ctx: ParseContext): ParseResult<MemberRecord> {
  const records: MemberRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  const scans: Scans = { verbs: new AppointmentVerbs(ctx.src.text), labels: new LabelLines(ctx.src) };
  for (const node of ctx.tree.documents) {
    const doc: DocReading = { ctx, node, drafts: [], diagnostics };
    readDocAppointments(doc, scans);
    const byColumns = readRosterTables(doc);
    readLabelledRosters(doc, scans, byColumns);
    doc.drafts.sort((a, b) => a.start - b.start);
    const docId = node.segment.record.id;
    // fields written out: a rest/spread copy per record is slow, and the order is the same
    for (const d of doc.drafts) {
      records.push({
        type: 'member',
        id: ctx.newId('member', docId),
        docId,
        source: ctx.source(d.start, d.end),
        body: d.body,
        role: d.role,
        action: d.action,
        name: d.name,
        position: d.position,
        notes: d.notes,
      });
    }
  }
  return { records, diagnostics };
}

/** the first and last line of a document's body */
function bodyLines(node: DocumentNode): { first: number; last: number } {
  const d = node.segment;
  return { first: Math.min(Math.max(d.bodyLine, d.firstLine), d.lastLine), last: d.lastLine };
}

/**
 * The appointments of a document, under the notice's title. A body without a verb holds
 * none: its blocks are not cut for this reader.
 */
function readDocAppointments(doc: DocReading, scans: Scans): void {
  const { ctx, node } = doc;
  const { first, last } = bodyLines(node);
  if (scans.verbs.next(ctx.src.lines[first - 1].start) >= ctx.src.lines[last - 1].end) return;
  const app = readAppointments(ctx.src, node.blocks, scans.verbs);
  const noticeName = node.segment.record.title || node.segment.record.docNumber || null;
  for (const a of app.items) {
    const { action, name, position, notes, start, end } = a;
    doc.drafts.push({ body: noticeName, role: null, action, name, position, notes, start, end });
  }
  for (const n of app.notes) doc.diagnostics.push(ctx.note(n));
}

/** a member of a roster or its office, before its record is made */
function rosterDraft(
  body: string | null,
  m: { role: string | null; name: string; position: string | null; start: number; end: number },
): Draft {
  return {
    body,
    role: m.role,
    action: null,
    name: m.name,
    position: m.position,
    notes: [],
    start: m.start,
    end: m.end,
  };
}

/** the roster tables of a document that have a 姓名 column: their rows become drafts; returns the tables read */
function readRosterTables(doc: DocReading): Set<DocTable> {
  const { ctx, node } = doc;
  const read = new Set<DocTable>();
  for (const t of node.tables) {
    if (t.owner.kind !== 'roster') continue;
    const members = readRosterTable(t);
    if (!members) continue;
    read.add(t);
    const body = findBody(ctx, node.segment.bodyLine, t.headerLine, 0);
    for (const m of members) {
      const at = linesPosition(ctx.src, m.line, m.lastLine);
      doc.drafts.push(rosterDraft(body, { ...m, start: at.start, end: at.end }));
    }
  }
  return read;
}

/**
 * Whether a line is for another reader: in a table owned by the project, task or schedule
 * reader (whose cell may read 组长：…), or in a roster table read by its columns.
 */
function readElsewhere(tables: readonly DocTable[], line: number, byColumns: Set<DocTable>): boolean {
  for (const t of tables)
    if (line >= t.headerLine && line <= t.lastLine) {
      const kind = t.owner.kind;
      return (kind !== null && kind !== 'roster') || byColumns.has(t);
    }
  return false;
}

/** the text of the next non-blank line after line `no`, within two lines and `last` */
function nextText(lines: readonly Line[], no: number, last: number): string {
  for (let k = no + 1; k <= last && k <= no + 2; k++) if (lines[k - 1].text.trim()) return lines[k - 1].text;
  return '';
}

/** the head label of a line: the first 组长/主任 … whose value starts with a person */
function headLabel(lines: readonly Line[], no: number, last: number): { start: number } | null {
  const text = lines[no - 1].text;
  const labels = findLabels(text);
  // the label's value: on its line, or on the next line when the label stands alone (组长： / 王某 副省长)
  const valueOf = (k: number) => {
    const v = text.slice(labels[k].end, labels[k + 1]?.start ?? text.length);
    return v.trim() || k < labels.length - 1 ? v : nextText(lines, no, last);
  };
  return labels.find((lb, k) => HEAD_ROLES.has(lb.role) && valueIsPerson(valueOf(k))) ?? null;
}

/**
 * The rosters a document prints under labels (组长：…，成员：…): found at the lines that
 * may hold a label, each read from its head on; its office staff in the lines after it.
 */
function readLabelledRosters(doc: DocReading, scans: Scans, byColumns: Set<DocTable>): void {
  const { ctx, node } = doc;
  const lines = ctx.src.lines;
  const { first, last } = bodyLines(node);
  for (let no = scans.labels.next(first, last); no; no = scans.labels.next(no + 1, last)) {
    if (readElsewhere(node.tables, no, byColumns)) continue;
    const head = headLabel(lines, no, last);
    if (!head) continue;
    const roster = readRoster(lines, head.start, no - 1, last);
    const body = findBody(ctx, node.segment.bodyLine, no, head.start);
    for (const m of roster.members) doc.drafts.push(rosterDraft(body, m));
    for (const n of roster.notes) doc.diagnostics.push(ctx.note(n));
    if (!body && roster.members.length)
      doc.diagnostics.push(ctx.diag('roster-without-body', 'no committee name found near the roster', no));
    no = Math.max(no, roster.lastLine);
    // the committee's office, named in the sentences right after the list
    const after: Line[] = [];
    for (let k = no + 1; k <= last && after.length < OFFICE_LOOKAHEAD; k++)
      if (lines[k - 1].text.trim()) after.push(lines[k - 1]);
    for (const m of readOfficeStaff(after)) doc.drafts.push(rosterDraft(body, m));
  }
}

/**
 * The committee a roster belongs to: named just before its first label, or founded in the
 * text above (up to BODY_LOOKBACK lines, joined by the tree's rule for wrapped lines).
 */
function findBody(ctx: ParseContext, firstLine: number, line: number, headStart: number): string | null {
  const before = ctx.lineText(line).slice(0, headStart);
  const tail = (before.split(/[。；：:]/).pop() ?? '').replace(LIST_ITEM_MARKER, '').replace(/\s+/g, '');
  if (tail.length >= 2 && tail.length <= 30 && ENDS_WITH_BODY.test(tail)) return tail;
  const from = Math.max(firstLine, line - BODY_LOOKBACK);
  const text = (from < line ? ctx.view(from, line - 1).text : '') + before;
  let found: string | null = null;
  for (const m of text.matchAll(FOUNDED_BODY)) found = m[1];
  if (found) return found;
  // …领导小组成员名单 / …委员会组成人员如下
  for (const m of text.matchAll(NAMED_BODY)) found = m[1];
  // 市政府决定对市食品安全委员会组成人员进行调整: the clause's subject and verb are no part of the name
  return found && found.replace(DECIDING_CLAUSE, '');
}
