import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseText } from '../../src/pipeline/parse-file.js';
import { params, runs } from './helpers.js';

/**
 * Long lists of units, repeated and distinct mixed, and long runs of lines without
 * punctuation: every distinct unit is kept once, in first-seen order, and nothing throws.
 */
const unit = fc.integer({ min: 0, max: 3000 }).map((i) => `第${i}区人民政府`);

describe('long lists and long unpunctuated runs', () => {
  it('a 责任单位 line keeps each distinct unit once, in order', () => {
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 2000 }), (units) => {
        const p = parseText(
          'u.txt',
          `关于做好工作的通知\n一、总体要求\n1.做好工作。\n责任单位：${units.join('、')}\n`,
          'u',
        );
        expect(p.records.tasks).toHaveLength(1);
        expect(p.records.tasks[0].responsible).toEqual([...new Set(units)]);
      }),
      { ...params(20), numRuns: Math.min(runs(20), 300) },
    );
  }, 120_000);

  it('a numbered item over a long run of lines without punctuation does not throw', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 99999 }), { minLength: 1, maxLength: 3000 }), (ns) => {
        const body = ns.map((n) => `推进第${n}项工作`).join('\n');
        const p = parseText('r.txt', `关于做好工作的通知\n一、总体要求\n1.做好工作\n${body}\n`, 'r');
        expect(p.diagnostics.filter((d) => d.code === 'parser-failed')).toEqual([]);
        expect(p.records.documents).toHaveLength(1);
      }),
      { ...params(20), numRuns: Math.min(runs(20), 300) },
    );
  }, 120_000);
});
