import { describe, expect, it } from 'vitest';
import { DOC_KINDS, titleKind } from '../../src/lexicon/doc-kinds.js';

describe('文种', () => {
  it('is read from the end of a title, past spaces and a closing note', () => {
    expect(titleKind('关于印发某某实施方案的通知')).toBe('通知');
    expect(titleKind('某某管理办法（试行）')).toBe('办法');
    expect(titleKind('关于某某的实施 意见')).toBe('意见');
    expect(titleKind('某某工作要点')).toBeNull();
  });
  it('lists every one-character kind after the longer ones (命令 before 令)', () => {
    expect(DOC_KINDS.indexOf('命令')).toBeLessThan(DOC_KINDS.indexOf('令'));
    expect(titleKind('某某命令')).toBe('命令');
  });
});
