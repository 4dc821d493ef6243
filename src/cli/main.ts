import { Command, CommanderError, Option } from 'commander';
import { extractCommand } from './extract.js';
import { validateCommand } from './validate.js';
import { inspectCommand } from './inspect.js';
import { SCHEMA_NAMES, schemaCommand } from './schema.js';
import { codesCommand } from './codes.js';
import { UsageError, VERSION } from '../emit/records.js';
import { DecodeError } from '../read/decode.js';
import { loadConfig, type Config } from '../config/config.js';
import { nonNegativeInteger, positiveInteger, warningLimit } from './arguments.js';
import { describeFsError } from './fs-errors.js';
import { CODES_HELP, INSPECT_HELP, ROOT_HELP, VALIDATE_HELP, extractHelp, helpList, schemaHelp } from './help.js';
import { RECORD_KINDS } from '../kinds/index.js';
import { EMITTERS, FORMAT_NAMES } from '../emit/formats/index.js';
import { OutputError } from '../emit/sink.js';
import { printable } from '../read/printable.js';

function common(cmd: Command): Command {
  return cmd
    .option('--glob <pattern>', 'files to take from folders (default: **/*.txt)')
    .option('--encoding <name>', 'force the input encoding: utf-8, utf-16le, utf-16be, gb18030')
    .option('--follow-symlinks', 'let folder walks and glob patterns follow symbolic links to folders')
    .option('-q, --quiet', 'no progress line or summary on stderr')
    .option(
      '-j, --jobs <n>',
      'worker threads for multi-file runs (default: 1 on machines with up to two cores, where threads measured slower; otherwise up to 3 when the input is large)',
      positiveInteger,
    )
    .option('--config <file>', 'read settings from this file instead of the nearest qhdocs.config.json')
    .option('--debug', 'show stack traces for internal errors');
}

/** the config's inputs and glob fill in what the command line leaves out */
async function withConfig<O extends { glob?: string; config?: string }>(
  inputs: string[],
  opts: O,
): Promise<{ inputs: string[]; opts: O & { glob: string }; config: Config }> {
  const { config } = await loadConfig(opts.config);
  return {
    inputs: inputs.length ? inputs : (config.inputs ?? []),
    opts: { ...opts, glob: opts.glob ?? config.glob ?? '**/*.txt' },
    config,
  };
}

/** one line per output format, from the emitter registry */
const formatHelp = () => helpList(EMITTERS.map((e) => [e.name, e.summary]));
/** one line per record kind, from the kind registry */
const kindHelp = () => helpList(RECORD_KINDS.map((k) => [k.plural, k.titleZh ?? '', k.summary]));
const KIND_NAMES = RECORD_KINDS.map((k) => k.plural).join(', ');

function addExtract(program: Command, setExit: (code: number) => void): void {
  common(
    program
      .command('extract')
      .description(`parse documents into records (${KIND_NAMES})`)
      .argument('[inputs...]', 'files, folders, glob patterns or -')
      .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default(FORMAT_NAMES[0]))
      .option(
        '-o, --out <path>',
        'write here instead of stdout: a folder, or for one-file formats a file with its extension (-o result.json)',
      )
      .option('-t, --types <list>', 'record types to keep, comma-separated (e.g. projects,tasks; all are listed below)')
      .addOption(
        new Option('--header <lang>', 'column and sheet names of csv and xlsx').choices(['en', 'zh']).default('en'),
      )
      .option('--bom', 'start CSV files with a byte-order mark so Excel reads them as UTF-8')
      .option('--strict', 'exit 1 when validation finds errors')
      .option(
        '--unit <name>',
        'keep only tasks in which this unit appears in any role (省发展改革委 matches 青海省发展改革委)',
      ),
  )
    .addHelpText('after', extractHelp(kindHelp(), formatHelp()))
    .action(async (inputs: string[], opts) => {
      const c = await withConfig(inputs, opts);
      setExit(await extractCommand(c.inputs, c.opts));
    });
}

function addValidate(program: Command, setExit: (code: number) => void): void {
  common(
    program
      .command('validate')
      .description(
        'run the pipeline and report defects: schema errors and cross-checks (counts, subtotals, numbering, dates, phones)',
      )
      .argument('[inputs...]', 'files, folders, glob patterns or -')
      .addOption(
        new Option('--report <kind>', 'report format').choices(['human', 'json', 'sarif', 'github']).default('human'),
      )
      .option('--max-warnings <n>', 'exit 1 when there are more warnings than this (-1: no limit)', warningLimit)
      .option('--baseline <file>', 'report and fail only on findings not in this earlier --report json')
      .option(
        '--write-baseline <file>',
        'write the findings of this run to this file, as a baseline (the --report json form)',
      )
      .option('--info', 'show info diagnostics in the human and github reports'),
  )
    .addHelpText('after', VALIDATE_HELP)
    .action(async (inputs: string[], opts) => {
      const c = await withConfig(inputs, opts);
      const maxWarnings = opts.maxWarnings ?? c.config.maxWarnings;
      setExit(await validateCommand(c.inputs, { ...c.opts, maxWarnings, rules: c.config.rules }));
    });
}

function addInspect(program: Command, setExit: (code: number) => void): void {
  common(
    program
      .command('inspect')
      .description('outline of each file: documents with number, date and title, their sections, and record counts')
      .argument('[inputs...]', 'files, folders, glob patterns or -')
      .option('--depth <n>', 'section levels to show', nonNegativeInteger, 2),
  )
    .addHelpText('after', INSPECT_HELP)
    .action(async (inputs: string[], opts) => {
      const c = await withConfig(inputs, opts);
      setExit(await inspectCommand(c.inputs, c.opts));
    });
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('qhdocs')
    .description('Extract typed, validated, source-grounded records from Qinghai government gazette texts.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ outputError: (s, write) => write(s.startsWith('error:') ? `qhdocs: ${s.slice(7)}` : s) })
    .addHelpText('after', ROOT_HELP);
  addExtract(program, setExit);
  addValidate(program, setExit);
  addInspect(program, setExit);
  program
    .command('schema')
    .description(`print the JSON Schema of a type (${SCHEMA_NAMES.join(', ')}), or of all of them in one document`)
    .argument('[type]', 'record type or output part')
    .addHelpText('after', schemaHelp(SCHEMA_NAMES))
    .action((type: string | undefined) => setExit(schemaCommand(type)));
  program
    .command('codes')
    .description('list every diagnostic code with its severity and meaning (the names config "rules" take)')
    .addHelpText('after', CODES_HELP)
    .action(() => setExit(codesCommand()));
  return program;
}

/** what an error thrown out of a command means for the person who ran it, and the exit code */
function report(e: unknown, debug: boolean): number {
  if (e instanceof CommanderError) {
    // --help, help and --version exit 0; help shown because something was missing is a usage error
    return e.exitCode === 0 ? 0 : 2;
  }
  if (e instanceof UsageError || e instanceof DecodeError || e instanceof OutputError) {
    process.stderr.write(`qhdocs: ${printable(e.message)}\n`);
    return 2;
  }
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'EPIPE') return 0;
  const fs = describeFsError(err);
  if (fs) {
    process.stderr.write(`qhdocs: ${printable(fs)}\n`);
    if (debug) process.stderr.write(`${err.stack}\n`);
    return 2;
  }
  process.stderr.write(`qhdocs: internal error: ${printable(err?.message ?? String(e))}\n`);
  if (debug) process.stderr.write(`${err?.stack}\n`);
  else process.stderr.write('(run again with --debug for the stack trace)\n');
  return 70;
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => {
    code = c;
  });
  if (argv.length === 0) {
    // nothing asked: show what can be asked, and fail, so a script that lost its arguments does not pass
    program.outputHelp({ error: true });
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    return report(e, argv.includes('--debug'));
  }
}
