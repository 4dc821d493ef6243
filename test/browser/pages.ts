import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReviewFile } from '../../src/emit/html/index.js';
import type { Envelope } from '../../src/emit/records.js';
import { decode } from '../../src/read/decode.js';
import type { RecordSet } from '../../src/schema/index.js';
import { runCli } from '../helpers/cli.js';

export interface BuiltPage {
  /** the page on disk, opened from there as a user would (file://) */
  path: string;
  /** each input's decoded text: what record offsets count in */
  files: ReviewFile[];
  /** the same run's records, from `--format json` */
  records: RecordSet;
}

/** `qhdocs extract --format html` on the given inputs (files or folders), and the same run as JSON */
export async function buildPage(inputs: string[]): Promise<BuiltPage> {
  const path = join(mkdtempSync(join(tmpdir(), 'qhdocs-review-')), 'review.html');
  const page = await runCli(['extract', ...inputs, '--format', 'html', '--out', path, '--quiet']);
  if (page.code !== 0) throw new Error(`extract --format html exited ${page.code}: ${page.stderr}`);
  const json = await runCli(['extract', ...inputs, '--format', 'json', '--quiet']);
  const env = JSON.parse(json.stdout) as Envelope;
  const files = env.files.map((f) => ({ path: f.path, text: decode(new Uint8Array(readFileSync(f.path))).text }));
  return { path, files, records: env.records };
}
