import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { expandInputs, GLOB_CHARS, type InputFile, type InputProblem } from '../read/inputs.js';
import { encodingLabel } from '../read/decode.js';
import { fileKeys, type FileResult, type RunOptions } from '../pipeline/run.js';
import { processFiles } from '../pipeline/parallel.js';
import { UsageError } from '../emit/records.js';
import { Progress } from './progress.js';

export interface CommonOptions {
  glob?: string;
  encoding?: string;
  quiet?: boolean;
  debug?: boolean;
  /** worker threads: a number, or unset for one per core on multi-file runs */
  jobs?: string | number;
  /** globs and folder walks follow symbolic links to folders (loops still end) */
  followSymlinks?: boolean;
}

export type { InputProblem };

/** one line for an input that names no file: a pattern that matches none, or a path that is not there */
function unmatched(input: string): string {
  return GLOB_CHARS.test(input) ? `no file matches ${input}` : `no such file or folder: ${input}`;
}

/** below this much input, starting worker threads costs more than it saves */
const PARALLEL_MIN_BYTES = 1 << 20;

/** the number of worker threads for this run; 1 means in-process */
export async function jobCount(jobs: string | number | undefined, files: InputFile[]): Promise<number> {
  if (jobs !== undefined && jobs !== '') {
    const n = Number(jobs);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs takes a whole number of 1 or more, not "${jobs}"`);
    return Math.min(n, Math.max(1, files.length));
  }
  if (files.length < 2) return 1;
  let bytes = 0;
  for (const f of files) {
    if (!f.absolute) return 1;
    bytes += (await stat(f.absolute).catch(() => null))?.size ?? 0;
    if (bytes >= PARALLEL_MIN_BYTES) break;
  }
  // Measured here: on a machine reporting two cores the parsers are memory-bound and two
  // threads finish later than one, so workers start at four cores; three at most keeps a
  // JSONL run's memory near 300 MB (each worker holds its own heap).
  const cores = availableParallelism();
  if (cores <= 2 || bytes < PARALLEL_MIN_BYTES) return 1;
  return Math.min(files.length, cores - 1, 3);
}

/**
 * Resolve the inputs and run every file through the pipeline, handing each result to
 * `onFile` in input order as soon as it is ready, so JSONL output can stream. Files are
 * spread over worker threads (--jobs) with the same order and ids as a run in one
 * thread. A file that cannot be read is reported and the run goes on.
 */
export async function runInputs(
  inputs: string[],
  opts: CommonOptions,
  runOpts: RunOptions,
  onFile: (r: FileResult, index: number, file: InputFile) => void | Promise<void>,
): Promise<{ problems: InputProblem[]; files: InputFile[] }> {
  // no inputs: standard input when it is piped; empty, it means the inputs were lost (a CI
  // variable unset), and a run over nothing must not pass
  const implicitStdin = inputs.length === 0;
  if (implicitStdin) {
    if (process.stdin.isTTY)
      throw new UsageError('no input files (give files, folders, glob patterns, or - for standard input)');
    inputs = ['-'];
  }
  const encoding = opts.encoding ? encodingLabel(opts.encoding) : undefined;
  const found = await expandInputs(inputs, opts.glob ?? '**/*.txt', process.cwd(), {
    followSymlinks: opts.followSymlinks,
  });
  const { files, missing } = found;
  const problems: InputProblem[] = missing.map((m) => ({ path: m, message: unmatched(m) }));
  for (const p of found.problems) problems.push(p);
  const keys = fileKeys(files);
  const jobs = await jobCount(opts.jobs, files);
  const progress = new Progress(files.length, !opts.quiet);
  await processFiles(files, keys, { ...runOpts, encoding }, jobs, async (r, i) => {
    if (r.failure) problems.push({ path: files[i].path, message: r.failure });
    else if (implicitStdin && r.info?.bytes === 0)
      problems.push({ path: '-', message: 'no input files given, and standard input is empty' });
    progress.tick(r.info?.bytes ?? 0);
    await onFile(r, i, files[i]);
  });
  progress.done();
  return { problems, files };
}
