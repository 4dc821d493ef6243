import type { Diagnostic, MemberRecord } from '../schema/index.js';
import type { DocTable, ParseContext, ParseResult } from './context.js';
import { findLabels, labelLines, readRoster, valueIsPerson, HEAD_ROLES } from './members/roster.js';
import { readAppointments, VERB_SCAN } from './members/appointments.js';
import { linesMatching } from '../text/regex-scan.js';
import { readOfficeStaff } from './members/office-staff.js';
import { LIST_ITEM_MARKER } from '../lexicon/numbering.js';
import { ownedElsewhere, tablesOf } from '../segment/table-kind.js';
import { readRosterTable } from './members/roster-table.js';
import type { DocSegment } from '../segment/documents.js';

type Draft = Omit<MemberRecord, 'id' | 'type' | 'source' | 'docId'> & { start: number; end: number };

const BODY_WORD = '(?:领导小组|工作小组|委员会|执委会|组委会|筹委会|指挥部|工作组|小组|专班|联席会议|代表团|交易团)';
const SAME_LINE_BODY = new RegExp(`${BODY_WORD}$`);
const FOUNDED_BODY = new RegExp(`(?:成立|组建|设立|调整|建立)了?([^，。；：、\\s]{2,40}?${BODY_WORD})`, 'g');
const NAMED_BODY = new RegExp(
  `([^，。；：、\\s（）]{2,40}?${BODY_WORD})(?:的)?(?:组成人员|成员名单|人员名单|成员|名单|组成)`,
  'g',
);
/** how many lines after a roster may name its office staff */
const OFFICE_LOOKAHEAD = 3;
/** how far back the sentence that founds a committee may be */
const BODY_LOOKBACK = 10;

/**
 * Members: committee rosters (组长/副组长/成员 … with names and positions, run together or
 * in columns) and appointments (任命/批准/免去 clauses), one record per person and role.
 */
/** the text of the next non-blank line after index i */
function nextText(lines: ReadonlyArray<{ text: string }>, i: number): string {
  for (let k = i + 1; k < lines.length && k <= i + 2; k++) if (lines[k].text.trim()) return lines[k].text;
  return '';
}

/** a member of a roster or its office, before its record is made */
function rosterDraft(
  body: string | null,
  m: { role: string; name: string; position: string | null; start: number; end: number },
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

export function parseMembers(ctx: ParseContext): ParseResult<MemberRecord> {
  const records: MemberRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  const verbLines = linesMatching(ctx.src, VERB_SCAN);
  const mayHoldLabel = labelLines(ctx.src);
  for (const doc of ctx.docs) {
    const docId = doc.record.id;
    const drafts: Draft[] = [];
    // the file's own line objects (no, start, text, read only): no copy per document
    const lines = ctx.src.lines.slice(Math.max(0, doc.bodyLine - 1), Math.max(0, doc.lastLine));
    const app = readAppointments(lines, verbLines);
    const noticeName = doc.record.title || doc.record.docNumber || null;
    for (const a of app.items)
      drafts.push({
        body: noticeName,
        role: null,
        action: a.action,
        name: a.name,
        position: a.position,
        notes: a.notes,
        start: a.start,
        end: a.end,
      });
    for (const n of app.notes) diagnostics.push(ctx.note(n));

    // line i of the slice is line first + i of the file: the typed array's own search finds
    // the next flagged line, so the many lines without a label are not visited one by one
    // rosters printed as tables with a 姓名 header: read by their columns, and by nothing else
    const byTable = rosterTables(ctx, doc, drafts);
    const first = lines.length ? lines[0].no : 0;
    const nextFlagged = (i: number) => {
      const no = mayHoldLabel.indexOf(1, first + i);
      return no < 0 ? lines.length : no - first;
    };
    for (let i = nextFlagged(0); i < lines.length; i = nextFlagged(i + 1)) {
      const l = lines[i];
      const labels = findLabels(l.text);
      if (!labels.length) continue;
      // the head label's value: on its line, or on the next line when the label stands alone (组长： / 王某 副省长)
      const valueOf = (k: number) => {
        const v = l.text.slice(labels[k].end, labels[k + 1]?.start ?? l.text.length);
        return v.trim() || k < labels.length - 1 ? v : nextText(lines, i);
      };
      const head = labels.find((lb, k) => HEAD_ROLES.has(lb.role) && valueIsPerson(valueOf(k)));
      if (!head || ownedElsewhere(ctx.tables, l.no) || inTables(byTable, l.no)) continue;
      const roster = readRoster(lines, head.start, i);
      const body = findBody(ctx, doc.bodyLine, l.no, head.start);
      for (const m of roster.members) drafts.push(rosterDraft(body, m));
      for (const n of roster.notes) diagnostics.push(ctx.note(n));
      if (!body && roster.members.length)
        diagnostics.push(ctx.diag('roster-without-body', 'no committee name found near the roster', l.no));
      i += Math.max(0, roster.lastLine - l.no);
      // the committee's office, named in the sentences right after the list
      const after: typeof lines = [];
      for (let k = i + 1; k < lines.length && after.length < OFFICE_LOOKAHEAD; k++)
        if (lines[k].text.trim()) after.push(lines[k]);
      for (const m of readOfficeStaff(after)) drafts.push(rosterDraft(body, m));
    }
    drafts.sort((a, b) => a.start - b.start);
    // fields written out: a rest/spread copy per record is slow, and the order is the same
    for (const d of drafts) {
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

/** the roster tables of a document that have a 姓名 column: their rows become drafts; returns the tables read */
function rosterTables(ctx: ParseContext, doc: DocSegment, drafts: Draft[]): DocTable[] {
  const read: DocTable[] = [];
  for (const t of tablesOf(ctx.tables, 'roster')) {
    if (t.docId !== doc.record.id) continue;
    const members = readRosterTable(t);
    if (!members) continue;
    read.push(t);
    const body = findBody(ctx, doc.bodyLine, t.headerLine, 0);
    for (const m of members) {
      const { role, name, position } = m;
      const start = ctx.src.lines[m.line - 1].start;
      const end = ctx.src.lines[m.lastLine - 1].end;
      drafts.push({ body, role, action: null, name, position, notes: [], start, end });
    }
  }
  return read;
}

const inTables = (tables: DocTable[], line: number) => tables.some((t) => line >= t.headerLine && line <= t.lastLine);

/** the committee a roster belongs to: named just before its first label, or founded in the text above */
function findBody(ctx: ParseContext, firstLine: number, line: number, headStart: number): string | null {
  const before = ctx.lineText(line).slice(0, headStart);
  const tail = (before.split(/[。；：:]/).pop() ?? '').replace(LIST_ITEM_MARKER, '').replace(/\s+/g, '');
  if (tail.length >= 2 && tail.length <= 30 && SAME_LINE_BODY.test(tail)) return tail;
  let text = '';
  for (let n = Math.max(firstLine, line - BODY_LOOKBACK); n < line; n++) text += ctx.lineText(n).trim();
  text += before;
  let found: string | null = null;
  for (const m of text.matchAll(FOUNDED_BODY)) found = m[1];
  if (found) return found;
  // …领导小组成员名单 / …委员会组成人员如下
  for (const m of text.matchAll(NAMED_BODY)) found = m[1];
  return found;
}
