import { createReadStream } from 'node:fs';
import { open, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { emptyRecordSet, type RecordSet } from '../../schema/index.js';
import type { Emitter } from '../emitter.js';
import { OutputError, type Sink } from '../sink.js';
import { createTempDir, forgetPending } from '../atomic.js';
import { TOOL, VERSION } from '../records.js';

const pad = (depth: number) => '  '.repeat(depth);

/**
 * The elements of an array `depth` levels deep, as JSON.stringify(…, null, 2) writes them
 * there, joined by `,\n`: the array is stringified inside depth - 1 wrapping objects, so
 * the elements come out already indented, and the wrapping is cut off again.
 */
function items(xs: readonly unknown[], depth: number): string {
  let wrapped: unknown = xs;
  for (let d = 1; d < depth; d++) wrapped = { a: wrapped };
  const text = JSON.stringify(wrapped, null, 2);
  // before the elements: `[\n` after the wrappers' keys; after them: the array's `]` and each wrapper's `}`
  const head = text.indexOf('[\n') + 2;
  let tail = 1 + 2 * (depth - 1) + 1;
  for (let k = depth - 2; k >= 0; k--) tail += 1 + 2 * k + 1;
  return text.slice(head, text.length - tail);
}

/**
 * An array of the envelope written to a temporary file as its elements arrive, then copied
 * into the output: the run's records never sit in memory together.
 */
class Spool {
  count = 0;
  private fh: FileHandle | null = null;
  constructor(
    private readonly path: string,
    /** how deep the array's elements sit in the envelope */
    private readonly depth: number,
  ) {}

  async add(xs: readonly unknown[]): Promise<void> {
    if (!xs.length) return;
    const text = (this.count ? ',\n' : '') + items(xs, this.depth);
    this.count += xs.length;
    this.fh ??= await open(this.path, 'wx', 0o600);
    await this.fh.writeFile(text);
  }

  /** the array, `[]` or `[` … `]`, through the sink */
  async copyTo(sink: Sink): Promise<void> {
    if (!this.count) return sink.write('[]');
    await this.fh!.close();
    this.fh = null;
    await sink.write('[\n');
    for await (const chunk of createReadStream(this.path, { highWaterMark: 1 << 20 }))
      await sink.write(chunk as Buffer);
    await sink.write('\n' + pad(this.depth - 1) + ']');
  }

  async close(): Promise<void> {
    await this.fh?.close().catch(() => {});
    this.fh = null;
  }
}

/** an array already in memory (the run's files), as it sits `depth` levels deep */
function arrayText(xs: readonly unknown[], depth: number): string {
  if (!xs.length) return '[]';
  return `[\n${items(xs, depth)}\n${pad(depth - 1)}]`;
}

/**
 * `--format json`: the whole run as one envelope object (SPEC "Output"), laid out exactly
 * as `JSON.stringify(envelope, null, 2)` would. Each file's records and diagnostics are
 * spooled to temporary files as the file is done and joined into the envelope at the end,
 * so memory stays bounded by the largest input file, not the archive.
 */
export const json: Emitter = {
  name: 'json',
  summary:
    'one object holding the whole run (records and diagnostics); spooled to temporary files, so memory stays flat',
  file: 'records.json',
  streaming: true,
  async start(target) {
    const dir = await createTempDir('qhdocs-json-');
    const keys = Object.keys(emptyRecordSet()) as Array<keyof RecordSet>;
    const records = new Map(keys.map((k) => [k, new Spool(join(dir, `${k}.json`), 3)]));
    const diagnostics = new Spool(join(dir, 'diagnostics.json'), 2);
    const cleanup = async () => {
      for (const s of [...records.values(), diagnostics]) await s.close();
      await rm(dir, { recursive: true, force: true });
      forgetPending(dir);
    };
    const spooled = async (work: () => Promise<void>) => {
      try {
        await work();
      } catch (e) {
        throw e instanceof OutputError ? e : new OutputError(`a temporary file in ${dir}`, e);
      }
    };
    return {
      async file(out) {
        await spooled(async () => {
          for (const k of keys) await records.get(k)!.add(out.records[k] as unknown[]);
          await diagnostics.add(out.diagnostics);
        });
      },
      async end(end) {
        await spooled(() => diagnostics.add(end.diagnostics));
        const sink = await target.open('records.json');
        try {
          await sink.write(
            `{\n  "tool": ${JSON.stringify(TOOL)},\n  "version": ${JSON.stringify(VERSION)},\n  "files": `,
          );
          await sink.write(arrayText(end.files, 2) + ',\n  "records": {\n');
          for (const [i, k] of keys.entries()) {
            await sink.write(`${i ? ',\n' : ''}    ${JSON.stringify(k)}: `);
            await spooled(() => records.get(k)!.copyTo(sink));
          }
          await sink.write('\n  },\n  "diagnostics": ');
          await spooled(() => diagnostics.copyTo(sink));
          await sink.write('\n}\n');
          await sink.close();
        } catch (e) {
          await sink.abort();
          throw e;
        } finally {
          await cleanup();
        }
      },
      async abort() {
        await cleanup();
      },
    };
  },
};
