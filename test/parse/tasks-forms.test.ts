import { describe, expect, it } from 'vitest';
import { ADDITIONAL_FORMS, ASSIGNMENT_FORMS } from '../../src/parse/tasks.js';
import { parseSnippet } from '../helpers/parse.js';

const notice = (body: string) => `关于做好工作的通知\n\n各有关单位：\n${body}\n`;

describe('task forms', () => {
  it('are an ordered list: labelled lines, then an inline bracket, then a unit in the heading; duties besides', () => {
    expect(ASSIGNMENT_FORMS.map((f) => f.name)).toEqual(['labelled lines', 'inline bracket', 'unit in heading']);
    expect(ADDITIONAL_FORMS.map((f) => f.name)).toEqual(['duties per unit']);
  });

  it('the first form that finds tasks in an item wins: labelled lines over a bracket in the heading', () => {
    const p = parseSnippet(notice('一、加强项目建设（责任单位：省发展改革委）\n牵头单位：省商务厅'));
    expect(p.records.tasks.map((t) => [t.lead, t.responsible])).toEqual([[['省商务厅'], []]]);
  });

  it('a later form reads an item the earlier ones find nothing in', () => {
    const p = parseSnippet(notice('一、加强项目建设\n推进重点项目落地见效。（责任单位：省发展改革委）'));
    expect(p.records.tasks.map((t) => t.responsible)).toEqual([['省发展改革委']]);
  });
});
