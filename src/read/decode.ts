/** Turning bytes into text, and saying which encoding they were in. */

export type EncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export class DecodeError extends Error {}

const LABELS: Record<string, EncodingName> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8-bom',
  utf16le: 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  utf16be: 'utf-16be',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
};

export function encodingLabel(name: string): EncodingName {
  const e = LABELS[name.toLowerCase()];
  if (!e) throw new DecodeError(`unknown encoding "${name}" (use utf-8, utf-16le, utf-16be or gb18030)`);
  return e;
}

/** a share of control bytes that no text file has */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) bad++;
  }
  return n > 0 && bad / n > 0.05;
}

/**
 * Decode: BOMs first (UTF-8, UTF-16), then strict UTF-8, then GB18030 (which accepts GBK
 * and GB2312) when the bytes are not valid UTF-8. `forced` skips detection.
 */
export function decode(bytes: Uint8Array, forced?: EncodingName): { text: string; encoding: EncodingName } {
  if (forced) {
    const label = forced === 'utf-8-bom' ? 'utf-8' : forced;
    try {
      return { text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding: forced };
    } catch {
      throw new DecodeError(`the bytes are not valid ${forced}`);
    }
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8-bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  if (looksBinary(bytes)) throw new DecodeError('binary file (not text)');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    /* not UTF-8: try the Chinese national encoding */
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return { text, encoding: 'gb18030' };
  } catch {
    throw new DecodeError('undetectable encoding: neither UTF-8, UTF-16 with BOM, nor GB18030 (try --encoding)');
  }
}
