/**
 * Rows whose cells slid sideways in the PDF extraction: a unit name stands in the amount
 * column and the number two cells later, or 序号 and 项目名称 ran into one cell. A row is
 * realigned only when exactly one reading puts a number in the amount column and text in
 * every text column; otherwise it is left as printed and flagged.
 */
import type { ProjectColumns, ProjectField } from './columns.js';
import { FIELD_ZH, TEXTUAL } from './columns.js';
import { isNumberCell, parseAmount, parseSeq } from './cells.js';

const MAX_SHIFT = 3;

export type Alignment =
  | { kind: 'ok' }
  | { kind: 'realigned'; cells: string[]; how: string; why: string }
  | { kind: 'misaligned'; cells: string[]; why: string; readings: number }
  /** the amount cell holds text, and nothing else in the row is out of place */
  | { kind: 'bad-amount'; cells: string[] };

const at = (cells: string[], i: number | undefined) => (i === undefined ? '' : (cells[i] ?? ''));

/** does this reading look like a row as printed without damage? */
function plausible(cells: string[], c: ProjectColumns, strict: boolean): boolean {
  const col = c.col;
  const seq = at(cells, col.seq);
  if (seq && parseSeq(seq) === null) return false;
  const name = at(cells, col.name);
  if (strict && (!name || isNumberCell(name))) return false;
  // an empty 序号 beside a name that starts with a number is the run-together case, not a reading
  if (strict && col.seq !== undefined && !seq && /^\d{1,5}[、.．\s]/.test(name)) return false;
  if (col.investment !== undefined) {
    const amount = at(cells, col.investment);
    if (amount ? parseAmount(amount, c.amountFactor) === null : strict) return false;
  }
  for (const f of TEXTUAL) {
    const v = at(cells, col[f]);
    if (v && isNumberCell(v) && (strict || !at(cells, col.investment))) return false;
  }
  return true;
}

function fieldAt(c: ProjectColumns, i: number): string {
  const f = (Object.keys(c.col) as ProjectField[]).find((k) => c.col[k] === i);
  return f ? FIELD_ZH[f] : `column ${i + 1}`;
}

const key = (cells: string[], c: ProjectColumns) =>
  JSON.stringify((Object.keys(c.col) as ProjectField[]).sort().map((f) => at(cells, c.col[f])));

/** 序号 and 项目名称 run together: "12 年产…" in the seq column */
function splitRunTogether(cells: string[], c: ProjectColumns): string[] | null {
  if (c.col.seq === undefined || c.col.name !== c.col.seq + 1) return null;
  const m =
    /^(\d{1,5})[、.．]?\s+(\S.*)$/.exec(cells[c.col.seq] ?? '') ??
    /^(\d{1,5})[、.．](\D.*)$/.exec(cells[c.col.seq] ?? '');
  if (!m) return null;
  const out = [...cells];
  out.splice(c.col.seq, 1, m[1], m[2]);
  return out;
}

/** one answer for every row that reads as printed (most of them): nothing to allocate */
const ALIGNED: Alignment = { kind: 'ok' };

/** `printed`: whether the row reads as printed, when the caller knows already (cell-kinds.ts readsAsPrinted) */
export function alignRow(cells: string[], c: ProjectColumns, printed: boolean | null = null): Alignment {
  if (printed ?? plausible(cells, c, false)) return ALIGNED;
  const width = Math.max(c.width, cells.length);
  const readings = new Map<string, { cells: string[]; how: string }>();
  const consider = (r: string[], how: string) => {
    if (plausible(r, c, true) && !readings.has(key(r, c))) readings.set(key(r, c), { cells: r, how });
  };
  const bases: Array<{ cells: string[]; how: string }> = [{ cells, how: '' }];
  const split = splitRunTogether(cells, c);
  if (split) {
    bases.push({ cells: split, how: '序号 and 项目名称 ran into one cell' });
    consider(split, '序号 and 项目名称 ran into one cell');
  }
  const limit = c.col.investment ?? width - 1;
  for (const b of bases) {
    const pre = b.how ? `${b.how}; ` : '';
    for (let s = 1; s <= MAX_SHIFT; s++) {
      for (let p = 0; p <= limit; p++) {
        // slid right: s blank cells at p pushed the rest over
        let blanks = true;
        for (let i = p; i < p + s; i++) if (at(b.cells, i)) blanks = false;
        const lost = b.cells.slice(width + s).some((x) => x);
        if (blanks && !lost) {
          const r = b.cells.map((_, i) => (i < p ? b.cells[i] : at(b.cells, i + s))).slice(0, width);
          consider(r, `${pre}cells from ${fieldAt(c, p)} on slid ${s} column${s > 1 ? 's' : ''} right`);
        }
        // slid left: s cells at p were lost, so the rest moved into their place
        const l: string[] = [];
        for (let i = 0; i < width; i++) l.push(i < p ? at(b.cells, i) : i < p + s ? '' : at(b.cells, i - s));
        if (!b.cells.slice(width - s).some((x) => x)) {
          consider(l, `${pre}cells from ${fieldAt(c, p)} on slid ${s} column${s > 1 ? 's' : ''} left`);
        }
      }
    }
  }
  const amount = at(cells, c.col.investment);
  const why =
    amount && parseAmount(amount, c.amountFactor) === null
      ? `the 总投资额 cell holds "${amount}"`
      : at(cells, c.col.seq) && parseSeq(at(cells, c.col.seq)) === null
        ? `the 序号 cell holds "${at(cells, c.col.seq)}"`
        : 'a number stands in a text column';
  if (readings.size === 1) {
    const [only] = readings.values();
    return { kind: 'realigned', cells: only.cells, how: only.how, why };
  }
  const strayNumber = TEXTUAL.some((f) => isNumberCell(at(cells, c.col[f])));
  const seqText = at(cells, c.col.seq);
  if (
    !readings.size &&
    amount &&
    parseAmount(amount, c.amountFactor) === null &&
    !strayNumber &&
    (!seqText || parseSeq(seqText) !== null)
  )
    return { kind: 'bad-amount', cells };
  return { kind: 'misaligned', cells, why, readings: readings.size };
}
