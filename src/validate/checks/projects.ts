import type { Diagnostic, ProjectRecord } from '../../schema/index.js';
import { diagnostic, type DiagnosticCode } from '../../diagnostics/index.js';
import type { ParsedFile } from '../../pipeline/parse-file.js';
import type { ProjectGroupFacts, ProjectTableFacts } from '../../parse/facts.js';
import type { CrossCheck } from './types.js';
import { squeeze } from '../../text/squeeze.js';
import { findStatedTotals, type StatedFigure } from './stated-totals.js';

/** amounts are printed to 0.01 亿元 */
const TOLERANCE = 0.01 + 1e-9;
/** one project above this many 亿元 (a trillion yuan) is a unit slip, not an investment */
const ABSURD = 5000;

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/**
 * Cross-checks of 签约项目 tables: declared group counts and subtotals against the rows,
 * 序号 gaps / repeats / disorder, the same project listed twice, impossible amounts, and
 * (as info) the notice's own stated totals against the table.
 *
 * Severity rule for counts and subtotals: a mismatch is an ERROR when every row of the
 * group (or table, for a 合计) came through intact; when the parser flagged a row there
 * as damaged (empty or lost cells, realigned, left as printed, no 序号, continued over a
 * line), the mismatch may come from the extraction rather than the document, so it is a
 * WARNING that names the damaged rows.
 */
export const projectChecks: CrossCheck = {
  name: 'projects',
  codes: [
    'project-group-count-mismatch',
    'project-group-subtotal-mismatch',
    'project-table-count-mismatch',
    'project-table-total-mismatch',
    'project-seq-repeat',
    'project-seq-gap',
    'project-seq-disorder',
    'project-duplicate',
    'project-amount-negative',
    'project-amount-absurd',
    'project-stated-count',
    'project-stated-amount',
  ],
  run(parsed) {
    const records = parsed.records.projects;
    if (!records.length) return [];
    const find = recordFinder(records);
    const file = parsed.file;
    const diag: Diag = (severity, code, message, line, recordId) =>
      diagnostic(code, message, { file, line, recordId, severity });
    const out: Diagnostic[] = [];
    const views = parsed.facts.projectTables.map((t) => tableView(t, find));
    for (const t of views) {
      groupChecks(t, diag, out);
      totalChecks(t, diag, out);
      seqChecks(t, diag, out);
      duplicateChecks(t, diag, out);
      amountChecks(t, diag, out);
    }
    statedChecks(parsed, views, diag, out);
    return out;
  },
};

/**
 * The record of an id the facts name. The reader lists its records in the order its facts
 * name them, so the next record is nearly always the one asked for; a map of all of them is
 * made only when one is not (records of another order, or an id with no record).
 */
function recordFinder(records: ProjectRecord[]): (id: string) => ProjectRecord | undefined {
  let next = 0;
  let byId: Map<string, ProjectRecord> | null = null;
  return (id) => {
    if (byId === null) {
      const r = records[next];
      if (r !== undefined && r.id === id) {
        next++;
        return r;
      }
      byId = new Map();
      for (const x of records) byId.set(x.id, x);
    }
    return byId.get(id);
  };
}

type Diag = (
  severity: Diagnostic['severity'],
  code: DiagnosticCode,
  message: string,
  line: number,
  recordId?: string,
) => Diagnostic;

/** a table's facts with the records of its groups looked up */
interface TableView {
  facts: ProjectTableFacts;
  label: string;
  groups: Array<{ facts: ProjectGroupFacts; rows: ProjectRecord[] }>;
  /** every row, in order */
  all: ProjectRecord[];
  /** the ids of the rows the reader flagged as damaged */
  damaged: Set<string>;
}

function tableView(t: ProjectTableFacts, find: (id: string) => ProjectRecord | undefined): TableView {
  const all: ProjectRecord[] = [];
  const groups = t.groups.map((g) => {
    const rows: ProjectRecord[] = [];
    for (const id of g.recordIds) {
      const record = find(id);
      if (!record) continue;
      rows.push(record);
      all.push(record);
    }
    return { facts: g, rows };
  });
  const label = t.title ?? `table at line ${t.headerLine}`;
  return { facts: t, label, groups, all, damaged: new Set(t.damagedIds) };
}

const lineOf = (r: ProjectRecord) => r.source.startLine;
/** the damaged rows among `rows`: asked only once a count or sum is off */
const damagedRows = (t: TableView, rows: ProjectRecord[]) =>
  t.damaged.size ? rows.filter((r) => t.damaged.has(r.id)) : [];
const damageNote = (rows: ProjectRecord[]) =>
  ` (not an error: ${rows.length} damaged row${rows.length > 1 ? 's' : ''} in it, ${rows
    .slice(0, 5)
    .map((r) => r.seq ?? `line ${lineOf(r)}`)
    .join(', ')}${rows.length > 5 ? ' …' : ''})`;
const sumOf = (rows: ProjectRecord[]) => {
  let sum = 0;
  for (const r of rows) sum += r.investment ?? 0;
  return sum;
};

/** each group's declared count and subtotal against its rows */
function groupChecks(t: TableView, diag: Diag, out: Diagnostic[]): void {
  for (const { facts: g, rows } of t.groups) {
    const name = g.unit ?? '(no group)';
    const line = g.line ?? (rows.length ? lineOf(rows[0]) : undefined) ?? t.facts.headerLine;
    if (g.declaredCount !== null && g.declaredCount !== rows.length) {
      const bad = damagedRows(t, rows);
      out.push(
        diag(
          bad.length ? 'warning' : 'error',
          'project-group-count-mismatch',
          `${t.label}: group ${name} declares ${g.declaredCount}项 but lists ${rows.length} row${rows.length === 1 ? '' : 's'}${bad.length ? damageNote(bad) : ''}`,
          line,
        ),
      );
    }
    if (g.declaredSubtotal === null) continue;
    const sum = sumOf(rows);
    if (Math.abs(sum - g.declaredSubtotal) > TOLERANCE) {
      const bad = damagedRows(t, rows);
      out.push(
        diag(
          bad.length ? 'warning' : 'error',
          'project-group-subtotal-mismatch',
          `${t.label}: group ${name} declares a subtotal of ${fmt(g.declaredSubtotal)}亿元 but its rows add up to ${fmt(sum)}亿元${bad.length ? damageNote(bad) : ''}`,
          g.subtotalLine ?? line,
        ),
      );
    }
  }
}

/** the 合计 line's count and amount against all rows */
function totalChecks(t: TableView, diag: Diag, out: Diagnostic[]): void {
  const { facts, label, all } = t;
  const line = facts.totalLine ?? facts.headerLine;
  if (facts.declaredTotalCount !== null && facts.declaredTotalCount !== all.length) {
    const bad = damagedRows(t, all);
    out.push(
      diag(
        bad.length ? 'warning' : 'error',
        'project-table-count-mismatch',
        `${label}: the 合计 line states ${facts.declaredTotalCount}项 but the table lists ${all.length} rows${bad.length ? damageNote(bad) : ''}`,
        line,
      ),
    );
  }
  if (facts.declaredTotal === null) return;
  const sum = sumOf(all);
  if (Math.abs(sum - facts.declaredTotal) > TOLERANCE) {
    const bad = damagedRows(t, all);
    out.push(
      diag(
        bad.length ? 'warning' : 'error',
        'project-table-total-mismatch',
        `${label}: the 合计 line states ${fmt(facts.declaredTotal)}亿元 but the rows add up to ${fmt(sum)}亿元${bad.length ? damageNote(bad) : ''}`,
        line,
      ),
    );
  }
}

/** an amount below zero, or too large for one project */
function amountChecks(t: TableView, diag: Diag, out: Diagnostic[]): void {
  for (const r of t.all) {
    const v = r.investment;
    if (v === null) continue;
    if (v < 0)
      out.push(
        diag(
          'error',
          'project-amount-negative',
          `${t.label}: row ${r.seq ?? '?'} has a negative 总投资额 ${v}亿元`,
          lineOf(r),
          r.id,
        ),
      );
    else if (v > ABSURD)
      out.push(
        diag(
          'warning',
          'project-amount-absurd',
          `${t.label}: row ${r.seq ?? '?'} has 总投资额 ${v}亿元, more than ${ABSURD}亿元 for one project (万元 printed as 亿元?)`,
          lineOf(r),
          r.id,
        ),
      );
  }
}

/** numbering runs on across the table, or restarts at 1 in each group; either is fine */
function seqChecks(t: TableView, diag: Diag, out: Diagnostic[]): void {
  const label = t.label;
  let prev: number | null = null;
  let seen = new Map<number, ProjectRecord>();
  for (const g of t.groups) {
    const rows = g.rows;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const seq = r.seq;
      if (seq === null) continue;
      if (i === 0 && seq === 1 && prev !== null) {
        prev = null;
        seen = new Map();
      }
      const first = seen.get(seq);
      const line = lineOf(r);
      if (first) {
        out.push(
          diag(
            'warning',
            'project-seq-repeat',
            `${label}: 序号 ${seq} appears again (first at line ${lineOf(first)})`,
            line,
            r.id,
          ),
        );
      } else if (prev === null) {
        if (seq !== 1)
          out.push(diag('warning', 'project-seq-gap', `${label}: numbering starts at ${seq}, not 1`, line, r.id));
      } else if (seq < prev) {
        out.push(diag('warning', 'project-seq-disorder', `${label}: 序号 ${seq} comes after ${prev}`, line, r.id));
      } else if (seq > prev + 1) {
        const missing = seq - prev - 1;
        out.push(
          diag(
            'warning',
            'project-seq-gap',
            `${label}: 序号 jumps from ${prev} to ${seq} (${missing === 1 ? `${prev + 1} is` : `${prev + 1}–${seq - 1} are`} missing)`,
            line,
            r.id,
          ),
        );
      }
      if (!first) seen.set(seq, r);
      prev = prev === null ? seq : Math.max(prev, seq);
    }
  }
}

/** the same name with the same parties twice is one project listed twice */
function duplicateChecks(t: TableView, diag: Diag, out: Diagnostic[]): void {
  // by name first: most names are unique, and only rows sharing one need their parties compared
  const byName = new Map<string, ProjectRecord[]>();
  for (const r of t.all) {
    const name = squeeze(r.name);
    if (!name) continue;
    const same = byName.get(name);
    if (!same) {
      byName.set(name, [r]);
      continue;
    }
    const first = same.find((f) => sameList(f.partyA, r.partyA) && sameList(f.partyB, r.partyB));
    if (!first) {
      same.push(r);
      continue;
    }
    const amounts =
      first.investment === r.investment
        ? `, also the same amount ${r.investment ?? '(none)'}`
        : ` (amounts ${first.investment ?? '—'} and ${r.investment ?? '—'})`;
    out.push(
      diag(
        'warning',
        'project-duplicate',
        `${t.label}: row ${r.seq ?? '?'} repeats row ${first.seq ?? '?'} (line ${lineOf(first)}): same name and parties${amounts}`,
        lineOf(r),
        r.id,
      ),
    );
  }
}

/** two party lists that print the same */
const sameList = (a: string[], b: string[]) => a.join('、') === b.join('、');

function describe(f: StatedFigure, unit: string): string {
  const range = f.hi === Infinity ? `more than ${fmt(f.lo)}` : f.lo === f.hi ? fmt(f.lo) : `${fmt(f.lo)}–${fmt(f.hi)}`;
  return `"${f.text}" (${range}${unit})`;
}

/** the notice's own totals, read from its text above the first table, against the table */
function statedChecks(parsed: ParsedFile, tables: TableView[], diag: Diag, out: Diagnostic[]): void {
  const docs = [...new Set(tables.map((t) => t.facts.docId))];
  for (const docId of docs) {
    const doc = parsed.docs.find((d) => d.record.id === docId);
    const mine = tables.filter((t) => t.facts.docId === docId);
    if (!doc || !mine.length) continue;
    const lines = parsed.src.lines.slice(doc.firstLine - 1, mine[0].facts.firstLine - 1); // line n is lines[n - 1]
    const stated = findStatedTotals(lines);
    if (!stated) continue;
    if (stated.count) {
      let n = 0;
      for (const t of mine) n += t.all.length;
      const ok = n >= stated.count.lo && n <= stated.count.hi;
      out.push(
        diag(
          'info',
          'project-stated-count',
          `the notice states ${describe(stated.count, '')} projects; its table lists ${n}: ${ok ? 'consistent' : 'differs'}`,
          stated.line,
        ),
      );
    }
    if (stated.amount) {
      // one running sum over the rows in order, as over the tables' rows joined
      let sum = 0;
      for (const t of mine) for (const r of t.all) sum += r.investment ?? 0;
      const ok = sum >= stated.amount.lo - TOLERANCE && sum <= stated.amount.hi + TOLERANCE;
      out.push(
        diag(
          'info',
          'project-stated-amount',
          `the notice states ${describe(stated.amount, '亿元')}; its table adds up to ${fmt(sum)}亿元: ${ok ? 'consistent' : 'differs'}`,
          stated.line,
        ),
      );
    }
  }
}
