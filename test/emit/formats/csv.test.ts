import { describe, expect, it } from 'vitest';
import { csv } from '../../../src/emit/formats/csv.js';
import type { Target } from '../../../src/emit/target.js';
import { emptyRecordSet, type ProjectRecord } from '../../../src/schema/index.js';

/** a target that keeps what each file was sent, and whether it was closed */
function memoryTarget() {
  const files = new Map<string, { text: string; closed: boolean }>();
  const target: Target = {
    stdout: false,
    name: 'memory',
    open: async (name) => {
      const f = { text: '', closed: false };
      files.set(name, f);
      return {
        name,
        write: async (c) => void (f.text += typeof c === 'string' ? c : Buffer.from(c).toString()),
        close: async () => void (f.closed = true),
        abort: async () => void files.delete(name),
      };
    },
  };
  return { files, target };
}

const project = (n: number): ProjectRecord => ({
  type: 'project',
  id: `f#d1/project${n}`,
  docId: 'f#d1',
  source: { file: 'f.txt', startLine: n, endLine: n, startOffset: 0, endOffset: 1 },
  seq: n,
  name: `项目${n}`,
  partyA: ['甲、乙', '丙'],
  partyB: [],
  investment: 1.5,
  fundingSources: [],
  leaders: [],
  persons: [],
  responsibleUnit: null,
  tableTitle: null,
});

describe('--format csv streams', () => {
  it("writes each file's rows as the file arrives, not at the end", async () => {
    const { files, target } = memoryTarget();
    const run = await csv.start(target, { types: ['project'], header: 'en', bom: false });
    const info = { path: 'f.txt', sha256: '', encoding: 'utf-8', bytes: 1 };
    await run.file({ info, records: { ...emptyRecordSet(), projects: [project(1)] }, diagnostics: [] });
    const after1 = files.get('projects.csv')!.text;
    expect(after1.split('\r\n').filter(Boolean).length).toBe(2);
    expect(after1).toContain('甲、乙；丙');
    await run.file({ info, records: { ...emptyRecordSet(), projects: [project(2)] }, diagnostics: [] });
    expect(files.get('projects.csv')!.text.split('\r\n').filter(Boolean).length).toBe(3);
    expect(files.get('projects.csv')!.closed).toBe(false);
    await run.end({ files: [info], diagnostics: [] });
    expect(files.get('projects.csv')!.closed).toBe(true);
    expect(JSON.parse(files.get('datapackage.json')!.text).resources.map((r: { name: string }) => r.name)).toEqual([
      'projects',
    ]);
  });
});
