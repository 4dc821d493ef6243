import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { json } from '../../../src/emit/formats/json.js';
import { csv } from '../../../src/emit/formats/csv.js';
import { fileTarget, folderTarget } from '../../../src/emit/target.js';
import { emptyRecordSet, type Diagnostic, type ProjectRecord } from '../../../src/schema/index.js';
import type { FileInfo } from '../../../src/pipeline/run.js';
import { runCli } from '../../helpers/cli.js';
import { FIXTURES } from '../../helpers/parse.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'qh-json-'));
const opts = { types: ['project' as const], header: 'en' as const, bom: false };
const info = (path: string): FileInfo => ({ path, sha256: '0'.repeat(64), encoding: 'utf-8', bytes: 1 });

function project(i: number): ProjectRecord {
  return {
    type: 'project',
    id: `big#d1/project${i}`,
    docId: 'big#d1',
    source: { file: 'big.txt', startLine: i + 1, endLine: i + 1, startOffset: i * 10, endOffset: i * 10 + 9 },
    seq: i + 1,
    name: `项目${i}`,
    partyA: ['省商务厅'],
    partyB: [],
    investment: i % 7 === 0 ? -2.5 : i / 10,
    fundingSources: [],
    leaders: [],
    persons: [],
    responsibleUnit: null,
    tableTitle: null,
  } as unknown as ProjectRecord;
}

describe('--format json', () => {
  it('is laid out exactly as JSON.stringify(envelope, null, 2), on the seeds', async () => {
    const r = await runCli(['extract', FIXTURES, '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(JSON.stringify(JSON.parse(r.stdout), null, 2) + '\n');
  });

  it('spools records over several files and joins them, leaving no temporary file', async () => {
    const dir = tmp();
    const out = join(dir, 'r.json');
    const run = await json.start(fileTarget(out), opts);
    const diag: Diagnostic = { severity: 'warning', code: 'x', message: 'm\n"q"', file: 'a.txt', line: 3 };
    const a = emptyRecordSet();
    a.projects = [project(0), project(1)];
    await run.file({ info: info('a.txt'), records: a, diagnostics: [diag] });
    await run.file({ info: info('b.txt'), records: emptyRecordSet(), diagnostics: [] });
    const c = emptyRecordSet();
    c.projects = [project(2)];
    await run.file({ info: info('c.txt'), records: c, diagnostics: [] });
    await run.end({ files: [info('a.txt'), info('b.txt'), info('c.txt')], diagnostics: [diag] });
    const text = readFileSync(out, 'utf8');
    const env = {
      tool: 'qhdocs',
      version: JSON.parse(text).version,
      files: [info('a.txt'), info('b.txt'), info('c.txt')],
      records: { ...emptyRecordSet(), projects: [project(0), project(1), project(2)] },
      diagnostics: [diag, diag],
    };
    expect(text).toBe(JSON.stringify(env, null, 2) + '\n');
    expect(readdirSync(dir)).toEqual(['r.json']);
  });
});

describe('370,000 records of one type from one file', () => {
  const N = 370_000;
  const records = emptyRecordSet();
  records.projects = Array.from({ length: N }, (_, i) => project(i));

  it('export as JSON', async () => {
    const out = join(tmp(), 'r.json');
    const run = await json.start(fileTarget(out), opts);
    await run.file({ info: info('big.txt'), records, diagnostics: [] });
    await run.end({ files: [info('big.txt')], diagnostics: [] });
    const env = JSON.parse(readFileSync(out, 'utf8'));
    expect(env.records.projects).toHaveLength(N);
    expect(env.records.projects[N - 1].id).toBe(`big#d1/project${N - 1}`);
  }, 120_000);

  it('export as CSV, negative numbers as numbers', async () => {
    const dir = join(tmp(), 'out');
    const t = folderTarget(dir);
    const run = await csv.start(t, opts);
    await run.file({ info: info('big.txt'), records, diagnostics: [] });
    await run.end({ files: [info('big.txt')], diagnostics: [] });
    await t.commit();
    const lines = readFileSync(join(dir, 'projects.csv'), 'utf8').split('\r\n');
    expect(lines.filter(Boolean)).toHaveLength(N + 1);
    expect(lines[1].split(',')).toContain('-2.5');
  }, 120_000);
});
