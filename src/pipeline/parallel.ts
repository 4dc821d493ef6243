/**
 * Multi-file runs across cores. Files go to worker threads as workers fall free, and the
 * results come back to the caller strictly in input order, so output and ids are the
 * same as in a single-threaded run. Only a few files are ever in flight beyond the one
 * being delivered, so a slow consumer (a pipe) keeps memory flat.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { InputFile } from '../read/inputs.js';
import type { EncodingName } from '../read/decode.js';
import { processRead, readFileBytes, type FileResult, type RunOptions } from './run.js';
import type { ParsedFile } from './parse-file.js';

export interface WorkerTask {
  index: number;
  file: InputFile;
  key: string;
  encoding?: EncodingName;
  only?: string[];
  validate?: boolean;
  jsonl?: RunOptions['jsonl'];
  text?: boolean;
}

export type WorkerReply =
  | {
      index: number;
      result: Omit<FileResult, 'parsed'> & { parsed: Omit<ParsedFile, 'src' | 'tables' | 'facts' | 'context'> | null };
      error?: undefined;
    }
  | { index: number; error: { message: string; stack: string }; result?: undefined };

export type Deliver = (r: FileResult, index: number) => void | Promise<void>;

/**
 * The compiled worker entry beside this module. Under vitest or tsx this module is the
 * TypeScript source, which a worker thread cannot load: such runs stay in-process.
 */
export function workerEntry(): URL | null {
  const here = import.meta.url;
  if (!/\.[cm]?js$/.test(here)) return null;
  // beside the compiled module, or beside the one-file bundle in dist/
  const candidates = /\.[cm]js$/.test(here) ? ['./qhdocs.worker.mjs', './pipeline/worker.js'] : ['./worker.js'];
  for (const c of candidates) {
    const url = new URL(c, here);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

/** run every file, in-process when `jobs` is 1 or workers are not available */
export async function processFiles(
  files: InputFile[],
  keys: string[],
  opts: RunOptions,
  jobs: number,
  deliver: Deliver,
): Promise<void> {
  const entry = workerEntry();
  // standard input belongs to the main thread
  const useWorkers = entry !== null && jobs > 1 && files.length > 1 && files.every((f) => f.absolute !== null);
  if (!useWorkers) {
    await processInOrder(files, keys, opts, 0, deliver);
    return;
  }
  // a worker thread that cannot start or dies takes nothing with it: the files not yet
  // delivered are done here, in the same order
  const from = await runWorkers(entry, files, keys, opts, Math.min(jobs, files.length), deliver);
  await processInOrder(files, keys, opts, from, deliver);
}

/** in this thread, one file after another */
async function processInOrder(
  files: InputFile[],
  keys: string[],
  opts: RunOptions,
  from: number,
  deliver: Deliver,
): Promise<void> {
  for (let i = from; i < files.length; i++)
    await deliver(processRead(files[i], await readFileBytes(files[i]), keys[i], opts), i);
}

/** the parent's node flags, less those that only make sense for the main script (node -e) */
function workerExecArgv(): string[] {
  const out: string[] = [];
  const a = process.execArgv;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === '-e' || a[i] === '--eval' || a[i] === '-p' || a[i] === '--print') {
      i++;
      continue;
    }
    if (/^--(input-type|eval|print)=/.test(a[i])) continue;
    out.push(a[i]);
  }
  return out;
}

class WorkerFailure extends Error {
  constructor(message: string, stack: string) {
    super(message);
    if (stack) this.stack = stack;
  }
}

/** deliver results from worker threads; returns how many were delivered (all, unless the workers broke) */
async function runWorkers(
  entry: URL,
  files: InputFile[],
  keys: string[],
  opts: RunOptions,
  jobs: number,
  deliver: Deliver,
): Promise<number> {
  const window = jobs * 2; // results waiting for their turn, at most
  const ready = new Map<number, WorkerReply>();
  const workers: Worker[] = [];
  const idle: Worker[] = [];
  let dispatched = 0;
  let delivered = 0;
  let failed: Error | null = null; // the workers broke (not a file's own error)
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  const task = (i: number): WorkerTask => ({
    index: i,
    file: files[i],
    key: keys[i],
    encoding: opts.encoding,
    only: opts.only ? [...opts.only] : undefined,
    validate: opts.validate,
    jsonl: opts.jsonl,
    text: opts.text,
  });
  const dispatch = () => {
    while (idle.length && dispatched < files.length && dispatched - delivered < window)
      idle.pop()!.postMessage(task(dispatched++));
  };

  try {
    for (let n = 0; n < jobs; n++) {
      const w = new Worker(entry, { execArgv: workerExecArgv() });
      w.on('message', (m: WorkerReply) => {
        ready.set(m.index, m);
        idle.push(w);
        dispatch();
        notify();
      });
      w.on('error', (e) => {
        failed ??= e;
        notify();
      });
      w.on('exit', (code) => {
        if (code !== 0 && delivered < files.length) {
          failed ??= new Error(`a worker thread stopped (exit ${code})`);
          notify();
        }
      });
      workers.push(w);
      idle.push(w);
    }
    dispatch();
    while (delivered < files.length) {
      if (failed) return delivered;
      const m = ready.get(delivered);
      if (!m) {
        await new Promise<void>((r) => {
          wake = r;
        });
        continue;
      }
      ready.delete(delivered);
      if (m.error) throw new WorkerFailure(m.error.message, m.error.stack);
      await deliver(m.result as FileResult, delivered);
      delivered++;
      dispatch();
    }
    return delivered;
  } finally {
    await Promise.all(
      workers.map((w) => {
        w.removeAllListeners('exit');
        return w.terminate();
      }),
    );
  }
}
