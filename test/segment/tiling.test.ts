import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSnippet, type ParsedFile } from '../helpers/parse.js';
import { fixture } from '../helpers/parse.js';

const here = dirname(fileURLToPath(import.meta.url));
const own = (name: string) => parseSnippet(readFileSync(join(here, 'fixtures', `${name}.txt`), 'utf8'), name);

/** every non-blank line is in one document or one outside-documents diagnostic; documents never overlap */
function expectTiled(p: ParsedFile) {
  const owner = new Map<number, string>();
  for (const d of p.records.documents)
    for (let n = d.source.startLine; n <= d.source.endLine; n++) {
      expect(owner.get(n), `line ${n} in two documents`).toBeUndefined();
      owner.set(n, d.id);
    }
  for (const g of p.diagnostics.filter((x) => x.code === 'outside-documents')) {
    expect(g.severity).toBe('info');
    for (let n = g.line; n <= (g.endLine ?? g.line); n++) {
      expect(owner.get(n), `line ${n} both inside and outside`).toBeUndefined();
      owner.set(n, 'outside');
    }
  }
  p.src.lines.forEach((l) => {
    if (l.text.trim()) expect(owner.has(l.no), `line ${l.no} (${l.text}) vanished`).toBe(true);
  });
}

describe('documents tile the file', () => {
  it('splits two web notices joined without numbers', () => {
    const p = own('two-web-notices');
    const docs = p.records.documents;
    expect(docs.map((d) => [d.title, d.kind, d.docNumber, d.signedDate, d.publishedDate])).toEqual([
      ['某某省人民政府办公厅关于做好春季植树造林工作的通知', '通知', null, '2023-02-28', '2023-03-02'],
      ['某某省人民政府办公厅关于印发某某省节水行动实施方案的通知', '通知', null, '2023-04-06', '2023-04-11'],
    ]);
    expect(docs[0].publicRelease).toBe(true);
    // the breadcrumbs right above the first notice are its page's chrome: they come with it
    expect(docs[0].source.startLine).toBe(1);
    expect(docs[1].source.startLine).toBe(15);
    // the attached plan's title inside the second notice starts no document
    expect(docs).toHaveLength(2);
    expectTiled(p);
  });

  it("keeps a gazette's cover and 目录 outside its documents, and reads a number above or below the title", () => {
    const p = own('gazette');
    const docs = p.records.documents;
    expect(docs.map((d) => [d.docNumber, d.kind, d.signedDate])).toEqual([
      ['某政〔2021〕12号', '意见', '2021-04-20'],
      ['某政办〔2021〕30号', '通知', '2021-05-08'],
    ]);
    expect(docs[0].issue).toMatchObject({ number: 9, totalNumber: 301 });
    expect(docs[0].addressees).toEqual(['各市、自治州人民政府', '省政府各委、办、厅、局']);
    expect(p.diagnostics.filter((g) => g.code === 'outside-documents')).toEqual([
      expect.objectContaining({ line: 1, endLine: 16 }),
    ]);
    expect(p.diagnostics.filter((g) => g.code === 'doc-number-without-title')).toEqual([]);
    expectTiled(p);
  });

  it('gives a web page index block and chrome above the title to its notice, the site banner to no document', () => {
    const p = own('navigation');
    const [d, ...rest] = p.records.documents;
    expect(rest).toEqual([]);
    expect(d.source.startLine).toBe(3);
    expect(d).toMatchObject({ kind: '通知', issuers: ['某某省人民政府办公厅'], signedDate: '2023-06-01' });
    expect(d.title).toBe('某某省人民政府办公厅关于开展安全生产大检查的通知');
    expect(p.diagnostics.filter((g) => g.code === 'outside-documents')).toEqual([
      expect.objectContaining({ line: 1, endLine: 2 }),
    ]);
    expectTiled(p);
  });

  it('reads the same documents when lines end in blanks or tabs (a copy from a web page or a spreadsheet)', () => {
    const text = readFileSync(join(here, 'fixtures', 'gazette.txt'), 'utf8');
    const ragged = text
      .split('\n')
      .map((l, i) => l + ['  ', ' \t', '\u3000', ''][i % 4])
      .join('\n');
    const fields = (p: ParsedFile) =>
      p.records.documents.map((d) => [d.title, d.docNumber, d.signedDate, d.source.startLine]);
    expect(fields(parseSnippet(ragged, 'gazette'))).toEqual(fields(own('gazette')));
    expect(parseSnippet(ragged, 'gazette').records.tables).toEqual([]);
  });

  it('tiles every seed', () => {
    for (const seed of ['000', '001', '002', '003', '004']) expectTiled(fixture(seed));
  });
});
