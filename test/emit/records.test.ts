import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/parse.js';
import { renderJsonl, selectRecords } from '../../src/emit/records.js';
import { RECORD_TYPES, recordsOf } from '../../src/kinds/index.js';

describe('JSONL rendering', () => {
  const f = fixture('003');

  it('renders one line per record, then the diagnostics, each line ending in a newline', () => {
    const text = renderJsonl(f.records, f.diagnostics, { types: [...RECORD_TYPES] });
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    const records = RECORD_TYPES.flatMap((t) => recordsOf(f.records, t));
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      ...records,
      ...f.diagnostics.map((d) => ({ type: 'diagnostic', ...d })),
    ]);
    expect(lines.every((l) => JSON.parse(l).type)).toBe(true);
    expect(JSON.parse(lines.at(-1)!).type).toBe(f.diagnostics.length ? 'diagnostic' : expect.any(String));
  });

  it('keeps only the selected types, and narrows tasks to one unit', () => {
    const tasks = selectRecords(f.records, { types: ['task'] });
    expect(tasks.tasks).toBe(f.records.tasks);
    expect(tasks.projects).toEqual([]);
    const one = selectRecords(f.records, { types: ['task'], unit: '省发展改革委' });
    expect(one.tasks.length).toBeGreaterThan(0);
    expect(one.tasks.length).toBeLessThan(f.records.tasks.length);
  });

  it('renders nothing at all for a file with nothing selected', () => {
    expect(renderJsonl(selectRecords(f.records, { types: [] }), [], { types: [] })).toBe('');
  });
});
