import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileSink, OutputError } from '../../src/emit/sink.js';
import { resolveTarget } from '../../src/emit/target.js';
import { runCli } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/parse.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'qh-sink-'));

describe('fileSink', () => {
  it('writes through a temporary file and leaves nothing else behind', async () => {
    const dir = tmp();
    const s = await fileSink(join(dir, 'a.jsonl'));
    await s.write('one\n');
    await s.write(new TextEncoder().encode('two\n'));
    expect(existsSync(join(dir, 'a.jsonl'))).toBe(false);
    await s.close();
    expect(readFileSync(join(dir, 'a.jsonl'), 'utf8')).toBe('one\ntwo\n');
    expect(readdirSync(dir)).toEqual(['a.jsonl']);
  });

  it('removes its temporary file when aborted', async () => {
    const dir = tmp();
    const s = await fileSink(join(dir, 'b.json'));
    await s.write('half');
    await s.abort();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('never follows a link planted where a temporary file could be', async () => {
    const dir = tmp();
    const victim = join(tmp(), 'victim.txt');
    writeFileSync(victim, 'keep');
    // the names are random: plant links under many guesses of the old predictable form
    for (let i = 0; i < 20; i++) symlinkSync(victim, join(dir, `.c.json.${process.pid}.${i}.tmp`));
    const s = await fileSink(join(dir, 'c.json'));
    await s.write('new');
    await s.close();
    expect(readFileSync(victim, 'utf8')).toBe('keep');
    expect(readFileSync(join(dir, 'c.json'), 'utf8')).toBe('new');
  });

  it('names the target and the reason when it cannot write', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'file'), 'x');
    await expect(fileSink(join(dir, 'file', 'inside.json'))).rejects.toThrow(OutputError);
    await expect(fileSink(join(dir, 'file', 'inside.json'))).rejects.toThrow(/^cannot write to .*inside\.json: /);
  });
});

describe('resolveTarget', () => {
  it('takes --out as the file for a one-file format when the extension matches', async () => {
    expect((await resolveTarget('result.json', 'records.json')).name).toBe('result.json');
    expect((await resolveTarget('export', 'records.json')).name).toBe('export');
    expect((await resolveTarget(undefined, 'records.json')).stdout).toBe(true);
  });

  it('refuses an existing file for a folder format', async () => {
    const f = join(tmp(), 'x.json');
    writeFileSync(f, '{}');
    await expect(resolveTarget(f, null)).rejects.toThrow(/is a file/);
  });
});

describe('extract output targets', () => {
  it('-o result.json writes that file, not a folder', async () => {
    const out = join(tmp(), 'result.json');
    const r = await runCli(['extract', join(FIXTURES, '001_9f78a3f0e029c928.txt'), '-o', out, '-q']);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).tool).toBe('qhdocs');
  });

  it.each(['json', 'jsonl', 'csv'])('a full device fails the run with one line and exit 2 (%s)', (format) => {
    if (!existsSync('/dev/full')) return;
    const args = [
      'bin/qhdocs.js',
      'extract',
      join(FIXTURES, '002_6bc5adcb762922b6.txt'),
      '-f',
      format,
      ...(format === 'csv' ? ['-t', 'projects'] : []),
    ];
    const p = spawnSync(process.execPath, args, {
      stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'],
      encoding: 'utf8',
    });
    expect(p.status).toBe(2);
    expect(p.stderr.trim()).toBe('qhdocs: cannot write to standard output: no space left on device');
  });
});
