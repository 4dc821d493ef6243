/**
 * The pieces a contact block is made of, found on one line: a 联系人 label with its role,
 * names (with their organization in brackets), field labels (电话/传真/邮箱), numbers,
 * e-mail addresses and office addresses with a postcode.
 */
import { allMatches } from '../../text/regex-scan.js';
import { isDigitCode } from '../../lexicon/chars.js';
import { holdsColon } from '../../lexicon/punctuation.js';
import { LIST_ITEM_MARKER } from '../../lexicon/numbering.js';
import { isPersonName, NAME_CHARS } from '../../lexicon/person-names.js';
import {
  CONTACT_PERSON_RE,
  FIELD_LABEL_RE,
  POSTCODE_NOTE_RE,
  POSTCODE_RE,
  fieldOfLabel,
  holdsAddressPart,
  holdsFieldWord,
  holdsPlacePart,
  isContactOrganisation,
  type ContactField,
} from '../../lexicon/contact-labels.js';
import { EMAIL_RE, LOOSE_DIGITS_RE, PHONE_RE, normalizePhone, type PhoneKind } from '../../text/phones.js';

export { isPersonName };

/**
 * How much of the text after 地址： is the address: it ends with its sentence (。；) and at
 * a comma after which no address part follows (`…1号，请注明字样` ends at 1号).
 */
function addressLength(text: string): number {
  const sentence = /[。；]/.exec(text);
  const end = sentence ? sentence.index : text.length;
  let keep = 0;
  for (const m of text.slice(0, end).matchAll(/[^，,]+[，,]?/g)) {
    const part = m[0].replace(POSTCODE_NOTE_RE, '');
    if (keep > 0 && part.replace(/[，,\s]/g, '') && !holdsAddressPart(part)) break;
    keep = m.index! + m[0].length;
  }
  return keep;
}

export type FieldKind = ContactField;

interface Span {
  start: number;
  end: number;
}

export type Token =
  | (Span & { kind: 'role'; role: string | null })
  | (Span & { kind: 'names'; names: Array<Span & { name: string }>; org: string | null })
  | (Span & { kind: 'label'; field: FieldKind })
  | (Span & { kind: 'num'; value: string; phoneKind: PhoneKind; problem: string | null })
  | (Span & { kind: 'email'; value: string })
  | (Span & { kind: 'office'; org: string; address: string; postcode: string | null })
  | (Span & { kind: 'address'; address: string; postcode: string | null });

/** names, each 2–4 Han characters (longer with a ·), with the organization in brackets */
const NAMES_ORG_RE = new RegExp(
  `([${NAME_CHARS}]{2,10}(?:\\s?[、，,]\\s?[${NAME_CHARS}]{2,10}){0,7})\\s?（([^（）\\n]{2,30})）`,
  'g',
);

const NAME_ITEM = /[^、，,]+/g;

/** split `顾锡军、马小鹏` into names with their spans; null when any item is not a name */
function readNames(text: string, base: number): Array<Span & { name: string }> | null {
  const out: Array<Span & { name: string }> = [];
  for (const m of allMatches(NAME_ITEM, text)) {
    const raw = m[0];
    const name = raw.replace(/\s+/g, '');
    if (!name) continue;
    if (!isPersonName(name)) return null;
    const lead = raw.length - raw.trimStart().length;
    out.push({ name, start: base + m.index! + lead, end: base + m.index! + raw.trimEnd().length });
  }
  return out.length ? out : null;
}

/** an office address line: `青海省商务厅：青海省西宁市…（邮编：810008）。` */
function officeLine(text: string, base: number): Token | null {
  const pc = text.includes('邮') ? POSTCODE_RE.exec(text) : null;
  if (!pc) return null;
  const m = /^(\s*)([^\s：:，。；、（）]{2,30})[：:]\s*(.+)$/.exec(text);
  if (!m || holdsFieldWord(m[2])) return null;
  const address = m[3]
    .replace(POSTCODE_NOTE_RE, '')
    .replace(/[。；，\s]+$/, '')
    .trim();
  if (!address || !holdsPlacePart(address)) return null;
  const start = base + m[1].length;
  return { kind: 'office', org: m[2], address, postcode: pc[1], start, end: base + text.trimEnd().length };
}

/** a field label found on the line, by index into the line */
interface LabelAt {
  index: number;
  end: number;
  field: FieldKind;
}

/**
 * Tokens of one line, in order. `namesAllowed` says whether bracketed names may be read
 * (only near other contact pieces, so prose like 省商务厅（省国资委） is never a person).
 */
export function tokenizeLine(text: string, base: number, namesAllowed: boolean): Token[] {
  const office = officeLine(text, base);
  if (office) return [office];
  const line = new LineReader(text, base);
  const labels: LabelAt[] = [];
  // a label ends with its colon: a line without one holds none
  if (holdsColon(text))
    for (const m of allMatches(FIELD_LABEL_RE, text))
      labels.push({ index: m.index!, end: m.index! + m[0].length, field: fieldOfLabel(m[1]) });
  line.roles(labels);
  line.labels(labels);
  line.emails(labels);
  const landlines = line.phones();
  line.looseDigits(labels, landlines);
  if (namesAllowed && text.includes('（')) line.bracketedNames();
  return line.toks.sort((a, b) => a.start - b.start);
}

/** the pieces of one line, each taking its characters so that no two pieces share one */
class LineReader {
  readonly toks: Token[] = [];
  /** which characters of the line a piece already holds (an array, so checks stay linear) */
  private readonly used: Uint8Array;

  constructor(
    private readonly text: string,
    private readonly base: number,
  ) {
    this.used = new Uint8Array(text.length + 1);
  }

  private free(s: number, e: number): boolean {
    for (let i = s; i < e; i++) if (this.used[i]) return false;
    return true;
  }

  private take(t: Token): void {
    this.toks.push(t);
    this.used.fill(1, t.start - this.base, t.end - this.base);
  }

  /** 办公室联系人：王利民 — each 联系人 label with its role before it and the names after it */
  roles(labels: LabelAt[]): void {
    const text = this.text;
    if (!text.includes('系')) return;
    const roles = allMatches(CONTACT_PERSON_RE, text);
    if (!roles.length) return;
    // the first digit at or after an offset; asked in ascending order, so no stretch is read twice
    let digit = -1;
    const nextDigit = (at: number) => {
      if (digit < at) {
        digit = at;
        while (digit < text.length && !isDigitCode(text.charCodeAt(digit))) digit++;
      }
      return digit;
    };
    let li = 0;
    let lastLabelEnd = 0;
    let prevEnd = 0;
    roles.forEach((m, ri) => {
      const idx = m.index!;
      while (li < labels.length && labels[li].end <= idx) lastLabelEnd = Math.max(lastLabelEnd, labels[li++].end);
      const from = Math.max(lastLabelEnd, prevEnd, idx - 40);
      const after = idx + m[0].length;
      prevEnd = after;
      const roleStart = this.roleStart(from, idx);
      const role = text
        .slice(roleStart, idx)
        .replace(/\s+/g, '')
        .replace(/^[：:，。；、]+/, '');
      if (role.length > 16 || /[，。；]/.test(role)) return;
      this.take({ kind: 'role', role: role || null, start: this.base + roleStart, end: this.base + after });
      // the names that follow the label on its line, up to the next field, number or label
      let nextLabel = text.length;
      for (let j = li; j < labels.length; j++)
        if (labels[j].index >= after) {
          nextLabel = labels[j].index;
          break;
        }
      const until = Math.min(nextLabel, nextDigit(after), roles[ri + 1]?.index ?? text.length, after + 80);
      this.namesAfterLabel(after, until);
    });
  }

  /** where the role before a 联系人 at idx begins, reading back no further than `from` */
  private roleStart(from: number, idx: number): number {
    const text = this.text;
    const before = text.slice(from, idx);
    const mark = from === 0 ? LIST_ITEM_MARKER.exec(before) : null;
    let roleStart = from + (mark ? mark[0].length : 0);
    const lastNum = [...text.slice(roleStart, idx).matchAll(/[\d@）)]/g)].pop();
    if (lastNum) roleStart += lastNum.index! + 1;
    // 请于4月1日前报送名单。联系人：… — the sentence before the label is no part of its role
    const sentenceEnd = Math.max(text.lastIndexOf('。', idx - 1), text.lastIndexOf('；', idx - 1));
    return sentenceEnd >= roleStart ? sentenceEnd + 1 : roleStart;
  }

  /** the names (and their bracketed organization) between a 联系人 label's end and `until` */
  private namesAfterLabel(after: number, until: number): void {
    const base = this.base + after;
    const chunk = this.text.slice(after, until);
    const org = /（([^（）]{2,30})）\s*$/.exec(chunk.trimEnd());
    const namePart = (org ? chunk.trimEnd().slice(0, org.index) : chunk).replace(/[（(\s，、：；]+$/, '');
    let names = readNames(namePart, base);
    let orgName = org ? org[1] : null;
    if (!names && !org) {
      // 联系人：省商务厅 王利民 — an organization and names separated by spaces
      const words = [...namePart.matchAll(/[^\s、，,]+/g)];
      const orgs = words.filter((w) => isContactOrganisation(w[0]));
      const people = words.filter((w) => !isContactOrganisation(w[0]));
      if (orgs.length === 1 && people.length && people.every((w) => isPersonName(w[0]))) {
        names = people.map((w) => ({ name: w[0], start: base + w.index!, end: base + w.index! + w[0].length }));
        orgName = orgs[0][0];
      }
    }
    if (!names) return;
    const end = org ? base + chunk.trimEnd().length : Math.max(...names.map((n) => n.end));
    const start = Math.min(
      ...names.map((n) => n.start),
      org ? Infinity : base + namePart.length - namePart.trimStart().length,
    );
    this.take({ kind: 'names', names, org: orgName, start, end });
  }

  /** field labels, and for 地址： the address that runs to the next field label */
  labels(labels: LabelAt[]): void {
    const text = this.text;
    const base = this.base;
    labels.forEach((l, i) => {
      if (!this.free(l.index, l.end)) return;
      if (l.field !== 'address') {
        this.take({ kind: 'label', field: l.field, start: base + l.index, end: base + l.end });
        return;
      }
      const next = labels[i + 1]?.index ?? text.length;
      const to = l.end + addressLength(text.slice(l.end, next));
      const raw = text.slice(l.end, to);
      const pc = POSTCODE_RE.exec(text.slice(l.end, next));
      const address = raw
        .replace(POSTCODE_NOTE_RE, '')
        .replace(/[。；，、\s]+$/, '')
        .trim();
      if (address)
        this.take({ kind: 'address', address, postcode: pc ? pc[1] : null, start: base + l.index, end: base + to });
    });
  }

  /** e-mail addresses, and whatever follows an e-mail label (kept even when it is none, so a check can flag it) */
  emails(labels: LabelAt[]): void {
    const text = this.text;
    const base = this.base;
    if (text.includes('@')) {
      for (const m of allMatches(EMAIL_RE, text)) {
        if (this.free(m.index!, m.index! + m[0].length))
          this.take({ kind: 'email', value: m[0], start: base + m.index!, end: base + m.index! + m[0].length });
      }
    }
    for (const l of labels) {
      if (l.field !== 'email') continue;
      const m = /^\s*([^\s，。；、（）]+)/.exec(text.slice(l.end));
      if (!m || !/[A-Za-z0-9]/.test(m[1])) continue;
      const s = l.end + m[0].length - m[1].length,
        e = l.end + m[0].length;
      const value = m[1].replace(/[.。]+$/, '');
      if (this.free(s, e)) this.take({ kind: 'email', value, start: base + s, end: base + s + value.length });
    }
  }

  /** numbers in a phone form; returns where each landline stands with its area code */
  phones(): Array<{ at: number; area: string }> {
    const landlines: Array<{ at: number; area: string }> = [];
    for (const m of allMatches(PHONE_RE, this.text)) {
      const s = m.index!,
        e = s + m[0].length;
      if (!this.free(s, e)) continue;
      const p = normalizePhone(m[0]);
      if (p.kind === 'landline') landlines.push({ at: s, area: p.value.split('-')[0] });
      const { base } = this;
      this.take({ kind: 'num', value: p.value, phoneKind: p.kind, problem: p.problem, start: base + s, end: base + e });
    }
    return landlines;
  }

  /** digits right after a phone or fax label that fit no phone form: kept so a check can flag them */
  looseDigits(labels: LabelAt[], landlines: Array<{ at: number; area: string }>): void {
    const text = this.text;
    const firstPhoneLabel = labels.find((l) => l.field === 'phone' || l.field === 'fax');
    if (!firstPhoneLabel) return;
    let k = -1;
    for (const m of allMatches(LOOSE_DIGITS_RE, text.slice(firstPhoneLabel.end))) {
      const s = firstPhoneLabel.end + m.index!;
      const raw = m[0].trim();
      const e = s + m[0].length;
      if (!this.free(s, e) || /^\d{6}$/.test(raw) || /年|月|日/.test(text.slice(e, e + 1))) continue;
      while (k + 1 < landlines.length && landlines[k + 1].at < s) k++;
      // 0971-6109400、6109401: a second number printed without the area code shares the first one's
      const p = /^\d{7,8}$/.test(raw) && k >= 0 ? normalizePhone(`${landlines[k].area}-${raw}`) : normalizePhone(raw);
      const problem = p.problem ?? 'not a phone number';
      const { base } = this;
      this.take({ kind: 'num', value: p.value, phoneKind: p.kind, problem, start: base + s, end: base + e });
    }
  }

  /** 顾锡军、马小鹏（省商务厅）: names followed by their organization in brackets */
  bracketedNames(): void {
    for (const m of allMatches(NAMES_ORG_RE, this.text)) {
      const s = m.index!,
        e = s + m[0].length;
      if (!this.free(s, e)) continue;
      const names = readNames(m[1], this.base + s);
      if (names) this.take({ kind: 'names', names, org: m[2].trim(), start: names[0].start, end: this.base + e });
    }
  }
}
