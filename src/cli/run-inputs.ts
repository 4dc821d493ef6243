import { expandInputs, type InputFile } from '../read/inputs.js';
import { encodingLabel } from '../read/decode.js';
import { fileKeys, processFile, type FileResult, type RunOptions } from '../pipeline/run.js';
import { UsageError } from '../emit/records.js';
import { Progress } from './progress.js';

export interface CommonOptions {
  glob?: string;
  encoding?: string;
  quiet?: boolean;
  debug?: boolean;
}

export interface InputProblem { path: string; message: string }

/**
 * Resolve the inputs and run every file through the pipeline, handing each result to
 * `onFile` in input order as soon as it is ready, so JSONL output can stream. A file
 * that cannot be read is reported and the run goes on.
 */
export async function runInputs(
  inputs: string[],
  opts: CommonOptions,
  runOpts: RunOptions,
  onFile: (r: FileResult, index: number, file: InputFile) => void | Promise<void>,
): Promise<{ problems: InputProblem[]; files: InputFile[] }> {
  if (inputs.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('no input files (give files, folders, glob patterns, or - for standard input)');
    inputs = ['-'];
  }
  const encoding = opts.encoding ? encodingLabel(opts.encoding) : undefined;
  const { files, missing } = await expandInputs(inputs, opts.glob ?? '**/*.txt');
  const problems: InputProblem[] = missing.map((m) => ({ path: m, message: `no such file or folder: ${m}` }));
  const keys = fileKeys(files);
  const progress = new Progress(files.length, !opts.quiet);
  for (let i = 0; i < files.length; i++) {
    const r = await processFile(files[i], keys[i], { ...runOpts, encoding });
    if (r.failure) problems.push({ path: files[i].path, message: r.failure });
    progress.tick(r.info?.bytes ?? 0);
    await onFile(r, i, files[i]);
  }
  progress.done();
  return { problems, files };
}
