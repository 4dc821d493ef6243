import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve, sep, basename } from 'node:path';

/** a path inside `dir` for `name`; a name that would step outside the folder is refused */
export function insideDir(dir: string, name: string): string {
  const root = resolve(dir);
  const target = resolve(root, name);
  if (basename(name) !== name || (target !== root && !target.startsWith(root + sep))) throw new Error(`refusing to write outside ${dir}: ${name}`);
  return target;
}

/**
 * Write a file so that readers see either the old content or the new, never half of it:
 * write a temporary file beside it, flush it, then rename over the target.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const fh = await open(tmp, 'w');
  try {
    await fh.writeFile(data);
    await fh.sync();
  } catch (e) {
    await fh.close();
    await rm(tmp, { force: true });
    throw e;
  }
  await fh.close();
  try {
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
