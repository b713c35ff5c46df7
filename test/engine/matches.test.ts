/**
 * matchesOf searches long texts in pieces (src/engine/matches.ts): it must return exactly the
 * matches of one scan over the whole text, for every bounded built-in rule.
 */
import { describe, expect, it } from 'vitest';
import { matchesOf, PIECE } from '../../src/engine/matches.js';
import { resolveRegexBackend } from '../../src/engine/regex/index.js';
import { builtinRules } from '../../src/rules/load.js';
import { positiveSamplesById } from '../rules/builtin-rules.js';

function wholeScan(exec: (t: string, from: number) => { index: number; end: number; spans: number[] } | null, text: string) {
  const out = [];
  for (let from = 0; from <= text.length; ) {
    const m = exec(text, from);
    if (m === null) break;
    out.push(m);
    from = m.end > m.index ? m.end : m.index + 1;
  }
  return out;
}

describe('matchesOf', () => {
  it('finds in pieces exactly what one scan of the whole text finds', async () => {
    const backend = await resolveRegexBackend('auto');
    const samples = positiveSamplesById();
    const rules = builtinRules().filter((r) => r.regex !== undefined && r.maxMatch !== undefined && (samples.get(r.id)?.length ?? 0) > 0);
    expect(rules.length).toBeGreaterThan(250);
    let seed = 17;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const noise = ['\n', ' ', 'token = ', 'x', '\t', '"', "'", ': ', 'abc123', '\r\n', 'é', '-'];
    let compared = 0;
    for (const r of rules) {
      // Samples scattered in noise, so that matches fall on and across piece edges.
      const parts: string[] = [];
      let len = 0;
      while (len < PIECE * 2.5) {
        const positives = samples.get(r.id)!;
        const piece = rnd(3) === 0 ? positives[rnd(positives.length)] : noise[rnd(noise.length)].repeat(1 + rnd(400));
        parts.push(piece);
        len += piece.length;
      }
      const text = parts.join('');
      const re = backend.compile(r.regex!);
      const pieces = [...matchesOf(re, text, r.maxMatch)];
      expect(pieces, r.id).toEqual(wholeScan((t, f) => re.exec(t, f), text));
      compared += pieces.length;
    }
    expect(compared).toBeGreaterThan(1000);
  }, 120_000);
});
