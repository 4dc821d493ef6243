import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileKeys } from '../../src/pipeline/run.js';
import { runCli } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/parse.js';

const keysOf = (...paths: string[]) => fileKeys(paths.map((p) => ({ path: p, absolute: p })));

describe('fileKeys', () => {
  it('keeps the file name where it is unique (existing ids do not change)', () => {
    expect(keysOf('x/003_acdd.txt', 'y/004_64a2.txt', '-')).toEqual(['003_acdd', '004_64a2', 'stdin']);
  });

  it('numbers a name met again in the order given', () => {
    expect(keysOf('p/a.txt', 'q/a.txt', 'r/a.md')).toEqual(['a', 'a~2', 'a~3']);
  });

  it('never gives a key that another file is named after, in any order', () => {
    expect(keysOf('p/a.txt', 'q/a.txt', 'a~2.txt')).toEqual(['a', 'a~3', 'a~2']);
    expect(keysOf('a~2.txt', 'p/a.txt', 'q/a.txt')).toEqual(['a~2', 'a', 'a~3']);
    expect(keysOf('p/a.txt', 'a~2.txt', 'q/a.txt', 'a~3.txt', 'r/a.txt')).toEqual(['a', 'a~2', 'a~4', 'a~3', 'a~5']);
  });

  it('keeps keys apart as table file names too: case and characters a file name cannot hold', () => {
    expect(keysOf('A.txt', 'a.txt')).toEqual(['A', 'a~2']);
    expect(keysOf('a b.txt', 'a_b.txt')).toEqual(['a b', 'a_b~2']);
    expect(keysOf('p/a.txt', 'q/a.txt', 'a_2.txt')).toEqual(['a', 'a~3', 'a_2']);
  });

  it('is unique and deterministic on many colliding names', () => {
    const paths = Array.from({ length: 3000 }, (_, i) => (i % 3 ? `d${i}/a.txt` : `a~${i}.txt`));
    const keys = keysOf(...paths);
    expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(paths.length);
    expect(keysOf(...paths)).toEqual(keys);
  });
});

describe('a run over same-named files', () => {
  it('gives no duplicate-id for a~2.txt beside two a.txt in different folders', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qhdocs-keys-'));
    const seed = join(FIXTURES, '001_9f78a3f0e029c928.txt');
    for (const sub of ['p', 'q']) {
      mkdirSync(join(dir, sub));
      copyFileSync(seed, join(dir, sub, 'a.txt'));
    }
    copyFileSync(seed, join(dir, 'a~2.txt'));
    const r = await runCli(['extract', join(dir, 'p', 'a.txt'), join(dir, 'q', 'a.txt'), join(dir, 'a~2.txt')]);
    const out = JSON.parse(r.stdout);
    expect(out.diagnostics.filter((d: { code: string }) => d.code === 'duplicate-id')).toEqual([]);
    expect(out.records.documents.map((d: { id: string }) => d.id.split('#')[0])).toEqual(['a', 'a~3', 'a~2']);
  });
});
