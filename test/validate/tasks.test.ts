import { describe, it, expect } from 'vitest';
import { fixture, parseSnippet } from '../helpers/parse.js';
import { validateFile } from '../../src/validate/validate.js';
import { isRecognizedDeadline } from '../../src/validate/checks/tasks.js';

const taskDiags = (text: string) => validateFile(parseSnippet(text)).filter((d) => d.code.startsWith('task-'));
const notice = (...body: string[]) => ['青海省人民政府办公厅关于印发测试工作方案的通知', '', ...body, ''].join('\n');

describe('task checks', () => {
  it('recognizes the periods notices print', () => {
    for (const s of [
      '长期',
      '2025年',
      '9月底前',
      '2020年底前',
      '2021年6月30日前',
      '2021—2025年',
      '每季度',
      '年底前',
      '2021 年',
      '持续推进',
    ])
      expect(isRecognizedDeadline(s), s).toBe(true);
    for (const s of ['尽快', '省甲厅', '前']) expect(isRecognizedDeadline(s), s).toBe(false);
  });
  it('flags an unrecognizable deadline and a task without unit or deadline', () => {
    const d = taskDiags(notice('1. 做好工作。', '完成时限：尽快', '2. 做好另一项工作。', '完成时限：', '责任单位：'));
    expect(d.map((x) => x.code).sort()).toEqual(['task-deadline-unrecognized', 'task-without-assignee']);
    expect(d.every((x) => x.severity === 'warning')).toBe(true);
  });
  it('flags numbering that skips or repeats within a section', () => {
    const d = taskDiags(
      notice(
        '一、任务',
        '1. 甲工作。',
        '责任单位：省甲厅',
        '3. 乙工作。',
        '责任单位：省乙厅',
        '3. 丙工作。',
        '责任单位：省丙厅',
      ),
    );
    expect(d.map((x) => x.code)).toEqual(['task-seq-gap', 'task-seq-repeated']);
  });
  it('does not flag tasks split from one item, or numbering that restarts under a new heading', () => {
    const d = taskDiags(
      notice(
        '一、任务',
        '1. 甲工作。',
        '完成时限：长期',
        '二、机制',
        '1. 乙工作。',
        '完成时限：2021年',
        '三、分工',
        '1. 相关部门。省甲厅负责甲；省乙厅负责乙。',
      ),
    );
    expect(d).toEqual([]);
  });
  it('raises nothing on the seeds', () => {
    for (const seed of ['000', '001', '002', '003', '004']) {
      const d = validateFile(fixture(seed)).filter((x) => x.code.startsWith('task-'));
      expect(d, seed).toEqual([]);
    }
  });
});
