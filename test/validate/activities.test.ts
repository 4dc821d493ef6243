import { describe, expect, it } from 'vitest';
import { activityChecks } from '../../src/validate/checks/activities.js';
import { fixture } from '../helpers/parse.js';
import type { ParsedFile } from '../../src/pipeline/parse-file.js';
import type { ActivityRecord } from '../../src/schema/index.js';
import { activity } from '../helpers/records.js';

const act = (id: string, over: Partial<ActivityRecord>): ActivityRecord => activity({ id, ...over });
const run = (activities: ActivityRecord[]) =>
  activityChecks.run({ file: 'x.txt', records: { activities } } as unknown as ParsedFile);

describe('activity checks', () => {
  it('flags impossible dates, in the record or as printed', () => {
    const d = run([act('a', { start: '2022-02-30' }), act('b', { timeText: '2月30日', start: null })]);
    expect(d.map((x) => [x.recordId, x.code, x.severity])).toEqual([
      ['a', 'activity-impossible-date', 'error'],
      ['b', 'activity-impossible-date', 'warning'],
    ]);
  });

  it('flags an end before the start, at the coarser precision', () => {
    expect(run([act('a', { start: '2022-07-24', end: '2022-07-22' })]).map((x) => x.code)).toEqual([
      'activity-end-before-start',
    ]);
    expect(run([act('a', { start: '2022-07-22T10:00', end: '2022-07' })])).toEqual([]);
  });

  it('notes chronicle entries out of order as info', () => {
    const d = run([
      act('a', { kind: 'chronicle', start: '2020-08-14' }),
      act('b', { kind: 'chronicle', start: '2020-08-13', end: '2020-08-14' }),
      act('c', { kind: 'chronicle', start: '2020-08-15' }),
    ]);
    expect(d.map((x) => [x.recordId, x.code, x.severity])).toEqual([['b', 'chronicle-out-of-order', 'info']]);
  });

  it('finds no error in the seeds', () => {
    for (const s of ['000', '001', '002', '003', '004']) {
      expect(activityChecks.run(fixture(s)).filter((x) => x.severity === 'error')).toEqual([]);
    }
  });
});
