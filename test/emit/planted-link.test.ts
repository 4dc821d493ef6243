import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The temporary names are random; here they are made known in advance (the first name
 * drawn is always the same), so a link can be planted at the exact path a sink will try.
 */
let draws = 0;
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  const randomBytes = (n: number) => (draws++ % 2 === 0 ? Buffer.alloc(n, 0xab) : real.randomBytes(n));
  return { ...real, randomBytes, default: { ...real, randomBytes } };
});

const { fileSink } = await import('../../src/emit/sink.js');
const { atomicTempPath, writeFileAtomic } = await import('../../src/emit/atomic.js');

describe('a link planted at the very temporary path', () => {
  it('is never followed by a file sink or an atomic write: another name is drawn', async () => {
    for (const write of [
      async (p: string) => {
        const s = await fileSink(p);
        await s.write('new');
        await s.close();
      },
      (p: string) => writeFileAtomic(p, 'new'),
    ]) {
      const dir = mkdtempSync(join(tmpdir(), 'qh-plant-'));
      const victim = join(mkdtempSync(join(tmpdir(), 'qh-victim-')), 'victim.txt');
      writeFileSync(victim, 'keep');
      const target = join(dir, 'records.json');
      draws = 0;
      const planted = atomicTempPath(target);
      symlinkSync(victim, planted);
      draws = 0;
      await write(target);
      expect(readFileSync(victim, 'utf8')).toBe('keep');
      expect(readFileSync(target, 'utf8')).toBe('new');
      expect(readdirSync(dir).sort()).toEqual([planted.slice(dir.length + 1), 'records.json'].sort());
    }
  });
});

describe('a link planted at the very temporary folder path', () => {
  it('is never entered by a folder target', async () => {
    const { folderTarget, writeWhole } = await import('../../src/emit/target.js');
    const base = mkdtempSync(join(tmpdir(), 'qh-plantdir-'));
    const elsewhere = mkdtempSync(join(tmpdir(), 'qh-elsewhere-'));
    const out = join(base, 'out');
    draws = 0;
    // the staging folder is named like a temporary file beside out
    const planted = atomicTempPath(out);
    symlinkSync(elsewhere, planted);
    draws = 0;
    const t = folderTarget(out);
    await writeWhole(t, 'projects.csv', 'x');
    await t.commit();
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(readFileSync(join(out, 'projects.csv'), 'utf8')).toBe('x');
  });
});
