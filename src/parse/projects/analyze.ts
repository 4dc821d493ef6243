/**
 * The structure of 签约项目 tables: project rows under 责任单位 groups, with the counts
 * and subtotals the groups declare. The parser turns rows into records and what the
 * tables declare into facts (parse/facts.ts) that the cross-checks read.
 */
import type { DiagnosticNote } from '../../diagnostics/index.js';
import type { RawTable } from '../../segment/tables.js';
import { projectColumns, FIELD_ZH, type ProjectColumns, type ProjectField } from './columns.js';
import { parseAmount, parseGroupLabel, parseSeq, isNumberCell, totalLabel, squeeze } from './cells.js';
import { isSpaceCode } from '../../lexicon/chars.js';
import { alignRow } from './align.js';
import { splitParties, splitPlaces, splitNames, cleanText } from './lists.js';

/** a finding about one row; the row's line places it */
export type RowNote = Omit<DiagnosticNote, 'line'>;

/** damage that makes a row's count or amount untrustworthy */
export type Damage = 'empty-cells' | 'realigned' | 'misaligned' | 'amount-unparsed' | 'no-seq' | 'continued';

export interface ProjectRow {
  line: number;
  lastLine: number;
  seq: number | null;
  name: string;
  partyA: string[];
  partyB: string[];
  investment: number | null;
  fundingSources: string[];
  leaders: string[];
  persons: string[];
  /** a 责任单位 column, when the table has one instead of group lines */
  unitCell: string | null;
  damage: Damage[];
  notes: RowNote[];
}

export interface ProjectGroup {
  unit: string | null;
  /** the group heading's line; null for rows above the first heading */
  line: number | null;
  declaredCount: number | null;
  declaredSubtotal: number | null;
  subtotalLine: number | null;
  rows: ProjectRow[];
}

export interface ProjectTable {
  docId: string;
  title: string | null;
  headerLine: number;
  firstLine: number;
  lastLine: number;
  groups: ProjectGroup[];
  declaredTotal: number | null;
  /** 合计346项 */
  declaredTotalCount: number | null;
  totalLine: number | null;
  notes: Array<RowNote & { line: number }>;
}

export type TableInput = RawTable & { docId: string };

const NOTE_ROW = /^(注|备注|说明)\s*[：:]/;
const PAGE_MARK = /^[-—－\s\d第页共/]*$/;

/** the cells of a row as normalized text, before any space joining, so names keep their separators */
function rawCells(t: RawTable, row: RawTable['rows'][number], lineText: (n: number) => string): string[] {
  const cells = trimmedFields(lineText(row.line));
  for (let n = row.line + 1; n <= row.lastLine; n++) {
    const text = lineText(n).trim();
    if (!text || text.includes('\t')) continue;
    let c = cells.length - 1;
    while (c > 0 && !cells[c]) c--;
    cells[c] += text;
  }
  while (cells.length < t.header.length) cells.push('');
  return cells;
}

/** `line.split('\t').map((c) => c.trim())` with one slice per cell: every row of every table is read so */
function trimmedFields(line: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const tab = line.indexOf('\t', from);
    const end = tab < 0 ? line.length : tab;
    let a = from;
    let b = end;
    while (a < b && isSpaceCode(line.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(line.charCodeAt(b - 1))) b--;
    out.push(line.slice(a, b));
    if (tab < 0) return out;
    from = tab + 1;
  }
}

/** a table that only continues the one before it after a page break */
function continues(prev: ProjectTable | undefined, t: TableInput, lineText: (n: number) => string): boolean {
  if (!prev || prev.docId !== t.docId) return false;
  if (t.title && /^续(上)?表/.test(t.title)) return true;
  // the last group still owes rows it declared, and the new table opens with a row, not a heading
  const last = prev.groups[prev.groups.length - 1];
  const first = t.rows.find((r) => r.cells.some((c) => c));
  if (
    last &&
    last.declaredCount !== null &&
    last.rows.length < last.declaredCount &&
    first &&
    first.cells.filter((c) => c).length >= 3
  )
    return true;
  if (t.headerLine - prev.lastLine > 8) return false;
  if (t.title && !PAGE_MARK.test(t.title) && t.title !== prev.title) return false;
  for (let n = prev.lastLine + 1; n < t.headerLine; n++) {
    const s = lineText(n).trim();
    if (s && (s.length > 20 || /[。；]/.test(s)) && s !== t.title) return false;
  }
  return true;
}

/** `!/\S/.test(s)`: nothing but spaces (cells come trimmed, so this is mostly `s === ''`) */
function blank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpaceCode(s.charCodeAt(i))) return false;
  return true;
}

/** cell i of a row, '' for a column the table lacks or a cell the row lacks */
const cellAt = (cells: string[], i: number | undefined): string => (i === undefined ? '' : (cells[i] ?? ''));

function buildRow(cells: string[], c: ProjectColumns, line: number, lastLine: number): ProjectRow {
  const damage: Damage[] = [];
  const notes: RowNote[] = [];
  const aligned = alignRow(cells, c);
  let use = cells;
  if (aligned.kind === 'realigned') {
    use = aligned.cells;
    damage.push('realigned');
    notes.push({
      code: 'project-row-realigned',
      message: `row realigned (${aligned.why}): ${aligned.how}; printed as ${cells.filter(Boolean).join(' | ')}`,
    });
  } else if (aligned.kind === 'misaligned') {
    damage.push('misaligned');
    notes.push({
      code: 'project-row-misaligned',
      message: `cells do not fit the columns (${aligned.why}; ${aligned.readings ? `${aligned.readings} possible readings` : 'no reading fits'}); kept as printed: ${cells.filter(Boolean).join(' | ')}`,
    });
  }
  // each column read by name, once: a field-keyed lookup per read was a slow keyed load
  const col = c.col;
  const seqText = cellAt(use, col.seq);
  const seq = seqText ? parseSeq(seqText) : null;
  const amountText = cellAt(use, col.investment);
  const investment = amountText ? parseAmount(amountText, c.amountFactor) : null;
  if (amountText && investment === null && aligned.kind === 'bad-amount') {
    damage.push('amount-unparsed');
    notes.push({
      code: 'project-amount-unparsed',
      message: `总投资额 "${amountText}" is not a number; investment left null`,
    });
  }
  if (col.seq !== undefined && seq === null) {
    damage.push('no-seq');
    notes.push({
      code: 'project-seq-missing',
      message: seqText ? `序号 "${seqText}" is not a number` : 'row has no 序号',
    });
  }
  const name = cellAt(use, col.name);
  const partyA = cellAt(use, col.partyA);
  const partyB = cellAt(use, col.partyB);
  const funding = cellAt(use, col.fundingSources);
  const leaders = cellAt(use, col.leaders);
  const persons = cellAt(use, col.persons);
  const unit = cellAt(use, col.unit);
  const row: ProjectRow = {
    line,
    lastLine,
    seq,
    name: cleanText(name),
    partyA: splitParties(partyA),
    partyB: splitParties(partyB),
    investment,
    fundingSources: splitPlaces(funding),
    leaders: splitNames(leaders),
    persons: splitNames(persons),
    unitCell: col.unit !== undefined && unit ? cleanText(unit) : null,
    damage,
    notes,
  };
  // the fields a row should fill (all but seq and unit), in the order the note names them;
  // most rows fill them all, so the list is made only for a row with a blank one
  let empty: ProjectField[] | null = null;
  if (col.name !== undefined && blank(name)) (empty ??= []).push('name');
  if (col.partyA !== undefined && blank(partyA)) (empty ??= []).push('partyA');
  if (col.partyB !== undefined && blank(partyB)) (empty ??= []).push('partyB');
  if (col.investment !== undefined && blank(amountText)) (empty ??= []).push('investment');
  if (col.fundingSources !== undefined && blank(funding)) (empty ??= []).push('fundingSources');
  if (col.leaders !== undefined && blank(leaders)) (empty ??= []).push('leaders');
  if (col.persons !== undefined && blank(persons)) (empty ??= []).push('persons');
  if (empty) {
    damage.push('empty-cells');
    notes.push({
      code: 'project-cells-empty',
      message: `row ${seq ?? '?'} has empty ${empty.map((f) => FIELD_ZH[f]).join(', ')} (merged or lost in extraction); left empty`,
    });
  }
  return row;
}

/** re-read a row after a continuation line added text to one of its cells */
function rebuild(row: ProjectRow, cells: string[], c: ProjectColumns): ProjectRow {
  const fresh = buildRow(cells, c, row.line, row.lastLine);
  return {
    ...fresh,
    damage: [...fresh.damage, ...row.damage.filter((d) => !fresh.damage.includes(d))],
    notes: row.notes.filter((n) => !fresh.notes.some((f) => f.code === n.code)).concat(fresh.notes),
  };
}

/**
 * Read the signed-project tables a file's classifier gave this reader. `lineText(n)` gives
 * normalized line n. Tables that only continue the previous one after a page break (its
 * header came back in another spelling) are merged into it, so a group runs on across them.
 */
export function analyzeProjectTables(tables: TableInput[], lineText: (n: number) => string): ProjectTable[] {
  const out: ProjectTable[] = [];
  for (const t of tables) {
    const cols = projectColumns(t.headerKey);
    if (!cols) continue;
    const prev = out[out.length - 1];
    let pt: ProjectTable;
    if (continues(prev, t, lineText)) {
      pt = prev;
      pt.lastLine = t.lastLine;
    } else {
      pt = {
        docId: t.docId,
        title: t.title,
        headerLine: t.headerLine,
        firstLine: t.firstLine,
        lastLine: t.lastLine,
        groups: [],
        declaredTotal: null,
        declaredTotalCount: null,
        totalLine: null,
        notes: [],
      };
      out.push(pt);
    }
    readRows(t, pt, cols, lineText);
  }
  return out;
}

/** the open group of a table, opened (with no heading) when rows come before any heading */
function groupOf(pt: ProjectTable): ProjectGroup {
  if (!pt.groups.length)
    pt.groups.push({
      unit: null,
      line: null,
      declaredCount: null,
      declaredSubtotal: null,
      subtotalLine: null,
      rows: [],
    });
  return pt.groups[pt.groups.length - 1];
}

/**
 * How the filled cells of one row sort into labels, numbers and text. Counts and first
 * indices, not index lists: every row of every table is sorted so, and only the rare
 * continuation rows need the text cells listed.
 */
interface CellKinds {
  filled: number;
  firstFilled: number;
  labels: number;
  firstLabel: number;
  numbers: number;
  firstNumber: number;
  /** the investment column holds a number */
  amountIsNumber: boolean;
  texts: number;
  firstText: number;
}

function sortCells(cells: string[], cols: ProjectColumns, k: CellKinds): void {
  k.filled = k.labels = k.numbers = k.texts = 0;
  k.firstFilled = k.firstLabel = k.firstNumber = k.firstText = -1;
  k.amountIsNumber = false;
  const inv = cols.col.investment;
  for (let i = 0; i < cells.length; i++) {
    const x = cells[i];
    if (!x) continue; // cells come trimmed: an empty one is a blank one
    if (k.filled++ === 0) k.firstFilled = i;
    const label = totalLabel(x) !== null;
    if (label && k.labels++ === 0) k.firstLabel = i;
    const number = isNumberCell(x) || (i === inv && parseAmount(x, cols.amountFactor) !== null);
    if (number) {
      if (k.numbers++ === 0) k.firstNumber = i;
      if (i === inv) k.amountIsNumber = true;
    }
    if (!label && !number && k.texts++ === 0) k.firstText = i;
  }
}

/** the indices of the text cells (neither a label nor a number) of a row */
function textCells(cells: string[], cols: ProjectColumns): number[] {
  const out: number[] = [];
  const inv = cols.col.investment;
  for (let i = 0; i < cells.length; i++) {
    const x = cells[i];
    if (!x || totalLabel(x) !== null) continue;
    if (isNumberCell(x) || (i === inv && parseAmount(x, cols.amountFactor) !== null)) continue;
    out.push(i);
  }
  return out;
}

/** the row's amount: the investment column's number, else its only number */
function amountOf(cells: string[], cols: ProjectColumns, k: CellKinds): number | null {
  const i = k.amountIsNumber ? cols.col.investment! : k.numbers === 1 ? k.firstNumber : -1;
  return i >= 0 ? parseAmount(cells[i], cols.amountFactor) : null;
}

/** a cell holding something besides spaces (`/\S/.test`) */
const filledCell = (s: string | undefined) => s !== undefined && !blank(s);

/** the table's rows, read into groups of pt (which a continued table shares with the one before) */
function readRows(t: TableInput, pt: ProjectTable, cols: ProjectColumns, lineText: (n: number) => string): void {
  const k: CellKinds = {
    filled: 0,
    firstFilled: -1,
    labels: 0,
    firstLabel: -1,
    numbers: 0,
    firstNumber: -1,
    amountIsNumber: false,
    texts: 0,
    firstText: -1,
  };
  const seqCol = cols.col.seq;
  let lastCells: string[] | null = null;
  for (const r of t.rows) {
    const cells = rawCells(t, r, lineText);
    sortCells(cells, cols, k);
    if (!k.filled) continue;
    const seqOk = seqCol !== undefined && parseSeq(cells[seqCol] ?? '') !== null;

    // a group heading: one text cell naming the unit, perhaps with its subtotal beside it
    if (k.texts === 1 && !seqOk && k.labels === 0 && k.numbers <= 1) {
      const text = cells[k.firstText];
      const folded = squeeze(text);
      const sum = totalInText(text);
      if (sum) {
        const v = sum.amount ?? amountOf(cells, cols, k);
        if (sum.kind === 'total') {
          pt.declaredTotal = v;
          pt.declaredTotalCount = sum.count;
          pt.totalLine = r.line;
        } else {
          groupOf(pt).declaredSubtotal = v;
          groupOf(pt).subtotalLine = r.line;
        }
        continue;
      }
      const g = parseGroupLabel(text);
      // text in the 序号 column spans the row as a heading; text in a later column continues the row above
      const firstCol = k.firstText === k.firstFilled && (k.firstText <= (seqCol ?? 0) || !groupOf(pt).rows.length);
      if (g || (firstCol && !NOTE_ROW.test(folded) && k.numbers === 0)) {
        const unit = g ? g.unit : cleanText(text);
        const subtotal = g?.subtotal ?? amountOf(cells, cols, k);
        const cur = groupOf(pt);
        if (cur.line === null && cur.rows.length === 0) pt.groups.pop();
        pt.groups.push({
          unit,
          line: r.line,
          declaredCount: g?.count ?? null,
          declaredSubtotal: subtotal,
          subtotalLine: subtotal !== null ? r.line : null,
          rows: [],
        });
        lastCells = null;
        continue;
      }
      if (/[-—－第页]/.test(folded) && PAGE_MARK.test(folded)) continue; // a page number caught inside the table
      if (NOTE_ROW.test(folded)) {
        pt.notes.push({
          code: 'project-table-note',
          message: `note under the table: ${cleanText(text)}`,
          line: r.line,
        });
        continue;
      }
      // one text cell beside the first columns: the rest of the previous row's cell
      if (!firstCol && k.numbers === 0 && continueRow(pt, cols, lastCells, cells, [k.firstText], r)) continue;
    }

    // a subtotal or total line: numbers only, perhaps with a 小计 / 合计 label
    if (k.texts === 0 && k.numbers >= 1 && (k.labels > 0 || (!seqOk && k.numbers === 1))) {
      const kind = k.labels ? totalLabel(cells[k.firstLabel]) : 'subtotal';
      const v = amountOf(cells, cols, k);
      if (kind === 'total') {
        pt.declaredTotal = v;
        pt.totalLine = r.line;
      } else {
        const cur = groupOf(pt);
        if (cur.declaredSubtotal !== null && v !== null && Math.abs(cur.declaredSubtotal - v) > 0.005) {
          pt.notes.push({
            code: 'project-subtotal-twice',
            message: `group ${cur.unit ?? '(none)'} declares two subtotals: ${cur.declaredSubtotal} and ${v}; the later one is checked`,
            line: r.line,
          });
        }
        cur.declaredSubtotal = v;
        cur.subtotalLine = r.line;
      }
      continue;
    }

    // no 序号, no number, and text only under cells the row above already filled: the
    // second line of a row whose cells ran over two lines (often across a page break)
    if (seqCol !== undefined && !filledCell(cells[seqCol]) && k.numbers === 0 && k.labels === 0 && lastCells) {
      const texts = textCells(cells, cols);
      const above = lastCells;
      if (texts.every((i) => filledCell(above[i])) && continueRow(pt, cols, lastCells, cells, texts, r)) continue;
    }

    const row = buildRow(cells, cols, r.line, r.lastLine);
    groupOf(pt).rows.push(row);
    // no copy needed: the next row gets a fresh array from rawCells
    lastCells = cells;
  }
}

/** append the text cells `texts` of a row to the row above (whose cells are `lastCells`), cell by cell */
function continueRow(
  pt: ProjectTable,
  cols: ProjectColumns,
  lastCells: string[] | null,
  cells: string[],
  texts: number[],
  r: RawTable['rows'][number],
): boolean {
  const cur = groupOf(pt);
  const last = cur.rows[cur.rows.length - 1];
  if (!last || !lastCells) return false;
  for (const i of texts) {
    const add = cells[i].trim();
    const before = lastCells[i] ?? '';
    lastCells[i] = before ? before + (/[A-Za-z0-9]$/.test(before) && /^[A-Za-z0-9]/.test(add) ? ' ' : '') + add : add;
  }
  const row = rebuild(last, lastCells, cols);
  row.lastLine = r.lastLine;
  if (!row.damage.includes('continued')) row.damage.push('continued');
  const what = texts.map((i) => `"${cleanText(cells[i])}" (${columnName(cols, i)})`).join(', ');
  row.notes.push({
    code: 'project-row-continued',
    message: `line ${r.line} holds only ${what}; joined to row ${last.seq ?? '?'} above`,
  });
  cur.rows[cur.rows.length - 1] = row;
  return true;
}

/** 合计：346项，1668.86亿元 written in one cell */
function totalInText(text: string): { kind: 'total' | 'subtotal'; amount: number | null; count: number | null } | null {
  const t = squeeze(text);
  const m = /^(合计|总计|共计|总合计|小计|分计)[：:，,]?/.exec(t);
  if (!m) return null;
  const rest = t.slice(m[0].length);
  const count = /(\d+)个?项/.exec(rest);
  const amount = /(\d+(?:\.\d+)?)(亿元|亿|万元)/.exec(rest) ?? /^(\d+(?:\.\d+)?)$/.exec(rest);
  return {
    kind: /小计|分计/.test(m[1]) ? 'subtotal' : 'total',
    amount: amount ? parseAmount(amount[1] + (amount[2] ?? '')) : null,
    count: count ? Number(count[1]) : null,
  };
}

function columnName(c: ProjectColumns, i: number): string {
  const f = (Object.keys(c.col) as ProjectField[]).find((k) => c.col[k] === i);
  return f ? FIELD_ZH[f] : `${i + 1}.`;
}
