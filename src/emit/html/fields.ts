import type { AnyRecord } from '../../schema/index.js';

/** what the outline shows of one record: a one-line label and its main fields */
export interface RecordSummary {
  label: string;
  fields: Array<[name: string, value: string]>;
}

type Loose = Record<string, unknown>;

/** a field's value as one line of text ('' when it holds nothing) */
function show(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(show).filter(Boolean).join('、');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** long prose cut for the outline; the full record is one click away */
export function clip(s: string, max = 80): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}

/** the main fields of each record type, in the order the outline shows them */
const MAIN_FIELDS: Record<string, string[]> = {
  project: ['partyA', 'partyB', 'investment', 'fundingSources', 'responsibleUnit', 'leaders', 'persons'],
  task: ['section', 'text', 'lead', 'responsible', 'guidance', 'cooperating', 'deadline', 'group'],
  activity: ['kind', 'timeText', 'start', 'end', 'venue', 'route', 'lead', 'cooperating', 'hosts', 'participants'],
  contact: ['kind', 'role', 'organization', 'phones', 'fax', 'emails', 'address', 'postcode'],
  member: ['body', 'role', 'action', 'position', 'notes'],
  table: ['header'],
};

/** fields no type lists: shown only for record kinds this page does not know */
const COMMON = new Set(['type', 'id', 'docId', 'source']);

function label(r: Loose): string {
  const seq = r.seq === null || r.seq === undefined ? '' : `${String(r.seq)} `;
  switch (r.type) {
    case 'project':
    case 'activity':
      return seq + (show(r.name) || clip(show(r.text), 60));
    case 'task':
      return seq + (show(r.title) || clip(show(r.text), 60));
    case 'contact':
      return show(r.name) || show(r.role) || show(r.organization) || show(r.kind);
    case 'member':
      return [r.role, r.name].map(show).filter(Boolean).join(' ');
    case 'table':
      return `${show(r.title) || '(untitled table)'} · ${Array.isArray(r.rows) ? r.rows.length : 0} rows`;
    default:
      return show(r.title) || show(r.name) || show(r.id);
  }
}

export function summarize(record: AnyRecord): RecordSummary {
  const r = record as unknown as Loose;
  const names = MAIN_FIELDS[String(r.type)] ?? Object.keys(r).filter((k) => !COMMON.has(k));
  const fields: RecordSummary['fields'] = [];
  for (const name of names) {
    // a heading path reads outward-in; unit lists read as printed
    const v = r[name];
    const value = name === 'section' && Array.isArray(v) ? v.map(show).join(' › ') : show(v);
    if (value) fields.push([name, clip(value, name === 'text' ? 120 : 160)]);
  }
  return { label: label(r) || show(r.id), fields };
}
