import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/parse.js';
import { escapeData, escapeProperty, githubAnnotations } from '../../src/report/github.js';

describe('validate --report github', () => {
  it('prints one annotation per warning and error of the seeds', async () => {
    const r = await runCli(['validate', FIXTURES, '--report', 'github', '--quiet']);
    const json = JSON.parse((await runCli(['validate', FIXTURES, '--report', 'json', '--quiet'])).stdout);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(json.summary.error + json.summary.warning);
    for (const l of lines) expect(l).toMatch(/^::(warning|error) file=fixtures\/[^,]+,line=\d+,title=[a-z0-9-]+::\S/);
  });

  it("escapes as GitHub's workflow commands require", () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a,b:c%')).toBe('a%2Cb%3Ac%25');
    const out = githubAnnotations(
      [
        { severity: 'error', code: 'x-y', message: 'two\nlines', file: 'dir,1/a:b.txt', line: 3 },
        { severity: 'info', code: 'z', message: 'quiet', file: 'f', line: 0 },
      ],
      { showInfo: false },
    );
    expect(out).toBe('::error file=dir%2C1/a%3Ab.txt,line=3,title=x-y::two%0Alines\n');
  });
});
