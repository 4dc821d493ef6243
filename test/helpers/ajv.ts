import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: its default export arrives wrapped under ESM interop
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv | Ajv2020) => void;

/** a validator for the vendored SARIF 2.1.0 schema (JSON Schema draft-07) */
export function sarifValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../data/sarif/sarif-schema-2.1.0.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** a validator for a qhdocs JSON Schema document (draft 2020-12), optionally of one of its $defs */
export function qhdocsValidator(doc: Record<string, unknown>, def?: string): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema({ ...doc, $id: 'qhdocs.schema.json' });
  return ajv.getSchema(def ? `qhdocs.schema.json#/$defs/${def}` : 'qhdocs.schema.json')!;
}

/** the first few errors, readable in a failed expectation */
export function errorsOf(v: ValidateFunction): string {
  return JSON.stringify(v.errors?.slice(0, 3) ?? null);
}
