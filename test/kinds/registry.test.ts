import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PLURAL,
  RECORD_KINDS,
  RECORD_SCHEMAS,
  RECORD_TYPES,
  emptyRecordSet,
  kindOf,
  recordsOf,
} from '../../src/kinds/index.js';
import { READ_ORDER } from '../../src/parse/index.js';
import { CROSS_CHECKS } from '../../src/validate/checks/index.js';
import { isDiagnosticCode } from '../../src/diagnostics/index.js';
import { fixture } from '../helpers/parse.js';

describe('record-kind registry', () => {
  it('derives the types, plurals, schemas and the empty set from the list, in output order', () => {
    expect(RECORD_TYPES).toEqual(RECORD_KINDS.map((k) => k.type));
    expect(RECORD_TYPES[0]).toBe('document');
    expect(Object.keys(emptyRecordSet())).toEqual(RECORD_TYPES.map((t) => PLURAL[t]));
    for (const k of RECORD_KINDS) {
      expect(RECORD_SCHEMAS[k.type]).toBe(k.schema);
      expect(kindOf(k.type)).toBe(k);
    }
  });

  it('gives every schema field a column (or a file of its own), and every plain column a field', () => {
    for (const k of RECORD_KINDS) {
      const elsewhere: readonly string[] = ('indexedElsewhere' in k && k.indexedElsewhere) || [];
      const fields = Object.keys(k.schema.shape).filter((f) => f !== 'type' && !elsewhere.includes(f));
      // derived columns (a table index's row count, its file) have no field of their own
      const columns = new Set(k.columns.filter((c) => !c.get).map((c) => c.key.split('.')[0]));
      expect([...columns].sort(), k.type).toEqual([...fields].sort());
    }
  });

  it('reads generic tables first, then the kinds in output order; documents have no reader', () => {
    const first = RECORD_KINDS.filter((k) => 'readFirst' in k && k.readFirst).map((k) => k.plural);
    expect(first).toEqual(['tables']);
    const rest = RECORD_KINDS.map((k) => k.plural).filter((p) => p !== 'documents' && !first.includes(p));
    expect(READ_ORDER.map((r) => r.key)).toEqual([...first, ...rest]);
    expect(kindOf('activity').readers.map((r) => r.name)).toEqual([
      'programme events',
      'schedule tables',
      'exhibition zones',
      'chronicle entries',
      'schedule phases',
      'meetings in prose',
    ]);
  });

  it('reads a record set by type', () => {
    const p = fixture('000');
    expect(recordsOf(p.records, 'contact')).toBe(p.records.contacts);
  });
});

describe('cross-check registry', () => {
  it('the checks declare, together, exactly the codes the check modules emit', () => {
    const dir = new URL('../../src/validate/checks/', import.meta.url);
    const used = new Set<string>();
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts') && n !== 'index.ts' && n !== 'types.ts')) {
      const text = readFileSync(new URL(f, dir), 'utf8');
      for (const m of text.matchAll(/'([a-z0-9]+(?:-[a-z0-9]+)+)'/g)) if (isDiagnosticCode(m[1])) used.add(m[1]);
    }
    const declared = new Set(CROSS_CHECKS.flatMap((c) => c.codes));
    expect([...used].sort()).toEqual([...declared].sort());
  });

  it('on the seeds, every check reports only codes it declares', () => {
    for (const seed of ['000', '001', '002', '003', '004']) {
      const p = fixture(seed);
      for (const c of CROSS_CHECKS) for (const d of c.run(p)) expect(c.codes, c.name).toContain(d.code);
    }
  });
});
