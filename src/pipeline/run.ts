import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { decode, DecodeError, type EncodingName } from '../read/decode.js';
import type { InputFile } from '../read/inputs.js';
import { parseText, type ParsedFile, type RecordKey } from './parse-file.js';
import { validateFile } from '../validate/validate.js';
import type { Diagnostic } from '../schema/index.js';
import { renderJsonl, type Selection } from '../emit/records.js';
import { appendAll } from '../text/arrays.js';
import { fsReason } from '../read/reasons.js';
import { safeFileName } from '../kinds/table.js';

export interface FileInfo {
  path: string;
  sha256: string;
  encoding: EncodingName;
  bytes: number;
}

export interface FileResult {
  info: FileInfo | null;
  parsed: ParsedFile | null;
  /** parse diagnostics, then validation diagnostics */
  diagnostics: Diagnostic[];
  /** a read or decode failure: the file is reported and the run goes on */
  failure: string | null;
  /** the file's JSONL text, when the run asked for it (UTF-8 bytes when it comes from a worker thread) */
  jsonl?: string | Uint8Array;
  /** the decoded original, when the run asked for it (the text record offsets count in) */
  text?: string;
}

export interface RunOptions {
  encoding?: EncodingName;
  only?: Set<RecordKey>;
  validate?: boolean;
  /** render each file's JSONL where it is parsed (in a worker thread, off the main thread) */
  jsonl?: Selection;
  /** keep each file's decoded text on its result (the review page shows it) */
  text?: boolean;
}

async function readInput(f: InputFile): Promise<Uint8Array> {
  // a synchronous read: gazette files are small, and the promise-based reader costs more in
  // open/stat/close round trips than the read itself (measured on an archive of 300 files)
  if (f.absolute) return new Uint8Array(readFileSync(f.absolute));
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * A short key per file for record ids: the file name without extension. A name met again
 * gets `~2`, `~3` … in the order the files were given, skipping any key another file's own
 * name would give, so a file named `a~2.txt` keeps `a~2` beside two `a.txt`. Keys are
 * compared as the file names they become (tables/<id>.csv), case-folded, so two keys never
 * share a file even on a case-insensitive disk.
 */
export function fileKeys(files: InputFile[]): string[] {
  const same = (key: string) => safeFileName(key).toLowerCase();
  const bases = files.map((f) => (f.path === '-' ? 'stdin' : basename(f.path, extname(f.path))));
  const own = new Set(bases.map(same));
  const taken = new Set<string>();
  const next = new Map<string, number>(); // per name, the suffix to try next (no rescans)
  return bases.map((base) => {
    let key = base;
    if (taken.has(same(key))) {
      let n = next.get(base) ?? 2;
      while (own.has(same(`${base}~${n}`)) || taken.has(same(`${base}~${n}`))) n++;
      next.set(base, n + 1);
      key = `${base}~${n}`;
    }
    taken.add(same(key));
    return key;
  });
}

export type ReadOutcome = { bytes: Uint8Array; failure?: undefined } | { failure: string; bytes?: undefined };

/** read one input; a failure is a value, so a read started early never rejects unobserved */
export async function readFileBytes(f: InputFile): Promise<ReadOutcome> {
  try {
    return { bytes: await readInput(f) };
  } catch (e) {
    return { failure: `cannot read ${f.path}: ${fsReason(e)}` };
  }
}

/** decode, parse and validate what was read */
export function processRead(f: InputFile, read: ReadOutcome, key: string, opts: RunOptions = {}): FileResult {
  if (read.failure !== undefined) return { info: null, parsed: null, diagnostics: [], failure: read.failure };
  return processBytes(f.path, read.bytes, key, opts);
}

/** read, decode, parse and validate one file */
export async function processFile(f: InputFile, key: string, opts: RunOptions = {}): Promise<FileResult> {
  return processRead(f, await readFileBytes(f), key, opts);
}

export function processBytes(path: string, bytes: Uint8Array, key: string, opts: RunOptions = {}): FileResult {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let decoded;
  try {
    decoded = decode(bytes, opts.encoding);
  } catch (e) {
    if (e instanceof DecodeError)
      return { info: null, parsed: null, diagnostics: [], failure: `${path}: ${e.message}` };
    throw e;
  }
  const info: FileInfo = { path, sha256, encoding: decoded.encoding, bytes: bytes.length };
  const parsed = parseText(path, decoded.text, key, opts.only);
  const diagnostics = [...parsed.diagnostics];
  if (opts.validate !== false) appendAll(diagnostics, validateFile(parsed));
  const result: FileResult = { info, parsed, diagnostics, failure: null };
  if (opts.jsonl) result.jsonl = renderJsonl(parsed.records, diagnostics, opts.jsonl);
  if (opts.text) result.text = decoded.text;
  return result;
}
