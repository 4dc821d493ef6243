import type { Diagnostic, ProjectRecord, SeverityLevel } from '../../schema/index.js';
import { diagnostic, type DiagnosticCode } from '../../diagnostics/index.js';
import type { ParsedFile } from '../../pipeline/parse-file.js';
import type { CrossCheck } from './types.js';
import { analyzeProjectTables, type ProjectTable, type ProjectRow } from '../../parse/projects/analyze.js';
import { squeeze } from '../../parse/projects/cells.js';
import { findStatedTotals, type StatedFigure } from '../../parse/projects/stated.js';

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
    const file = parsed.file;
    const out: Diagnostic[] = [];
    // by document, then line: a number key needs no string built and hashed for every row
    const byLine = new Map<string, Map<number, ProjectRecord>>();
    for (const r of records) {
      let m = byLine.get(r.docId);
      if (!m) {
        m = new Map();
        byLine.set(r.docId, m);
      }
      m.set(r.source.startLine, r);
    }
    const tables = analyzeProjectTables(parsed.tables, (n) => parsed.src.lines[n - 1]?.text ?? '');
    const idOf = (t: ProjectTable, r: ProjectRow) => byLine.get(t.docId)?.get(r.line)?.id;
    const diag: Diag = (code, message, line, recordId, severity) =>
      diagnostic(code, message, { file, line, recordId, severity });
    const damaged = (rows: ProjectRow[]) => rows.filter((r) => r.damage.length);
    const damageNote = (rows: ProjectRow[]) =>
      ` (not an error: ${rows.length} damaged row${rows.length > 1 ? 's' : ''} in it, ${rows
        .slice(0, 5)
        .map((r) => r.seq ?? `line ${r.line}`)
        .join(', ')}${rows.length > 5 ? ' …' : ''})`;

    for (const t of tables) {
      const label = t.title ?? `table at line ${t.headerLine}`;
      const all = rowsOf([t]);
      for (const g of t.groups) {
        const name = g.unit ?? '(no group)';
        const bad = damaged(g.rows);
        const line = g.line ?? g.rows[0]?.line ?? t.headerLine;
        if (g.declaredCount !== null && g.declaredCount !== g.rows.length) {
          out.push(
            diag(
              'project-group-count-mismatch',
              `${label}: group ${name} declares ${g.declaredCount}项 but lists ${g.rows.length} row${g.rows.length === 1 ? '' : 's'}${bad.length ? damageNote(bad) : ''}`,
              line,
              undefined,
              bad.length ? 'warning' : 'error',
            ),
          );
        }
        if (g.declaredSubtotal !== null) {
          const sum = g.rows.reduce((a, r) => a + (r.investment ?? 0), 0);
          if (Math.abs(sum - g.declaredSubtotal) > TOLERANCE) {
            out.push(
              diag(
                'project-group-subtotal-mismatch',
                `${label}: group ${name} declares a subtotal of ${fmt(g.declaredSubtotal)}亿元 but its rows add up to ${fmt(sum)}亿元${bad.length ? damageNote(bad) : ''}`,
                g.subtotalLine ?? line,
                undefined,
                bad.length ? 'warning' : 'error',
              ),
            );
          }
        }
      }
      if (t.declaredTotalCount !== null && t.declaredTotalCount !== all.length) {
        const bad = damaged(all);
        out.push(
          diag(
            'project-table-count-mismatch',
            `${label}: the 合计 line states ${t.declaredTotalCount}项 but the table lists ${all.length} rows${bad.length ? damageNote(bad) : ''}`,
            t.totalLine ?? t.headerLine,
            undefined,
            bad.length ? 'warning' : 'error',
          ),
        );
      }
      if (t.declaredTotal !== null) {
        const sum = all.reduce((a, r) => a + (r.investment ?? 0), 0);
        const bad = damaged(all);
        if (Math.abs(sum - t.declaredTotal) > TOLERANCE) {
          out.push(
            diag(
              'project-table-total-mismatch',
              `${label}: the 合计 line states ${fmt(t.declaredTotal)}亿元 but the rows add up to ${fmt(sum)}亿元${bad.length ? damageNote(bad) : ''}`,
              t.totalLine ?? t.headerLine,
              undefined,
              bad.length ? 'warning' : 'error',
            ),
          );
        }
      }
      out.push(...seqChecks(t, label, diag, idOf));
      out.push(...duplicateChecks(t, label, diag, idOf));
      for (const r of all) {
        if (r.investment === null) continue;
        if (r.investment < 0)
          out.push(
            diag(
              'project-amount-negative',
              `${label}: row ${r.seq ?? '?'} has a negative 总投资额 ${r.investment}亿元`,
              r.line,
              idOf(t, r),
            ),
          );
        else if (r.investment > ABSURD)
          out.push(
            diag(
              'project-amount-absurd',
              `${label}: row ${r.seq ?? '?'} has 总投资额 ${r.investment}亿元, more than ${ABSURD}亿元 for one project (万元 printed as 亿元?)`,
              r.line,
              idOf(t, r),
            ),
          );
      }
    }
    out.push(...statedChecks(parsed, tables, diag));
    return out;
  },
};

/** the rows of tables in order (a loop: flatMap is a slow builtin, and this runs per table) */
function rowsOf(tables: ProjectTable[]): ProjectRow[] {
  const out: ProjectRow[] = [];
  for (const t of tables) for (const g of t.groups) for (const r of g.rows) out.push(r);
  return out;
}

/** a diagnostic of this file; `severity` only to lower a mismatch that damaged rows may explain */
type Diag = (
  code: DiagnosticCode,
  message: string,
  line: number,
  recordId?: string,
  severity?: SeverityLevel,
) => Diagnostic;
type IdOf = (t: ProjectTable, r: ProjectRow) => string | undefined;

/** numbering runs on across the table, or restarts at 1 in each group; either is fine */
function seqChecks(t: ProjectTable, label: string, diag: Diag, idOf: IdOf): Diagnostic[] {
  const out: Diagnostic[] = [];
  let prev: number | null = null;
  let seen = new Map<number, ProjectRow>();
  for (const g of t.groups) {
    g.rows.forEach((r, i) => {
      if (r.seq === null) return;
      if (i === 0 && r.seq === 1 && prev !== null) {
        prev = null;
        seen = new Map();
      }
      const id = idOf(t, r);
      const first = seen.get(r.seq);
      if (first) {
        out.push(
          diag('project-seq-repeat', `${label}: 序号 ${r.seq} appears again (first at line ${first.line})`, r.line, id),
        );
      } else if (prev === null) {
        if (r.seq !== 1) out.push(diag('project-seq-gap', `${label}: numbering starts at ${r.seq}, not 1`, r.line, id));
      } else if (r.seq < prev) {
        out.push(diag('project-seq-disorder', `${label}: 序号 ${r.seq} comes after ${prev}`, r.line, id));
      } else if (r.seq > prev + 1) {
        const missing = r.seq - prev - 1;
        out.push(
          diag(
            'project-seq-gap',
            `${label}: 序号 jumps from ${prev} to ${r.seq} (${missing === 1 ? `${prev + 1} is` : `${prev + 1}–${r.seq - 1} are`} missing)`,
            r.line,
            id,
          ),
        );
      }
      if (!first) seen.set(r.seq, r);
      prev = prev === null ? r.seq : Math.max(prev, r.seq);
    });
  }
  return out;
}

/** the same name with the same parties twice is one project listed twice */
function duplicateChecks(t: ProjectTable, label: string, diag: Diag, idOf: IdOf): Diagnostic[] {
  const out: Diagnostic[] = [];
  // by name first: most names are unique, and only rows sharing one need their parties compared
  const byName = new Map<string, ProjectRow[]>();
  for (const g of t.groups) {
    for (const r of g.rows) {
      const name = squeeze(r.name);
      if (!name) continue;
      const same = byName.get(name);
      if (!same) {
        byName.set(name, [r]);
        continue;
      }
      const first = same.find((f) => sameList(f.partyA, r.partyA) && sameList(f.partyB, r.partyB));
      if (first) {
        const amounts =
          first.investment === r.investment
            ? `, also the same amount ${r.investment ?? '(none)'}`
            : ` (amounts ${first.investment ?? '—'} and ${r.investment ?? '—'})`;
        out.push(
          diag(
            'project-duplicate',
            `${label}: row ${r.seq ?? '?'} repeats row ${first.seq ?? '?'} (line ${first.line}): same name and parties${amounts}`,
            r.line,
            idOf(t, r),
          ),
        );
      } else same.push(r);
    }
  }
  return out;
}

/** two party lists that print the same */
const sameList = (a: string[], b: string[]) => a.join('、') === b.join('、');

function describe(f: StatedFigure, unit: string): string {
  const range = f.hi === Infinity ? `more than ${fmt(f.lo)}` : f.lo === f.hi ? fmt(f.lo) : `${fmt(f.lo)}–${fmt(f.hi)}`;
  return `"${f.text}" (${range}${unit})`;
}

/** the notice's own totals, read from its text above the first table, against the table */
function statedChecks(parsed: ParsedFile, tables: ProjectTable[], diag: Diag): Diagnostic[] {
  const out: Diagnostic[] = [];
  const docs = [...new Set(tables.map((t) => t.docId))];
  for (const docId of docs) {
    const doc = parsed.docs.find((d) => d.record.id === docId);
    const mine = tables.filter((t) => t.docId === docId);
    if (!doc || !mine.length) continue;
    const lines = parsed.src.lines.slice(doc.firstLine - 1, mine[0].firstLine - 1); // line n is lines[n - 1]
    const stated = findStatedTotals(lines);
    if (!stated) continue;
    const rows = rowsOf(mine);
    if (stated.count) {
      const n = rows.length;
      const ok = n >= stated.count.lo && n <= stated.count.hi;
      out.push(
        diag(
          'project-stated-count',
          `the notice states ${describe(stated.count, '')} projects; its table lists ${n}: ${ok ? 'consistent' : 'differs'}`,
          stated.line,
        ),
      );
    }
    if (stated.amount) {
      const sum = rows.reduce((a, r) => a + (r.investment ?? 0), 0);
      const ok = sum >= stated.amount.lo - TOLERANCE && sum <= stated.amount.hi + TOLERANCE;
      out.push(
        diag(
          'project-stated-amount',
          `the notice states ${describe(stated.amount, '亿元')}; its table adds up to ${fmt(sum)}亿元: ${ok ? 'consistent' : 'differs'}`,
          stated.line,
        ),
      );
    }
  }
  return out;
}
