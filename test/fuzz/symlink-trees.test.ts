import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expandInputs } from '../../src/read/inputs.js';
import { params, runs } from './helpers.js';

/**
 * Random folder trees with files, links to files and links to folders (up, down, sideways,
 * to themselves): expanding a folder or a glob over them ends, and gives each real file at
 * most once; without --follow-symlinks it gives exactly the real files of the tree.
 */
const tree = fc.record({
  folders: fc.array(fc.nat(5), { minLength: 1, maxLength: 6 }),
  files: fc.array(fc.nat(6), { minLength: 1, maxLength: 8 }),
  links: fc.array(fc.record({ from: fc.nat(6), to: fc.nat(6), toFile: fc.boolean() }), { maxLength: 8 }),
});

function build(t: fc.RecordValue<typeof tree>): { root: string; realFiles: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'qh-fuzz-tree-'));
  const folders = [root];
  t.folders.forEach((parent, i) => {
    const dir = join(folders[parent % folders.length], `d${i}`);
    mkdirSync(dir);
    folders.push(dir);
  });
  const realFiles: string[] = [];
  t.files.forEach((at, i) => {
    const f = join(folders[at % folders.length], `f${i}.txt`);
    writeFileSync(f, `file ${i}\n`);
    realFiles.push(realpathSync(f));
  });
  t.links.forEach((l, i) => {
    const from = folders[l.from % folders.length];
    const to = l.toFile ? realFiles[l.to % realFiles.length] : folders[l.to % folders.length];
    symlinkSync(relative(from, to) || '.', join(from, l.toFile ? `l${i}.txt` : `l${i}`));
  });
  return { root, realFiles: realFiles.sort() };
}

describe('expanding symlink trees', () => {
  it('ends, and reads each real file once', async () => {
    await fc.assert(
      fc.asyncProperty(tree, fc.boolean(), fc.boolean(), async (t, follow, asGlob) => {
        const { root, realFiles } = build(t);
        try {
          const input = asGlob ? '**/*.txt' : '.';
          const r = await expandInputs([input], '**/*.txt', root, { followSymlinks: follow });
          const real = r.files.map((f) => realpathSync(f.absolute!));
          expect(new Set(real).size).toBe(real.length);
          expect([...real].sort()).toEqual(realFiles);
          expect(r.problems).toEqual([]);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { ...params(30), numRuns: Math.min(runs(30), 500) },
    );
  }, 120_000);
});
