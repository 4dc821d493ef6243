import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/parse.js';
import { errorsOf, qhdocsValidator } from '../helpers/ajv.js';
import { RECORD_TYPES } from '../../src/schema/index.js';

async function schemaDoc(): Promise<Record<string, unknown>> {
  const r = await runCli(['schema']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('qhdocs schema', () => {
  it('prints one JSON Schema document with $defs for every record type and output part', async () => {
    const doc = await schemaDoc();
    expect(doc.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const defs = Object.keys(doc.$defs as object);
    for (const name of [...RECORD_TYPES, 'diagnostic', 'diagnosticLine', 'envelope', 'line', 'report', 'file'])
      expect(defs).toContain(name);
  });

  it('holds for the seeds: the JSON envelope, every JSONL line, and the validate report', async () => {
    const doc = await schemaDoc();
    const envelope = qhdocsValidator(doc, 'envelope');
    const json = JSON.parse((await runCli(['extract', FIXTURES, '--quiet'])).stdout);
    expect(envelope(json), errorsOf(envelope)).toBe(true);

    const line = qhdocsValidator(doc, 'line');
    const lines = (await runCli(['extract', FIXTURES, '--format', 'jsonl', '--quiet'])).stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(100);
    const bad = lines.filter((l) => !line(JSON.parse(l)));
    expect(bad, errorsOf(line)).toEqual([]);
    expect(lines.some((l) => JSON.parse(l).type === 'diagnostic')).toBe(true);

    const report = qhdocsValidator(doc, 'report');
    const rep = JSON.parse((await runCli(['validate', FIXTURES, '--report', 'json', '--quiet'])).stdout);
    expect(report(rep), errorsOf(report)).toBe(true);

    // the root accepts any of the three, and refuses what is none of them
    const any = qhdocsValidator(doc);
    expect(any(json) && any(rep) && any(JSON.parse(lines[0]))).toBe(true);
    expect(any({ type: 'diagnostic', severity: 'fatal' })).toBe(false);
  });

  it('prints one type standalone, and the line schema takes a diagnostic with its type', async () => {
    const r = await runCli(['schema', 'line']);
    const v = qhdocsValidator(JSON.parse(r.stdout));
    expect(v({ type: 'diagnostic', severity: 'warning', code: 'a-b', message: 'm', file: 'f', line: 1 })).toBe(true);
    expect(v({ type: 'diagnostic', severity: 'warning', code: 'a-b', message: 'm', file: 'f', line: 1, x: 1 })).toBe(
      false,
    );
  });

  it('lists the types in its help', async () => {
    const r = await runCli(['schema', '--help']);
    expect(r.code).toBe(0);
    for (const t of [...RECORD_TYPES, 'diagnostic', 'envelope', 'line', 'report']) expect(r.stdout).toContain(t);
    expect(r.stdout).toMatch(/Examples:/);
  });
});
