import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve, sep, basename, isAbsolute } from 'node:path';

/**
 * A path inside `dir` for `name`, which may name a subfolder (`tables/t1.csv`); a name
 * that would step outside the folder (`..`, an absolute path) is refused.
 */
export function insideDir(dir: string, name: string): string {
  const root = resolve(dir);
  const target = resolve(root, name);
  const parts = name.split(/[\\/]/);
  if (
    !name ||
    isAbsolute(name) ||
    parts.some((p) => p === '..' || p === '.' || p === '') ||
    !target.startsWith(root + sep)
  )
    throw new Error(`refusing to write outside ${dir}: ${name}`);
  return target;
}

/**
 * Temporary files and folders being written: an interrupted run (Ctrl-C, kill, an error
 * that ends the process) removes them on its way out. Only `kill -9` can leave one, under
 * a hidden random name that no later run will open.
 */
const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function removePending(): void {
  for (const p of pending) rmSync(p, { force: true, recursive: true });
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removePending();
  unhook();
  // with our listener gone, the signal does what it would have done: end the process
  process.kill(process.pid, signal);
}

function hook(): void {
  if (pending.size !== 1) return;
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on('exit', removePending);
}

function unhook(): void {
  if (pending.size !== 0) return;
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.removeListener('exit', removePending);
}

/** a temporary name beside `path` that no one can predict (so no one can plant a link there) */
export function atomicTempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
}

/**
 * Create a new temporary file beside `path`, exclusively (`wx`: an existing name, such as
 * a link someone planted, is never opened), trying another random name if one is taken.
 */
export async function createTemp(path: string): Promise<{ tmp: string; fh: FileHandle }> {
  await mkdir(dirname(path), { recursive: true });
  for (let attempt = 1; ; attempt++) {
    const tmp = atomicTempPath(path);
    // named for removal before it exists: a signal while open is under way still removes it
    rememberPending(tmp);
    try {
      const fh = await open(tmp, 'wx', 0o644);
      return { tmp, fh };
    } catch (e) {
      forgetPending(tmp);
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 8) throw e;
    }
  }
}

/**
 * Create a new temporary folder in the system's temporary directory (mode 700), named for
 * removal before it exists: mkdtemp names it only once it is made, and a signal that came
 * between the making and the naming left it behind (the interrupted-run test caught that).
 */
export async function createTempDir(prefix: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const dir = join(tmpdir(), `${prefix}${randomBytes(6).toString('hex')}`);
    rememberPending(dir);
    try {
      await mkdir(dir, { mode: 0o700 });
      return dir;
    } catch (e) {
      forgetPending(dir);
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 8) throw e;
    }
  }
}

/** a temporary file or folder now exists: remove it if a signal ends the run */
export function rememberPending(tmp: string): void {
  pending.add(tmp);
  hook();
}

/** the temporary file is gone (renamed or removed) */
export function forgetPending(tmp: string): void {
  pending.delete(tmp);
  unhook();
}

/**
 * Write a file so that readers see either the old content or the new, never half of it:
 * write a temporary file beside it (created exclusively, under a random name, so a link
 * planted there is never followed), flush it, then rename over the target.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const { tmp, fh } = await createTemp(path);
  try {
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  } finally {
    forgetPending(tmp);
  }
}
