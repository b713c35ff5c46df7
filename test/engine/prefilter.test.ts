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
});
