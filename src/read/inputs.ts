import { stat } from 'node:fs/promises';
import { resolve, relative, isAbsolute } from 'node:path';
import fg from 'fast-glob';

export interface InputFile {
  /** as shown in output: the path relative to the working directory when below it */
  path: string;
  absolute: string | null; // null for stdin
}

export class InputError extends Error {}

export const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Expand the command line: files as given, directories recursively (by `glob`, default
 * *.txt), glob patterns through fast-glob, `-` for standard input. Order is stable: inputs
 * in the order given, files of a directory or pattern sorted.
 */
export async function expandInputs(
  inputs: string[],
  glob = '**/*.txt',
  cwd = process.cwd(),
): Promise<{ files: InputFile[]; missing: string[]; emptyFolders: string[] }> {
  const files: InputFile[] = [];
  const missing: string[] = [];
  // a folder in which the glob finds nothing is as much an input error as a missing file
  const emptyFolders: string[] = [];
  const seen = new Set<string>();
  const add = (abs: string) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    const rel = relative(cwd, abs);
    files.push({ path: rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs, absolute: abs });
  };
  for (const input of inputs) {
    if (input === '-') {
      files.push({ path: '-', absolute: null });
      continue;
    }
    const abs = resolve(cwd, input);
    const st = await stat(abs).catch(() => null);
    if (st?.isDirectory()) {
      const found = await fg(glob, {
        cwd: abs,
        absolute: true,
        onlyFiles: true,
        dot: false,
        followSymbolicLinks: false,
      });
      found.sort();
      if (found.length === 0) emptyFolders.push(input);
      for (const f of found) add(f);
    } else if (st?.isFile()) {
      add(abs);
    } else if (GLOB_CHARS.test(input)) {
      const found = await fg(input, { cwd, absolute: true, onlyFiles: true });
      found.sort();
      if (found.length === 0) missing.push(input);
      for (const f of found) add(f);
    } else {
      missing.push(input);
    }
  }
  return { files, missing, emptyFolders };
}
