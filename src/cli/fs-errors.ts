import { basename, dirname, relative, sep } from 'node:path';

/** the file-system errors a person can act on, in words */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'no such file or folder',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EEXIST: 'something is already there',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  EDQUOT: 'disk quota exceeded',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
};

/** the temporary file an atomic write makes beside its target (`.records.json.<pid>.<time>.tmp`) */
const TEMP_FILE = /^\..+\.\d+\.[0-9a-z]+\.tmp$/;

const WRITES = new Set(['mkdir', 'rename', 'write', 'unlink', 'rmdir', 'fsync', 'copyfile']);

function shown(path: string, folder: boolean): string {
  const rel = relative(process.cwd(), path);
  const p = rel && !rel.startsWith('..') ? rel : path;
  return folder && !p.endsWith(sep) ? p + sep : p;
}

/**
 * One line for a file-system error, or null when it is not one: `cannot write to export/:
 * permission denied`. A temporary file's name is never shown: the folder it was being
 * written into is.
 */
export function describeFsError(err: NodeJS.ErrnoException): string | null {
  const reason = err?.code ? REASONS[err.code] : undefined;
  if (!reason) return null;
  const path = err.path ?? (err as { dest?: string }).dest;
  if (!path) return `${reason}`;
  if (TEMP_FILE.test(basename(path))) return `cannot write to ${shown(dirname(path), true)}: ${reason}`;
  if (err.syscall === 'mkdir') return `cannot create folder ${shown(path, true)}: ${reason}`;
  if (WRITES.has(err.syscall ?? '')) return `cannot write to ${shown(path, false)}: ${reason}`;
  return `cannot open ${shown(path, err.syscall === 'scandir' || err.code === 'EISDIR')}: ${reason}`;
}
