import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { quickCheck } from '../../src/validate/quick-check.js';
import { RECORD_SCHEMAS, PLURAL, RECORD_TYPES } from '../../src/schema/index.js';
import { validateFile } from '../../src/validate/validate.js';
import { fixture } from '../helpers/parse.js';

/** every way a field can go wrong that the record schemas forbid or allow */
const MUTANTS: unknown[] = [
  undefined,
  null,
  '',
  'x',
  0,
  -1,
  1.5,
  NaN,
  Infinity,
  true,
  [],
  [''],
  ['a'],
  [1],
  {},
  [[1, 2]],
  [[1]],
  '2024-13',
  '2024-01-02',
];

describe('quickCheck', () => {
  it('says valid exactly when zod does, for every fixture record and every one-field mutation of it', () => {
    for (const seed of ['000', '001', '002', '003', '004']) {
      const p = fixture(seed);
      for (const type of RECORD_TYPES) {
        const schema = RECORD_SCHEMAS[type];
        const check = quickCheck(schema);
        const list = (p.records as unknown as Record<string, Array<Record<string, unknown>>>)[PLURAL[type]];
        for (const r of list.slice(0, 6)) {
          expect(check(r)).toBe(true);
          for (const key of Object.keys(r)) {
            for (const m of MUTANTS) {
              const bad = { ...r, [key]: m };
              // a yes must be zod's yes; a no only costs a safeParse
              expect(check(bad)).toBe(schema.safeParse(bad).success);
            }
            const { [key]: _, ...missing } = r;
            expect(check(missing)).toBe(schema.safeParse(missing).success);
          }
          const src = r.source as Record<string, unknown>;
          for (const k of Object.keys(src)) {
            for (const m of MUTANTS) {
              const bad = { ...r, source: { ...src, [k]: m } };
              expect(check(bad)).toBe(schema.safeParse(bad).success);
            }
          }
          const backwards = { ...r, source: { ...src, endLine: 0 } };
          expect(check(backwards)).toBe(false);
        }
      }
    }
  });

  it('runs refinements and leaves unknown schema kinds to zod', () => {
    const s = z
      .object({ a: z.string().transform((x) => x.length), b: z.number().int().min(2) })
      .refine((o) => o.b < 10);
    const check = quickCheck(s);
    expect(check({ a: 'x', b: 3 })).toBe(true);
    expect(check({ a: 'x', b: 12 })).toBe(false);
    expect(check({ a: 'x', b: 1 })).toBe(false);
    expect(check({ a: 1, b: 3 })).toBe(false);
    expect(quickCheck(z.string().min(2))('😀')).toBe(false);
    // absent and undefined keys, with and without an optional schema
    const o = z.object({ a: z.string().optional(), b: z.enum(['x', 'y']), c: z.any() });
    for (const v of [
      { b: 'x', c: 1 },
      { a: undefined, b: 'y', c: 1 },
      { a: 'q', b: 'x' },
      { a: 'q', b: 'z', c: 1 },
      { a: 1, b: 'x', c: 1 },
      { b: 'x', c: undefined },
    ]) {
      // a no may be zod's yes (it then costs a safeParse), a yes must be zod's yes
      if (quickCheck(o)(v)) expect(o.safeParse(v).success).toBe(true);
    }
    expect(quickCheck(o)({ a: 'q', b: 'y', c: 1 })).toBe(true);
  });

  it('validateFile still words schema errors as zod does', () => {
    const p = fixture('002');
    const task = p.records.tasks[0];
    const broken = { ...p, records: { ...p.records, tasks: [{ ...task, lead: [''] }, ...p.records.tasks.slice(1)] } };
    const errs = validateFile(broken).filter((d) => d.code === 'schema-invalid');
    expect(errs).toHaveLength(1);
    expect(errs[0].message).toContain(`task ${task.id}: lead.0:`);
  });
});
