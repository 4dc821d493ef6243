import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readFileSync } from 'node:fs';
import { quickCheck, quickCheckLeftToZod } from '../../src/validate/quick-check.js';
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
        const list = p.records[PLURAL[type]] as Array<Record<string, unknown>>;
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

describe('the zod contract quickCheck relies on', () => {
  const manifest = (url: string) => JSON.parse(readFileSync(new URL(url, import.meta.url), 'utf8'));

  it('zod is pinned to one exact version, and that version is the one installed', () => {
    const pinned = manifest('../../package.json').dependencies.zod as string;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest('../../node_modules/zod/package.json').version).toBe(pinned);
  });

  it("compiles every part of every record schema from zod's internals, leaving none to safeParse", () => {
    for (const type of RECORD_TYPES) expect(quickCheckLeftToZod(RECORD_SCHEMAS[type]), type).toEqual([]);
  });

  it("finds zod's definitions where it reads them (_zod.def, _zod.values, checks' _zod.check)", () => {
    const internals = (s: z.ZodType) =>
      (s as unknown as { _zod: { def: Record<string, unknown>; values?: Set<unknown> } })._zod;
    expect(internals(z.string()).def.type).toBe('string');
    expect(internals(z.object({ a: z.string() })).def.shape).toHaveProperty('a');
    expect(internals(z.array(z.number())).def.element).toBeDefined();
    expect(internals(z.string().nullable()).def.innerType).toBeDefined();
    expect([...internals(z.enum(['a', 'b'])).values!]).toEqual(['a', 'b']);
    expect(internals(z.tuple([z.number()])).def.items).toHaveLength(1);
    const check = (
      internals(z.string().min(2)).def.checks as Array<{
        _zod: { check: unknown; def: { check: string; minimum: number } };
      }>
    )[0];
    expect(typeof check._zod.check).toBe('function');
    expect(check._zod.def).toMatchObject({ check: 'min_length', minimum: 2 });
  });
});
