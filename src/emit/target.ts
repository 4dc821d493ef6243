import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { insideDir } from './atomic.js';
import { fileSink, stdoutSink, type Sink } from './sink.js';
import { UsageError } from './records.js';

/**
 * Where a run's output goes: standard output, one named file, or a folder of files. An
 * emitter asks the target for a sink per output file it writes (`records.json`,
 * `projects.csv` …); the target decides the real path.
 */
export interface Target {
  /** standard output: a one-file format only */
  readonly stdout: boolean;
  /** what messages call it */
  readonly name: string;
  /** a sink for the output file an emitter names */
  open(fileName: string): Promise<Sink>;
}

export function stdoutTarget(): Target {
  return { stdout: true, name: 'standard output', open: async () => stdoutSink() };
}

/** a folder: every file the emitter names is written inside it, never outside */
export function folderTarget(dir: string): Target {
  return { stdout: false, name: dir, open: (fileName) => fileSink(insideDir(dir, fileName)) };
}

/** one file, named by the user: the emitter's single output goes there whatever it calls it */
export function fileTarget(path: string): Target {
  return { stdout: false, name: path, open: () => fileSink(path) };
}

/**
 * The target for `--out`: a one-file format writes to `--out` itself when it ends in the
 * format's extension (`-o result.json`), otherwise into `--out` as a folder. A folder
 * format refuses an existing file.
 */
export async function resolveTarget(out: string | undefined, oneFile: string | null): Promise<Target> {
  if (out === undefined) return stdoutTarget();
  if (oneFile && extname(out).toLowerCase() === extname(oneFile).toLowerCase()) return fileTarget(out);
  const st = await stat(out).catch(() => null);
  if (st && !st.isDirectory()) throw new UsageError(`--out ${out} is a file; this format writes a folder of files`);
  return folderTarget(out);
}

/** write one whole output file through the target; a failed write leaves nothing behind */
export async function writeWhole(target: Target, fileName: string, data: string | Uint8Array): Promise<void> {
  const sink = await target.open(fileName);
  try {
    await sink.write(data);
    await sink.close();
  } catch (e) {
    await sink.abort();
    throw e;
  }
}
