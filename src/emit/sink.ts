import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { atomicTempPath, forgetPending, rememberPending } from './atomic.js';
import { dirname } from 'node:path';

/**
 * Where one output file's bytes go: standard output or a file written atomically. Every
 * write is checked: a short write (a full disk, a closed pipe) rejects with an
 * OutputError naming the target, so a run never ends with exit 0 on a cut file.
 */
export interface Sink {
  /** what a message calls it: `standard output` or the path */
  readonly name: string;
  write(chunk: string | Uint8Array): Promise<void>;
  /** finish: flush, and for files move the finished file into place */
  close(): Promise<void>;
  /** give up: a file sink removes what it wrote */
  abort(): Promise<void>;
}

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EEXIST: 'already exists',
  EIO: 'input/output error',
  EFBIG: 'file too large',
};

/** a failed write, worded for people: `cannot write to out/records.json: no space left on device` */
export class OutputError extends Error {
  constructor(
    readonly target: string,
    reason: unknown,
  ) {
    const code = (reason as NodeJS.ErrnoException)?.code;
    super(`cannot write to ${target}: ${(code && REASONS[code]) ?? (reason as Error)?.message ?? String(reason)}`);
  }
}

/** standard output: each write waits for its callback, which is where Node reports ENOSPC and EPIPE */
export function stdoutSink(): Sink {
  const name = 'standard output';
  return {
    name,
    write: (chunk) =>
      new Promise<void>((resolve, reject) => {
        process.stdout.write(chunk, (e) => (e ? reject(new OutputError(name, e)) : resolve()));
      }),
    close: async () => {},
    abort: async () => {},
  };
}

/**
 * A file written through a temporary file beside it, renamed over the target on close, so
 * readers see the old content or the new, never half of it.
 */
export async function fileSink(path: string): Promise<Sink> {
  let fh: FileHandle;
  let tmp: string;
  try {
    await mkdir(dirname(path), { recursive: true });
    tmp = atomicTempPath(path);
    fh = await open(tmp, 'wx', 0o644);
  } catch (e) {
    throw new OutputError(path, e);
  }
  rememberPending(tmp);
  let done = false;
  const finish = async (keep: boolean) => {
    if (done) return;
    done = true;
    try {
      if (keep) await fh.sync();
      await fh.close();
      if (keep) await rename(tmp, path);
    } catch (e) {
      await rm(tmp, { force: true });
      throw new OutputError(path, e);
    } finally {
      if (!keep) await rm(tmp, { force: true });
      forgetPending(tmp);
    }
  };
  return {
    name: path,
    write: async (chunk) => {
      try {
        // writeFile goes on from the current position until every byte is written
        await fh.writeFile(chunk);
      } catch (e) {
        await finish(false).catch(() => {});
        throw new OutputError(path, e);
      }
    },
    close: () => finish(true),
    abort: () => finish(false).catch(() => {}),
  };
}
