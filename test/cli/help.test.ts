import { describe, expect, it } from 'vitest';
import { RECORD_KINDS } from '../../src/kinds/index.js';
import { EMITTERS } from '../../src/emit/formats/index.js';
import { listDiagnosticCodes } from '../../src/diagnostics/codes.js';
import { displayWidth } from '../../src/emit/xlsx/cells.js';
import { helpList } from '../../src/cli/help.js';
import { runCli } from '../helpers/cli.js';

/** the lines of one titled part of a help text, up to the blank line that ends it */
const part = (help: string, title: string) => help.split(`\n${title}`)[1].split('\n\n')[0].split('\n').slice(1);

describe('extract --help', () => {
  it('names every record kind of the registry, with its Chinese name and what it holds', async () => {
    const r = await runCli(['extract', '--help']);
    const kinds = part(r.stdout, 'Record types');
    expect(kinds.map((l) => l.trim().split(/\s+/)[0])).toEqual(RECORD_KINDS.map((k) => k.plural));
    for (const k of RECORD_KINDS) {
      const line = kinds.find((l) => l.trim().startsWith(`${k.plural} `))!;
      expect(line).toContain(k.titleZh!);
      expect(line).toContain(k.summary.split(' ')[0]);
    }
    // the one-line description and the --types option come from the same registry
    expect(r.stdout.replace(/\s+/g, ' ')).toContain(
      `parse documents into records (${RECORD_KINDS.map((k) => k.plural).join(', ')})`,
    );
  });

  it('names every output format, and gives an example of each', async () => {
    const r = await runCli(['extract', '--help']);
    const formats = part(r.stdout, 'Formats').filter((l) => /^ {2}\S/.test(l));
    expect(formats.map((l) => l.trim().split(/\s+/)[0])).toEqual(EMITTERS.map((e) => e.name));
    const examples = part(r.stdout, 'Examples:');
    for (const e of EMITTERS.filter((e) => e.name !== 'json'))
      expect(examples.some((l) => l.includes(`-f ${e.name}`))).toBe(true);
  });

  it('keeps every line within 88 columns, counting CJK characters as two', async () => {
    const r = await runCli(['extract', '--help']);
    const after = r.stdout.slice(r.stdout.indexOf('\nInputs are'));
    for (const line of after.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(88);
  });
});

describe('help lists', () => {
  it('pads each column to its widest cell and wraps the last under itself', () => {
    const text = helpList([
      ['a', '甲', 'short'],
      ['bbb', '乙丙', `${'word '.repeat(20)}end`],
    ]);
    const lines = text.split('\n');
    expect(lines[0]).toBe('  a    甲    short');
    expect(lines[1].startsWith('  bbb  乙丙  word')).toBe(true);
    expect(lines.slice(2).every((l) => l.startsWith(' '.repeat(13)) && l[13] !== ' ')).toBe(true);
    expect(lines.every((l) => displayWidth(l) <= 88)).toBe(true);
  });
});

describe('qhdocs codes', () => {
  it('lists every declared code with its severity and meaning', async () => {
    const r = await runCli(['codes']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(listDiagnosticCodes().map((c) => c.code));
    expect(lines.find((l) => l.startsWith('phone-shared '))).toMatch(/^phone-shared +(warning|error|info) +\S/);
  });
});
