import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { insideDir, writeFileAtomic } from '../../src/emit/atomic.js';
import { runCli } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/parse.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const tmp = (p: string) => mkdtempSync(join(tmpdir(), p));
const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('insideDir', () => {
  it('accepts plain names and names in subfolders', () => {
    expect(insideDir('out', 'records.json')).toBe(resolve('out', 'records.json'));
    expect(insideDir('/a/b/', 'tasks.csv')).toBe(`${sep}a${sep}b${sep}tasks.csv`);
    expect(insideDir('/a/b', 'tables/t1.csv')).toBe(`${sep}a${sep}b${sep}tables${sep}t1.csv`);
  });

  it.each(['../x.json', '..', '.', '', '/etc/passwd', `..${sep}..${sep}x`, 'sub/../../x', 'sub/../x', 'a//b'])(
    'refuses %s',
    (name) => {
      expect(() => insideDir('/tmp/out', name)).toThrow(/outside/);
    },
  );
});

describe('writeFileAtomic', () => {
  it('writes, creating the folder, and leaves no temporary file', async () => {
    const dir = join(tmp('qh-at-'), 'new', 'deeper');
    await writeFileAtomic(join(dir, 'a.json'), '{"a":1}\n');
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('{"a":1}\n');
    expect(leftovers(dir)).toEqual([]);
  });

  it('replaces an existing file whole', async () => {
    const dir = tmp('qh-at-');
    const f = join(dir, 'a.json');
    writeFileSync(f, 'old');
    await writeFileAtomic(f, new Uint8Array([0x6e, 0x65, 0x77]));
    expect(readFileSync(f, 'utf8')).toBe('new');
  });

  it('keeps the previous output when the write fails midway, and cleans up', async () => {
    const dir = tmp('qh-at-');
    const f = join(dir, 'records.json');
    writeFileSync(f, 'previous');
    // not writable data: the failure happens after the temporary file is opened
    await expect(writeFileAtomic(f, 42 as unknown as string)).rejects.toThrow();
    expect(readFileSync(f, 'utf8')).toBe('previous');
    expect(leftovers(dir)).toEqual([]);
  });

  it('keeps the previous output when the final rename fails, and cleans up', async () => {
    const dir = tmp('qh-at-');
    mkdirSync(join(dir, 'records.json'));
    writeFileSync(join(dir, 'records.json', 'keep'), 'x');
    await expect(writeFileAtomic(join(dir, 'records.json'), 'new')).rejects.toThrow();
    expect(readFileSync(join(dir, 'records.json', 'keep'), 'utf8')).toBe('x');
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('an interrupted write', () => {
  it('removes its temporary file on SIGTERM and leaves the previous file whole', async () => {
    const dir = tmp('qh-sig-');
    const target = join(dir, 'records.json');
    writeFileSync(target, 'previous');
    const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs');
    // a big write, and the signal while it is under way
    const script = `import { writeFileAtomic } from ${JSON.stringify(join(ROOT, 'src', 'emit', 'atomic.ts'))};
      const big = new Uint8Array(400 * 1024 * 1024).fill(120);
      const timer = setInterval(() => {}, 1000);
      writeFileAtomic(${JSON.stringify(target)}, big).then(() => { clearInterval(timer); });
      setTimeout(() => process.kill(process.pid, 'SIGTERM'), 30);`;
    const res = await new Promise<{ code: number | null; signal: string | null }>((done) => {
      const child = spawn(process.execPath, ['--import', tsx, '--input-type=module', '-e', script], {
        cwd: ROOT,
        stdio: 'ignore',
      });
      child.on('exit', (code, signal) => done({ code, signal }));
    });
    expect(res.signal).toBe('SIGTERM');
    expect(leftovers(dir)).toEqual([]);
    const text = readFileSync(target);
    // either untouched or (if the signal came late) the whole new file, never a part
    if (text.toString() !== 'previous') expect(text.length).toBe(400 * 1024 * 1024);
  }, 60_000);
});

describe('--out', () => {
  it('writes only its own files, inside the folder', async () => {
    const base = tmp('qh-out-');
    const out = join(base, 'a', '..', 'out');
    const r = await runCli([
      'extract',
      join(FIXTURES, '001_9f78a3f0e029c928.txt'),
      '--format',
      'csv',
      '--out',
      out,
      '--quiet',
    ]);
    expect(r.code).toBe(0);
    expect(readdirSync(base).sort()).toEqual(['out']);
    expect(readdirSync(join(base, 'out')).sort()).toEqual([
      'activities.csv',
      'contacts.csv',
      'datapackage.json',
      'documents.csv',
      'members.csv',
      'projects.csv',
      'tables.csv',
      'tasks.csv',
    ]);
    const j = await runCli([
      'extract',
      join(FIXTURES, '001_9f78a3f0e029c928.txt'),
      '--format',
      'jsonl',
      '--out',
      out,
      '--quiet',
    ]);
    expect(j.code).toBe(0);
    expect(readdirSync(base)).toEqual(['out']);
    expect(existsSync(join(base, 'out', 'records.jsonl'))).toBe(true);
  });
});

/**
 * A run killed at any moment must leave the previous output whole: either the old file
 * or the complete new one, never a truncated mix. The CLI runs from src/ through tsx so
 * the test does not depend on a fresh build.
 */
describe('a run killed midway', () => {
  it('leaves the previous records.json intact', async () => {
    const base = tmp('qh-kill-');
    const inputs = join(base, 'in');
    mkdirSync(inputs);
    const seeds = readdirSync(FIXTURES).filter((f) => /^00[0-3]_.*\.txt$/.test(f));
    for (let k = 0; k < 6; k++) for (const s of seeds) copyFileSync(join(FIXTURES, s), join(inputs, `${k}-${s}`));
    const out = join(base, 'out');
    mkdirSync(out);
    const previous = JSON.stringify({ previous: true, pad: 'x'.repeat(100_000) });
    writeFileSync(join(out, 'records.json'), previous);
    const script = `import { main } from ${JSON.stringify(join(ROOT, 'src', 'cli', 'main.ts'))}; main(['extract', ${JSON.stringify(inputs)}, '--out', ${JSON.stringify(out)}, '--quiet', '--jobs', '1']).then((c) => { process.exitCode = c; });`;
    const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs');
    const runOnce = (killAfterMs: number | null) =>
      new Promise<{ code: number | null; signal: string | null }>((done) => {
        const child = spawn(process.execPath, ['--import', tsx, '--input-type=module', '-e', script], {
          cwd: ROOT,
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let timer: NodeJS.Timeout | undefined;
        if (killAfterMs !== null) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        child.on('exit', (code, signal) => {
          if (timer) clearTimeout(timer);
          done({ code, signal });
        });
      });
    const seen = new Set<string>();
    for (const delay of [400, 1500]) {
      const r = await runOnce(delay);
      const text = readFileSync(join(out, 'records.json'), 'utf8');
      if (text === previous) seen.add('previous');
      else {
        // not the old file: then it must be the complete new one
        expect(() => JSON.parse(text)).not.toThrow();
        expect(JSON.parse(text).tool).toBe('qhdocs');
        seen.add('new');
        writeFileSync(join(out, 'records.json'), previous);
      }
      if (r.signal === 'SIGKILL') expect(readdirSync(out).filter((f) => f === 'records.json')).toHaveLength(1);
    }
    // a complete run replaces it
    const full = await runOnce(null);
    expect(full.code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'records.json'), 'utf8')).files.length).toBe(seeds.length * 6);
    expect(seen.has('previous')).toBe(true);
  }, 120_000);
});
