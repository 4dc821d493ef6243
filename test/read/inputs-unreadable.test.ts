import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A folder no one may read. Tests here run as root, which chmod 000 does not stop, so the
 * refusal is planted in the folder reader: any folder named `locked` answers EACCES.
 */
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const readdir = (path: string, ...rest: unknown[]) => {
    const cb = rest[rest.length - 1] as (e: NodeJS.ErrnoException | null, x?: unknown) => void;
    if (String(path).endsWith('locked'))
      return cb(Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' }));
    return (real.readdir as (...a: unknown[]) => void)(path, ...rest);
  };
  return { ...real, readdir, default: { ...real, readdir } };
});

const { expandInputs } = await import('../../src/read/inputs.js');

describe('an unreadable folder costs only itself', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qh-locked-'));
  mkdirSync(join(dir, 'locked'));
  mkdirSync(join(dir, 'open'));
  writeFileSync(join(dir, 'locked', 'hidden.txt'), 'x');
  writeFileSync(join(dir, 'open', 'a.txt'), 'x');
  writeFileSync(join(dir, 'b.txt'), 'x');

  it('is one problem while the other files are found, for a folder walk and for a glob', async () => {
    for (const input of [dir, join(dir, '**/*.txt')]) {
      const r = await expandInputs([input], '**/*.txt', dir);
      expect(r.files.map((f) => f.path)).toEqual(['b.txt', join('open', 'a.txt')]);
      expect(r.problems).toEqual([{ path: 'locked', message: 'cannot read folder locked: permission denied' }]);
    }
  });
});

describe('through the CLI', () => {
  it('the run goes on: the other files are written, the folder is one error, exit 2', async () => {
    const { runCli } = await import('../helpers/cli.js');
    const dir = mkdtempSync(join(tmpdir(), 'qh-locked-cli-'));
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'hidden.txt'), '关于甲的通知\n');
    writeFileSync(join(dir, 'a.txt'), '关于做好工作的通知\n一、总体要求\n1.做好工作。\n');
    const r = await runCli(['extract', dir, '--format', 'jsonl', '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read folder .*locked: permission denied/);
    expect(r.stdout).toContain('"type":"document"');
    expect(r.stdout).toContain('"code":"input-unreadable"');
  });
});
