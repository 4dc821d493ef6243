import { mkdir, open, rename, rm } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve, sep, basename } from 'node:path';

/** a path inside `dir` for `name`; a name that would step outside the folder is refused */
export function insideDir(dir: string, name: string): string {
  const root = resolve(dir);
  const target = resolve(root, name);
  if (basename(name) !== name || (target !== root && !target.startsWith(root + sep)))
    throw new Error(`refusing to write outside ${dir}: ${name}`);
  return target;
}

/** temporary files being written: an interrupted run (Ctrl-C, kill) removes them on its way out */
const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function onSignal(signal: NodeJS.Signals): void {
  for (const p of pending) rmSync(p, { force: true });
  pending.clear();
  unhook();
  // with our listener gone, the signal does what it would have done: end the process
  process.kill(process.pid, signal);
}

function hook(): void {
  if (pending.size === 1) for (const s of SIGNALS) process.on(s, onSignal);
}

function unhook(): void {
  if (pending.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
}

/** a temporary name beside `path` that no one can predict (so no one can plant a link there) */
export function atomicTempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
}

/** a temporary file now exists: remove it if a signal ends the run */
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
  await mkdir(dirname(path), { recursive: true });
  const tmp = atomicTempPath(path);
  const fh = await open(tmp, 'wx', 0o644);
  rememberPending(tmp);
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
