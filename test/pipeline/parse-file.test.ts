import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseText } from '../../src/pipeline/parse-file.js';
import { PARSERS } from '../../src/parse/index.js';
import type { ParseContext } from '../../src/parse/context.js';
import { FIXTURES } from '../helpers/parse.js';

const SEED = readFileSync(join(FIXTURES, '003_acdd827c104e1396.txt'), 'utf8');
type Key = keyof typeof PARSERS;
const original = { ...PARSERS };

/** make one parser throw whenever it is given the document `docId` */
function poison(key: Key, docId: string): void {
  const real = original[key] as (c: ParseContext) => unknown;
  (PARSERS as Record<Key, unknown>)[key] = (c: ParseContext) => {
    if (c.docs.some((d) => d.record.id === docId)) throw new Error('planted failure');
    return real(c);
  };
}

afterEach(() => Object.assign(PARSERS, original));

describe('a parser failure costs only its own document', () => {
  it('keeps the records of that kind from every other document, and says what was lost', () => {
    const clean = parseText('s.txt', SEED, 's');
    const lost = clean.docs[2].record.id;
    poison('tasks', lost);
    const hurt = parseText('s.txt', SEED, 's');
    expect(hurt.records.tasks).toEqual(clean.records.tasks.filter((t) => t.docId !== lost));
    expect(hurt.records.tasks.length).toBeGreaterThan(0);
    // the other kinds are untouched
    expect(hurt.records.activities).toEqual(clean.records.activities);
    const failed = hurt.diagnostics.filter((d) => d.code === 'parser-failed');
    expect(failed).toHaveLength(1);
    expect(failed[0].severity).toBe('error');
    expect(failed[0].message).toContain(lost);
    expect(failed[0].message).toContain('planted failure');
    expect(failed[0].line).toBe(clean.docs[2].firstLine);
  });

  it('a file of one document loses only that kind', () => {
    const text = readFileSync(join(FIXTURES, '000_35fb21c491f32646.txt'), 'utf8');
    const clean = parseText('z.txt', text, 'z');
    poison('contacts', clean.docs[0].record.id);
    const hurt = parseText('z.txt', text, 'z');
    expect(hurt.records.contacts).toEqual([]);
    expect(hurt.records.tasks).toEqual(clean.records.tasks);
    expect(hurt.diagnostics.some((d) => d.code === 'parser-failed')).toBe(true);
  });

  it('130,000 chronicle lines are read, not thrown away', () => {
    const lines = Array.from({ length: 130_000 }, (_, i) => `●${(i % 12) + 1}月${(i % 28) + 1}日，召开第${i}次会议。`);
    const p = parseText('c.txt', `大事记\n${lines.join('\n')}\n`, 'c');
    expect(p.diagnostics.filter((d) => d.code === 'parser-failed')).toEqual([]);
    expect(p.records.activities.length).toBe(130_000);
  }, 60_000);
});
