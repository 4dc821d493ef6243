import * as fs from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve, relative, isAbsolute } from 'node:path';
import fg from 'fast-glob';
import { fsReason } from './reasons.js';

export interface InputFile {
  /** as shown in output: the path relative to the working directory when below it */
  path: string;
  absolute: string | null; // null for stdin
}

/** something given or found that cannot be read: one error for it, and the run goes on */
export interface InputProblem {
  path: string;
  message: string;
}

export interface ExpandOptions {
  /** follow symbolic links to folders inside folders and patterns (a loop still ends) */
  followSymlinks?: boolean;
}

export class InputError extends Error {}

export const GLOB_CHARS = /[*?[\]{}]/;

/** what a path that is neither a file nor a folder is, for its own message */
function specialKind(st: fs.Stats): string | null {
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return null;
}

type ReaddirCallback = (err: NodeJS.ErrnoException | null, entries: fs.Dirent[] | string[]) => void;

/**
 * The folder reader fast-glob walks with: a folder that cannot be read becomes one problem
 * and an empty listing, so the rest of the walk goes on; a folder already listed (by
 * device and inode, as a symlink loop reaches it again and again) is listed once.
 */
function walkerFs(problems: InputProblem[], shown: (abs: string) => string) {
  const listed = new Set<string>();
  const readdir = (dir: string, opts: unknown, cb?: ReaddirCallback) => {
    const done = (cb ?? (opts as ReaddirCallback)) as ReaddirCallback;
    const options = (cb ? opts : {}) as { withFileTypes?: boolean };
    fs.stat(dir, (err, st) => {
      if (!err) {
        const key = `${st.dev}:${st.ino}`;
        if (listed.has(key)) return done(null, []);
        listed.add(key);
      }
      const listing = (e: NodeJS.ErrnoException | null, entries: fs.Dirent[] | string[]) => {
        if (e && e.code !== 'ENOENT')
          problems.push({ path: shown(dir), message: `cannot read folder ${shown(dir)}: ${fsReason(e)}` });
        done(null, e ? [] : entries);
      };
      if (options.withFileTypes) fs.readdir(dir, { withFileTypes: true }, listing);
      else fs.readdir(dir, listing);
    });
  };
  return { readdir } as unknown as fg.Options['fs'];
}

/**
 * Expand the command line: files as given, directories recursively (by `glob`, default
 * *.txt), glob patterns through fast-glob, `-` for standard input. Order is stable: inputs
 * in the order given, files of a directory or pattern sorted. Globs do not follow symbolic
 * links to folders unless asked, each real file (device and inode) is read once, and a
 * folder or file that cannot be read is a problem while the rest goes on.
 */
export async function expandInputs(
  inputs: string[],
  glob = '**/*.txt',
  cwd = process.cwd(),
  opts: ExpandOptions = {},
): Promise<{ files: InputFile[]; missing: string[]; problems: InputProblem[] }> {
  const files: InputFile[] = [];
  const missing: string[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const shown = (abs: string) => {
    const rel = relative(cwd, abs);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
  };
  const add = async (abs: string) => {
    // the file itself, through any link: one real file is read once however it is reached
    const st = await stat(abs).catch(() => null);
    const key = st ? `${st.dev}:${st.ino}` : abs;
    if (seen.has(key)) return;
    seen.add(key);
    files.push({ path: shown(abs), absolute: abs });
  };
  const walk = async (pattern: string, base: string) => {
    const found = await fg(pattern, {
      cwd: base,
      absolute: true,
      onlyFiles: true,
      dot: false,
      followSymbolicLinks: !!opts.followSymlinks,
      fs: walkerFs(problems, shown),
    });
    found.sort();
    for (const f of found) await add(f);
    return found.length;
  };
  for (const input of inputs) {
    if (input === '-') {
      files.push({ path: '-', absolute: null });
      continue;
    }
    const abs = resolve(cwd, input);
    const st = await stat(abs).catch((e: NodeJS.ErrnoException) => e);
    if (st instanceof fs.Stats && st.isDirectory()) {
      // a folder in which the glob finds nothing is as much an input error as a missing file
      if ((await walk(glob, abs)) === 0)
        problems.push({ path: input, message: `no file in folder ${input} matches ${glob} (--glob)` });
    } else if (st instanceof fs.Stats && st.isFile()) await add(abs);
    else if (st instanceof fs.Stats && specialKind(st))
      problems.push({
        path: input,
        message: `${input} is ${specialKind(st)}, not a file (to read a stream, give - and pipe it in)`,
      });
    else if (GLOB_CHARS.test(input)) {
      if ((await walk(input, cwd)) === 0) missing.push(input);
    } else if (st instanceof Error && st.code !== 'ENOENT' && st.code !== 'ENOTDIR')
      problems.push({ path: input, message: `cannot read ${input}: ${fsReason(st)}` });
    else missing.push(input);
  }
  return { files, missing, problems };
}
