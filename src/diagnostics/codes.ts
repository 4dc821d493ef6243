/**
 * Every diagnostic code qhdocs emits, declared once: its severity and one sentence of
 * meaning. A code not declared here is a type error at the call site (`DiagnosticCode`),
 * and `docs/diagnostics.md` is generated from this table (`npm run codes`).
 *
 * The severity is the code's level as a rule (SARIF's default level). A few codes are
 * emitted one level lower where the meaning says so (a count mismatch that damaged rows
 * may explain, an impossible date only as printed): the call passes that severity.
 * Codes are stable: renaming one breaks users' filters, so add a new one instead.
 */
import type { SeverityLevel } from '../schema/diagnostic.js';

interface CodeEntry {
  severity: SeverityLevel;
  meaning: string;
}

const CODES = {
  // ── reading the input and running the stages
  'input-unreadable': {
    severity: 'error',
    meaning: 'A file could not be read or decoded; it yields no records and the other files are still processed.',
  },
  'empty-file': { severity: 'warning', meaning: 'The file holds no text, so it yields no document and no record.' },
  'parser-failed': {
    severity: 'error',
    meaning: "A record reader failed on this file: that kind's records of the file are missing, the others are kept.",
  },
  'check-failed': { severity: 'error', meaning: 'A cross-check failed on this file, so its findings are missing.' },
  'schema-invalid': {
    severity: 'error',
    meaning: 'A record does not match the schema of its type (one per issue found).',
  },
  'source-out-of-range': {
    severity: 'error',
    meaning: "A record's source offsets fall outside the input text, so it cannot be traced back to its passage.",
  },
  'duplicate-id': { severity: 'error', meaning: 'Two records of one run share an id.' },
  'xlsx-cell-cut': {
    severity: 'warning',
    meaning:
      'A text longer than a spreadsheet cell holds (32,767 characters) was cut in the XLSX output, ending with a mark that says so; the JSON, JSONL and CSV outputs keep it whole.',
  },

  // ── documents
  'outside-documents': {
    severity: 'info',
    meaning: "Lines that belong to no document (a gazette's cover and 目录, a web page's navigation), kept as a range.",
  },
  'doc-number-without-title': {
    severity: 'warning',
    meaning: 'A 发文字号 line has no title above it, so no document is started there.',
  },
  'index-block-disagrees': {
    severity: 'warning',
    meaning:
      "A web page's index block (索引号, 发文字号 …) and the notice below it give different values; the notice's is kept.",
  },
  'doc-number-disagrees': {
    severity: 'warning',
    meaning:
      'A 发文字号 printed on the addressee line (before the addressees or after the colon) differs from the number already read (header or index block); that one is kept.',
  },
  'header-redacted': {
    severity: 'info',
    meaning:
      'A published copy left a header field out with (略) (发文字号 such as 青政办〔略〕号 or （略） in its place, 成文日期); the field stays empty.',
  },
  'signed-date-missing': { severity: 'warning', meaning: 'A numbered document has no 成文日期 that could be read.' },
  'published-before-signed': { severity: 'warning', meaning: 'A document is dated as published before it was signed.' },
  'title-doubtful': {
    severity: 'warning',
    meaning:
      "A document's title cannot be trusted: empty, page navigation, an index-block line, a bare number or date, an addressee line, or no 文种.",
  },
  'header-incomplete': {
    severity: 'warning',
    meaning: 'A notice whose header gives no issuer and no date: the page was probably read badly.',
  },
  'doc-number-year-mismatch': {
    severity: 'warning',
    meaning: 'The year in the 发文字号 differs from the year of the 成文日期.',
  },

  // ── generic tables
  'table-row-too-wide': { severity: 'warning', meaning: 'A table row has more cells than its header.' },
  'table-merged-cells': {
    severity: 'info',
    meaning: "Cells left blank under a merged cell are kept blank and listed in the table's `mergedBlanks`.",
  },
  'table-wrapped-cells': { severity: 'info', meaning: 'Wrapped lines of a table were joined to the cell above.' },
  'table-without-title': {
    severity: 'info',
    meaning: 'No caption line was found above a table, so its `title` is null.',
  },
  'table-kind-ambiguous': {
    severity: 'warning',
    meaning:
      "A table's header resembles one or more readers' tables (projects, tasks, schedule, roster) but cannot be placed with confidence; it is kept only as a generic table.",
  },

  // ── signed projects
  'project-row-realigned': {
    severity: 'warning',
    meaning:
      "A project row's cells did not fit the columns as printed and were realigned; the printed cells are quoted.",
  },
  'project-row-misaligned': {
    severity: 'warning',
    meaning: "A project row's cells do not fit the columns and no single reading fits, so the row is kept as printed.",
  },
  'project-amount-unparsed': {
    severity: 'warning',
    meaning: 'A 总投资额 cell is not a number, so `investment` is left null.',
  },
  'project-seq-missing': { severity: 'warning', meaning: 'A project row has no 序号, or one that is not a number.' },
  'project-cells-empty': {
    severity: 'warning',
    meaning: 'A project row has empty cells (merged or lost in extraction), left empty rather than guessed.',
  },
  'project-row-continued': {
    severity: 'info',
    meaning: 'A line holding only the rest of a cell was joined to the project row above.',
  },
  'project-table-note': { severity: 'info', meaning: 'A note printed under a project table (注：…), quoted.' },
  'project-subtotal-twice': {
    severity: 'warning',
    meaning: 'A group of a project table declares two different subtotals; the later one is checked.',
  },
  'project-group-count-mismatch': {
    severity: 'error',
    meaning:
      'A group declares a number of projects (N项) that differs from its rows; a warning when damaged rows may explain it.',
  },
  'project-group-subtotal-mismatch': {
    severity: 'error',
    meaning:
      "A group's declared subtotal differs from the sum of its rows; a warning when damaged rows may explain it.",
  },
  'project-table-count-mismatch': {
    severity: 'error',
    meaning:
      'The 合计 line states a number of projects that differs from the rows; a warning when damaged rows may explain it.',
  },
  'project-table-total-mismatch': {
    severity: 'error',
    meaning:
      'The 合计 line states a total that differs from the sum of the rows; a warning when damaged rows may explain it.',
  },
  'project-seq-repeat': { severity: 'warning', meaning: 'A 序号 appears twice in one project table.' },
  'project-seq-gap': {
    severity: 'warning',
    meaning: 'The 序号 of a project table skips numbers or does not start at 1.',
  },
  'project-seq-disorder': {
    severity: 'warning',
    meaning: 'A 序号 of a project table is lower than the one before it.',
  },
  'project-duplicate': {
    severity: 'warning',
    meaning: 'Two rows of one project table have the same name and parties: one project listed twice.',
  },
  'project-amount-negative': { severity: 'error', meaning: 'A project has a negative 总投资额.' },
  'project-amount-absurd': {
    severity: 'warning',
    meaning: 'A project has a 总投资额 too large for one project (万元 printed as 亿元?).',
  },
  'project-stated-count': {
    severity: 'info',
    meaning: "The number of projects the notice's text states, against the rows of its table (consistent or differs).",
  },
  'project-stated-amount': {
    severity: 'info',
    meaning: "The total investment the notice's text states, against the sum of its table (consistent or differs).",
  },

  // ── tasks
  'task-table-row-without-task': { severity: 'info', meaning: 'A task-table row names units but no task text.' },
  'task-without-assignee': { severity: 'warning', meaning: 'A task names no unit and no deadline.' },
  'task-deadline-unrecognized': {
    severity: 'warning',
    meaning: "A task's deadline is not a period a reader can place in time.",
  },
  'task-seq-repeated': { severity: 'warning', meaning: 'A task number repeats within one section.' },
  'task-seq-gap': { severity: 'warning', meaning: 'Task numbers skip within one section.' },
  'task-seq-out-of-order': {
    severity: 'warning',
    meaning: 'A task number is lower than the one before it in its section.',
  },

  // ── activities
  'chronicle-without-date': {
    severity: 'warning',
    meaning: 'A chronicle (大事记) entry does not start with its date.',
  },
  'activity-date-unreadable': {
    severity: 'warning',
    meaning: "An activity's time cannot be read as a date; start and end are left empty, the text kept in `timeText`.",
  },
  'activity-date-impossible-date': {
    severity: 'warning',
    meaning: "An activity's time names a day that does not exist; start and end are left empty.",
  },
  'activity-date-time-without-date': {
    severity: 'warning',
    meaning: "An activity's time gives a clock time but no day; start and end are left empty.",
  },
  'activity-date-day-without-month': {
    severity: 'warning',
    meaning: "An activity's time gives a day but no month; start and end are left empty.",
  },
  'activity-date-no-year': {
    severity: 'warning',
    meaning: "An activity's time has no year and none can be taken from its context; start and end are left empty.",
  },
  'activity-date-year-only': {
    severity: 'warning',
    meaning: "An activity's time gives only a year; start and end are left empty.",
  },
  'phase-without-dates': { severity: 'info', meaning: 'A stage (阶段) of a programme gives no dates.' },
  'activity-venue-ambiguous': {
    severity: 'warning',
    meaning: 'Where the venue ends and the organizing units begin is unclear.',
  },
  'exhibit-without-hosts': { severity: 'info', meaning: 'An exhibition zone names no 承办单位.' },
  'activity-impossible-date': {
    severity: 'error',
    meaning: "An activity's date is not a real day; a warning when only the printed text names the day.",
  },
  'activity-end-before-start': { severity: 'warning', meaning: 'An activity ends before it starts.' },
  'chronicle-out-of-order': {
    severity: 'info',
    meaning: 'A chronicle entry is dated earlier than an entry printed before it.',
  },

  // ── contacts
  'contact-phones-unassigned': {
    severity: 'warning',
    meaning:
      'Numbers in a contact block with names that the layout does not give to one person; kept in a contact without a name.',
  },
  'contact-without-name': {
    severity: 'info',
    meaning: "Numbers printed without any person's name; kept in a contact without a name.",
  },
  'phone-malformed': {
    severity: 'warning',
    meaning: 'A phone or fax number has the wrong length or an area code of the wrong form.',
  },
  'email-malformed': { severity: 'warning', meaning: 'An e-mail address is not a valid address.' },
  'contact-numbers-unassigned': {
    severity: 'warning',
    meaning: 'How many phone and fax numbers of the file are kept without a person.',
  },
  'phone-shared': { severity: 'info', meaning: 'One phone number is given to several people (a shared office line?).' },

  // ── members
  'appointment-unread': {
    severity: 'warning',
    meaning: 'An appointment clause (任命 / 免去) could not be read as names and a post.',
  },
  'appointment-without-position': { severity: 'warning', meaning: 'An appointment or removal names no post.' },
  'roster-units-not-people': {
    severity: 'info',
    meaning: 'A roster entry lists units, not people, so no members are made of it.',
  },
  'roster-entry-unread': {
    severity: 'warning',
    meaning: 'A roster entry could not be read as a name and a position.',
  },
  'roster-without-body': { severity: 'info', meaning: 'No committee or group name was found near a roster.' },
  'member-split-ambiguous': {
    severity: 'warning',
    meaning: 'Where a name ends and the position begins is ambiguous (the name could be 2, 3 or 4 characters).',
  },
  'member-name-suspect': { severity: 'warning', meaning: "A member's name does not look like a person's name." },
  'member-duplicate': { severity: 'warning', meaning: 'A person is listed twice with the same role in the same body.' },
} as const satisfies Record<string, CodeEntry>;

/** a declared diagnostic code: a typo is a type error */
export type DiagnosticCode = keyof typeof CODES;

export interface DiagnosticCodeInfo {
  code: DiagnosticCode;
  severity: SeverityLevel;
  meaning: string;
}

/** the declared severity of a code */
export function severityOf(code: DiagnosticCode): SeverityLevel {
  return CODES[code].severity;
}

/** is this string a declared code (for input that comes from outside, e.g. a config file) */
export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.prototype.hasOwnProperty.call(CODES, code);
}

/** every declared code with its severity and meaning, in declaration order (grouped by stage) */
export function listDiagnosticCodes(): DiagnosticCodeInfo[] {
  return (Object.keys(CODES) as DiagnosticCode[]).map((code) => ({
    code,
    severity: CODES[code].severity,
    meaning: CODES[code].meaning,
  }));
}
