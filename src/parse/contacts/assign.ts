/**
 * Which number belongs to whom. A contact block reads as departments (a 联系人 label),
 * each with groups of names (`顾锡军、马小鹏（省商务厅）`) followed by their numbers. A number
 * goes to a person only where the layout says so; everything else stays in the
 * department's pool, which becomes a contact without a name.
 */
import type { PhoneKind } from '../../text/phones.js';
import { appendAll } from '../../text/arrays.js';

export interface NumRef {
  value: string;
  phoneKind: PhoneKind;
  problem: string | null;
  start: number;
  end: number;
  line: number;
  field: 'phone' | 'fax';
  /** printed right after `name（org）电话：` on the same line */
  bound: boolean;
}

export interface EmailRef {
  value: string;
  start: number;
  end: number;
  line: number;
}

export interface Group {
  names: Array<{ name: string; start: number; end: number }>;
  org: string | null;
  line: number;
  /** unbound numbers stand before the names on their line: columns were run together */
  contaminated: boolean;
  /** a field label follows the names on their own line */
  explicit: boolean;
  /** phone numbers by line, in reading order */
  buckets: Map<number, NumRef[]>;
  /** lines where more names follow the numbers (two people's columns on one line) */
  unclean: Set<number>;
  fax: NumRef[];
  emails: EmailRef[];
  addresses: AddressRef[];
}

export interface AddressRef {
  address: string;
  postcode: string | null;
  start: number;
  end: number;
  line: number;
}

export interface Dept {
  role: string | null;
  line: number;
  groups: Group[];
  /** numbers seen before any name of the department */
  loose: NumRef[];
  looseEmails: EmailRef[];
  /** addresses printed before any name, or after several */
  addresses: AddressRef[];
}

export interface Assignment {
  /** per name of the group: its phones, fax and e-mails */
  persons: Array<{ phones: NumRef[]; fax: NumRef[]; emails: EmailRef[]; address: AddressRef | null }>;
  leftover: NumRef[];
  leftoverEmails: EmailRef[];
  leftoverAddresses: AddressRef[];
  /** why numbers were left over, when they were */
  reason: string | null;
}

/** at most one landline and one mobile: the numbers of one person */
function onePerson(nums: NumRef[]): boolean {
  const land = nums.filter((n) => n.phoneKind === 'landline').length;
  const mob = nums.filter((n) => n.phoneKind === 'mobile').length;
  return nums.length > 0 && land <= 1 && mob <= 1 && land + mob === nums.length;
}

/** `L M L M …` on one line: k people's landline-mobile pairs side by side */
function pairs(nums: NumRef[], k: number): NumRef[][] | null {
  if (nums.length !== 2 * k) return null;
  const out: NumRef[][] = [];
  for (let i = 0; i < k; i++) {
    const [a, b] = [nums[2 * i], nums[2 * i + 1]];
    if (a.phoneKind !== 'landline' || b.phoneKind !== 'mobile') return null;
    out.push([a, b]);
  }
  return out;
}

/** the numbers of the buckets from index `from` on, in one list (what `buckets.slice(from).flat()` gives, without its slow generic path) */
function joined(buckets: NumRef[][], from: number): NumRef[] {
  const out: NumRef[] = [];
  for (let i = from; i < buckets.length; i++) appendAll(out, buckets[i]);
  return out;
}

export function assignGroup(g: Group): Assignment {
  const k = g.names.length;
  const lines = [...g.buckets.keys()].sort((a, b) => a - b);
  const buckets = lines.map((l) => g.buckets.get(l)!);
  const persons = g.names.map(() => ({
    phones: [] as NumRef[],
    fax: [] as NumRef[],
    emails: [] as EmailRef[],
    address: null as AddressRef | null,
  }));
  const result: Assignment = { persons, leftover: [], leftoverEmails: [], leftoverAddresses: [], reason: null };
  // an address after a group of names is the address of all of them (one office)
  for (const p of persons) p.address = g.addresses[0] ?? null;
  result.leftoverAddresses.push(...g.addresses.slice(1));
  // fax and e-mail lines belong to the one person they follow; after several names they are anyone's
  if (k === 1 && !g.contaminated) {
    persons[0].fax.push(...g.fax);
    persons[0].emails.push(...g.emails);
  } else {
    result.leftover.push(...g.fax);
    result.leftoverEmails.push(...g.emails);
  }
  const leave = (nums: NumRef[], reason: string) => {
    result.leftover.push(...nums);
    if (nums.length) result.reason = reason;
  };
  // a bucket is made with its first number: no bucket, no phone
  if (!buckets.length) return result;
  if (g.contaminated) {
    leave(joined(buckets, 0), 'numbers stand before the names on their line (columns run together)');
    return result;
  }
  const clean = lines.every((l) => !g.unclean.has(l));
  if (g.explicit && k === 1 && lines[0] === g.line) {
    persons[0].phones.push(...buckets[0]);
    leave(joined(buckets, 1), 'more phone lines than names');
    return result;
  }
  if (clean && lines.length === k && (k === 1 || buckets.every(onePerson))) {
    buckets.forEach((b, i) => persons[i].phones.push(...b));
    return result;
  }
  if (clean && k >= 2 && lines.length === 1) {
    const p = pairs(buckets[0], k);
    if (p) {
      p.forEach((b, i) => persons[i].phones.push(...b));
      return result;
    }
  }
  const why = !clean
    ? 'names and numbers of several people share a line'
    : lines.length !== k
      ? `${k} name(s) but ${lines.length} phone line(s)`
      : "a phone line holds more than one person's numbers";
  leave(joined(buckets, 0), why);
  return result;
}
