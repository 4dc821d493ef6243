import { createReadStream } from 'node:fs';
import { open, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createTempDir, forgetPending } from '../atomic.js';

/**
 * Records kept on disk until their sheet's turn. A workbook is written one sheet after
 * another, but records arrive file by file with every type mixed; holding them in memory
 * would grow with the archive. Each stream (a record type, the tables, the diagnostics) is
 * a temporary JSON-lines file, read back once its sheet is written, then removed.
 */
export class Spool {
  private readonly files = new Map<string, FileHandle>();

  private constructor(private readonly dir: string) {}

  static async create(): Promise<Spool> {
    return new Spool(await createTempDir('qhdocs-xlsx-'));
  }

  /** append values to one stream */
  async add(stream: string, values: readonly unknown[]): Promise<void> {
    if (!values.length) return;
    let fh = this.files.get(stream);
    if (!fh) this.files.set(stream, (fh = await open(this.path(stream), 'w')));
    let text = '';
    for (const v of values) text += JSON.stringify(v) + '\n';
    await fh.writeFile(text);
  }

  /** finish writing: every stream can now be read */
  async seal(): Promise<void> {
    for (const fh of this.files.values()) await fh.close();
  }

  /** one stream's values, in the order they were added */
  async *read<T>(stream: string): AsyncGenerator<T> {
    if (!this.files.has(stream)) return;
    const lines = createInterface({ input: createReadStream(this.path(stream)), crlfDelay: Infinity });
    for await (const line of lines) if (line) yield JSON.parse(line) as T;
  }

  /** remove every temporary file */
  async remove(): Promise<void> {
    for (const fh of this.files.values()) await fh.close().catch(() => {});
    await rm(this.dir, { recursive: true, force: true });
    forgetPending(this.dir);
  }

  private path(stream: string): string {
    return join(this.dir, `${stream}.jsonl`);
  }
}
