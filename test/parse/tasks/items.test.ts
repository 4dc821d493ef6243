import { describe, expect, it } from 'vitest';
import { itemsOf } from '../../../src/parse/tasks/items.js';
import { parseSnippet } from '../../helpers/parse.js';

const notice = (body: string) => `关于做好工作的通知\n\n各有关单位：\n${body}\n`;
const items = (body: string) => itemsOf(parseSnippet(notice(body)).context);

describe('task items', () => {
  it('are the sections of each document, their paragraphs read from the heading’s words on', () => {
    const got = items('一、加强项目建设。\n推进项目落地。\n二、做好服务保障');
    expect(got.map((i) => i.node.heading.label)).toEqual(['一、加强项目建设', '二、做好服务保障']);
    expect(got[0].paragraphs.map((p) => p.text)).toEqual(['加强项目建设。', '推进项目落地。']);
  });

  it('end where a table’s rows begin, keeping its caption line', () => {
    const got = items('一、重点任务\n推进项目落地\n任务清单\n序号\t主要任务\t牵头单位\n1\t建设园区\t省发展改革委');
    expect(got[0].paragraphs.map((p) => p.text)).toEqual(['重点任务', '推进项目落地任务清单']);
    expect(got[0].last).toBeGreaterThan(got[0].paragraphs[1].last);
  });

  it('end at an attachment mark, not at a word holding 附', () => {
    const got = items('一、重点任务\n做好附近区域的服务。\n附件：任务分工');
    expect(got[0].paragraphs.map((p) => p.text)).toEqual(['重点任务', '做好附近区域的服务。']);
  });
});
