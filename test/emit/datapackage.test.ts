import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Frictionless's own JavaScript libraries (no type declarations)
// @ts-expect-error untyped
import { Package } from 'datapackage';
// @ts-expect-error untyped
import { Table } from 'tableschema';
import { runCli } from '../helpers/cli.js';
import { parseCsv } from '../helpers/csv.js';
import { decodeList, restoreCell } from '../../src/emit/cells.js';
import { columnsFor, valueOf } from '../../src/emit/columns.js';
import { RECORD_TYPES, PLURAL } from '../../src/schema/index.js';

interface Resource {
  name: string;
  path: string;
  schema: { fields: Array<{ name: string; type: string }>; foreignKeys?: unknown[] };
}

const dirs: Record<'zh' | 'en', string> = { zh: '', en: '' };
let records: Record<string, Array<Record<string, unknown>>>;

beforeAll(async () => {
  const base = mkdtempSync(join(tmpdir(), 'qh-dp-'));
  // as `npm start` writes it: Chinese headers and a BOM for Excel
  dirs.zh = join(base, 'zh');
  dirs.en = join(base, 'en');
  expect(
    (await runCli(['extract', 'fixtures', '--format', 'csv', '--header', 'zh', '--bom', '--out', dirs.zh, '--quiet']))
      .code,
  ).toBe(0);
  expect((await runCli(['extract', 'fixtures', '--format', 'csv', '--out', dirs.en, '--quiet'])).code).toBe(0);
  const json = await runCli(['extract', 'fixtures', '--format', 'json', '--quiet']);
  records = JSON.parse(json.stdout).records;
});

const descriptor = (dir: string) => JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));

describe('datapackage.json beside the CSV files', () => {
  it.each(['zh', 'en'] as const)('is a valid Tabular Data Package (--header %s)', async (h) => {
    const pkg = await Package.load(join(dirs[h], 'datapackage.json'), dirs[h], true);
    expect(pkg.errors.map((e: Error) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    const names = pkg.resources.map((r: { name: string }) => r.name);
    expect(names.slice(0, 7)).toEqual(RECORD_TYPES.map((t) => PLURAL[t]));
    expect(names.length).toBe(7 + records.tables.length);
  });

  it('types each column and names the list separator, the primary key and the link to documents', () => {
    const d = descriptor(dirs.zh);
    const projects: Resource = d.resources.find((r: Resource) => r.name === 'projects');
    const field = (n: string) => projects.schema.fields.find((f) => f.name === n);
    expect(field('序号')?.type).toBe('integer');
    expect(field('总投资额(亿元)')?.type).toBe('number');
    expect(field('甲方(青海)')).toMatchObject({ type: 'string', delimiter: '；' });
    expect(field('起始行')?.type).toBe('integer');
    expect(projects.schema).toMatchObject({
      primaryKey: ['记录ID'],
      foreignKeys: [{ fields: ['文档ID'], reference: { resource: 'documents', fields: ['记录ID'] } }],
    });
    const docs: Resource = d.resources.find((r: Resource) => r.name === 'documents');
    expect(docs.schema.fields.find((f) => f.name === '公开发布')?.type).toBe('boolean');
    // every 成文日期 of the seeds is a full date; 开始 mixes months, dates and times
    expect(docs.schema.fields.find((f) => f.name === '成文日期')?.type).toBe('date');
    const acts: Resource = d.resources.find((r: Resource) => r.name === 'activities');
    expect(acts.schema.fields.find((f) => f.name === '开始')).toMatchObject({ type: 'string' });
    expect(d['qhdocs:listSeparator']).toBe('；');
  });

  it.each(['zh', 'en'] as const)('casts every row of every CSV through its Table Schema (--header %s)', async (h) => {
    const d = descriptor(dirs[h]);
    for (const r of d.resources as Resource[]) {
      // tableschema's CSV parser keeps a byte-order mark unless told to drop it
      const table = await Table.load(join(dirs[h], r.path), { schema: r.schema, bom: true });
      const rows: unknown[][] = await table.read();
      const want = r.name.startsWith('table-') ? undefined : records[r.name]?.length;
      if (want !== undefined) expect(rows.length, r.name).toBe(want);
    }
  });

  it('holds: every docId names a document (foreign keys checked by datapackage)', async () => {
    const pkg = await Package.load(join(dirs.en, 'datapackage.json'), dirs.en, true);
    for (const r of pkg.resources) if (r.descriptor.schema.foreignKeys) await r.read({ relations: true });
  });
});

describe('CSV that splits back', () => {
  it('every multi-valued cell of the seeds splits back to its JSON array', () => {
    let lists = 0;
    for (const type of RECORD_TYPES) {
      const cols = columnsFor(type);
      const rows = parseCsv(readFileSync(join(dirs.zh, `${PLURAL[type]}.csv`), 'utf8')).slice(1);
      const recs = records[PLURAL[type]];
      expect(rows.length).toBe(recs.length);
      cols.forEach((c, i) => {
        if (c.kind !== 'list') return;
        recs.forEach((r, k) => {
          expect(decodeList(restoreCell(rows[k][i])), `${type}.${c.key}`).toEqual(valueOf(r, c));
          lists++;
        });
      });
    }
    expect(lists).toBeGreaterThan(2000);
  });

  it("every generic table's file holds its header and rows", () => {
    const idx = parseCsv(readFileSync(join(dirs.en, 'tables.csv'), 'utf8'));
    expect(idx[0].slice(0, 6)).toEqual(['id', 'docId', 'title', 'rows', 'columns', 'file']);
    for (const t of records.tables as Array<{ id: string; header: string[]; rows: string[][] }>) {
      const row = idx.find((r) => r[0] === t.id)!;
      const cells = parseCsv(readFileSync(join(dirs.en, row[idx[0].indexOf('file')]), 'utf8'));
      expect(cells[0].length).toBe(t.header.length);
      expect(cells.slice(1).map((r) => r.map(restoreCell))).toEqual(t.rows);
      expect(Number(row[idx[0].indexOf('rows')])).toBe(t.rows.length);
    }
  });
});
