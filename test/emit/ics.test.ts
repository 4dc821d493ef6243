import { describe, expect, it } from 'vitest';
import { toIcs, foldLine, escapeText, eventTimes } from '../../src/emit/ics.js';
import { fixture } from '../helpers/parse.js';
import type { ActivityRecord } from '../../src/schema/index.js';
import { activity } from '../helpers/records.js';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/parse.js';

/** a small RFC 5545 reader: unfold, split properties, unescape text */
function readIcs(ics: string) {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const raw = ics.split('\r\n');
  for (const l of raw) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
  const lines = ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  const events: Array<Record<string, string>> = [];
  let cur: Record<string, string> | null = null;
  const stack: string[] = [];
  for (const l of lines) {
    const m = /^([A-Z-]+)((?:;[^:]+)?):(.*)$/.exec(l);
    expect(m, l).not.toBeNull();
    const [, name, params, value] = m!;
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') cur = {};
      continue;
    }
    if (name === 'END') {
      expect(stack.pop()).toBe(value);
      if (value === 'VEVENT') {
        events.push(cur!);
        cur = null;
      }
      continue;
    }
    if (cur) cur[name + params] = value.replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');
  }
  expect(stack).toEqual([]);
  return { lines, events };
}

const act = (over: Partial<ActivityRecord>): ActivityRecord => activity({ seq: '1', ...over });

describe('toIcs', () => {
  const acts = fixture('000').records.activities;
  const ics = toIcs(acts);
  const { lines, events } = readIcs(ics);

  it('writes one event per dated activity with Asia/Shanghai times', () => {
    expect(events).toHaveLength(acts.filter((a) => a.start).length);
    const first = events.find((e) => e.SUMMARY === '会见及餐叙会')!;
    expect(first['DTSTART;TZID=Asia/Shanghai']).toBe('20220721T170000');
    expect(first['DTEND;TZID=Asia/Shanghai']).toBe('20220721T190000');
    expect(first.SUMMARY).toBe('会见及餐叙会');
    expect(first.LOCATION).toBe('青海宾馆');
    expect(first.UID).toBe(`${acts.find((a) => a.name === '会见及餐叙会')!.id}@qhdocs`);
    expect(new Set(events.map((e) => e.UID)).size).toBe(events.length);
    expect(lines).toContain('TZID:Asia/Shanghai');
    expect(lines).toContain('TZOFFSETTO:+0800');
  });

  it('makes a date-only span an all-day event with an exclusive end', () => {
    const green = events.find((e) => e.SUMMARY.includes('绿电5周'))!;
    expect(green['DTSTART;VALUE=DATE']).toBe('20220625');
    expect(green['DTEND;VALUE=DATE']).toBe('20220730');
  });

  it('is the same bytes on every run, with a stamp taken from the data', () => {
    expect(toIcs(acts)).toBe(ics);
    expect(events.every((e) => /^\d{8}T\d{6}Z$/.test(e.DTSTAMP))).toBe(true);
  });

  it('writes month spans from the first to the last day of the month, and a year-end range', () => {
    expect(eventTimes({ start: '2020-09', end: '2020-11' })).toEqual([
      'DTSTART;VALUE=DATE:20200901',
      'DTEND;VALUE=DATE:20201201',
    ]);
    expect(eventTimes({ start: '2021-12', end: '2021-12' })).toEqual([
      'DTSTART;VALUE=DATE:20211201',
      'DTEND;VALUE=DATE:20220101',
    ]);
    expect(eventTimes({ start: '2022-12-28', end: '2023-01-03' })).toEqual([
      'DTSTART;VALUE=DATE:20221228',
      'DTEND;VALUE=DATE:20230104',
    ]);
    expect(eventTimes({ start: '2022-07-21T17:00', end: null })).toEqual([
      'DTSTART;TZID=Asia/Shanghai:20220721T170000',
    ]);
    expect(eventTimes({ start: '2022-07-21T22:00', end: '2022-07-21T24:00' })).toEqual([
      'DTSTART;TZID=Asia/Shanghai:20220721T220000',
      'DTEND;TZID=Asia/Shanghai:20220722T000000',
    ]);
    expect(eventTimes({ start: null, end: null })).toBeNull();
  });

  it('escapes text and folds long lines without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const long = `SUMMARY:${'青'.repeat(60)}`;
    const folded = foldLine(long);
    expect(folded.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    const one = readIcs(toIcs([act({ start: '2022-06-25', name: 'A, B; C', venue: '馆\\厅', text: 'x\ny' })]))
      .events[0];
    expect(one).toMatchObject({
      SUMMARY: 'A, B; C',
      LOCATION: '馆\\厅',
      'DTSTART;VALUE=DATE': '20220625',
      'DTEND;VALUE=DATE': '20220626',
    });
    expect(one.DESCRIPTION.startsWith('x\ny')).toBe(true);
  });

  it('writes an empty calendar when nothing is dated', () => {
    const { events: none } = readIcs(toIcs([act({})]));
    expect(none).toEqual([]);
  });
});

describe('qhdocs extract --format ics', () => {
  it('writes activities.ics that reads back, byte-identical across runs', async () => {
    const files = ['000_35fb21c491f32646.txt', '003_acdd827c104e1396.txt'].map((f) => join(FIXTURES, f));
    const outs: string[] = [];
    for (let r = 0; r < 2; r++) {
      const dir = mkdtempSync(join(tmpdir(), 'qhdocs-ics-'));
      const res = await runCli(['extract', ...files, '--types', 'activities', '--format', 'ics', '--out', dir, '-q']);
      expect(res.code).toBe(0);
      outs.push(readFileSync(join(dir, 'activities.ics'), 'utf8'));
    }
    expect(outs[1]).toBe(outs[0]);
    const { events } = readIcs(outs[0]);
    // 11 dated events of the fair, 67 chronicle entries, 10 stages of 2020
    expect(events.length).toBe(11 + 67 + 10);
    const range = events.find((e) => e.DESCRIPTION?.includes('全国人大常委会副委员长'))!;
    expect(range).toMatchObject({
      'DTSTART;VALUE=DATE': '20200803',
      'DTEND;VALUE=DATE': '20200808',
      CATEGORIES: 'CHRONICLE',
    });
  });
});
