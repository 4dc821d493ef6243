import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/parse.js';

const seed = (n: string) =>
  join(
    FIXTURES,
    readdir().find((f) => f.startsWith(n))!,
  );
function readdir(): string[] {
  return [
    '000_35fb21c491f32646.txt',
    '001_9f78a3f0e029c928.txt',
    '002_6bc5adcb762922b6.txt',
    '003_acdd827c104e1396.txt',
    '004_64a2121f8be4c313.txt',
  ];
}

describe('qhdocs extract', () => {
  it('prints the SPEC envelope as JSON', async () => {
    const r = await runCli(['extract', seed('001'), '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['tool', 'version', 'files', 'records', 'diagnostics']);
    expect(Object.keys(j.records)).toEqual([
      'documents',
      'projects',
      'tasks',
      'activities',
      'contacts',
      'members',
      'tables',
    ]);
    expect(j.files[0]).toMatchObject({ encoding: 'utf-8', bytes: 12050 });
    expect(j.files[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is deterministic', async () => {
    const a = await runCli(['extract', seed('003')]);
    const b = await runCli(['extract', seed('003')]);
    expect(a.stdout).toBe(b.stdout);
  });

  it('writes JSON Lines with diagnostics typed as such', async () => {
    const r = await runCli(['extract', seed('002'), '--format', 'jsonl', '--types', 'documents']);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.type === 'document')).toHaveLength(5);
    expect(lines.every((l) => ['document', 'diagnostic'].includes(l.type))).toBe(true);
  });

  it('writes one CSV per type with Chinese headers, a BOM and flattened fields', async () => {
    const out = mkdtempSync(join(tmpdir(), 'qh-csv-'));
    const r = await runCli([
      'extract',
      seed('003'),
      '--format',
      'csv',
      '--types',
      'documents,tables',
      '--out',
      out,
      '--header',
      'zh',
      '--bom',
      '--quiet',
    ]);
    expect(r.code).toBe(0);
    const csv = readFileSync(join(out, 'documents.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toContain('发文字号');
    expect(csv).toContain('青政〔2020〕60号');
    expect(existsSync(join(out, 'tables.csv'))).toBe(true);
  });

  it('reports a missing file, still processes the others, and exits 2', async () => {
    const r = await runCli(['extract', seed('001'), 'no-such-file.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no-such-file.txt');
    expect(JSON.parse(r.stdout).records.documents).toHaveLength(1);
  });

  it('reads GB18030 files and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qh-gb-'));
    const f = join(dir, 'gb.txt');
    // 关于 in GB18030, then 的通知
    writeFileSync(f, Buffer.from([0xb9, 0xd8, 0xd3, 0xda, 0xc4, 0xb3, 0xca, 0xc2, 0xb5, 0xc4, 0xcd, 0xa8, 0xd6, 0xaa]));
    const r = await runCli(['extract', f]);
    const j = JSON.parse(r.stdout);
    expect(j.files[0].encoding).toBe('gb18030');
    expect(j.records.documents[0].title).toBe('关于某事的通知');
  });

  it('refuses a binary file with one line and exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qh-bin-'));
    const f = join(dir, 'x.txt');
    writeFileSync(f, Buffer.from([0, 1, 2, 3, 255, 254, 0, 0]));
    const r = await runCli(['extract', f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/binary/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('answers user mistakes with one clear line and exit 2', async () => {
    const a = await runCli(['extract', seed('001'), '--types', 'bogus']);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/unknown record type "bogus"/);
    const b = await runCli(['extract', seed('001'), '--format', 'xml']);
    expect(b.code).toBe(2);
    const c = await runCli(['nonsense']);
    expect(c.code).toBe(2);
  });
});

describe('qhdocs validate, inspect, schema', () => {
  it('validates the seeds with exit 0 and can report JSON', async () => {
    const r = await runCli(['validate', FIXTURES, '--report', 'json', '--quiet']);
    const j = JSON.parse(r.stdout);
    expect(j.diagnostics.filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('exits 1 when warnings exceed --max-warnings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qh-w-'));
    const f = join(dir, 'w.txt');
    writeFileSync(f, '关于某事的通知\n\n青政办〔2020〕1号\n\n各单位：\n正文。\n');
    const r = await runCli(['validate', f, '--max-warnings', '0']);
    expect(r.code).toBe(1);
  });

  it('prints an outline', async () => {
    const r = await runCli(['inspect', seed('003')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('青政〔2020〕60号');
    expect(r.stdout).toContain('一、总体要求');
  });

  it('prints JSON Schema for a record type', async () => {
    const r = await runCli(['schema', 'project']);
    const s = JSON.parse(r.stdout);
    expect(s.properties.partyA.type).toBe('array');
    expect((await runCli(['schema', 'nope'])).code).toBe(2);
  });
});
