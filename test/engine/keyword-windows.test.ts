/**
 * Keyword windows (scripts/lib/keyword-window.ts, RulePrefilter.windows): a windowed rule runs
 * only on the lines around its keywords, and must find exactly what a whole-text run finds.
 */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/engine/detector.js';
import { lineWindows, RulePrefilter } from '../../src/engine/prefilter.js';
import { builtinRules } from '../../src/rules/load.js';
import { defaultConfig } from '../../src/config/load.js';
import type { Fragment } from '../../src/model/fragment.js';
import { keywordWindow } from '../../scripts/lib/keyword-window.js';
import { buildCorpus } from '../accuracy/corpus.js';
import { positiveSamplesById } from '../rules/builtin-rules.js';

describe('keyword window analysis', () => {
  it('windows only rules whose every match holds a keyword, with bounds or on one line', () => {
    expect(keywordWindow('(?i)abc[0-9]{3}', ['abc'])).toEqual([0, 0]); // one line
    expect(keywordWindow('(?i)ab\\s?c[0-9]{3}', ['abc'])).toBeNull(); // a match may hold no "abc"
    expect(keywordWindow('x[0-9]{3}', ['abc'])).toBeNull();
    expect(keywordWindow('(?i)(?:foo|bar)z', ['foo'])).toBeNull();
    expect(keywordWindow('(?i)(?:foo|bar)z', ['foo', 'bar'])).toEqual([0, 0]);
    expect(keywordWindow('^abc', ['abc'])).toBeNull(); // start of text holds at a window's edge
    expect(keywordWindow('(?s)abc.+', ['abc'])).toBeNull(); // unbounded and multi-line
    expect(keywordWindow('(?s)..abc.{0,3}', ['abc'])).toEqual([7, 13]); // `.` may read a surrogate pair: 2 units each
    expect(keywordWindow('(?i)tok', ['tok'])).toEqual([0, 0]); // K folds to the Kelvin sign, read as k
  });

  it('merges line-widened spans', () => {
    const text = 'aa\nbb key cc\ndd\nee key\nff';
    expect(lineWindows(text, [6, 9])).toEqual([3, 12]);
    expect(lineWindows(text, [6, 9, 19, 22])).toEqual([3, 12, 16, 22]);
    expect(lineWindows(text, [6, 9, 10, 17])).toEqual([3, 22]);
    expect(lineWindows(text, [0, 1])).toEqual([0, 2]);
    expect(lineWindows(text, [19, 22, 6, 9])).toEqual([3, 12, 16, 22]); // unsorted
  });

  it('keeps occurrences only for windowed rules, and none when keywords force lower-casing', () => {
    const p = new RulePrefilter([['key'], ['tok']], [true, false]);
    const text = 'x\nmy key\ntok\nKEY';
    expect(p.select(text)).toEqual([0, 1]);
    expect(p.windows(0, text, [0, 0])).toEqual([2, 8, 13, 16]);
    expect(p.windows(1, text, [0, 0])).toBeNull();
    const q = new RulePrefilter([['key'], ['clé']], [true, false]);
    q.select(text);
    expect(q.windows(0, text, [0, 0])).toBeNull();
  });
});

describe('windowed rules find what whole-text runs find', () => {
  const windowed = builtinRules().filter((r) => r.keywordWindow !== undefined);
  const samples = positiveSamplesById();
  const texts = (): Fragment[] => {
    const frags: Fragment[] = buildCorpus(1).files.map((f) => ({ path: f.path, text: f.text }));
    // Keywords at text and line edges, next to multi-line values, and in decoded text.
    const value = 'Zx9' + 'q7Lm'.repeat(6);
    for (const r of windowed) {
      const positives = samples.get(r.id) ?? [];
      expect(positives.length, r.id).toBeGreaterThan(0);
      for (const s of positives) {
        frags.push({ path: `edge/${r.id}`, text: s }, { path: `edge2/${r.id}`, text: `\n${s}\n${s}` });
        frags.push({ path: `b64/${r.id}`, text: `data: ${Buffer.from(s).toString('base64')}` });
      }
    }
    frags.push({ path: 'multi.cs', text: `class A {\n  public string ApiToken\n  {\n get; set; } = "${value}";\n}` });
    return frags;
  };

  it('on the accuracy corpus, every rule sample and edge cases', async () => {
    expect(windowed.length).toBeGreaterThan(20);
    expect(windowed.map((r) => r.id)).toEqual(expect.arrayContaining(['generic-api-key', 'generic-secret-unquoted']));
    const config = defaultConfig();
    const withWindows = await createDetector({ config });
    const whole = await createDetector({ config: { ...config, rules: config.rules.map(({ keywordWindow: _w, ...r }) => r) } });
    let findings = 0;
    for (const f of texts()) {
      const a = withWindows.scan(f);
      expect(a, f.path).toEqual(whole.scan(f));
      findings += a.length;
    }
    expect(findings).toBeGreaterThan(300);
  });
});
