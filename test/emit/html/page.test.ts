import { describe, expect, it } from 'vitest';
import { renderReviewPage } from '../../../src/emit/html/index.js';
import { fixture } from '../../helpers/parse.js';

function seedPage(seed: string): string {
  const f = fixture(seed);
  return renderReviewPage({
    files: [{ path: f.file, text: f.src.original }],
    records: f.records,
    diagnostics: f.diagnostics,
    tool: 'qhdocs',
    version: '0',
  });
}

describe('renderReviewPage', () => {
  it('is self-contained: no URL to fetch, no external font', () => {
    const page = seedPage('000');
    expect(page).not.toMatch(/\b(src|href)="(?!#)/);
    expect(page).not.toMatch(/@import|@font-face|url\(/);
  });

  it('is the same bytes for the same input', () => {
    expect(seedPage('001')).toBe(seedPage('001'));
  });

  it('outlines every document and record once', () => {
    const f = fixture('003');
    const page = seedPage('003');
    const n = Object.values(f.records).reduce((s, l) => s + l.length, 0);
    expect(page.match(/class="rec[ "][^>]*data-r=/g)).toHaveLength(n);
    expect(page.match(/class="rec dochead/g)).toHaveLength(f.records.documents.length);
  });

  it('escapes input text once: markup in the input shows as text', () => {
    const page = renderReviewPage({
      files: [{ path: 'a<b>.txt', text: '<script>alert(1)</script> &amp;' }],
      records: { documents: [], projects: [], tasks: [], activities: [], contacts: [], members: [], tables: [] },
      diagnostics: [],
      tool: 'qhdocs',
      version: '0',
    });
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;');
    expect(page).toContain('a&lt;b&gt;.txt');
    expect(page.match(/<script>/g)).toHaveLength(1);
  });
});
