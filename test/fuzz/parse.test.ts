import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseText } from '../../src/pipeline/parse-file.js';
import { processBytes } from '../../src/pipeline/run.js';
import { brokenInvariant, mutatedSeed, params, spicyText, timeoutFor } from './helpers.js';

/**
 * Property-based tests: on mutated seed passages and on random text made of the
 * characters the parsers react to, extraction never throws, every source range lies in
 * the text with the right line, ids are unique, and two runs agree.
 */

const check = (text: string) => {
  const a = parseText('f.txt', text, 'f');
  const broken = brokenInvariant(text, a);
  if (broken) throw new Error(broken);
  const b = parseText('f.txt', text, 'f');
  expect(JSON.stringify([b.records, b.diagnostics])).toBe(JSON.stringify([a.records, a.diagnostics]));
};

describe('parseText on mutated seed passages', () => {
  it(
    'never throws, grounds every record, keeps ids unique, is deterministic',
    () => {
      fc.assert(
        fc.property(mutatedSeed, (text) => {
          check(text);
        }),
        params(1500),
      );
    },
    timeoutFor(1500),
  );
});

describe('parseText on random structural text', () => {
  it(
    'never throws, grounds every record, keeps ids unique, is deterministic',
    () => {
      fc.assert(
        fc.property(spicyText, (text) => {
          check(text);
        }),
        params(1000),
      );
    },
    timeoutFor(1000),
  );

  it(
    'survives arbitrary unicode, including lone surrogates',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 400, size: 'max' }), (text) => {
          check(text);
        }),
        params(500),
      );
    },
    timeoutFor(500),
  );
});

describe('the same text in another encoding', () => {
  it(
    'gives the same records from UTF-8, UTF-8 with BOM and UTF-16 LE/BE with BOM',
    () => {
      fc.assert(
        fc.property(mutatedSeed, (raw) => {
          // a lone surrogate does not survive any encoding, and a leading U+FEFF is a byte-order
          // mark by definition, so neither is part of this property
          const text = raw.replace(/[\ud800-\udfff]/g, '?').replace(/^\ufeff+/, '');
          const strip = (r: ReturnType<typeof processBytes>) => JSON.stringify([r.parsed?.records, r.diagnostics]);
          const utf8 = processBytes('f.txt', new TextEncoder().encode(text), 'f');
          const bom = processBytes('f.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), 'f');
          const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
          const utf16 = processBytes('f.txt', new Uint8Array(le), 'f');
          const be = Buffer.from(le);
          be.swap16(); // UTF-16BE with its BOM: FE FF
          const utf16be = processBytes('f.txt', new Uint8Array(be), 'f');
          if (utf8.failure) return; // a mutation may have made it look binary: refused the same way below
          expect(bom.failure).toBeNull();
          expect(utf16.failure).toBeNull();
          expect(strip(bom)).toBe(strip(utf8));
          expect(strip(utf16)).toBe(strip(utf8));
          expect(strip(utf16be)).toBe(strip(utf8));
        }),
        params(200),
      );
    },
    timeoutFor(200, 25),
  );
});
