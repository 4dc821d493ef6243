import { z } from 'zod';
import { DiagnosticSchema, PLURAL, RECORD_SCHEMAS, RECORD_TYPES, type RecordType } from '../schema/index.js';

/**
 * Schemas of what qhdocs prints, built from the record schemas so they cannot drift: the
 * `--format json` envelope, a `--format jsonl` line, and the `validate --report json`
 * report. `qhdocs schema` prints them as one JSON Schema document with `$defs`.
 */

export const FileInfoSchema = z.object({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  encoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030']),
  bytes: z.number().int().min(0),
});

/** a diagnostic as a JSONL line carries it: the diagnostic with `type: "diagnostic"` */
export const DiagnosticLineSchema = DiagnosticSchema.extend({ type: z.literal('diagnostic') });

const recordArrays = Object.fromEntries(RECORD_TYPES.map((t) => [PLURAL[t], z.array(RECORD_SCHEMAS[t])])) as {
  [K in RecordType as string]: z.ZodArray<(typeof RECORD_SCHEMAS)[RecordType]>;
};

export const EnvelopeSchema = z.object({
  tool: z.literal('qhdocs'),
  version: z.string(),
  files: z.array(FileInfoSchema),
  records: z.object(recordArrays),
  diagnostics: z.array(DiagnosticSchema),
});

export const LineSchema = z.union([...RECORD_TYPES.map((t) => RECORD_SCHEMAS[t]), DiagnosticLineSchema]);

export const ReportSchema = z.object({
  tool: z.literal('qhdocs'),
  version: z.string(),
  files: z.array(FileInfoSchema),
  summary: z.object({
    error: z.number().int().min(0),
    warning: z.number().int().min(0),
    info: z.number().int().min(0),
    /** with --baseline: how many findings the baseline accepted (left out of `diagnostics`) */
    baselined: z.number().int().min(0).optional(),
  }),
  diagnostics: z.array(DiagnosticSchema),
});

/** the names `qhdocs schema NAME` takes beside the record types */
export const OUTPUT_SCHEMAS = {
  diagnostic: DiagnosticSchema,
  file: FileInfoSchema,
  envelope: EnvelopeSchema,
  line: LineSchema,
  report: ReportSchema,
} as const;
export type OutputSchemaName = keyof typeof OUTPUT_SCHEMAS;

/** every named schema, so each becomes one `$defs` entry that the others refer to */
function registry() {
  const reg = z.registry<{ id: string }>();
  for (const t of RECORD_TYPES) reg.add(RECORD_SCHEMAS[t], { id: t });
  for (const [id, s] of Object.entries(OUTPUT_SCHEMAS)) reg.add(s, { id });
  reg.add(DiagnosticLineSchema, { id: 'diagnosticLine' });
  return reg;
}

function toJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { metadata: registry(), unrepresentable: 'any' }) as Record<string, unknown>;
}

/** the whole document: any qhdocs JSON output (envelope, report or one JSONL line), with `$defs` for each part */
export function outputJsonSchema(): Record<string, unknown> {
  const root = z.union([EnvelopeSchema, ReportSchema, LineSchema]);
  const doc = toJsonSchema(root);
  return {
    $schema: doc.$schema,
    title: 'qhdocs output',
    description:
      'Any JSON that qhdocs prints: the extract --format json envelope, one extract --format jsonl line, or the validate --report json report. Each part is in $defs.',
    anyOf: doc.anyOf,
    $defs: doc.$defs,
  };
}

/** one schema by name: a record type or an output part, standalone (its parts in its own `$defs`) */
export function namedJsonSchema(name: RecordType | OutputSchemaName): Record<string, unknown> {
  const schema = name in RECORD_SCHEMAS ? RECORD_SCHEMAS[name as RecordType] : OUTPUT_SCHEMAS[name as OutputSchemaName];
  // wrapping keeps the named schema itself out of $defs, so the document's root is the schema
  const doc = toJsonSchema(z.union([schema]));
  const { anyOf, ...rest } = doc as { anyOf: Array<{ $ref: string }> } & Record<string, unknown>;
  const id = anyOf[0].$ref.replace('#/$defs/', '');
  const defs = { ...(rest.$defs as Record<string, unknown>) };
  const self = defs[id] as Record<string, unknown>;
  delete defs[id];
  return { $schema: rest.$schema, ...self, ...(Object.keys(defs).length ? { $defs: defs } : {}) };
}
