/**
 * The structure of 签约项目 tables: project rows under 责任单位 groups, with the counts
 * and subtotals the groups declare. Both the parser (records) and the validation stage
 * (cross-checks) read this, so the two always see the same rows.
 */
import type { RawTable } from '../../segment/tables.js';
import { projectColumns, FIELD_ZH, type ProjectColumns, type ProjectField } from './columns.js';
import { parseAmount, parseGroupLabel, parseSeq, isNumberCell, totalLabel, squeeze, isSpaceCode } from './cells.js';
import { alignRow } from './align.js';
import { splitParties, splitPlaces, splitNames, cleanText } from './lists.js';

export interface RowNote {
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
}

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
  if (last && last.declaredCount !== null && last.rows.length < last.declaredCount && first && first.cells.filter((c) => c).length >= 3) return true;
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

function buildRow(cells: string[], c: ProjectColumns, line: number, lastLine: number): ProjectRow {
  const damage: Damage[] = [];
  const notes: RowNote[] = [];
  const aligned = alignRow(cells, c);
  let use = cells;
  if (aligned.kind === 'realigned') {
    use = aligned.cells;
    damage.push('realigned');
    notes.push({ severity: 'warning', code: 'project-row-realigned', message: `row realigned (${aligned.why}): ${aligned.how}; printed as ${cells.filter(Boolean).join(' | ')}` });
  } else if (aligned.kind === 'misaligned') {
    damage.push('misaligned');
    notes.push({
      severity: 'warning', code: 'project-row-misaligned',
      message: `cells do not fit the columns (${aligned.why}; ${aligned.readings ? `${aligned.readings} possible readings` : 'no reading fits'}); kept as printed: ${cells.filter(Boolean).join(' | ')}`,
    });
  }
  // each column read by name, once: a field-keyed lookup per read was a slow keyed load
  const col = c.col;
  const at = (i: number | undefined) => (i === undefined ? '' : use[i] ?? '');
  const seqText = at(col.seq);
  const seq = seqText ? parseSeq(seqText) : null;
  const amountText = at(col.investment);
  const investment = amountText ? parseAmount(amountText, c.amountFactor) : null;
  if (amountText && investment === null && aligned.kind === 'bad-amount') {
    damage.push('amount-unparsed');
    notes.push({ severity: 'warning', code: 'project-amount-unparsed', message: `总投资额 "${amountText}" is not a number; investment left null` });
  }
  if (col.seq !== undefined && seq === null) {
    damage.push('no-seq');
    notes.push({ severity: 'warning', code: 'project-seq-missing', message: seqText ? `序号 "${seqText}" is not a number` : 'row has no 序号' });
  }
  const name = at(col.name);
  const partyA = at(col.partyA);
  const partyB = at(col.partyB);
  const funding = at(col.fundingSources);
  const leaders = at(col.leaders);
  const persons = at(col.persons);
  const unit = at(col.unit);
  const row: ProjectRow = {
    line, lastLine, seq, name: cleanText(name),
    partyA: splitParties(partyA), partyB: splitParties(partyB), investment,
    fundingSources: splitPlaces(funding), leaders: splitNames(leaders), persons: splitNames(persons),
    unitCell: col.unit !== undefined && unit ? cleanText(unit) : null,
    damage, notes,
  };
  // the fields a row should fill (all but seq and unit), in the order the note names them
  const empty: ProjectField[] = [];
  if (col.name !== undefined && blank(name)) empty.push('name');
  if (col.partyA !== undefined && blank(partyA)) empty.push('partyA');
  if (col.partyB !== undefined && blank(partyB)) empty.push('partyB');
  if (col.investment !== undefined && blank(amountText)) empty.push('investment');
  if (col.fundingSources !== undefined && blank(funding)) empty.push('fundingSources');
  if (col.leaders !== undefined && blank(leaders)) empty.push('leaders');
  if (col.persons !== undefined && blank(persons)) empty.push('persons');
  if (empty.length) {
    damage.push('empty-cells');
    notes.push({ severity: 'warning', code: 'project-cells-empty', message: `row ${seq ?? '?'} has empty ${empty.map((f) => FIELD_ZH[f]).join(', ')} (merged or lost in extraction); left empty` });
  }
  return row;
}

/** re-read a row after a continuation line added text to one of its cells */
function rebuild(row: ProjectRow, cells: string[], c: ProjectColumns): ProjectRow {
  const fresh = buildRow(cells, c, row.line, row.lastLine);
  return { ...fresh, damage: [...fresh.damage, ...row.damage.filter((d) => !fresh.damage.includes(d))], notes: row.notes.filter((n) => !fresh.notes.some((f) => f.code === n.code)).concat(fresh.notes) };
}

/**
 * Read every signed-project table. `lineText(n)` gives normalized line n. Tables that
 * only continue the previous one after a page break (its header came back in another
 * spelling) are merged into it, so a group runs on across them.
 */
export function analyzeProjectTables(tables: TableInput[], lineText: (n: number) => string): ProjectTable[] {
  // the parser and the validate check read the same tables of a file: analyse them once
  const hit = analysed.get(tables);
  if (hit) return hit;
  const out = analyse(tables, lineText);
  analysed.set(tables, out);
  return out;
}

const analysed = new WeakMap<TableInput[], ProjectTable[]>();

function analyse(tables: TableInput[], lineText: (n: number) => string): ProjectTable[] {
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
      pt = { docId: t.docId, title: t.title, headerLine: t.headerLine, firstLine: t.firstLine, lastLine: t.lastLine, groups: [], declaredTotal: null, declaredTotalCount: null, totalLine: null, notes: [] };
      out.push(pt);
    }
    const group = () => {
      if (!pt.groups.length) pt.groups.push({ unit: null, line: null, declaredCount: null, declaredSubtotal: null, subtotalLine: null, rows: [] });
      return pt.groups[pt.groups.length - 1];
    };
    let lastCells: string[] | null = null;
    let cells: string[] = [];
    /** append the text cells of line r to the row above, cell by cell */
    const continueRow = (texts: number[], r: RawTable['rows'][number]): boolean => {
      const cur = group();
      const last = cur.rows[cur.rows.length - 1];
      if (!last || !lastCells) return false;
      const prevCells: string[] = lastCells;
      for (const i of texts) {
        const add = cells[i].trim();
        const before = prevCells[i] ?? '';
        prevCells[i] = before ? before + (/[A-Za-z0-9]$/.test(before) && /^[A-Za-z0-9]/.test(add) ? ' ' : '') + add : add;
      }
      const row = rebuild(last, prevCells, cols);
      row.lastLine = r.lastLine;
      if (!row.damage.includes('continued')) row.damage.push('continued');
      const what = texts.map((i) => `"${cleanText(cells[i])}" (${columnName(cols, i)})`).join(', ');
      row.notes.push({ severity: 'info', code: 'project-row-continued', message: `line ${r.line} holds only ${what}; joined to row ${last.seq ?? '?'} above` });
      cur.rows[cur.rows.length - 1] = row;
      return true;
    };
    for (const r of t.rows) {
      cells = rawCells(t, r, lineText);
      // one pass sorts the filled cells into labels, numbers and text
      const filled: number[] = [];
      const labels: number[] = [];
      const numbers: number[] = [];
      const texts: number[] = [];
      for (let i = 0; i < cells.length; i++) {
        const x = cells[i];
        if (!x) continue; // cells come trimmed: an empty one is a blank one
        filled.push(i);
        const label = totalLabel(x) !== null;
        if (label) labels.push(i);
        const number = isNumberCell(x) || (i === cols.col.investment && parseAmount(x, cols.amountFactor) !== null);
        if (number) numbers.push(i);
        if (!label && !number) texts.push(i);
      }
      if (!filled.length) continue;
      const seqOk = cols.col.seq !== undefined && parseSeq(cells[cols.col.seq] ?? '') !== null;
      const amountOf = (): number | null => {
        const inv = cols.col.investment;
        const i = inv !== undefined && numbers.includes(inv) ? inv : numbers.length === 1 ? numbers[0] : -1;
        return i >= 0 ? parseAmount(cells[i], cols.amountFactor) : null;
      };

      // a group heading: one text cell naming the unit, perhaps with its subtotal beside it
      if (texts.length === 1 && !seqOk && labels.length === 0 && numbers.length <= 1) {
        const text = cells[texts[0]];
        const folded = squeeze(text);
        const sum = totalInText(text);
        if (sum) {
          const v = sum.amount ?? amountOf();
          if (sum.kind === 'total') {
            pt.declaredTotal = v;
            pt.declaredTotalCount = sum.count;
            pt.totalLine = r.line;
          } else {
            group().declaredSubtotal = v;
            group().subtotalLine = r.line;
          }
          continue;
        }
        const g = parseGroupLabel(text);
        // text in the 序号 column spans the row as a heading; text in a later column continues the row above
        const firstCol = texts[0] === filled[0] && (texts[0] <= (cols.col.seq ?? 0) || !group().rows.length);
        if (g || (firstCol && !NOTE_ROW.test(folded) && numbers.length === 0)) {
          const unit = g ? g.unit : cleanText(text);
          const subtotal = g?.subtotal ?? amountOf();
          const cur = group();
          if (cur.line === null && cur.rows.length === 0) pt.groups.pop();
          pt.groups.push({ unit, line: r.line, declaredCount: g?.count ?? null, declaredSubtotal: subtotal, subtotalLine: subtotal !== null ? r.line : null, rows: [] });
          lastCells = null;
          continue;
        }
        if (/[-—－第页]/.test(folded) && PAGE_MARK.test(folded)) continue; // a page number caught inside the table
        if (NOTE_ROW.test(folded)) {
          pt.notes.push({ severity: 'info', code: 'project-table-note', message: `note under the table: ${cleanText(text)}`, line: r.line });
          continue;
        }
        // one text cell beside the first columns: the rest of the previous row's cell
        if (!firstCol && numbers.length === 0 && continueRow(texts, r)) continue;
      }

      // a subtotal or total line: numbers only, perhaps with a 小计 / 合计 label
      if (texts.length === 0 && numbers.length >= 1 && (labels.length > 0 || (!seqOk && numbers.length === 1))) {
        const kind = labels.length ? totalLabel(cells[labels[0]]) : 'subtotal';
        const v = amountOf();
        if (kind === 'total') {
          pt.declaredTotal = v;
          pt.totalLine = r.line;
        } else {
          const cur = group();
          if (cur.declaredSubtotal !== null && v !== null && Math.abs(cur.declaredSubtotal - v) > 0.005) {
            pt.notes.push({ severity: 'warning', code: 'project-subtotal-twice', message: `group ${cur.unit ?? '(none)'} declares two subtotals: ${cur.declaredSubtotal} and ${v}; the later one is checked`, line: r.line });
          }
          cur.declaredSubtotal = v;
          cur.subtotalLine = r.line;
        }
        continue;
      }

      // no 序号, no number, and text only under cells the row above already filled: the
      // second line of a row whose cells ran over two lines (often across a page break)
      if (cols.col.seq !== undefined && !/\S/.test(cells[cols.col.seq] ?? '') && numbers.length === 0 && labels.length === 0
        && lastCells && texts.every((i) => /\S/.test(lastCells![i] ?? '')) && continueRow(texts, r)) continue;

      const row = buildRow(cells, cols, r.line, r.lastLine);
      group().rows.push(row);
      // no copy needed: the next row gets a fresh array from rawCells
      lastCells = cells;
    }
  }
  return out;
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
