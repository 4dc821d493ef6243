import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseText } from '../../src/pipeline/parse-file.js';
import { PARSERS } from '../../src/parse/index.js';
import type { ParseContext } from '../../src/parse/context.js';
import { RECORD_TYPES, PLURAL, type RecordSet } from '../../src/schema/index.js';
import { FIXTURES } from '../helpers/parse.js';
import { params, runs } from './helpers.js';

type Key = keyof typeof PARSERS;
const KEYS = Object.keys(PARSERS) as Key[];
const original = { ...PARSERS };
afterEach(() => Object.assign(PARSERS, original));

const TEXTS = ['002_6bc5adcb762922b6.txt', '003_acdd827c104e1396.txt'].map((f) =>
  readFileSync(join(FIXTURES, f), 'utf8'),
);
const clean = TEXTS.map((t) => parseText('n.txt', t, 'n'));

/**
 * The records of every document but one, kind by kind, as sets (sorted by id): a parser
 * read again per document gives its records document by document, where a run over the
 * whole file may give them kind by kind.
 */
function othersOf(records: RecordSet, docId: string): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const t of RECORD_TYPES) {
    const k = PLURAL[t] as keyof RecordSet;
    out[k] = (records[k] as Array<{ docId?: string; id: string }>)
      .filter((r) => (r.docId ?? r.id) !== docId)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return out;
}

describe('a damaged passage does not change its neighbours', () => {
  it('the records of the other documents are the same whichever parser fails on whichever document', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: TEXTS.length - 1 }),
        fc.nat(),
        fc.subarray(KEYS, { minLength: 1 }),
        (t, d, keys) => {
          const base = clean[t];
          const lost = base.docs[d % base.docs.length].record.id;
          for (const key of keys) {
            const real = original[key] as (c: ParseContext) => unknown;
            (PARSERS as Record<Key, unknown>)[key] = (c: ParseContext) => {
              if (c.docs.some((doc) => doc.record.id === lost)) throw new Error('damaged passage');
              return real(c);
            };
          }
          try {
            const hurt = parseText('n.txt', TEXTS[t], 'n');
            expect(othersOf(hurt.records, lost)).toEqual(othersOf(base.records, lost));
            expect(hurt.diagnostics.filter((x) => x.code === 'parser-failed')).toHaveLength(keys.length);
          } finally {
            Object.assign(PARSERS, original);
          }
        },
      ),
      { ...params(6), numRuns: Math.min(runs(6), 60) },
    );
  }, 120_000);
});
