import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { FIXTURES } from '../../helpers/parse.js';

const seed = join(FIXTURES, '001_9f78a3f0e029c928.txt');
const dir = mkdtempSync(join(tmpdir(), 'qhdocs-html-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--format html', () => {
  it('writes review.html inside an --out folder, or to --out itself when it ends in .html', async () => {
    const folder = join(dir, 'out');
    expect((await runCli(['extract', seed, '--format', 'html', '--out', folder, '--quiet'])).code).toBe(0);
    const named = join(dir, 'mine.html');
    expect((await runCli(['extract', seed, '--format', 'html', '--out', named, '--quiet'])).code).toBe(0);
    expect(existsSync(join(folder, 'review.html'))).toBe(true);
    expect(readFileSync(named, 'utf8')).toBe(readFileSync(join(folder, 'review.html'), 'utf8'));
  });

  it('prints the page without --out, with the decoded text and its records', async () => {
    const r = await runCli(['extract', seed, '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    const text = readFileSync(seed, 'utf8');
    const firstLine = text.slice(0, text.indexOf('\n')).replace(/\s+$/, '');
    expect(r.stdout).toContain(firstLine.slice(0, 8));
    expect(r.stdout).toMatch(/<mark class="k-document d0" data-r="0">/);
  });

  it('lists an unreadable input among the diagnostics and still writes the others', async () => {
    const r = await runCli(['extract', seed, join(dir, 'missing.txt'), '--format', 'html']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('input-unreadable');
  });
});
