import { describe, expect, it } from 'vitest';
import { nestingOrder, renderText, type Span } from '../../../src/emit/html/text-view.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#13': '\r' };

/** what each record's marks hold, read back from the markup the way a browser would */
function marksText(markup: string): Map<number, string> {
  const out = new Map<number, string>();
  const open: number[] = [];
  for (const m of markup.matchAll(/<mark [^>]*data-r="(\d+)">|<\/mark>|<[^>]+>|([^<]+)/g)) {
    if (m[1] !== undefined) open.push(Number(m[1]));
    else if (m[0] === '</mark>') open.pop();
    else if (m[2] !== undefined) {
      const text = m[2].replace(/&([a-z]+|#\d+);/g, (_, e: string) => ENTITIES[e]);
      for (const r of open) out.set(r, (out.get(r) ?? '') + text);
    }
  }
  return out;
}

function spans(list: Array<[number, number, string?]>): Span[] {
  return list.map(([start, end, type], index) => ({ index, type: type ?? 'task', start, end })).sort(nestingOrder);
}

describe('renderText', () => {
  it('gives each record exactly its passage, across lines, nested and crossing', () => {
    const text = '一、总则\r\n（一）任务：<b>&"x"\n牵头单位：省商务厅\n\n末行';
    const list: Array<[number, number]> = [
      [0, text.length], // the whole file, like a document
      [6, 30], // across lines
      [10, 25], // inside the one above
      [20, 33], // crossing the one above
      [3, 4], // one character
    ];
    const got = marksText(renderText('f0', text, spans(list), []));
    list.forEach(([a, b], i) => expect(got.get(i)).toBe(text.slice(a, b)));
  });

  it('nests marks outer first and numbers the lines without putting numbers in the text', () => {
    const out = renderText(
      'f0',
      'ab\ncd',
      spans([
        [0, 5, 'document'],
        [1, 2],
      ]),
      [],
    );
    expect(out).toContain('<div class="ln" id="f0L2" data-n="2">');
    expect(out).toMatch(/<mark class="k-document d0" data-r="0">a<mark class="k-task d1" data-r="1">b<\/mark>/);
  });

  it('places notes after their line, and file-wide notes first', () => {
    const out = renderText(
      'f0',
      'a\nb\nc',
      [],
      [
        { line: 2, html: '<div class="dg">N2</div>' },
        { line: 0, html: '<div class="dg">N0</div>' },
        { line: 99, html: '<div class="dg">N99</div>' },
      ],
    );
    expect(out.indexOf('N0')).toBeLessThan(out.indexOf('id="f0L1"'));
    expect(out.indexOf('N2')).toBeGreaterThan(out.indexOf('id="f0L2"'));
    expect(out.indexOf('N2')).toBeLessThan(out.indexOf('id="f0L3"'));
    expect(out.indexOf('N99')).toBeGreaterThan(out.indexOf('id="f0L3"'));
  });
});
