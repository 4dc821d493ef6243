/**
 * A yes/no reading of a zod schema, compiled once from the schema's own definition, so
 * the validation stage can pass the (nearly always valid) records without zod's
 * per-field payloads and issue arrays.
 *
 * It only ever answers "valid" when zod would: the type tests mirror zod's parsers, every
 * check and refinement (min length, int, regex, refine …) runs through zod's own check
 * function (a few behind a prefilter that only skips values the check surely passes), and
 * any schema kind or setting not known here (coercion, transforms, catchall, optional
 * tuple items …) is handed to zod's `safeParse` for that part. A "no" costs nothing extra:
 * the caller then runs `safeParse` for zod's messages, so what is reported is zod's.
 *
 * The predicate is generated as one straight-line function, as zod itself compiles its
 * object parser: a tree of small closures measured hardly faster than zod.
 */
import type { z } from 'zod';

type Check = (v: unknown) => boolean;

interface ZodCheckInst {
  _zod: {
    check: (p: Probe) => unknown;
    def: {
      check?: string;
      when?: (p: Probe) => boolean;
      minimum?: number;
      format?: string;
      value?: unknown;
      inclusive?: boolean;
      /** a refinement's own function (`.refine(fn)`) */
      fn?: unknown;
      type?: string;
      pattern?: unknown;
    };
  };
}

/** the parts of zod's internals read here; zod 4 keeps a schema's definition under `_zod.def` */
interface ZodInternals {
  def: {
    type: string;
    checks?: ZodCheckInst[];
    coerce?: boolean;
    shape?: Record<string, z.ZodType>;
    catchall?: unknown;
    element?: z.ZodType;
    items?: z.ZodType[];
    rest?: unknown;
    innerType?: z.ZodType;
  };
  values?: Set<unknown>;
}

interface Probe {
  value: unknown;
  issues: unknown[];
}

const internals = (s: z.ZodType) => (s as unknown as { _zod: ZodInternals })._zod;

/** a predicate that is true only for values `schema.safeParse` accepts */
export function quickCheck(schema: z.ZodType): Check {
  const g = new Generator();
  const body = g.emit(schema, 'v');
  try {
    return new Function('C', 'S', 'R', `"use strict"; return function quickCheck(v) {\n${body}return true;\n};`)(
      g.calls,
      g.sets,
      g.patterns,
    ) as Check;
  } catch {
    // code generation is switched off (a hardened runtime): zod decides alone
    return (v) => schema.safeParse(v).success;
  }
}

/**
 * The schema kinds `quickCheck` would leave to zod's safeParse. Empty for the record
 * schemas as long as zod keeps its internals where this module reads them: the contract
 * test (test/validate/quick-check.test.ts) fails, rather than validation silently slowing
 * down, when a zod release moves them. zod is pinned to one exact version for this reason.
 */
export function quickCheckLeftToZod(schema: z.ZodType): string[] {
  const g = new Generator();
  g.emit(schema, 'v');
  return g.leftToZod;
}

/** one zod check as a predicate; checks only read `value` and push to `issues` on failure */
function runCheck(c: ZodCheckInst): Check {
  const probe: Probe = { value: undefined, issues: [] };
  return (v) => {
    probe.value = v;
    if (c._zod.def.when && !c._zod.def.when(probe)) return true;
    // an async refinement is not settled here: let zod decide
    if (c._zod.check(probe) instanceof Promise || probe.issues.length) {
      probe.issues = [];
      return false;
    }
    return true;
  };
}

class Generator {
  /** predicates the generated code calls: zod checks, and safeParse for unknown kinds */
  readonly calls: Check[] = [];
  /** allowed values of literals and enums */
  readonly sets: Array<Set<unknown>> = [];
  /** the patterns of regex checks, tested in place before zod's check is asked */
  readonly patterns: RegExp[] = [];
  /** the schema kinds handed to zod's safeParse whole (the contract test expects none in the record schemas) */
  readonly leftToZod: string[] = [];
  private vars = 0;

  private call(f: Check): string {
    this.calls.push(f);
    return `C[${this.calls.length - 1}]`;
  }

  private fresh(): string {
    return `x${this.vars++}`;
  }

  /** statements that `return false` unless the value in variable `x` passes `schema` */
  emit(schema: z.ZodType, x: string): string {
    const zod = internals(schema);
    const def = zod.def;
    const checks = def.checks ?? [];
    // a check that rewrites the value (overwrite) needs zod's own payload handling
    if (def.coerce || checks.some((c) => c._zod.def.check === 'overwrite')) return this.whole(schema, x);
    // an int: Number.isSafeInteger passing says the type test (a finite number) passes too
    const first = checks[0]?._zod.def;
    if (def.type === 'number' && first?.check === 'number_format' && first.format === 'safeint') {
      const run = `${this.call(runCheck(checks[0]))}(${x})`;
      const int = `if (typeof ${x} !== 'number') return false;\nif (!Number.isSafeInteger(${x}) && (!Number.isFinite(${x}) || !${run})) return false;\n`;
      return (
        int +
        checks
          .slice(1)
          .map((c) => this.check(c, x))
          .join('')
      );
    }
    const type = this.typeTest(schema, zod, x);
    if (type === null) return this.whole(schema, x);
    return type + checks.map((c) => this.check(c, x)).join('');
  }

  private whole(schema: z.ZodType, x: string): string {
    this.leftToZod.push(String(internals(schema).def?.type));
    return `if (!${this.call((v) => schema.safeParse(v).success)}(${x})) return false;\n`;
  }

  /** zod's check, behind a test that passes only what the check passes */
  private check(c: ZodCheckInst, x: string): string {
    const d = c._zod.def;
    const run = `${this.call(runCheck(c))}(${x})`;
    // at least twice the minimum in UTF-16 units is at least the minimum in code points
    if (d.check === 'min_length' && typeof d.minimum === 'number')
      return `if (${x}.length < ${2 * d.minimum} && !${run}) return false;\n`;
    if (d.check === 'number_format' && d.format === 'safeint')
      return `if (!Number.isSafeInteger(${x}) && !${run}) return false;\n`;
    if (d.check === 'greater_than' && typeof d.value === 'number')
      return `if (!(${x} ${d.inclusive ? '>=' : '>'} ${d.value}) && !${run}) return false;\n`;
    // a refinement (zod's $ZodCustom) that returns true raises no issue; `when` may skip it, never fail it
    if (d.check === 'custom' && d.type === 'custom' && typeof d.fn === 'function' && !d.when)
      return `if (${this.call(d.fn as Check)}(${x}) !== true && !${run}) return false;\n`;
    // a regex check passes what its pattern matches (a pattern without g or y ignores lastIndex)
    if (d.check === 'string_format' && d.format === 'regex' && d.pattern instanceof RegExp) {
      const p = d.pattern;
      if (!p.global && !p.sticky) {
        this.patterns.push(p);
        return `if (!R[${this.patterns.length - 1}].test(${x}) && !${run}) return false;\n`;
      }
    }
    return `if (!${run}) return false;\n`;
  }

  /** the type test of zod's parser for this kind, or null for a kind left to zod */
  private typeTest(schema: z.ZodType, zod: ZodInternals, x: string): string | null {
    const def = zod.def;
    switch (def.type) {
      case 'string':
        return `if (typeof ${x} !== 'string') return false;\n`;
      case 'number':
        return `if (typeof ${x} !== 'number' || !Number.isFinite(${x})) return false;\n`;
      case 'boolean':
        return `if (typeof ${x} !== 'boolean') return false;\n`;
      case 'literal':
      case 'enum': {
        if (!zod.values) return null;
        const values = [...zod.values];
        // a few strings compare directly (=== is Set's SameValueZero for strings)
        if (values.length <= 8 && values.every((s) => typeof s === 'string')) {
          return `if (${values.map((s) => `${x} !== ${JSON.stringify(s)}`).join(' && ')}) return false;\n`;
        }
        this.sets.push(zod.values);
        return `if (!S[${this.sets.length - 1}].has(${x})) return false;\n`;
      }
      case 'nullable':
        return `if (${x} !== null) {\n${this.emit(def.innerType!, x)}}\n`;
      case 'array': {
        const i = this.fresh();
        const e = this.fresh();
        return `if (!Array.isArray(${x})) return false;\nfor (let ${i} = 0; ${i} < ${x}.length; ${i}++) {\nconst ${e} = ${x}[${i}];\n${this.emit(def.element!, e)}}\n`;
      }
      case 'tuple': {
        if (def.rest) return null;
        const items = def.items!;
        let out = `if (!Array.isArray(${x}) || ${x}.length !== ${items.length}) return false;\n`;
        items.forEach((item, k) => {
          const e = this.fresh();
          out += `const ${e} = ${x}[${k}];\n${this.emit(item, e)}`;
        });
        return out;
      }
      case 'object': {
        // unknown keys are stripped, not rejected, unless a catchall says otherwise
        if (def.catchall !== undefined) return null;
        let out = `if (typeof ${x} !== 'object' || ${x} === null || Array.isArray(${x})) return false;\n`;
        for (const [key, field] of Object.entries(def.shape!)) {
          const k = JSON.stringify(key);
          const f = this.fresh();
          // an absent key is zod's call (optional fields, defaults); it reads as undefined,
          // so a test that never passes undefined already turns it away
          if (passesUndefined(field)) out += `if (!(${k} in ${x})) return false;\n`;
          out += `const ${f} = ${x}[${k}];\n${this.emit(field, f)}`;
        }
        return out;
      }
    }
    return null;
  }
}

/** can the test `emit` writes for this schema pass `undefined`? (the cases typeTest leaves to zod may) */
function passesUndefined(schema: z.ZodType): boolean {
  const zod = internals(schema);
  const def = zod.def;
  if (def.coerce || (def.checks ?? []).some((c) => c._zod.def.check === 'overwrite')) return true;
  switch (def.type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'array':
      return false;
    case 'tuple':
      return Boolean(def.rest);
    case 'object':
      return def.catchall !== undefined;
    case 'literal':
    case 'enum':
      return !zod.values || zod.values.has(undefined);
    case 'nullable':
      return passesUndefined(def.innerType!);
  }
  return true;
}
