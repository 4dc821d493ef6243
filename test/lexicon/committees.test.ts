import { describe, expect, it } from 'vitest';
import {
  APPOINTMENT_LABEL,
  AppointmentVerbs,
  ENDS_WITH_BODY,
  HEAD_ROLES,
  INLINE_APPOINTMENT,
  OFFICE_DUTY,
  ROSTER_ROLES,
  ROSTER_ROLE_LAST,
  appointmentAction,
} from '../../src/lexicon/committees.js';

describe('committee words', () => {
  it('lists a roster label before every shorter label it ends with', () => {
    // findLabels takes the first label the text ends with: 副组长 must be tried before 组长
    for (let i = 0; i < ROSTER_ROLES.length; i++)
      for (let j = i + 1; j < ROSTER_ROLES.length; j++) expect(ROSTER_ROLES[j].endsWith(ROSTER_ROLES[i])).toBe(false);
  });
  it('opens a roster only with labels it knows', () => {
    for (const r of HEAD_ROLES) expect(ROSTER_ROLES).toContain(r);
  });
  it('derives the label pre-filter from the labels', () => {
    for (const r of ROSTER_ROLES) expect(ROSTER_ROLE_LAST[r.charCodeAt(r.length - 1)]).toBe(1);
    expect(ROSTER_ROLE_LAST['：'.charCodeAt(0)]).toBe(0);
  });
  it('knows the names of bodies and the duty of their office', () => {
    expect(ENDS_WITH_BODY.test('省防汛抗旱指挥部')).toBe(true);
    expect(ENDS_WITH_BODY.test('省水利厅')).toBe(false);
    expect(OFFICE_DUTY.exec('省水利厅厅长某某兼任办公室主任')?.[1]).toBe('办公室主任');
  });
});

describe('appointment verbs', () => {
  it('maps each printed verb to the action it records', () => {
    expect(appointmentAction('聘任')).toBe('任命');
    expect(appointmentAction('免职')).toBe('免去');
    expect(APPOINTMENT_LABEL.exec('经研究，批准：')?.[1]).toBe('批准');
  });
  it('takes a verb straight before names of 同志, with a name of rare characters too', () => {
    expect(INLINE_APPOINTMENT.exec('决定任命某甲同志为局长')?.[1]).toBe('任命');
    // U+3400 block (CJK Extension A) counts as Han, as lexicon/chars.ts says
    expect(INLINE_APPOINTMENT.test('决定任命王\u3400同志为局长')).toBe(true);
    expect(INLINE_APPOINTMENT.test('任命制度')).toBe(false);
  });
  it('finds the next verb and answers again without a search while it lies ahead', () => {
    const text = '一二三四任命五六七免去';
    const v = new AppointmentVerbs(text);
    expect(v.next(0)).toBe(4);
    expect(v.next(3)).toBe(4);
    expect(v.next(5)).toBe(9);
    expect(v.next(10)).toBe(Infinity);
  });
});
