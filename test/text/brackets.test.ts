import { describe, expect, it } from 'vitest';
import { matchesOutsideBrackets } from '../../src/text/brackets.js';

describe('matchesOutsideBrackets', () => {
  it('keeps the matches at bracket depth zero, in order', () => {
    const found = matchesOutsideBrackets(/牵头/g, '省商务厅牵头（省财政厅牵头）、【牵头】省发展改革委牵头').map(
      (m) => m.index,
    );
    expect(found).toEqual([4, 25]);
  });
  it('treats an unmatched closing bracket as depth zero', () => {
    expect(matchesOutsideBrackets(/配合/g, '）配合(配合').map((m) => m.index)).toEqual([1]);
  });
});
