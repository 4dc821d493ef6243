import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURES } from '../helpers/parse.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const tmp = (p: string) => mkdtempSync(join(tmpdir(), p));

/** an archive big enough that a run is still going when the signal comes */
function archive(): string {
  const dir = tmp('qh-int-in-');
  const seeds = readdirSync(FIXTURES).filter((f) => /^\d{3}_.*\.txt$/.test(f));
  for (let k = 0; k < 40; k++) for (const s of seeds) copyFileSync(join(FIXTURES, s), join(dir, `${k}-${s}`));
  return dir;
}

/** run the CLI, and send SIGTERM once `ready` sees its temporary output */
function interrupt(args: string[], env: NodeJS.ProcessEnv, ready: () => boolean) {
  return new Promise<{ code: number | null; signal: string | null }>((done) => {
    const child = spawn(process.execPath, ['bin/qhdocs.js', ...args], { cwd: ROOT, stdio: 'ignore', env });
    const poll = setInterval(() => {
      if (ready()) {
        clearInterval(poll);
        child.kill('SIGTERM');
      }
    }, 5);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      done({ code, signal });
    });
  });
}

describe('a run ended by a signal leaves no temporary file or folder', () => {
  const input = archive();

  it('JSON: the spool folder in TMPDIR goes', async () => {
    const spool = tmp('qh-int-spool-');
    const res = await interrupt(['extract', input, '-q', '--jobs', '1'], { ...process.env, TMPDIR: spool }, () =>
      readdirSync(spool).some((f) => f.startsWith('qhdocs-json-')),
    );
    expect(res.signal).toBe('SIGTERM');
    expect(readdirSync(spool)).toEqual([]);
  }, 120_000);

  it('CSV --out: the hidden folder beside --out goes, and the earlier output stays whole', async () => {
    const base = tmp('qh-int-out-');
    const out = join(base, 'out');
    mkdirSync(out);
    copyFileSync(
      join(
        FIXTURES,
        readdirSync(FIXTURES).find((f) => f.endsWith('.txt'))!,
      ),
      join(out, 'keep.txt'),
    );
    const before = readFileSync(join(out, 'keep.txt'));
    const res = await interrupt(['extract', input, '-q', '--jobs', '1', '-f', 'csv', '-o', out], process.env, () =>
      readdirSync(base).some((f) => f.endsWith('.tmp')),
    );
    // the CSV files are written at the end: on a loaded machine the run may finish first
    expect(res.signal === 'SIGTERM' || res.code === 0).toBe(true);
    expect(readdirSync(base)).toEqual(['out']);
    if (res.signal) expect(readdirSync(out)).toEqual(['keep.txt']);
    expect(readFileSync(join(out, 'keep.txt'))).toEqual(before);
  }, 120_000);
});
