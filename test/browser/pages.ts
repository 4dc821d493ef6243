import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderReviewPage, type ReviewFile } from '../../src/emit/html/index.js';
import { TOOL, VERSION } from '../../src/emit/records.js';
import { processBytes } from '../../src/pipeline/run.js';
import { emptyRecordSet, type Diagnostic, type RecordSet } from '../../src/schema/index.js';
import { FIXTURES } from '../helpers/parse.js';

export interface BuiltPage {
  /** the page on disk, opened from there as a user would (file://) */
  path: string;
  files: ReviewFile[];
  records: RecordSet;
}

/** extract the given fixtures (file names under fixtures/) and write their review page */
export function buildPage(names: string[], dir = mkdtempSync(join(tmpdir(), 'qhdocs-review-'))): BuiltPage {
  const files: ReviewFile[] = [];
  const records = emptyRecordSet();
  const diagnostics: Diagnostic[] = [];
  for (const name of names) {
    const path = `fixtures/${name}`;
    const r = processBytes(path, new Uint8Array(readFileSync(join(FIXTURES, name))), name.replace(/\.txt$/, ''));
    if (!r.parsed) throw new Error(r.failure ?? `cannot parse ${name}`);
    files.push({ path, text: r.parsed.src.original });
    for (const k of Object.keys(records) as Array<keyof RecordSet>)
      (records[k] as unknown[]).push(...(r.parsed.records[k] as unknown[]));
    diagnostics.push(...r.diagnostics);
  }
  const out = join(dir, 'review.html');
  writeFileSync(out, renderReviewPage({ files, records, diagnostics, tool: TOOL, version: VERSION }));
  return { path: out, files, records };
}
