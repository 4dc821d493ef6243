import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/parse.js';
import { describeFsError } from '../../src/cli/fs-errors.js';
import { spawnSync } from 'node:child_process';

const oneLine = (s: string) => s.trimEnd().split('\n');

describe('inputs that match nothing are an input error', () => {
  it.each([
    ['an empty folder', () => mkdtempSync(join(tmpdir(), 'qh-empty-')), /no file in folder .* matches \*\*\/\*\.txt/],
    ['an unmatched glob', () => join(tmpdir(), 'qh-none-*', '*.txt'), /no file matches .*qh-none-\*/],
    ['a missing file', () => join(tmpdir(), 'qh-no-such-file.txt'), /no such file or folder: .*qh-no-such-file/],
  ])('%s: exit 2 and one line naming it', async (_what, input, message) => {
    for (const cmd of ['validate', 'extract', 'inspect']) {
      const r = await runCli([cmd, input(), '--quiet']);
      expect(r.code).toBe(2);
      expect(oneLine(r.stderr)).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
  });

  it('no inputs and an empty standard input (inputs lost in a script): exit 2', () => {
    // the built CLI, with /dev/null as standard input, as a CI step without input has
    const p = spawnSync(process.execPath, ['bin/qhdocs.js', 'validate', '--quiet'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    expect(p.status).toBe(2);
    expect(p.stderr).toBe('qhdocs: no input files given, and standard input is empty\n');
  });

  it('a folder whose --glob finds nothing names the glob', async () => {
    const r = await runCli(['validate', FIXTURES, '--glob', '*.md', '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no file in folder .*fixtures matches \*\.md \(--glob\)/);
  });
});

describe('failures are said on stderr', () => {
  it('validate says why it failed even when the report goes elsewhere', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qh-fail-'));
    writeFileSync(join(dir, 'a.txt'), '关于某事的通知\n\n青政办〔2020〕1号\n\n各单位：\n正文。\n');
    const r = await runCli(['validate', join(dir, 'a.txt'), '--report', 'json', '--max-warnings', '0', '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^qhdocs: validation failed: \d+ warnings? \(more than 0\)\n$/);
  });

  it('--max-warnings -1 means no limit', async () => {
    const r = await runCli(['validate', FIXTURES, '--max-warnings', '-1', '--quiet']);
    expect(r.code).toBe(0);
  });
});

describe('options are checked where parsed', () => {
  it.each([
    ['inspect', '--depth', 'abc'],
    ['inspect', '--depth', '-3'],
    ['validate', '--max-warnings', '-2'],
    ['validate', '--max-warnings', '1.5'],
    ['extract', '--jobs', '0'],
  ])('%s %s %s: exit 2 with one line', async (cmd, opt, value) => {
    const r = await runCli([cmd, FIXTURES, opt, value, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(`^qhdocs: option '(-\\w, )?${opt} <n>' argument '${value.replace('.', '\\.')}' is invalid`),
    );
  });
});

describe('help', () => {
  it('qhdocs with no arguments shows help on stderr and exits 2', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Usage: qhdocs/);
  });

  it('the root help lists every exit code and points to the README', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['0 ', '1 ', '2 ', '70 ']) expect(r.stdout).toContain(`\n  ${c}`);
    expect(r.stdout).toContain('README');
  });

  it.each(['extract', 'validate', 'inspect', 'schema'])('%s --help has examples and exit codes', async (cmd) => {
    const r = await runCli([cmd, '--help']);
    expect(r.code).toBe(0);
    const examples = r.stdout.split('Examples:\n')[1].split('\n\n')[0].split('\n');
    expect(examples.length).toBeGreaterThanOrEqual(2);
    expect(examples.every((l) => l.trimStart().startsWith('qhdocs '))).toBe(true);
    expect(r.stdout).toContain('Exit codes:');
  });
});

describe('file-system errors in words', () => {
  const err = (code: string, syscall: string, path: string) =>
    Object.assign(new Error(`${code}: raw`), { code, syscall, path }) as NodeJS.ErrnoException;

  it('names the folder, never the temporary file', () => {
    expect(describeFsError(err('EACCES', 'open', join('export', '.records.json.26762.mx5bmz5z.tmp')))).toBe(
      'cannot write to export/: permission denied',
    );
    expect(describeFsError(err('EACCES', 'mkdir', 'out/sub'))).toBe('cannot create folder out/sub/: permission denied');
    expect(describeFsError(err('ENOENT', 'open', 'b.json'))).toBe('cannot open b.json: no such file or folder');
    expect(describeFsError(err('EWHAT', 'open', 'x'))).toBeNull();
  });
});
