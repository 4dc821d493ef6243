import { Command, CommanderError, Option } from 'commander';
import { extractCommand } from './extract.js';
import { validateCommand } from './validate.js';
import { inspectCommand } from './inspect.js';
import { schemaCommand } from './schema.js';
import { UsageError, VERSION } from '../emit/records.js';
import { DecodeError } from '../read/decode.js';
import { EMITTERS, FORMAT_NAMES } from '../emit/formats/index.js';
import { OutputError } from '../emit/sink.js';
import { printable } from '../read/printable.js';

const commonInputHelp = `
Inputs are files, folders (searched recursively for *.txt; --glob changes that), glob
patterns in quotes, or - for standard input. Files may be UTF-8 (with or without BOM),
UTF-16 with BOM, or GB18030/GBK; --encoding forces one.`;

function common(cmd: Command): Command {
  return cmd
    .option('--glob <pattern>', 'files to take from folders', '**/*.txt')
    .option('--encoding <name>', 'force the input encoding: utf-8, utf-16le, utf-16be, gb18030')
    .option('--follow-symlinks', 'let folder walks and glob patterns follow symbolic links to folders')
    .option('-q, --quiet', 'no progress line or summary on stderr')
    .option(
      '-j, --jobs <n>',
      'worker threads for multi-file runs (default: 1 on machines with up to two cores, where threads measured slower; otherwise up to 3 when the input is large)',
    )
    .option('--debug', 'show stack traces for internal errors');
}

/** one line per output format, from the emitter registry */
function formatHelp(): string {
  const width = Math.max(...EMITTERS.map((e) => e.name.length));
  return EMITTERS.map((e) => `  ${e.name.padEnd(width)}  ${e.summary}`).join('\n');
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('qhdocs')
    .description('Extract typed, validated, source-grounded records from Qinghai government gazette texts.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ outputError: (s, write) => write(s.startsWith('error:') ? `qhdocs: ${s.slice(7)}` : s) });

  common(
    program
      .command('extract')
      .description('parse documents into records (documents, projects, tasks, activities, contacts, members, tables)')
      .argument('[inputs...]', 'files, folders, glob patterns or -')
      .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default(FORMAT_NAMES[0]))
      .option(
        '-o, --out <path>',
        'write here instead of stdout: a folder, or for one-file formats a file with its extension (-o result.json)',
      )
      .option('-t, --types <list>', 'record types to keep, comma-separated (e.g. projects,tasks)')
      .addOption(new Option('--header <lang>', 'CSV column names').choices(['en', 'zh']).default('en'))
      .option('--bom', 'start CSV files with a byte-order mark so Excel reads them as UTF-8')
      .option('--strict', 'exit 1 when validation finds errors')
      .option(
        '--unit <name>',
        'keep only tasks in which this unit appears in any role (省发展改革委 matches 青海省发展改革委)',
      ),
  )
    .addHelpText(
      'after',
      `${commonInputHelp}

Formats:
${formatHelp()}

Examples:
  qhdocs extract notice.txt                          JSON on stdout
  qhdocs extract archive/ --format jsonl > all.jsonl  stream a whole archive
  qhdocs extract 002.txt --types projects --format csv --bom --header zh --out export/
  qhdocs extract plan.txt --types activities --format ics --out cal/

Exit codes: 0 done (warnings allowed), 1 validation errors with --strict,
2 usage or input error (the other files are still processed).`,
    )
    .action(async (inputs: string[], opts) => setExit(await extractCommand(inputs, opts)));

  common(
    program
      .command('validate')
      .description(
        'run the pipeline and report defects: schema errors and cross-checks (counts, subtotals, numbering, dates, phones)',
      )
      .argument('[inputs...]', 'files, folders, glob patterns or -')
      .addOption(new Option('--report <kind>', 'report format').choices(['human', 'json']).default('human'))
      .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
      .option('--info', 'show info diagnostics in the human report'),
  )
    .addHelpText(
      'after',
      `${commonInputHelp}

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 usage or input error.`,
    )
    .action(async (inputs: string[], opts) => setExit(await validateCommand(inputs, opts)));

  common(
    program
      .command('inspect')
      .description('outline of each file: documents with number, date and title, their sections, and record counts')
      .argument('<inputs...>', 'files, folders, glob patterns or -')
      .option('--depth <n>', 'section levels to show', '2'),
  ).action(async (inputs: string[], opts) => setExit(await inspectCommand(inputs, opts)));

  program
    .command('schema')
    .description(
      'print the JSON Schema of a record type (document, project, task, activity, contact, member, table, diagnostic), or of all',
    )
    .argument('[type]', 'record type')
    .action((type: string | undefined) => setExit(schemaCommand(type)));

  return program;
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => {
    code = c;
  });
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help')
        return 0;
      return 2;
    }
    if (e instanceof UsageError || e instanceof DecodeError || e instanceof OutputError) {
      process.stderr.write(`qhdocs: ${printable(e.message)}\n`);
      return 2;
    }
    const err = e as NodeJS.ErrnoException;
    if (
      err &&
      (err.code === 'EACCES' ||
        err.code === 'ENOENT' ||
        err.code === 'EISDIR' ||
        err.code === 'ENOTDIR' ||
        err.code === 'EEXIST')
    ) {
      process.stderr.write(`qhdocs: ${printable(err.message)}\n`);
      if (debug) process.stderr.write(`${err.stack}\n`);
      return 2;
    }
    if (err?.code === 'EPIPE') return 0;
    process.stderr.write(`qhdocs: internal error: ${printable(err?.message ?? String(e))}\n`);
    if (debug) process.stderr.write(`${err?.stack}\n`);
    else process.stderr.write('(run again with --debug for the stack trace)\n');
    return 70;
  }
}
