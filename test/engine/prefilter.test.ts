import { describe, expect, it } from 'vitest';
import { KeywordPrefilter, RulePrefilter } from '../../src/engine/prefilter.js';

describe('keyword prefilter', () => {
  it('finds overlapping keywords case-insensitively', () => {
    const p = new KeywordPrefilter(['he', 'she', 'his', 'hers', 'ghp_']);
    const found = new Uint8Array(5);
    expect(p.scan('uSHErs GHP_x', found)).toBe(4);
    expect([...found]).toEqual([1, 1, 0, 1, 1]);
  });

  it('selects rules by keyword and always runs rules without keywords', () => {
    const p = new RulePrefilter([['akia'], [], ['ghp_', 'gho_'], ['xoxb-']]);
    expect(p.select('nothing here')).toEqual([1]);
    expect(p.select('token GHO_abc and AKIA...')).toEqual([0, 1, 2]);
    expect(p.select('xoxb-1')).toEqual([1, 3]);
  });

  it('handles non-ASCII text and keywords', () => {
    const p = new RulePrefilter([['clé'], ['key']]);
    expect(p.select('la CLÉ secrète')).toEqual([0]);
    expect(p.select('ключ key')).toContain(1);
  });

  it('agrees with a naive substring search on random keywords and text (lazy transitions)', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const word = (len: number) => Array.from({ length: len }, () => 'abAB_-c'[rnd(7)]).join('');
    for (let round = 0; round < 200; round++) {
      const keywords = [...new Set(Array.from({ length: 1 + rnd(12) }, () => word(1 + rnd(5)).toLowerCase()))];
      const p = new KeywordPrefilter(keywords);
      for (let t = 0; t < 5; t++) {
        const text = word(rnd(60));
        const found = new Uint8Array(keywords.length);
        p.scan(text, found);
        expect([...found], `${JSON.stringify(keywords)} in ${text}`).toEqual(keywords.map((k) => (text.toLowerCase().includes(k) ? 1 : 0)));
      }
    }
  });
});
