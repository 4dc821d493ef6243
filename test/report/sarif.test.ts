import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/parse.js';
import { errorsOf, sarifValidator } from '../helpers/ajv.js';
import { toSarif } from '../../src/report/sarif.js';
import { rulesFor } from '../../src/report/rules.js';
import type { Diagnostic } from '../../src/schema/index.js';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  locations: Array<{
    physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; endLine: number } };
    logicalLocations?: Array<{ name: string }>;
  }>;
}

describe('validate --report sarif', () => {
  it('is valid SARIF 2.1.0 for the seeds, one result per diagnostic, each with its rule', async () => {
    const r = await runCli(['validate', FIXTURES, '--report', 'sarif', '--quiet']);
    expect(r.code).toBe(0);
    const log = JSON.parse(r.stdout);
    const valid = sarifValidator();
    expect(valid(log), errorsOf(valid)).toBe(true);
    expect(log.runs).toHaveLength(1);
    const json = JSON.parse((await runCli(['validate', FIXTURES, '--report', 'json', '--quiet'])).stdout);
    const run = log.runs[0];
    const results = run.results as SarifResult[];
    expect(results).toHaveLength(json.diagnostics.length);
    for (const res of results) {
      expect(run.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
      expect(res.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^fixtures\//);
    }
    expect(results.some((x) => x.locations[0].logicalLocations?.[0].name)).toBe(true);
  });

  it('locates a finding by file, lines and record, and levels info as note', () => {
    const d: Diagnostic[] = [
      { severity: 'info', code: 'some-note', message: 'm', file: 'a dir/文件.txt', line: 4, recordId: 'r-1' },
      { severity: 'error', code: 'input-unreadable', message: 'gone', file: 'b.txt', line: 0 },
    ];
    const log = toSarif(d, rulesFor(d), [], { baselined: false }) as { runs: Array<{ results: SarifResult[] }> };
    const [a, b] = log.runs[0].results;
    expect(a.level).toBe('note');
    expect(a.locations[0].physicalLocation.artifactLocation.uri).toBe('a%20dir/%E6%96%87%E4%BB%B6.txt');
    expect(a.locations[0].physicalLocation.region).toEqual({ startLine: 4, endLine: 4 });
    expect(a.locations[0].logicalLocations?.[0].name).toBe('r-1');
    // a finding about a whole file has no region (SARIF lines start at 1)
    expect(b.locations[0].physicalLocation.region).toBeUndefined();
    // a path outside the working folder is an absolute file: URL
    const abs = toSarif([{ ...d[1], file: '/tmp/a b.txt' }], rulesFor(d), [], { baselined: true }) as {
      runs: Array<{ results: Array<SarifResult & { baselineState: string }> }>;
    };
    expect(abs.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('file:///tmp/a%20b.txt');
    expect(abs.runs[0].results[0].baselineState).toBe('new');
    const valid = sarifValidator();
    expect(valid(log), errorsOf(valid)).toBe(true);
  });

  it('declares a rule for every code with its meaning and default level', () => {
    const rules = rulesFor(
      [{ severity: 'warning', code: 'b-code', message: '', file: 'f', line: 1 }],
      [{ code: 'a-code', severity: 'error', meaning: 'what a means' }],
    );
    expect(rules.map((r) => r.code)).toEqual(['a-code', 'b-code']);
    expect(rules[0].meaning).toBe('what a means');
  });
});
