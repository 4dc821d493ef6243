import { RECORD_TYPES, PLURAL, jsonSchemaOf, type RecordType } from '../schema/index.js';
import { UsageError } from '../emit/records.js';

/** `qhdocs schema [type]`: the JSON Schema of one record type, or of all of them */
export function schemaCommand(type: string | undefined): number {
  if (type) {
    const t =
      type === 'diagnostic' || type === 'diagnostics'
        ? 'diagnostic'
        : RECORD_TYPES.find((k) => k === type || PLURAL[k] === type);
    if (!t) throw new UsageError(`unknown record type "${type}" (one of ${RECORD_TYPES.join(', ')}, diagnostic)`);
    process.stdout.write(JSON.stringify(jsonSchemaOf(t as RecordType | 'diagnostic'), null, 2) + '\n');
    return 0;
  }
  const all: Record<string, unknown> = {};
  for (const t of [...RECORD_TYPES, 'diagnostic' as const]) all[t] = jsonSchemaOf(t);
  process.stdout.write(JSON.stringify(all, null, 2) + '\n');
  return 0;
}
