/**
 * What the signed-project reader makes of a table: rows under 责任单位 groups, with the
 * counts and subtotals the groups and the 合计 line declare. The parser turns rows into
 * records and what the tables declare into facts (parse/facts.ts) that the checks read.
 */
import type { DiagnosticNote } from '../../diagnostics/index.js';

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

/** a table as its block gives it, before its rows are read */
export function projectTable(t: {
  docId: string;
  title: string | null;
  headerLine: number;
  firstLine: number;
  lastLine: number;
}): ProjectTable {
  const { docId, title, headerLine, firstLine, lastLine } = t;
  return {
    docId,
    title,
    headerLine,
    firstLine,
    lastLine,
    groups: [],
    declaredTotal: null,
    declaredTotalCount: null,
    totalLine: null,
    notes: [],
  };
}

/** the open group of a table, opened (with no heading) when rows come before any heading */
export function groupOf(pt: ProjectTable): ProjectGroup {
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
