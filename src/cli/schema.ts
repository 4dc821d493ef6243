import { RECORD_TYPES, PLURAL, type RecordType } from '../schema/index.js';
import { UsageError } from '../emit/records.js';
import { OUTPUT_SCHEMAS, namedJsonSchema, outputJsonSchema, type OutputSchemaName } from '../report/output-schema.js';

/** the names `qhdocs schema` takes: the record types, then the parts of the output */
export const SCHEMA_NAMES: string[] = [...RECORD_TYPES, ...Object.keys(OUTPUT_SCHEMAS)];

const ALIASES: Record<string, OutputSchemaName> = { diagnostics: 'diagnostic', jsonl: 'line', files: 'file' };

/** `qhdocs schema [type]`: the JSON Schema of one type, or one document with every type in `$defs` */
export function schemaCommand(type: string | undefined): number {
  if (!type) {
    process.stdout.write(JSON.stringify(outputJsonSchema(), null, 2) + '\n');
    return 0;
  }
  const name: RecordType | OutputSchemaName | undefined =
    RECORD_TYPES.find((k) => k === type || PLURAL[k] === type) ??
    (type in OUTPUT_SCHEMAS ? (type as OutputSchemaName) : ALIASES[type]);
  if (!name) throw new UsageError(`unknown type "${type}" (one of ${SCHEMA_NAMES.join(', ')})`);
  process.stdout.write(JSON.stringify(namedJsonSchema(name), null, 2) + '\n');
  return 0;
}
