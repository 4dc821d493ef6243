import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printable } from '../../src/read/printable.js';
import { runCli } from '../helpers/cli.js';

describe('printable', () => {
  it('escapes control characters, separators and bidi controls, and nothing else', () => {
    expect(printable('a\nb\rc\td')).toBe('a\\nb\\rc\\td');
    expect(printable('\x1b[31mred\x7f\x85')).toBe('\\x1b[31mred\\x7f\\x85');
    expect(printable('x\u2028y\u202ez')).toBe('x\\u2028y\\u202ez');
    expect(printable('青海省 2024年.txt')).toBe('青海省 2024年.txt');
  });

  it("a file name with a newline is one line in validate's human report and in stderr", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qh-ctl-'));
    const f = join(dir, 'evil\nqhdocs: forged.txt');
    writeFileSync(f, '\u0000\u0001binary');
    const r = await runCli(['extract', f, '--quiet']);
    expect(r.stderr).toContain('evil\\nqhdocs: forged.txt');
    expect(r.stderr.split('\n').filter((l) => l.startsWith('qhdocs: forged'))).toEqual([]);
    const g = join(dir, 'ok\x1b[2J.txt');
    writeFileSync(g, '\u0000\u0001binary');
    // validate says what it could not read on stderr, one line each (its report lists defects of what it read)
    const v = await runCli(['validate', g]);
    expect(v.stderr).toContain('ok\\x1b[2J.txt');
    expect(v.stderr).not.toContain('\x1b[2J');
    expect(v.stdout).not.toContain('\x1b[2J');
  });
});
