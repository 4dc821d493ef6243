import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync, execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/parse.js';

/**
 * A real full disk: a 64 KiB tmpfs, smaller than any of these outputs. Mounting needs root
 * (and a kernel that lets this container mount); elsewhere the tests are skipped, and the
 * /dev/full tests in sink.test.ts still cover standard output.
 */
const root = process.getuid?.() === 0;
const mnt = mkdtempSync(join(tmpdir(), 'qh-full-'));
let mounted = false;

beforeAll(() => {
  if (!root) return;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt], { stdio: 'ignore' });
    mounted = true;
  } catch {
    mounted = false;
  }
});

afterAll(() => {
  if (mounted) execFileSync('umount', [mnt], { stdio: 'ignore' });
});

const SEED = join(FIXTURES, '002_6bc5adcb762922b6.txt');

function extract(args: string[], stdout: 'pipe' | number = 'pipe', env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, ['bin/qhdocs.js', 'extract', SEED, '-q', ...args], {
    stdio: ['ignore', stdout, 'pipe'],
    encoding: 'utf8',
    env,
  });
}

/** what is in the small disk apart from the files a test put there */
const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('.'));

describe('a full disk (small tmpfs)', () => {
  it.each(['json', 'jsonl', 'csv'])(
    '--out fails the run with one line, exit 2, and leaves the old output whole (%s)',
    (format) => {
      if (!mounted) return;
      const dir = join(mnt, format);
      mkdirSync(dir);
      const out = format === 'csv' ? join(dir, 'csv') : join(dir, `r.${format}`);
      const keep = format === 'csv' ? join(dir, 'keep.txt') : out;
      writeFileSync(keep, 'previous');
      const p = extract(['-f', format, '-o', out]);
      expect(p.status).toBe(2);
      expect(p.stderr.trim()).toMatch(/^qhdocs: cannot write to .*: no space left on device$/);
      expect(p.stderr.trim().split('\n')).toHaveLength(1);
      expect(readFileSync(keep, 'utf8')).toBe('previous');
      expect(leftovers(dir)).toEqual([]);
      expect(leftovers(mnt)).toEqual([]);
    },
  );

  it('CSV to standard output redirected to the full disk fails with exit 2', () => {
    if (!mounted) return;
    const f = join(mnt, 'projects.csv');
    const fd = openSync(f, 'w');
    try {
      const p = extract(['-f', 'csv', '-t', 'projects'], fd);
      expect(p.status).toBe(2);
      expect(p.stderr.trim()).toBe('qhdocs: cannot write to standard output: no space left on device');
    } finally {
      closeSync(fd);
      writeFileSync(f, '');
    }
  });

  it('JSON whose spool (TMPDIR) fills up fails with exit 2 and removes its temporary files', () => {
    if (!mounted) return;
    const spool = join(mnt, 'spool');
    mkdirSync(spool);
    const p = extract(['-f', 'json'], 'pipe', { ...process.env, TMPDIR: spool });
    expect(p.status).toBe(2);
    expect(p.stderr.trim()).toMatch(/^qhdocs: cannot write to a temporary file in .*: no space left on device$/);
    expect(readdirSync(spool)).toEqual([]);
  });
});
