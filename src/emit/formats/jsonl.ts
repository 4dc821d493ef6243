import type { Emitter } from '../emitter.js';
import type { Sink } from '../sink.js';
import { renderJsonl } from '../records.js';
import { emptyRecordSet } from '../../schema/index.js';

/** `--format jsonl`: one record or diagnostic per line, written file by file */
export const jsonl: Emitter = {
  name: 'jsonl',
  summary: 'one record per line, streamed file by file so memory stays flat (diagnostics: "type": "diagnostic")',
  file: 'records.jsonl',
  streaming: true,
  wantsJsonl: true,
  async start(target, opts) {
    let sink: Sink | null = null;
    const open = async () => (sink ??= await target.open('records.jsonl'));
    return {
      async file(out) {
        const text = out.jsonl ?? renderJsonl(out.records, out.diagnostics, { types: opts.types });
        if (text.length) await (await open()).write(text);
      },
      async end(end) {
        const s = await open();
        if (end.diagnostics.length) await s.write(renderJsonl(emptyRecordSet(), end.diagnostics, { types: [] }));
        await s.close();
      },
      async abort() {
        await sink?.abort();
      },
    };
  },
};
