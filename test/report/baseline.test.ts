import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/parse.js';
import { baselineOf, splitByBaseline } from '../../src/report/baseline.js';
import type { Diagnostic } from '../../src/schema/index.js';

const diag = (file: string, code: string, line: number, recordId?: string): Diagnostic => ({
  severity: 'warning',
  code,
  message: `${code} at ${line}`,
  file,
  line,
  ...(recordId ? { recordId } : {}),
});

describe('baselines', () => {
  it('match by file, code and record, not by line, and count how often', () => {
    const before = [diag('a.txt', 'x', 10, 'r1'), diag('a.txt', 'y', 12), diag('a.txt', 'y', 15)];
    const now = [
      diag('a.txt', 'x', 30, 'r1'), // moved down by an edit above: still known
      diag('a.txt', 'y', 32),
      diag('a.txt', 'y', 35),
      diag('a.txt', 'y', 40), // a third of a kind the baseline has two of: new
      diag('a.txt', 'x', 50, 'r2'), // another record: new
      diag('b.txt', 'x', 30, 'r1'), // another file: new
    ];
    const { fresh, known } = splitByBaseline(now, baselineOf(before));
    expect(known).toHaveLength(3);
    expect(fresh.map((d) => d.line)).toEqual([40, 50, 30]);
  });

  it('written from the seeds, pass the seeds; a new defect fails and is the only one named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qh-base-'));
    const archive = join(dir, 'archive');
    cpSync(FIXTURES, archive, { recursive: true });
    const baseline = join(dir, 'baseline.json');
    const w = await runCli(['validate', archive, '--write-baseline', baseline, '--report', 'json', '--quiet']);
    expect(w.code).toBe(0);
    expect(JSON.parse(readFileSync(baseline, 'utf8')).diagnostics.length).toBeGreaterThan(10);

    const same = await runCli(['validate', archive, '--baseline', baseline, '--quiet']);
    expect(same.code).toBe(0);
    expect(same.stdout).toMatch(/^0 errors, 0 warnings, 0 info new \(\d+ known from the baseline\)\n$/);

    // a new, well-formed notice whose one defect is a phone number two digits short
    writeFileSync(
      join(archive, 'new.txt'),
      '关于开展某项检查的通知\n\n青政办〔2021〕9号\n\n各单位：\n请按要求办理。\n联系人：张伟，联系电话：0971-61234\n\n青海省人民政府办公厅\n2021年3月5日\n',
    );
    const worse = await runCli(['validate', archive, '--baseline', baseline, '--report', 'json', '--quiet']);
    expect(worse.code).toBe(1);
    const rep = JSON.parse(worse.stdout);
    expect(rep.diagnostics.map((d: Diagnostic) => [d.file.endsWith('new.txt'), d.code])).toEqual([
      [true, 'phone-malformed'],
    ]);
    expect(rep.summary.baselined).toBeGreaterThan(10);
    expect(worse.stderr).toMatch(/1 warning not in the baseline/);

    const github = await runCli(['validate', archive, '--baseline', baseline, '--report', 'github', '--quiet']);
    expect(github.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('with the seeds baseline from fixtures/, validate fixtures/ exits 0', async () => {
    const baseline = join(mkdtempSync(join(tmpdir(), 'qh-base-')), 'b.json');
    await runCli(['validate', FIXTURES, '--write-baseline', baseline, '--report', 'json', '--quiet']);
    const r = await runCli(['validate', FIXTURES, '--baseline', baseline, '--report', 'sarif', '--quiet']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).runs[0].results).toEqual([]);
  });

  it('refuses a file that is not a report, with one line', async () => {
    const f = join(mkdtempSync(join(tmpdir(), 'qh-base-')), 'b.json');
    writeFileSync(f, '{"tool":"qhdocs"}');
    const r = await runCli(['validate', FIXTURES, '--baseline', f, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^qhdocs: baseline .* is not a validate --report json file/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
