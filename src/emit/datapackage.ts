import { PLURAL, type RecordType, type TableRecord } from '../schema/index.js';
import { LIST_SEPARATOR } from './cells.js';
import { columnTitle, columnsFor, tableFile, valueOf, type Column } from './columns.js';
import { tableColumnNames } from './csv.js';
import { tableColumnKinds } from './table-types.js';
import { TOOL, VERSION } from './records.js';

/** the shapes an ISO date of the SPEC takes */
type DateShape = 'date' | 'datetime' | 'yearmonth' | 'other';

function dateShape(v: string): DateShape {
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return 'date';
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v)) return 'datetime';
  if (/^\d{4}-\d{2}$/.test(v)) return 'yearmonth';
  return 'other';
}

/** the SPEC's ISO dates, for a column whose values mix full dates, months and times */
const ISO_DATE_PATTERN = '\\d{4}-\\d{2}(-\\d{2}(T\\d{2}:\\d{2})?)?';

export interface TableSchemaField {
  name: string;
  title: string;
  type: string;
  format?: string;
  description?: string;
  delimiter?: string;
  constraints?: { pattern: string };
}

/** a date column's Table Schema type: the narrowest that fits every value it held */
function dateField(shapes: Set<DateShape> | undefined): Pick<TableSchemaField, 'type' | 'format' | 'constraints'> {
  const only = shapes && shapes.size === 1 ? [...shapes][0] : shapes?.size ? 'mixed' : 'date';
  if (only === 'date' || only === 'yearmonth') return { type: only };
  if (only === 'datetime') return { type: 'datetime', format: '%Y-%m-%dT%H:%M' };
  return { type: 'string', constraints: { pattern: ISO_DATE_PATTERN } };
}

const TYPE_OF: Record<Column['kind'], string> = {
  string: 'string',
  integer: 'integer',
  number: 'number',
  boolean: 'boolean',
  isoDate: 'date',
  list: 'string',
  json: 'any',
};

/**
 * A Frictionless Data Package describing a CSV folder: one resource per record type's file
 * and one per generic table's file, each with its Table Schema. Built while the rows are
 * written: a date column is typed `date`, `datetime` or `yearmonth` only when every value
 * it held had that shape (a column holding `2022-07` beside `2022-07-21` is a string with
 * the ISO pattern).
 */
export class DataPackageBuilder {
  /** per record type, per date column: the shapes seen */
  private readonly shapes = new Map<string, Set<DateShape>>();
  private readonly tables: object[] = [];
  private readonly resourceNames = new Set<string>();

  constructor(
    private readonly types: RecordType[],
    private readonly header: 'en' | 'zh',
  ) {}

  /** note the date shapes of records about to be written */
  see(type: RecordType, records: readonly object[]): void {
    for (const col of columnsFor(type)) {
      if (col.kind !== 'isoDate') continue;
      const key = `${type}:${col.key}`;
      for (const r of records) {
        const v = valueOf(r, col);
        if (typeof v !== 'string') continue;
        let set = this.shapes.get(key);
        if (!set) this.shapes.set(key, (set = new Set()));
        set.add(dateShape(v));
      }
    }
  }

  /** a generic table written to its own file */
  addTable(t: TableRecord): void {
    const names = tableColumnNames(t);
    const kinds = tableColumnKinds(t, names.length);
    const fields = names.map((name, i) => ({ name, title: t.header[i] || name, type: kinds[i] }));
    const resource = {
      name: this.uniqueName(`table-${t.id}`),
      title: t.title ?? undefined,
      path: tableFile(t.id),
      ...CSV_RESOURCE,
      schema: { fields, missingValues: [''] },
    };
    // kept as fresh copies: a title or heading sliced from the input text would keep the
    // whole text alive until the end (measured: the texts of an archive's files, 26 MB
    // at 1,200 files)
    this.tables.push(JSON.parse(JSON.stringify(resource)) as object);
  }

  /** the descriptor, once every file is written */
  descriptor(): object {
    const records = this.types.map((t) => this.recordResource(t));
    return {
      profile: 'tabular-data-package',
      name: 'qhdocs-records',
      title: 'qhdocs extract',
      [`${TOOL}:version`]: VERSION,
      [`${TOOL}:listSeparator`]: LIST_SEPARATOR,
      resources: [...records, ...this.tables],
    };
  }

  private recordResource(type: RecordType): object {
    const cols = columnsFor(type);
    const name = (key: string) =>
      columnTitle(
        cols.find((c) => c.key === key)!,
        this.header,
      );
    const fields = cols.map((c) => this.field(type, c));
    const foreignKeys =
      type !== 'document' && this.types.includes('document')
        ? [{ fields: [name('docId')], reference: { resource: 'documents', fields: [this.documentIdName()] } }]
        : [];
    const plural = PLURAL[type];
    this.resourceNames.add(plural);
    return {
      name: plural,
      path: `${plural}.csv`,
      ...CSV_RESOURCE,
      schema: { fields, missingValues: [''], primaryKey: [name('id')], ...(foreignKeys.length ? { foreignKeys } : {}) },
    };
  }

  private documentIdName(): string {
    return columnTitle(
      columnsFor('document').find((c) => c.key === 'id')!,
      this.header,
    );
  }

  private field(type: RecordType, c: Column): TableSchemaField {
    const f: TableSchemaField = { name: columnTitle(c, this.header), title: c.zh, type: TYPE_OF[c.kind] };
    if (c.kind === 'isoDate') Object.assign(f, dateField(this.shapes.get(`${type}:${c.key}`)));
    if (c.kind === 'list') {
      f.delimiter = LIST_SEPARATOR;
      f.description = `多值：各项以“${LIST_SEPARATOR}”分隔；以“[”开头的单元格是 JSON 数组`;
    }
    return f;
  }

  /** a resource name the Data Package profile accepts (lower-case ASCII), unique in the package */
  private uniqueName(raw: string): string {
    const base = raw.toLowerCase().replace(/[^a-z0-9._-]/g, '_');
    let name = base;
    for (let n = 2; this.resourceNames.has(name); n++) name = `${base}-${n}`;
    this.resourceNames.add(name);
    return name;
  }
}

/** what every CSV file written here is */
const CSV_RESOURCE = {
  profile: 'tabular-data-resource',
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8',
  dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
};
