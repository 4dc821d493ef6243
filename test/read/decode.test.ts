import { describe, expect, it } from 'vitest';
import { decode, DecodeError, encodingLabel } from '../../src/read/decode.js';

const gb = (s: string) => {
  // 青海 in GB18030
  if (s !== '青海') throw new Error('fixture');
  return new Uint8Array([0xc7, 0xe0, 0xba, 0xa3]);
};

describe('decode', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decode(new TextEncoder().encode('青海'))).toEqual({ text: '青海', encoding: 'utf-8' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('青海')]);
    expect(decode(bom)).toEqual({ text: '青海', encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 with a BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x52, 0x97, 0x77, 0x6d]);
    expect(decode(le)).toEqual({ text: '青海', encoding: 'utf-16le' });
  });

  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    expect(decode(gb('青海'))).toEqual({ text: '青海', encoding: 'gb18030' });
  });

  it('refuses binary files', () => {
    expect(() => decode(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]))).toThrow(DecodeError);
  });

  it('honours a forced encoding and reports when it does not fit', () => {
    expect(decode(gb('青海'), 'gb18030').text).toBe('青海');
    expect(() => decode(gb('青海'), 'utf-8')).toThrow(/not valid utf-8/);
    expect(encodingLabel('GBK')).toBe('gb18030');
    expect(() => encodingLabel('latin9')).toThrow(/unknown encoding/);
  });
});
