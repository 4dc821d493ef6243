import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from '../../src/config/suggest.js';

describe('nearest known name', () => {
  it('counts inserts, deletes, replacements and swapped neighbours as one edit each', () => {
    expect(editDistance('phone-shared', 'phone-shared')).toBe(0);
    expect(editDistance('phone-shard', 'phone-shared')).toBe(1);
    expect(editDistance('phone-sahred', 'phone-shared')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests the closest name, the earlier one on a tie, and nothing when all are far', () => {
    const known = ['phone-shared', 'phone-malformed', 'email-malformed'];
    expect(nearest('phone-shard', known)).toBe('phone-shared');
    expect(nearest('emial-malformed', known)).toBe('email-malformed');
    expect(nearest('ab', ['ax', 'ay'])).toBe('ax');
    expect(nearest('zzzzqqq', known)).toBeNull();
  });
});
