import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandInputs } from '../../src/read/inputs.js';

describe('expandInputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qh-inputs-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'b.txt'), 'x');
  writeFileSync(join(dir, 'sub', 'a.txt'), 'x');
  writeFileSync(join(dir, 'c.md'), 'x');

  it('walks folders recursively for *.txt in a stable order', async () => {
    const r = await expandInputs([dir], '**/*.txt', dir);
    expect(r.files.map((f) => f.path)).toEqual(['b.txt', join('sub', 'a.txt')]);
  });

  it('takes glob patterns, another --glob, and reports what is missing', async () => {
    const r = await expandInputs(['*.md', 'nope.txt'], '**/*.txt', dir);
    expect(r.files.map((f) => f.path)).toEqual(['c.md']);
    expect(r.missing).toEqual(['nope.txt']);
    const md = await expandInputs(['.'], '**/*.md', dir);
    expect(md.files.map((f) => f.path)).toEqual(['c.md']);
  });

  it('keeps - for standard input', async () => {
    const r = await expandInputs(['-'], '**/*.txt', dir);
    expect(r.files).toEqual([{ path: '-', absolute: null }]);
  });
});

describe('globs that terminate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qh-links-'));
  mkdirSync(join(dir, 'loop', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'loop', 'a.txt'), 'x');
  writeFileSync(join(dir, 'loop', 'sub', 'b.txt'), 'x');
  // a link back to its own folder, and one from deep inside to the top: both loops
  symlinkSync('.', join(dir, 'loop', 'self'));
  symlinkSync('..', join(dir, 'loop', 'sub', 'up'));
  const outside = mkdtempSync(join(tmpdir(), 'qh-outside-'));
  writeFileSync(join(outside, 'far.txt'), 'x');
  symlinkSync(outside, join(dir, 'loop', 'far'));
  symlinkSync(join(dir, 'loop', 'a.txt'), join(dir, 'loop', 'alias.txt'));

  it('a glob over a symlink loop ends, follows no folder link, and reads each file once', async () => {
    const r = await expandInputs(['loop/**/*.txt'], '**/*.txt', dir);
    expect(r.files.map((f) => f.path).sort()).toEqual([join('loop', 'a.txt'), join('loop', 'sub', 'b.txt')]);
    expect(r.problems).toEqual([]);
  });

  it('a folder walk does the same', async () => {
    const r = await expandInputs([join(dir, 'loop')], '**/*.txt', dir);
    expect(r.files.map((f) => f.path).sort()).toEqual([join('loop', 'a.txt'), join('loop', 'sub', 'b.txt')]);
  });

  it('--follow-symlinks follows folder links, still ends on loops, and still reads each real file once', async () => {
    const r = await expandInputs(['loop/**/*.txt'], '**/*.txt', dir, { followSymlinks: true });
    const real = r.files.map((f) => realpathSync(f.absolute!)).sort();
    expect(real).toEqual(
      [join(dir, 'loop', 'a.txt'), join(dir, 'loop', 'sub', 'b.txt'), join(outside, 'far.txt')]
        .map((p) => realpathSync(p))
        .sort(),
    );
  });

  it('a FIFO given by name gets its own message', async () => {
    const fifo = join(dir, 'pipe.txt');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      return; // no mkfifo here
    }
    const r = await expandInputs([fifo], '**/*.txt', dir);
    expect(r.files).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(r.problems[0].message).toMatch(/named pipe \(FIFO\), not a file/);
  });
});
