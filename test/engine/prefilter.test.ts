import { describe, expect, it } from 'vitest';
import { KeywordPrefilter, RulePrefilter, type TokenRuns } from '../../src/engine/prefilter.js';
import { tokenRunsRequest } from '../../src/engine/decoders/index.js';
import { builtinRules } from '../../src/rules/load.js';

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

  it('agrees with a naive substring search on random keywords and text', () => {
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

  it('gives the same keywords, occurrences and runs in WebAssembly as in JavaScript', () => {
    const keywords = [...new Set(builtinRules().flatMap((r) => r.keywords.map((k) => k.toLowerCase())))];
    const positional = new Uint8Array(keywords.length).fill(1);
    const wasm = new KeywordPrefilter(keywords, { wasmAfter: 0 });
    const js = new KeywordPrefilter(keywords, { wasmAfter: Infinity });
    let seed = 11;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const pieces = ['token', 'SECRET', 'api_key', 'ghp_', 'AKIA', ' ', '\n', '"', '=', 'x', 'Zq9', 'abcdefghij0123456789', '+/=', '-', '_', 'sk'];
    const run = (p: KeywordPrefilter, text: string) => {
      const found = new Uint8Array(keywords.length);
      const hits: number[] = [];
      const runs: TokenRuns = tokenRunsRequest();
      const count = p.scanInto(text, found, [], positional, hits, runs);
      return { count, found: [...found].join(''), hits, runs: runs.spans, complete: runs.complete };
    };
    // Lengths around the WebAssembly threshold and past its event/run buffers (drained and resumed);
    // the non-ASCII text stays on the JavaScript loop.
    for (const len of [0, 100, 511, 512, 5_000, 70_000, 1_500_000]) {
      let text = '';
      while (text.length < len) text += pieces[rnd(pieces.length)];
      text = text.slice(0, len);
      expect(run(wasm, text), `length ${len}`).toEqual(run(js, text));
      // A long run and a keyword with a non-run char in the middle.
      const mid = Math.floor(len / 2);
      const runAcross = text.slice(0, mid - 50) + 'Q'.repeat(100) + text.slice(mid + 50);
      expect(run(wasm, runAcross), `run across, length ${len}`).toEqual(run(js, runAcross));
      const kwAcross = text.slice(0, mid - 3) + 'api.key' + text.slice(mid + 4);
      expect(run(wasm, kwAcross), `keyword across, length ${len}`).toEqual(run(js, kwAcross));
    }
    // Texts the WebAssembly module walks as four chunks at once: keywords ending just before, at
    // and just after every cut, and runs across the cuts.
    for (const len of [4096, 4099, 10_007, 65_536]) {
      const chunk = Math.ceil(len / 4);
      for (const shift of [-7, -6, -1, 0, 1, 5]) {
        const keywordsAt = [...'x '.repeat(len / 2 + 1)].slice(0, len);
        const runsAt = keywordsAt.slice();
        for (let cut = chunk; cut < len; cut += chunk) {
          keywordsAt.splice(cut + shift - 12, 12, ...'SessionToken');
          runsAt.splice(cut + shift - 20, 40, ...'Qz09'.repeat(10));
        }
        for (const chars of [keywordsAt, runsAt]) {
          const text = chars.join('').slice(0, len);
          expect(run(wasm, text), `cuts, length ${len}, shift ${shift}`).toEqual(run(js, text));
        }
      }
    }
    // The WebAssembly pass also tells whether the percent and escape decoders have anything to find.
    for (const [text, percent, backslash] of [
      ['token x'.repeat(1000), false, false],
      ['token x'.repeat(1000) + '%', true, false],
      ['\\' + 'token x'.repeat(1000), false, true],
      ['token%41\\u0041'.repeat(500), true, true],
    ] as const) {
      const runs = tokenRunsRequest();
      wasm.scanInto(text, new Uint8Array(keywords.length), [], positional, [], runs);
      expect([runs.percent, runs.backslash], text.slice(0, 20)).toEqual([percent, backslash]);
    }
    const manyRuns = 'abcdefghij0123456789 token '.repeat(40_000); // more runs than one call's buffer
    expect(run(wasm, manyRuns)).toEqual(run(js, manyRuns));
    const accented = 'é token '.repeat(200);
    expect(run(wasm, accented)).toEqual(run(js, accented));
  });

  it('scans bytes put straight into WebAssembly memory as it scans the same text', () => {
    const keywords = ['token', 'api_key', 'ghp_'];
    const loop = new KeywordPrefilter(keywords).wasmLoop()!;
    for (const text of ['x token y', 'api_key = Zq9abcdefghij0123456789+/= ghp_ '.repeat(500)]) {
      const viaText = { events: [] as number[], runs: tokenRunsRequest() };
      loop.scan(text, viaText.runs.chars, viaText.runs.min, viaText.runs, (entry, end) => viaText.events.push(entry, end));
      const viaBytes = { events: [] as number[], runs: tokenRunsRequest() };
      const view = loop.textView(text.length)!;
      view.set(Buffer.from(text, 'latin1'));
      loop.scanBytes(text.length, viaBytes.runs.chars, viaBytes.runs.min, viaBytes.runs, (entry, end) => viaBytes.events.push(entry, end));
      expect(viaBytes.events.length).toBeGreaterThan(0);
      expect(viaBytes).toEqual(viaText);
    }
  });
});
