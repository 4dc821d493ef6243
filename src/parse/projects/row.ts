/**
 * One project row read into fields: its cells realigned when they slid (align.ts), each
 * column read by name, list cells split (lists.ts), and every damage noted, so that the
 * checks can tell a count the document got wrong from one the extraction broke.
 */
import { FIELD_ZH, type ProjectColumns, type ProjectField } from './columns.js';
import { parseAmount, parseSeq } from './cells.js';
import { alignRow, type Alignment } from './align.js';
import { cleanText, type ListCells } from './lists.js';
import type { Damage, ProjectRow, RowNote } from './model.js';
import { isSpaceCode } from '../../lexicon/chars.js';
import { readsAsPrinted, type CellKinds } from './cell-kinds.js';

/** `!/\S/.test(s)`: nothing but spaces (cells come trimmed, so this is mostly `s === ''`) */
export function blank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpaceCode(s.charCodeAt(i))) return false;
  return true;
}

/** cell i of a row, '' for a column the table lacks or a cell the row lacks */
const cellAt = (cells: string[], i: number | undefined): string => (i === undefined ? '' : (cells[i] ?? ''));

/** the cells to read, after realigning a row whose cells slid; the damage is noted */
function aligned(
  cells: string[],
  c: ProjectColumns,
  printed: boolean | null,
  damage: Damage[],
  notes: RowNote[],
): [string[], Alignment] {
  const a = alignRow(cells, c, printed);
  if (a.kind === 'realigned') {
    damage.push('realigned');
    notes.push({
      code: 'project-row-realigned',
      message: `row realigned (${a.why}): ${a.how}; printed as ${cells.filter(Boolean).join(' | ')}`,
    });
    return [a.cells, a];
  }
  if (a.kind === 'misaligned') {
    damage.push('misaligned');
    notes.push({
      code: 'project-row-misaligned',
      message: `cells do not fit the columns (${a.why}; ${a.readings ? `${a.readings} possible readings` : 'no reading fits'}); kept as printed: ${cells.filter(Boolean).join(' | ')}`,
    });
  }
  return [cells, a];
}

/**
 * A project row read from its cells. `k`, when given, is the sorting of these very cells
 * (cell-kinds.ts), whose 序号 and amount readings stand unless the row is realigned.
 */
export function buildRow(
  cells: string[],
  c: ProjectColumns,
  lists: ListCells,
  line: number,
  lastLine: number,
  k?: CellKinds,
): ProjectRow {
  const damage: Damage[] = [];
  const notes: RowNote[] = [];
  const [use, alignment] = aligned(cells, c, k ? readsAsPrinted(cells, c, k) : null, damage, notes);
  const read = use === cells ? k : undefined;
  // each column read by name, once: a field-keyed lookup per read was a slow keyed load
  const col = c.col;
  const seqText = cellAt(use, col.seq);
  const seq = read ? read.seq : seqText ? parseSeq(seqText) : null;
  const amountText = cellAt(use, col.investment);
  const investment = read ? read.amount : amountText ? parseAmount(amountText, c.amountFactor) : null;
  if (amountText && investment === null && alignment.kind === 'bad-amount') {
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
    partyA: lists.party(partyA),
    partyB: lists.party(partyB),
    investment,
    fundingSources: lists.place(funding),
    leaders: lists.person(leaders),
    persons: lists.person(persons),
    unitCell: col.unit !== undefined && unit ? cleanText(unit) : null,
    damage,
    notes,
  };
  const empty = emptyFields(col, name, partyA, partyB, amountText, funding, leaders, persons);
  if (empty) {
    damage.push('empty-cells');
    notes.push({
      code: 'project-cells-empty',
      message: `row ${seq ?? '?'} has empty ${empty.map((f) => FIELD_ZH[f]).join(', ')} (merged or lost in extraction); left empty`,
    });
  }
  return row;
}

/**
 * The fields a row should fill (all but seq and unit) that the table has and the row left
 * blank, in the order the note names them; most rows fill them all, so the list is made
 * only for a row with a blank one. Cells come trimmed (rowCells, the table block, and what
 * realigning or joining makes of them), so a blank cell is an empty one.
 */
function emptyFields(
  col: ProjectColumns['col'],
  name: string,
  partyA: string,
  partyB: string,
  amount: string,
  funding: string,
  leaders: string,
  persons: string,
): ProjectField[] | null {
  let empty: ProjectField[] | null = null;
  if (col.name !== undefined && name === '') (empty ??= []).push('name');
  if (col.partyA !== undefined && partyA === '') (empty ??= []).push('partyA');
  if (col.partyB !== undefined && partyB === '') (empty ??= []).push('partyB');
  if (col.investment !== undefined && amount === '') (empty ??= []).push('investment');
  if (col.fundingSources !== undefined && funding === '') (empty ??= []).push('fundingSources');
  if (col.leaders !== undefined && leaders === '') (empty ??= []).push('leaders');
  if (col.persons !== undefined && persons === '') (empty ??= []).push('persons');
  return empty;
}

/** re-read a row after a continuation line added text to one of its cells */
export function rebuild(row: ProjectRow, cells: string[], c: ProjectColumns, lists: ListCells): ProjectRow {
  const fresh = buildRow(cells, c, lists, row.line, row.lastLine);
  return {
    ...fresh,
    damage: [...fresh.damage, ...row.damage.filter((d) => !fresh.damage.includes(d))],
    notes: row.notes.filter((n) => !fresh.notes.some((f) => f.code === n.code)).concat(fresh.notes),
  };
}
