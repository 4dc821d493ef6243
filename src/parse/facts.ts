/**
 * What readers state about the text besides their records, as data for the checks: the
 * counts and subtotals a table declares, which rows came through damaged. A reader returns
 * them with its records (ParseResult.facts); the pipeline keeps them per file, beside the
 * records, and the validation stage reads them there (never a parser's internals).
 */

/** one 责任单位 group of a signed-project table, as the table declares it */
export interface ProjectGroupFacts {
  unit: string | null;
  /** the group heading's line; null for rows above the first heading */
  line: number | null;
  /** (35项) in the heading */
  declaredCount: number | null;
  /** in 亿元 */
  declaredSubtotal: number | null;
  subtotalLine: number | null;
  /** the `project` records of the group's rows, in order */
  recordIds: string[];
}

/** one signed-project table (a table continued after a page break counts once) */
export interface ProjectTableFacts {
  docId: string;
  title: string | null;
  headerLine: number;
  firstLine: number;
  groups: ProjectGroupFacts[];
  /** the 合计 line's amount, in 亿元 */
  declaredTotal: number | null;
  /** 合计346项 */
  declaredTotalCount: number | null;
  totalLine: number | null;
  /**
   * records whose rows the reader flagged (empty or lost cells, realigned, left as printed,
   * amount unreadable, no 序号, continued over a line): a count or sum that fails over one
   * of them may come from the extraction rather than the document
   */
  damagedIds: string[];
}

export interface ParseFacts {
  projectTables: ProjectTableFacts[];
}

export const emptyFacts = (): ParseFacts => ({ projectTables: [] });

/** add what a reader stated to a file's facts; with `docId`, only what belongs to that document */
export function addFacts(into: ParseFacts, from: Partial<ParseFacts> | undefined, docId?: string): void {
  for (const t of from?.projectTables ?? []) if (docId === undefined || t.docId === docId) into.projectTables.push(t);
}
