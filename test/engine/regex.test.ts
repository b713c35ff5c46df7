import { describe, expect, it } from 'vitest';
import { compileRegex, re2ToJs, resolveRegexBackend, UnsupportedSyntax } from '../../src/engine/regex/index.js';
import { ENGINES } from './helpers.js';
import { builtinRules } from '../../src/rules/load.js';
import { positiveSamplesById } from '../rules/builtin-rules.js';

/** Patterns exercising RE2 syntax that JS lacks or reads differently, with subjects. */
const CASES: Array<[string, string[]]> = [
  ['(?i)abc', ['xABCx', 'aBc', 'ab']],
  ['\\b(p8e-(?i)[a-z0-9]{4})', ['p8e-AbC9', 'P8E-abcd', 'p8e-ab']],
  ['(?i)key(?-i:X[a-z]{2})', ['KEYXab', 'keyxab', 'KeYXAB']],
  ['(?i:tok)en', ['TOKen', 'TOKEN']],
  ['(?s:a.b)|c.d', ['a\nb', 'c\nd', 'cxd']],
  ['a.c', ['a\rc', 'a\nc', 'a\u2028c']],
  ['x\\s+y', ['x \t y', 'x\u00a0y', 'x\vy']],
  ['[[:alnum:]]{3}\\z', ['ab1', 'ab1\n', '-ab1']],
  ['\\Aab', ['ab', 'xab']],
  ['(?P<name>[0-9]+)-(\\d+)', ['12-34', 'a-1']],
  ['[^\\s\'"]{3}', ['a b"cde']],
  ['\\x41\\x{42}[\\x{43}-\\x{45}]', ['ABD', 'ABF']],
  ['a{2,}b{1}c{0,2}', ['aabcc', 'abc']],
  ['\\Qa.b\\E+', ['a.bbb', 'axb']],
  ['(?i)[k-m]', ['K', '\u212a', 'n']],
  ['{foo}', ['x{foo}y']],
  ['(a)|(b)', ['b', 'a']],
  ['(?m)^k=(\\w+)$', ['k=1\nk=2\r\nk=3', 'xk=1']],
  ['\\b[a-z0-9]{20,40}\\b', ['x ' + 'a1'.repeat(15) + ' ' + 'b'.repeat(50)]],
  ['(?:-[0-9]{2,3}){3}x', ['-12-345-67x', '-1-2-3x']],
  ['[a-z]{0,30}?k', ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaak']],
  // Captures V8 and RE2 fill differently (repeated groups), and ones that repeat their text.
  ['(?:(a)|b)+', ['ab', 'ba', 'aab']],
  ['(a|b){2}c', ['abc', 'bac']],
  ['(x*)y(x*)', ['xyx', 'yx', 'xy', 'y']],
  ['k=(a+)&(a+)', ['k=aa&a', 'k=a&aa']],
];

function allMatches(exec: (t: string, f: number) => { index: number; end: number; spans: number[] } | null, text: string) {
  const out: number[][] = [];
  for (let from = 0; from <= text.length; ) {
    const m = exec(text, from);
    if (!m) break;
    out.push(m.spans);
    from = m.end > m.index ? m.end : m.index + 1;
  }
  return out;
}

describe('RE2 to JS translation', () => {
  it('rewrites counts above 16 into chunks V8\'s linear engine accepts', () => {
    expect(re2ToJs('a{40}').source).toBe('(?:a{16}a{16}a{8})');
    expect(re2ToJs('a{2,20}?').source).toBe('(?:a{2}(?:a{0,15}?|a{16}a{0,2}?))');
    expect(re2ToJs('(?:ab){2,3}').source).toBe('(?:(?:ab)(?:ab)(?:(?:ab))?)');
    expect(re2ToJs('(ab){20}').source).toBe('(ab){20}');
  });

  it('expands case folding instead of using flags', () => {
    expect(re2ToJs('(?i)ab').source).toBe('[\\u0041\\u0061][\\u0042\\u0062]');
    expect(re2ToJs('(?P<x>a)(b)').groupCount).toBe(2);
  });

  it('refuses what it cannot express exactly', () => {
    expect(() => re2ToJs('(?U)a+')).toThrow(UnsupportedSyntax);
    expect(() => re2ToJs('\\pL')).toThrow(UnsupportedSyntax);
  });

  it('falls back to re2js for a pattern V8 cannot run', async () => {
    const re = await compileRegex('(?U)a+', { engine: 'v8' });
    expect(re.engine).toBe('re2js');
    expect(re.exec('baa', 0)?.end).toBe(2);
  });
});

describe('captures from V8', () => {
  it('are taken as exact only without repeated groups and multi-line anchors', () => {
    expect(re2ToJs('(a)b*(c)?').exactCaptures).toBe(true);
    expect(re2ToJs('(a)*').exactCaptures).toBe(false);
    expect(re2ToJs('(?:(a)|b)+').exactCaptures).toBe(false);
    expect(re2ToJs('(a|b){2}').exactCaptures).toBe(false);
    expect(re2ToJs('(a|b){1}').exactCaptures).toBe(true);
    expect(re2ToJs('(?m)^(a)').exactCaptures).toBe(false);
  });

  it('give every built-in rule the spans re2js gives, on its samples', async () => {
    const ref = await resolveRegexBackend('re2js');
    const v8 = await resolveRegexBackend('v8');
    const samples = positiveSamplesById();
    let compared = 0;
    for (const rule of builtinRules()) {
      if (rule.regex === undefined) continue;
      const a = ref.compile(rule.regex);
      const b = v8.compile(rule.regex);
      for (const s of samples.get(rule.id) ?? []) {
        for (const text of [s, `x ${s}\n${s} y`]) {
          expect(allMatches((t, f) => b.exec(t, f), text), `${rule.id} on ${JSON.stringify(text)}`).toEqual(allMatches((t, f) => a.exec(t, f), text));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(600);
  });
});

describe('regex backends agree with re2js', () => {
  it.each(ENGINES.filter((e) => e !== 're2js'))('%s', async (engine) => {
    const ref = await resolveRegexBackend('re2js');
    const other = await resolveRegexBackend(engine);
    for (const [pattern, subjects] of CASES) {
      const a = ref.compile(pattern);
      const b = other.compile(pattern);
      expect(b.groupCount, pattern).toBe(a.groupCount);
      for (const s of subjects) {
        expect(allMatches((t, f) => b.exec(t, f), s), `${pattern} on ${JSON.stringify(s)}`).toEqual(
          allMatches((t, f) => a.exec(t, f), s),
        );
      }
    }
  });
});

describe.each(ENGINES)('%s is linear on catastrophic input', (engine) => {
  it('runs (a*)*b over 200 000 a in well under a second', async () => {
    const re = await compileRegex('(a*)*b', { engine });
    const t = performance.now();
    expect(re.exec('a'.repeat(200_000), 0)).toBeNull();
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe('resolveRegexBackend', () => {
  it('auto gives a linear engine', async () => {
    expect(['re2', 'v8']).toContain((await resolveRegexBackend('auto')).name);
  });

  it('auto runs built-in patterns on V8 and other patterns on the native addon when it loads', async () => {
    const { builtinRules } = await import('../../src/rules/load.js');
    const builtin = builtinRules().find((r) => r.id === 'github-pat')!.regex!;
    const auto = await resolveRegexBackend('auto');
    expect(auto.compile(builtin).engine).toBe('v8');
    const user = auto.compile('(?i)custom-[a-z]{20}');
    expect(user.engine).toBe(auto.name === 're2' ? 're2' : 'v8');
    expect(user.exec('x CUSTOM-abcdefghijklmnopqrst', 0)?.index).toBe(2);
  });
});

describe('without the native addon', () => {
  it('auto resolves to V8 with its linear fallback', async () => {
    const { disableNativeRe2 } = await import('../../src/engine/regex/backend-re2-native.js');
    disableNativeRe2();
    expect((await resolveRegexBackend('auto')).name).toBe('v8');
    await expect(resolveRegexBackend('re2')).rejects.toThrow(/native re2 addon is not installed/);
  });
});
