import { emptyRecordSet, type Diagnostic, type RecordSet } from '../../schema/index.js';
import type { Emitter } from '../emitter.js';
import { writeWhole } from '../target.js';
import { TOOL, VERSION } from '../records.js';
import { renderReviewPage, type ReviewFile } from '../html/index.js';

/** `--format html`: one self-contained review page, every record beside the passage it came from */
export const html: Emitter = {
  name: 'html',
  summary: 'a review page (review.html): each text with its records marked beside an outline; works offline',
  file: 'review.html',
  streaming: false,
  wantsText: true,
  async start(target) {
    const files: ReviewFile[] = [];
    const records: RecordSet = emptyRecordSet();
    const diagnostics: Diagnostic[] = [];
    return {
      async file(out) {
        files.push({ path: out.info.path, text: out.text ?? '' });
        for (const k of Object.keys(records) as Array<keyof RecordSet>)
          for (const r of out.records[k]) (records[k] as unknown[]).push(r);
        for (const d of out.diagnostics) diagnostics.push(d);
      },
      async end(end) {
        for (const d of end.diagnostics) diagnostics.push(d);
        const page = renderReviewPage({ files, records, diagnostics, tool: TOOL, version: VERSION });
        await writeWhole(target, 'review.html', page);
      },
      async abort() {},
    };
  },
};
