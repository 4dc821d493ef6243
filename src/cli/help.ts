/** the help texts shown after each command's options: what inputs are, real examples, exit codes */
import { displayWidth } from '../emit/xlsx/cells.js';

/** help text is wrapped to this many columns (CJK characters count two) */
const WIDTH = 88;

/**
 * Rows as aligned columns, every column but the last padded to one width and the last
 * wrapped under itself (`  csv    one CSV file per …`), for lists that come from a registry.
 */
export function helpList(rows: ReadonlyArray<readonly string[]>): string {
  const widths = rows[0].slice(0, -1).map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i]))));
  const indent = ' '.repeat(widths.reduce((a, w) => a + w + 2, 2));
  return rows
    .map((r) => {
      const cells = widths.map((w, i) => r[i] + ' '.repeat(w - displayWidth(r[i])));
      return `  ${cells.join('  ')}  ${wrap(r[r.length - 1], WIDTH - indent.length, indent)}`;
    })
    .join('\n');
}

/** words of `text` in lines of at most `width` columns, lines after the first indented */
function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && displayWidth(`${line} ${word}`) > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join(`\n${indent}`);
}

export const INPUTS_HELP = `
Inputs are files, folders (searched recursively for *.txt; --glob changes that), glob
patterns in quotes, or - for standard input. Files may be UTF-8 (with or without BOM),
UTF-16 with BOM, or GB18030/GBK; --encoding forces one. Inputs that match no file are an
error (exit 2). With no inputs, the "inputs" of the config file are used.

Config: qhdocs.config.json, or a "qhdocs" key in package.json, found from the working
folder upward (or --config FILE): { "inputs": [...], "glob": "...", "rules": { "code":
"off" | "info" | "warning" | "error" }, "maxWarnings": n }; rules and maxWarnings are
for validate.`;

const EXIT_OK = '  0   done (warnings allowed)';
const EXIT_USAGE = `  2   usage or input error: a bad option, a missing file, a folder or glob matching no
      file, an unreadable encoding, a bad config file (other files are still processed)`;
const EXIT_BUG = '  70  internal error: a bug in qhdocs (run again with --debug and report the trace)';

/** what exit 1 means for each command that uses it; inspect and schema never fail a check */
const EXIT_FAILED = {
  all: `  1   validation failed: errors (validate, extract --strict), or more warnings than
      --max-warnings, or new findings against --baseline`,
  extract: '  1   --strict, and validation found errors',
  validate: `  1   validation failed: errors, more warnings than --max-warnings, or findings not in
      the --baseline`,
  none: null,
};

/** the exit codes a command uses (`all`: every code the CLI uses) */
function exitCodes(which: keyof typeof EXIT_FAILED): string {
  const failed = EXIT_FAILED[which];
  return ['Exit codes:', EXIT_OK, ...(failed ? [failed] : []), EXIT_USAGE, EXIT_BUG].join('\n');
}

export const ROOT_HELP = `
${exitCodes('all')}

Run qhdocs COMMAND --help for a command's options and examples. The README (README.md in
the qhdocs package) describes every record field, the output formats and a CI workflow.`;

/** extract's help: the record types and formats come from their registries, so a new one shows by itself */
export function extractHelp(kinds: string, formats: string): string {
  return `${INPUTS_HELP}

Record types (--types takes these names or the singular, comma-separated; default: all):
${kinds}

Formats (--format):
${formats}
--out is a folder (csv needs one), or for the other formats a file with their extension
(-o result.json, -o records.xlsx). --header zh gives csv and xlsx Chinese column and
sheet names. A data package (Frictionless datapackage.json: types, keys) describes CSV
files, so it comes with --format csv only: run that too for one beside a workbook.

Examples:
  qhdocs extract notice.txt                             JSON on stdout
  qhdocs extract archive/ -f jsonl > all.jsonl          one record a line
  qhdocs extract archive/ -f csv --bom -o export/       CSV for Excel, datapackage.json
  qhdocs extract archive/ -f xlsx -o records.xlsx       one workbook, a sheet per type
  qhdocs extract 002.txt -t projects --header zh -f xlsx -o 项目.xlsx
  qhdocs extract plan.txt -t activities -f ics -o cal/  dated activities, for a calendar
  qhdocs extract 003.txt -f html -o review.html         records marked on their passages
  qhdocs extract archive/ -t tasks --unit 省发展改革委  tasks one unit takes part in

${exitCodes('extract')}`;
}

export const VALIDATE_HELP = `${INPUTS_HELP}

Reports: human (default), json (the same data as JSON; a baseline for --baseline), sarif
(SARIF 2.1.0 for code scanning), github (annotations for a GitHub Actions log).
With --baseline, only findings not in the baseline are reported, and any new error or
warning fails the run (--max-warnings N allows N new warnings). Findings match by file,
code and record, not by line, so editing above a known defect does not make it new.

Examples:
  qhdocs validate archive/                                 report defects, grouped by file
  qhdocs validate archive/ --write-baseline qhdocs-baseline.json --report json > /dev/null
  qhdocs validate archive/ --baseline qhdocs-baseline.json --report sarif > qhdocs.sarif
  qhdocs validate "archive/**/*.txt" --report github --max-warnings 0

${exitCodes('validate')}`;

export const INSPECT_HELP = `${INPUTS_HELP}

Examples:
  qhdocs inspect notice.txt               documents, their sections two levels deep
  qhdocs inspect archive/ --depth 0       one line per document with its record counts
  qhdocs inspect gazette.txt --depth 3    down to the 1. items

${exitCodes('none')}`;

export function schemaHelp(names: string[]): string {
  return `
Types: ${names.join(', ')}.
  envelope  the object extract --format json prints
  line      one line of extract --format jsonl (a record, or a diagnostic with type)
  report    the object validate --report json prints (and --baseline reads)
  file      one entry of "files"
With no type, one JSON Schema document (draft 2020-12) with every type in $defs, which
accepts any of envelope, line and report.

Examples:
  qhdocs schema > qhdocs.schema.json    everything, for a validator
  qhdocs schema project                 the fields of a project record
  qhdocs schema line                    to check extract --format jsonl line by line

${exitCodes('none')}`;
}

export const CODES_HELP = `
A config's "rules" turn a code off or change its severity:
  { "rules": { "phone-shared": "off", "published-before-signed": "error" } }

Examples:
  qhdocs codes                    every code: name, severity, meaning
  qhdocs codes | grep '^task-'    the codes of the task checks

${exitCodes('none')}`;
