/**
 * A department read into contacts: a person per name with the numbers assignGroup gives
 * them, an office per address no single person owns, and one contact without a name that
 * keeps every number and e-mail left over, with a diagnostic saying why.
 */
import { assignGroup, type AddressRef, type Dept, type EmailRef, type Group, type NumRef } from './assign.js';
import type { Draft } from './draft.js';
import { officeDraft } from './passage.js';

const uniq = (xs: string[]) => [...new Set(xs)];

/** the largest end among refs and `end` (`Math.max(end, ...refs.map((x) => x.end))` without the copies) */
function maxEnd(refs: Array<{ end: number }>, end: number): number {
  for (const r of refs) if (r.end > end) end = r.end;
  return end;
}

/**
 * The distinct values of refs in first-printed order (`uniq(refs.map((x) => x.value))`):
 * a person has a number or two, so a look back through the few kept beats a Set.
 */
function valuesOf(refs: Array<{ value: string }>): string[] {
  if (refs.length > 8) return uniq(refs.map((x) => x.value));
  const out: string[] = [];
  for (const r of refs) if (!out.includes(r.value)) out.push(r.value);
  return out;
}

/** what the department's groups leave to nobody */
interface Leftover {
  pool: NumRef[];
  emails: EmailRef[];
  addresses: AddressRef[];
  reasons: string[];
}

export function resolveDept(d: Dept): Draft[] {
  const out: Draft[] = [];
  const left: Leftover = { pool: [...d.loose], emails: [...d.looseEmails], addresses: [...d.addresses], reasons: [] };
  for (const g of d.groups) personsOf(d, g, left, out);
  // an address no single person owns: the department's office
  const org = d.groups[0]?.org ?? null;
  for (const a of left.addresses) out.push(officeDraft(org, a.address, a.postcode, a.start, a.end, d.role));
  if (left.pool.length || left.emails.length) out.push(poolDraft(d, left));
  return out;
}

/** a person per name of the group, with what the layout gives them; the rest goes to `left` */
function personsOf(d: Dept, g: Group, left: Leftover, out: Draft[]): void {
  const a = assignGroup(g);
  for (let i = 0; i < g.names.length; i++) {
    const n = g.names[i];
    const p = a.persons[i];
    const end = Math.max(maxEnd(p.emails, maxEnd(p.fax, maxEnd(p.phones, n.end))), p.address?.end ?? 0);
    out.push({
      kind: 'person',
      role: d.role,
      name: n.name,
      organization: g.org,
      phones: valuesOf(p.phones),
      fax: valuesOf(p.fax),
      emails: valuesOf(p.emails),
      address: p.address?.address ?? null,
      postcode: p.address?.postcode ?? null,
      start: n.start,
      end,
    });
  }
  left.pool.push(...a.leftover);
  left.addresses.push(...a.leftoverAddresses);
  left.emails.push(...a.leftoverEmails);
  if (a.reason) left.reasons.push(`${g.names.map((n) => n.name).join('、')}: ${a.reason}`);
}

/** the numbers and e-mails nobody was given, in one contact without a name */
function poolDraft(d: Dept, left: Leftover): Draft {
  const { pool, emails } = left;
  const spans = [...pool, ...emails];
  const start = Math.min(...spans.map((x) => x.start));
  const end = Math.max(...spans.map((x) => x.end));
  const phones = uniq(pool.filter((x) => x.field === 'phone').map((x) => x.value));
  const fax = uniq(pool.filter((x) => x.field === 'fax').map((x) => x.value));
  const line = Math.min(...spans.map((x) => x.line));
  const distinct = new Set(pool.map((x) => x.value)).size;
  const what = `${pool.length} printed number(s)${distinct < pool.length ? ` (${distinct} distinct)` : ''}${emails.length ? ` and ${emails.length} e-mail(s)` : ''}`;
  const role = d.role ?? 'contact block';
  const numbers = [...phones, ...fax].join(', ');
  return {
    kind: 'person',
    role: d.role,
    name: null,
    organization: null,
    phones,
    fax,
    emails: uniq(emails.map((x) => x.value)),
    address: null,
    postcode: null,
    start,
    end,
    diag:
      d.groups.length > 0
        ? {
            code: 'contact-phones-unassigned',
            message: `${role}: ${what} not assigned to a person, the layout does not say whose they are (${left.reasons.join('; ') || 'printed before any name'}): ${numbers}`,
            line,
          }
        : {
            code: 'contact-without-name',
            message: `${role}: ${what} printed without a person's name: ${numbers}`,
            line,
          },
  };
}
