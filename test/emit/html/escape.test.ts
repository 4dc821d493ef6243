import { describe, expect, it } from 'vitest';
import { html, scriptJson } from '../../../src/emit/html/escape.js';

describe('escaping', () => {
  it('escapes markup characters and keeps carriage returns', () => {
    expect(html(`<a href="x">'&'</a>\r\n`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;&#13;\n');
  });
  it('keeps script data from closing its element', () => {
    const s = scriptJson({ t: '</script><!-- \u2028' });
    expect(s).not.toMatch(/<|\u2028/);
    expect(JSON.parse(s)).toEqual({ t: '</script><!-- \u2028' });
  });
});
