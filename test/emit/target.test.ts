import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { folderTarget, MANIFEST, writeWhole } from '../../src/emit/target.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'qh-target-'));

describe('folderTarget', () => {
  it('writes a set of files, subfolders too, into a fresh folder that appears as a unit', async () => {
    const base = tmp();
    const out = join(base, 'out');
    const t = folderTarget(out);
    await writeWhole(t, 'projects.csv', 'a\r\n');
    await writeWhole(t, 'tables/t1.csv', 'b\r\n');
    // nothing is visible before the commit
    expect(existsSync(out)).toBe(false);
    await t.commit();
    expect(readdirSync(out).sort()).toEqual(['projects.csv', 'tables']);
    expect(readFileSync(join(out, 'tables', 't1.csv'), 'utf8')).toBe('b\r\n');
    // and no hidden temporary folder stays beside it
    expect(readdirSync(base)).toEqual(['out']);
  });

  it('replaces an empty folder whole', async () => {
    const out = join(tmp(), 'out');
    mkdirSync(out);
    const t = folderTarget(out);
    await writeWhole(t, 'a.csv', 'x');
    await t.commit();
    expect(readdirSync(out)).toEqual(['a.csv']);
  });

  it('into a folder that holds files: each file moved in whole, then a manifest naming the run, last', async () => {
    const out = join(tmp(), 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'mine.txt'), 'keep');
    writeFileSync(join(out, 'projects.csv'), 'old');
    const t = folderTarget(out);
    await writeWhole(t, 'projects.csv', 'new');
    await writeWhole(t, 'tables/t1.csv', 't');
    await t.commit();
    expect(readFileSync(join(out, 'mine.txt'), 'utf8')).toBe('keep');
    expect(readFileSync(join(out, 'projects.csv'), 'utf8')).toBe('new');
    expect(JSON.parse(readFileSync(join(out, MANIFEST), 'utf8'))).toEqual({ files: ['projects.csv', 'tables/t1.csv'] });
    expect(readdirSync(join(out, '..')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('abort removes everything the run wrote', async () => {
    const base = tmp();
    const t = folderTarget(join(base, 'out'));
    await writeWhole(t, 'a.csv', 'x');
    await t.abort();
    expect(readdirSync(base)).toEqual([]);
  });

  it('refuses names that step outside', async () => {
    const t = folderTarget(join(tmp(), 'out'));
    await expect(t.open('../x.csv')).rejects.toThrow(/outside/);
    await expect(t.open('tables/../../x.csv')).rejects.toThrow(/outside/);
  });
});
