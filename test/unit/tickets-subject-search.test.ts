import { describe, expect, it } from 'vitest';
import { subjectWordsQuery } from '../../src/server/modules/tickets/sql.ts';

describe('queue subject search words', () => {
  it('needs every word and lets the last one be half typed', () => {
    expect(subjectWordsQuery('Reset the pass')).toBe('reset & the & pass:*');
    expect(subjectWordsQuery('  VPN  ')).toBe('vpn:*');
  });

  it('keeps letters of any language and drops everything a tsquery would read as an operator', () => {
    expect(subjectWordsQuery("Über! café's & (x | !y) <-> z:*")).toBe('über & café & s & x & y & z:*');
  });

  it('has no query for text without a word, so it matches nothing rather than everything', () => {
    expect(subjectWordsQuery('!!! ---')).toBeNull();
  });
});
