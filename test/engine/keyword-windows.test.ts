/**
 * Keyword windows and leads (scripts/lib/keyword-window.ts, RulePrefilter.windows and starts): a
 * windowed rule runs only on the lines around its keywords, a rule with a lead only at the starts
 * its keywords allow (matchesNear), and both must find exactly what a whole-text run finds.
 */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/engine/detector.js';
import { charTable, lineWindows, RulePrefilter } from '../../src/engine/prefilter.js';
import { builtinRules } from '../../src/rules/load.js';
import { defaultConfig } from '../../src/config/load.js';
import type { Fragment } from '../../src/model/fragment.js';
import { keywordFollowChars, keywordLead, keywordLeadChars, keywordWindow } from '../../scripts/lib/keyword-window.js';
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

  it('lists the chars a match reads up to its first keyword', () => {
    const quoted = keywordLeadChars('(?i)["\'](?:[a-z0-9]{1,20}[._-]){0,4}token', ['token']);
    expect(quoted?.ascii).toBe(`"'-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz`);
    expect(quoted?.nonAscii).toBe(true); // (?i) k and s fold to the Kelvin sign and long s
    expect(keywordLeadChars('tok[0-9]+', ['tok'])).toEqual({ ascii: 'kot', nonAscii: false }); // not the chars after the keyword
    expect(keywordLeadChars('(?i)^[ \t]*key', ['key'])).toEqual({ ascii: '\t EKYeky', nonAscii: true });
    expect(keywordLeadChars('(?s).{0,9}key', ['key'])).toBeNull(); // any char
  });

  it('lists the chars a match must read right after its first keyword', () => {
    expect(keywordFollowChars('sk[0-9a-f]{4}', ['sk'])).toEqual({ ascii: '0123456789abcdef', nonAscii: false });
    expect(keywordFollowChars('(?i)sk[a-c]', ['sk'])).toEqual({ ascii: 'ABCabc', nonAscii: false });
    expect(keywordFollowChars('(?:key|token)(?:=x|:y)', ['key', 'token'])).toEqual({ ascii: ':=', nonAscii: false });
    expect(keywordFollowChars('key\\b', ['key'])).toBeNull(); // the match may end with the keyword
    expect(keywordFollowChars('(?s)key.', ['key'])).toBeNull(); // any char
  });

  it('skips keywords that a char a match cannot read there follows', () => {
    const p = new RulePrefilter([['sk']], [true]);
    const hex = charTable({ ascii: '0123456789abcdef', nonAscii: false });
    const text = 'task sk12 risk skip sk';
    p.select(text);
    expect(p.starts(0, text, 2)).toEqual([2, 2, 5, 5, 12, 12, 15, 15, 20, 20]);
    expect(p.starts(0, text, 2, null, hex)).toEqual([5, 5]); // not before a space, "i" or the end
    const lines = 'sk1\nx sk\n';
    p.select(lines);
    expect(p.starts(0, lines, 'line', null, hex)).toEqual([0, 0]);
  });

  it('starts no earlier than a char a match cannot read before its keyword', () => {
    const p = new RulePrefilter([['key', 'q keyzz']], [true]);
    const words = charTable({ ascii: 'abcdefghijklmnopqrstuvwxyz"', nonAscii: false });
    const text = 'x = "ab.cd key" z"key"';
    p.select(text);
    expect(p.starts(0, text, 12)).toEqual([2, 18]);
    expect(p.starts(0, text, 12, words)).toEqual([11, 11, 16, 18]); // cut at the spaces before "key" and before z"key"
    const t2 = 'aaaaaaaa key.key';
    p.select(t2);
    expect(p.starts(0, t2, 20, charTable({ ascii: 'akey.', nonAscii: false }))).toEqual([9, 13]);
    expect(p.starts(0, t2, 20, charTable({ ascii: 'akey', nonAscii: false }))).toEqual([9, 9, 13, 13]);
    // A later keyword whose range starts before an earlier one's (it holds a char the lead does
    // not): ranges widened and merged (a superset of the starts, never fewer).
    const t3 = 'aa q keyzz';
    p.select(t3);
    expect(p.starts(0, t3, 20, charTable({ ascii: 'akeyqz', nonAscii: false }))).toEqual([3, 5]);
    // 'line': only lines whose chars before the keyword may all be read.
    const lines = '  key\nx = key\n key key\n';
    p.select(lines);
    const indent = charTable({ ascii: ' key', nonAscii: false });
    expect(p.starts(0, lines, 'line')).toEqual([0, 0, 6, 6, 14, 14]);
    expect(p.starts(0, lines, 'line', indent)).toEqual([0, 0, 14, 14]);
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
    // Matches whose start is far before the keyword, or just after a char that ends the lead.
    for (const before of ['', ' ', '(', 'x ', '"a.', "'a1.b2.c3.d4.", '"a.b.c.d.e.', '  export ', '\t', 'é', 'x=']) {
      frags.push({ path: 'lead.ts', text: `${pad}${before}token", "${value}"\n${before}app_secret = "${value}"\n${before}API_TOKEN=${value}\n` });
      frags.push({ path: 'lead.xml', text: `${pad}<${before}db.password>${value}</x>\n${before}<app:secret>${value}</app:secret>` });
    }
    // Keywords at the text's end and before each kind of char.
    for (const after of ['', ' ', 'a', 'Z', '0', '_', '-', '.', '"', '=', ':', '(', '\n', 'é']) {
      for (const r of windowed.slice(0, 400)) {
        for (const kw of r.keywords.slice(0, 2)) frags.push({ path: 'follow.txt', text: `${pad}${kw}${after}${value}${after}` }, { path: 'end.txt', text: `${pad}${kw}` });
      }
    }
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
