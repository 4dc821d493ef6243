import type { Diagnostic, RecordSet, RecordType } from '../schema/index.js';
import type { FileInfo } from '../pipeline/run.js';
import type { Target } from './target.js';

/** what every emitter is told about the run */
export interface EmitOptions {
  /** the record types asked for (already narrowed to the emitter's own `types`) */
  types: RecordType[];
  /** column names for tabular formats */
  header: 'en' | 'zh';
  /** a byte-order mark for CSV (Excel) */
  bom: boolean;
}

/** one input file's share of the output, handed to the emitter as soon as it is parsed */
export interface FileOutput {
  info: FileInfo;
  /** the selected records of this file */
  records: RecordSet;
  /** this file's diagnostics (parse, then validation) */
  diagnostics: Diagnostic[];
  /** the decoded original, for emitters that set `wantsText` */
  text?: string;
  /** the file's JSONL, pre-rendered where it was parsed, for emitters that set `wantsJsonl` */
  jsonl?: string | Uint8Array;
}

/** what is known only when every file is done */
export interface RunEnd {
  files: FileInfo[];
  /** diagnostics of the run itself: unreadable inputs, duplicate ids */
  diagnostics: Diagnostic[];
}

/** one run of an emitter: files arrive in input order, then the end */
export interface EmitterRun {
  /** write one file's share; returns the warnings the format itself adds (a text cut to fit a cell), if any */
  file(out: FileOutput): Promise<Diagnostic[] | void>;
  end(end: RunEnd): Promise<void>;
  /** the run failed: remove partial output */
  abort(): Promise<void>;
}

/**
 * An output format. The CLI's `--format` choices, help and `--out` handling all come from
 * the registry of these (formats/index.ts).
 */
export interface Emitter {
  /** the `--format` value */
  name: string;
  /** one line for --help */
  summary: string;
  /** the one file it writes (`records.json`), or null for a folder of files */
  file: string | null;
  /** the record types it can write, when narrower than all (ics: activities) */
  types?: RecordType[];
  /** output is written file by file, so memory stays flat over an archive */
  streaming: boolean;
  /** it needs each file's decoded text */
  wantsText?: boolean;
  /** it takes each file's JSONL rendered where the file was parsed (off the main thread) */
  wantsJsonl?: boolean;
  /** check the options against the target (throw UsageError) and start a run */
  start(target: Target, opts: EmitOptions): Promise<EmitterRun>;
}
