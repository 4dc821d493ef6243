import { describe, expect, it } from 'vitest';
import { SourceText } from '../../../src/normalize/source-text.js';
import { readAttachments } from '../../../src/segment/header/attachments.js';

const src = (lines: string[]) => new SourceText('t.txt', lines.join('\n'));

describe('the 附件说明', () => {
  it('one title, or a numbered list over lines', () => {
    expect(readAttachments(src(['附件：某某县防汛应急预案']), 1, 1)).toEqual(['某某县防汛应急预案']);
    const s = src(['正文。', '附件：1.任务分工表', '      2.联系人名单', '', '某某县人民政府']);
    expect(readAttachments(s, 1, 5)).toEqual(['任务分工表', '联系人名单']);
  });

  it('a table cell holding 附件： is no attachment line', () =>
    expect(readAttachments(src(['附件：说明\t备注']), 1, 1)).toEqual([]));
});
