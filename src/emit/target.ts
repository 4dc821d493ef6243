import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { forgetPending, insideDir, rememberPending } from './atomic.js';
import { fileSink, OutputError, stdoutSink, type Sink } from './sink.js';
import { UsageError } from './records.js';

/**
 * Where a run's output goes: standard output, one named file, or a folder of files. An
 * emitter asks the target for a sink per output file it writes (`records.json`,
 * `projects.csv`, `tables/t1.csv` …); the target decides the real path. The run ends with
 * `commit()` (the output appears) or `abort()` (nothing of it remains).
 */
export interface Target {
  /** standard output: a one-file format only */
  readonly stdout: boolean;
  /** what messages call it */
  readonly name: string;
  /** a sink for the output file an emitter names; a folder target takes subfolders (`tables/t1.csv`) */
  open(fileName: string): Promise<Sink>;
  /** every file is closed: put the output in place */
  commit(): Promise<void>;
  /** the run failed: remove what was written */
  abort(): Promise<void>;
}

const nothing = async () => {};

export function stdoutTarget(): Target {
  return { stdout: true, name: 'standard output', open: async () => stdoutSink(), commit: nothing, abort: nothing };
}

/** the manifest a folder target writes last when its files could not be moved in as one */
export const MANIFEST = '.qhdocs-files.json';

/**
 * A folder. The run's files are written into a fresh hidden folder beside it, which
 * `commit` renames into place as a unit when `dir` does not exist or is empty, so two runs
 * into one `--out` never mix their files. When `dir` already holds files (of an earlier
 * run, or the user's own), each file is moved in atomically and a manifest naming this
 * run's files is written last.
 */
export function folderTarget(dir: string): Target {
  const root = resolve(dir);
  let staging: string | null = null;
  const written: string[] = [];
  const stage = async () => {
    if (staging) return staging;
    const parent = dirname(root);
    try {
      await mkdir(parent, { recursive: true });
      for (let attempt = 1; ; attempt++) {
        const path = join(parent, `.${basename(root)}.${randomBytes(8).toString('hex')}.tmp`);
        // named for removal before it exists: a signal while mkdir is under way still removes it
        rememberPending(path);
        // mkdir is exclusive: it fails rather than enter a folder (or link) that is already there
        try {
          await mkdir(path, { mode: 0o755 });
        } catch (e) {
          forgetPending(path);
          if ((e as NodeJS.ErrnoException).code === 'EEXIST' && attempt < 8) continue;
          throw e;
        }
        staging = path;
        return path;
      }
    } catch (e) {
      throw new OutputError(dir, e);
    }
  };
  return {
    stdout: false,
    name: dir,
    open: async (fileName) => {
      insideDir(root, fileName);
      const at = insideDir(await stage(), fileName);
      written.push(fileName);
      // messages name the file where it will be, not the hidden folder it is written in first
      return fileSink(at, join(dir, fileName));
    },
    commit: async () => {
      if (!staging) return;
      const from = staging;
      try {
        if (!(await renameWhole(from, root))) await moveEach(from, root, written);
      } catch (e) {
        throw new OutputError(dir, e);
      } finally {
        await rm(from, { recursive: true, force: true });
        forgetPending(from);
        staging = null;
      }
    },
    abort: async () => {
      if (!staging) return;
      await rm(staging, { recursive: true, force: true }).catch(() => {});
      forgetPending(staging);
      staging = null;
    },
  };
}

/** rename the staging folder to `dir` (allowed over an empty folder); false when `dir` has files */
async function renameWhole(from: string, dir: string): Promise<boolean> {
  try {
    await rename(from, dir);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOTDIR' || code === 'EISDIR') return false;
    throw e;
  }
}

/** move each file in by rename (each appears whole), then the manifest naming them, last */
async function moveEach(from: string, dir: string, names: string[]): Promise<void> {
  // a manifest present means its set is complete: an earlier one goes before any file moves
  await rm(join(dir, MANIFEST), { force: true });
  for (const name of names) {
    const to = insideDir(dir, name);
    await mkdir(dirname(to), { recursive: true });
    await rename(insideDir(from, name), to);
  }
  if (names.length > 1) {
    const sink = await fileSink(join(dir, MANIFEST));
    await sink.write(JSON.stringify({ files: [...names].sort() }, null, 2) + '\n');
    await sink.close();
  }
}

/** one file, named by the user: the emitter's single output goes there whatever it calls it */
export function fileTarget(path: string): Target {
  return { stdout: false, name: path, open: () => fileSink(path), commit: nothing, abort: nothing };
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
