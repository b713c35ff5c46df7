/**
 * Keyword windows and leads (scripts/lib/keyword-window.ts, RulePrefilter.windows and starts): a
 * windowed rule runs only on the lines around its keywords, a rule with a lead only at the starts
 * its keywords allow (matchesNear), and both must find exactly what a whole-text run finds.
 */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/engine/detector.js';
import { lineWindows, RulePrefilter } from '../../src/engine/prefilter.js';
import { builtinRules } from '../../src/rules/load.js';
import { defaultConfig } from '../../src/config/load.js';
import type { Fragment } from '../../src/model/fragment.js';
import { keywordLead, keywordWindow } from '../../scripts/lib/keyword-window.js';
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

  it('bounds how far a match starts before the end of its first keyword', () => {
    expect(keywordLead('(?i)abc[0-9]{3}', ['abc'])).toBe(3);
    expect(keywordLead('\\b(API-[A-Z0-9]{26})(?:[^\\w-]|$)', ['api-'])).toBe(4); // text anchors do not matter here
    expect(keywordLead('(?s)x{0,5}abc.+', ['abc'])).toBe(8); // nor unbounded matches after the keyword
    expect(keywordLead('[a-z]+abc', ['abc'])).toBeNull(); // a loop before the keyword
    expect(keywordLead('(?i)ab\\s?c', ['abc'])).toBeNull(); // a match may hold no "abc"
    expect(keywordLead('(?:key|x{0,9}token)', ['key', 'token'])).toBe(14);
    expect(keywordLead('x', [])).toBeNull();
    expect(keywordLead('(?im)^[ \\t]*(?:export )?[a-z_]*key=\\S+', ['key'])).toBe('line'); // unbounded, but at its line's start
    expect(keywordLead('(?im)^[ \\t]*(?:export )?[a-z_]*key=\\s+', ['key'])).toBeNull(); // may read a newline
    expect(keywordLead('(?i)(?:^|x)[a-z]*key', ['key'])).toBeNull(); // not always at a line start
  });

  it('gives the ranges where matches can start, merged', () => {
    const p = new RulePrefilter([['key', 'tokens'], ['tok']], [true, false]);
    const text = 'a key, some tokens and KEYkey';
    p.select(text);
    // "key" ends at 5, 26 and 29, "tokens" at 18 (and "tok", not this rule's); lead 7.
    expect(p.starts(0, text, 7)).toEqual([0, 2, 11, 12, 19, 26]);
    expect(p.starts(0, text, 3)).toEqual([2, 2, 23, 23, 26, 26]); // "tokens" (6) cannot be the first keyword within 3
    expect(p.starts(1, text, 7)).toBeNull();
    const lines = 'key\n  x key key\n\nnone\n key';
    p.select(lines);
    expect(p.starts(0, lines, 'line')).toEqual([0, 0, 4, 4, 22, 22]);
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

describe('windowed rules and rules run near their keywords find what whole-text runs find', () => {
  const windowed = builtinRules().filter((r) => r.keywordWindow !== undefined || r.keywordLead !== undefined);
  const samples = positiveSamplesById();
  const texts = (): Fragment[] => {
    const frags: Fragment[] = buildCorpus(1).files.map((f) => ({ path: f.path, text: f.text }));
    // Keywords at text and line edges, next to multi-line values, and in decoded text.
    const value = 'Zx9' + 'q7Lm'.repeat(6);
    // Long enough that the detector takes the near-keyword path for a few occurrences.
    const pad = 'plain words, nothing to see here. '.repeat(8);
    for (const r of windowed) {
      const positives = samples.get(r.id) ?? [];
      expect(positives.length, r.id).toBeGreaterThan(0);
      for (const s of positives) {
        frags.push({ path: `edge/${r.id}`, text: s }, { path: `edge2/${r.id}`, text: `\n${s}\n${s}` });
        frags.push({ path: `b64/${r.id}`, text: `data: ${Buffer.from(s).toString('base64')}` });
        frags.push({ path: `padded/${r.id}`, text: `${s}${s}\n${pad}\n${pad}${s} ${s}\n${pad}\n${s}` });
        frags.push({ path: `inline/${r.id}`, text: `${pad}${s}${pad}${s}.${s}${pad}` });
      }
    }
    frags.push({ path: 'multi.cs', text: `class A {\n  public string ApiToken\n  {\n get; set; } = "${value}";\n}` });
    return frags;
  };

  it('on the accuracy corpus, every rule sample and edge cases', async () => {
    expect(windowed.filter((r) => r.keywordWindow).length).toBeGreaterThan(20);
    expect(windowed.filter((r) => r.keywordLead !== undefined).length).toBeGreaterThan(250);
    expect(windowed.map((r) => r.id)).toEqual(expect.arrayContaining(['generic-api-key', 'generic-secret-unquoted', 'github-pat']));
    const config = defaultConfig();
    const near = await createDetector({ config, regexEngine: 'v8' });
    const windows = await createDetector({ config: { ...config, rules: config.rules.map(({ keywordLead: _l, ...r }) => r) }, regexEngine: 'v8' });
    const whole = await createDetector({
      config: { ...config, rules: config.rules.map(({ keywordWindow: _w, keywordLead: _l, ...r }) => r) },
      regexEngine: 'v8',
    });
    let findings = 0;
    for (const f of texts()) {
      const expected = whole.scan(f);
      expect(near.scan(f), f.path).toEqual(expected);
      expect(windows.scan(f), f.path).toEqual(expected);
      findings += expected.length;
    }
    expect(findings).toBeGreaterThan(1000);
  });
});
