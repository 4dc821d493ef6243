/**
 * Worker-thread entry: reads, decodes, parses and validates the files the main thread
 * hands it, one at a time, and posts back what the commands use. The normalized text
 * (`src`) and the raw tables stay here: they are large and no command needs them once
 * the records exist.
 */
import { parentPort } from 'node:worker_threads';
import { processFile, type RunOptions } from './run.js';
import { utf8 } from '../emit/utf8.js';
import type { InputFile } from '../read/inputs.js';
import type { RecordKey } from './parse-file.js';
import type { WorkerReply, WorkerTask } from './parallel.js';

if (!parentPort) throw new Error('qhdocs worker: not started as a worker thread');
const port = parentPort;

port.on('message', async (task: WorkerTask) => {
  const opts: RunOptions = { encoding: task.encoding, validate: task.validate, jsonl: task.jsonl, text: task.text };
  if (task.only) opts.only = new Set(task.only as RecordKey[]);
  let reply: WorkerReply;
  const transfer: ArrayBuffer[] = [];
  try {
    const r = await processFile(task.file as InputFile, task.key, opts);
    if (typeof r.jsonl === 'string') {
      // a rendered file travels as UTF-8 bytes, moved rather than copied; its records stay here
      const own = utf8(r.jsonl);
      if (own.buffer.byteLength === own.byteLength) transfer.push(own.buffer as ArrayBuffer);
      reply = {
        index: task.index,
        result: { info: r.info, parsed: null, diagnostics: r.diagnostics, failure: r.failure, jsonl: own },
      };
    } else {
      const parsed = r.parsed
        ? {
            file: r.parsed.file,
            records: r.parsed.records,
            diagnostics: r.parsed.diagnostics,
            docs: r.parsed.docs,
            sections: r.parsed.sections,
          }
        : null;
      reply = {
        index: task.index,
        result: { info: r.info, parsed, diagnostics: r.diagnostics, failure: r.failure, text: r.text },
      };
    }
  } catch (e) {
    const err = e as Error;
    reply = { index: task.index, error: { message: err?.message ?? String(e), stack: err?.stack ?? '' } };
  }
  port.postMessage(reply, transfer);
});
