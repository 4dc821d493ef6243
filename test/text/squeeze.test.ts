import { describe, expect, it } from 'vitest';
import { squeeze } from '../../src/text/squeeze.js';

describe('squeeze', () => {
  it('drops spaces except one between two Latin letters', () => {
    expect(squeeze('项 目 名 称')).toBe('项目名称');
    expect(squeeze(' ELSAID  AHMED ')).toBe('ELSAID AHMED');
    expect(squeeze('1 668 . 86')).toBe('1668.86');
    expect(squeeze('合计')).toBe('合计');
  });
});
