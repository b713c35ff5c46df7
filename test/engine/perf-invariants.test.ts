/**
 * The start-up and throughput shortcuts (bench-notes/perf.md) must not change results:
 * built-in rules are trusted at load because scripts/gen-rules.mjs checked them, the prefilter
 * resets only the marks it set, and the escape decoder finds escapes with indexOf + a sticky regex.
 */
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { escapeDecoder } from '../../src/engine/decoders/index.js';
import { KeywordPrefilter, RulePrefilter } from '../../src/engine/prefilter.js';
import { builtinAllowlists, builtinRules } from '../../src/rules/load.js';

describe('built-in rules trusted at load', () => {
  it('every regex compiles with re2js and secretGroup is within its group count (what gen-rules checks)', () => {
    const rules = builtinRules();
    expect(rules.length).toBeGreaterThan(100);
    for (const r of rules) {
      const groups = r.regex !== undefined ? RE2JS.compile(r.regex).groupCount() : 0;
      if (r.path !== undefined) RE2JS.compile(r.path);
      if (r.secretGroup !== undefined) expect(r.secretGroup, r.id).toBeLessThanOrEqual(groups);
      for (const a of r.allowlists) for (const x of [...a.regexes, ...a.paths]) RE2JS.compile(x);
    }
    for (const a of builtinAllowlists()) for (const x of [...a.regexes, ...a.paths]) RE2JS.compile(x);
  });
});

describe('prefilter scratch state', () => {
  it('gives the same selection on repeated and interleaved calls', () => {
    const p = new RulePrefilter([['akia'], [], ['ghp_', 'gho_'], ['xoxb-'], ['key', 'akia']]);
    const texts = ['nothing', 'AKIA and key', 'xoxb- ghp_', '', 'KEY', 'akia ghp_ xoxb- key'];
    const first = texts.map((t) => p.select(t));
    expect(first).toEqual([[1], [0, 1, 4], [1, 2, 3], [1], [1, 4], [0, 1, 2, 3, 4]]);
    for (let round = 0; round < 3; round++) expect(texts.map((t) => p.select(t))).toEqual(first);
  });

  it('builds the same automaton as a naive substring search', () => {
    const kws = ['sk', 'sk_live', 'key', 'ey', 'token', 'to', 'pat', 'at', 'a'];
    const p = new KeywordPrefilter(kws);
    for (const text of ['SK_LIVE token', 'patch', 'monkey', 'xyz', 'AtOkEn', 'ask']) {
      const found = new Uint8Array(kws.length);
      p.scan(text, found);
      expect([...found], text).toEqual(kws.map((k) => (text.toLowerCase().includes(k) ? 1 : 0)));
    }
  });
});

describe('escape decoder', () => {
  /** The previous implementation: a global regex scan. */
  function globalScan(text: string): [number, number][] {
    const ESCAPE = /\\(?:[nrtbfv0\\/]|u[0-9A-Fa-f]{4}|u\{[0-9A-Fa-f]{1,6}\}|x[0-9A-Fa-f]{2})/g;
    const inside = (c: number) => c !== 34 && c !== 39 && c !== 96 && c !== 10;
    const out: [number, number][] = [];
    for (let m = ESCAPE.exec(text); m !== null; m = ESCAPE.exec(text)) {
      let s = m.index;
      while (s > Math.max(0, m.index - 8192) && inside(text.charCodeAt(s - 1))) s--;
      let e = m.index + m[0].length;
      const maxE = Math.min(text.length, e + 8192);
      while (e < maxE && inside(text.charCodeAt(e))) e++;
      ESCAPE.lastIndex = Math.max(e, m.index + m[0].length);
      if (e - s >= 8) out.push([s, e]);
    }
    return out;
  }

  it('finds the same segments as a global regex scan', () => {
    const texts = [
      '"a\\q b" "first\\nsecond line" \\\\ "x\\u0041\\x42yzzzzz" \\z "p\\/q\\\\r\\u{1F600}tail"',
      '\\\\\\\\n\\u12\\u1234 "\\x4g" \\',
      'no escapes at all',
    ];
    const alphabet = '\\"nux0aF{}1 \n';
    for (let k = 0; k < 200; k++) {
      let t = '';
      for (let i = 0; i < 60; i++) t += alphabet[(k * 31 + i * i * 7 + i) % alphabet.length];
      texts.push(t);
    }
    for (const text of texts) {
      expect(escapeDecoder.find(text).map((s) => [s.start, s.end]), text).toEqual(globalScan(text));
    }
    expect(escapeDecoder.find(texts[0]).length).toBeGreaterThan(1);
  });
});
