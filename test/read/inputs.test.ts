import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
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
