import { rename, rm, type FileHandle } from 'node:fs/promises';
import { fstatSync, writeSync } from 'node:fs';
import { isatty } from 'node:tty';
import { createTemp, forgetPending } from './atomic.js';
import { fsReason } from '../read/reasons.js';
import { utf8 } from './utf8.js';

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

/** a failed write, worded for people: `cannot write to out/records.json: no space left on device` */
export class OutputError extends Error {
  constructor(
    readonly target: string,
    reason: unknown,
  ) {
    super(`cannot write to ${target}: ${fsReason(reason)}`);
  }
}

/** the stream's own write, before anyone (a test harness capturing output) hooks it */
const nativeStdoutWrite = process.stdout.write;

/**
 * Standard output redirected to a file (`> out.json`) is written by Node with one
 * `writeSync` per chunk, whose short count on a filling disk it ignores: the file is cut
 * and the run would end with exit 0. For a file, then, every byte is written here, in a
 * loop that goes on after a short write and fails on the error that follows it.
 */
function stdoutIsFile(): boolean {
  if (process.stdout.write !== nativeStdoutWrite) return false;
  try {
    const st = fstatSync(1);
    // a character device that is no terminal (/dev/null) Node writes as a file too
    return st.isFile() || st.isBlockDevice() || (st.isCharacterDevice() && !isatty(1));
  } catch {
    return false;
  }
}

/** a chunk as the bytes written */
const bytesOf = (chunk: string | Uint8Array): Uint8Array => (typeof chunk === 'string' ? utf8(chunk) : chunk);

/**
 * Every byte of a chunk, written synchronously as Node writes a file standard output (a
 * thread-pool round trip per chunk bought nothing here); a short write goes on where it stopped.
 */
function writeAll(fd: number, chunk: string | Uint8Array): void {
  const buf = bytesOf(chunk);
  for (let off = 0; off < buf.length;) {
    const n = writeSync(fd, buf, off, buf.length - off);
    // a write that takes nothing and reports nothing: no room, as the next would say
    if (n === 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    off += n;
  }
}

/**
 * standard output: written here when it is a file or a device (see writeAll), else through
 * the stream, each write waiting for its callback, which is where Node reports ENOSPC and EPIPE
 */
export function stdoutSink(): Sink {
  const name = 'standard output';
  const direct = stdoutIsFile();
  return {
    name,
    write: (chunk) =>
      direct
        ? new Promise<void>((resolve, reject) => {
            try {
              writeAll(1, chunk);
              resolve();
            } catch (e) {
              reject(new OutputError(name, e));
            }
          })
        : new Promise<void>((resolve, reject) => {
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
export async function fileSink(path: string, shownAs = path): Promise<Sink> {
  let fh: FileHandle;
  let tmp: string;
  try {
    ({ tmp, fh } = await createTemp(path));
  } catch (e) {
    throw new OutputError(shownAs, e);
  }
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
      throw new OutputError(shownAs, e);
    } finally {
      if (!keep) await rm(tmp, { force: true });
      forgetPending(tmp);
    }
  };
  return {
    name: shownAs,
    write: async (chunk) => {
      try {
        // writeFile goes on from the current position until every byte is written
        await fh.writeFile(bytesOf(chunk));
      } catch (e) {
        await finish(false).catch(() => {});
        throw new OutputError(shownAs, e);
      }
    },
    close: () => finish(true),
    abort: () => finish(false).catch(() => {}),
  };
}
