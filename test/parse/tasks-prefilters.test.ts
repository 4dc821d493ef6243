import { describe, it, expect } from 'vitest';
import { parseSnippet } from '../helpers/parse.js';

/**
 * The cheap first tests that let a reader skip a paragraph (a label's first character, a
 * role word, a colon or 由 for duties, a strict ending in a title) must never skip one
 * the full reading would take.
 */
const notice = (...body: string[]) => ['青海省人民政府办公厅关于印发测试工作方案的通知', '', ...body, ''].join('\n');
const tasks = (...body: string[]) => parseSnippet(notice(...body)).records.tasks;

describe('prefilters keep what the full reading takes', () => {
  it('reads a label indented and spaced inside its word', () => {
    const ts = tasks('一、重点任务', '', '1. 建立测试制度。完善机制。', '  牵 头 单 位 ：省甲厅', '完成时限：长期');
    expect(ts).toHaveLength(1);
    expect(ts[0].lead).toEqual(['省甲厅']);
    expect(ts[0].deadline).toBe('长期');
  });
  it('keeps a space where a wrap split two Latin words, and none between CJK pieces', () => {
    const ts = tasks('一、重点任务', '', '1. 推进5G', 'network建设，完善', '机制。（责任单位：省甲厅）');
    expect(ts).toHaveLength(1);
    expect(ts[0].text).toContain('5G network建设，完善机制。');
  });
  it('reads a role bracket and passes over a bracket that is only a note', () => {
    const ts = tasks('一、重点任务', '', '1. 推进测试（试点）工作。（省甲厅负责，省乙局配合）');
    expect(ts).toHaveLength(1);
    expect(ts[0].lead).toEqual(['省甲厅']);
    expect(ts[0].cooperating).toEqual(['省乙局']);
  });
  it('reads an item that opens with the unit leading it', () => {
    const ts = tasks('一、重点任务', '', '1. 省甲厅牵头制定测试办法，省乙局配合。');
    expect(ts).toHaveLength(1);
    expect(ts[0].lead).toContain('省甲厅');
  });
  it('reads a heading that names a unit', () => {
    const ts = tasks('一、职责分工', '', '（一）省教育厅。组织开展测试工作。');
    expect(ts).toHaveLength(1);
    expect(ts[0].title).toBe('省教育厅');
    expect(ts[0].lead).toEqual(['省教育厅']);
  });
  it('reads a block of unit duties and of groups', () => {
    const ts = tasks(
      '一、职责分工',
      '',
      '省甲厅：负责测试工作的组织。',
      '',
      '省乙局：负责测试数据的发布。',
      '',
      '综合组由省丙委、省丁厅组成，负责协调。',
    );
    expect(ts.map((t) => t.title)).toEqual(['省甲厅', '省乙局', '综合组']);
    expect(ts[2].responsible).toEqual(['省丙委', '省丁厅']);
  });
  it('reads no duty block from prose without a colon or 由', () => {
    const ts = tasks('一、工作要求', '', '各单位要高度重视。', '', '省甲厅负责统筹。', '', '加强宣传引导。');
    expect(ts.every((t) => t.title !== '省甲厅' || t.seq !== null)).toBe(true);
  });
});
