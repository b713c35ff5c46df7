import { describe, expect, it } from 'vitest';
import { StanchError } from '../../src/model/errors.js';
import { builtinAllowlists, builtinRules, effectiveRules, parseConfigToml } from '../../src/rules/load.js';

const err = (text: string): string => {
  try {
    parseConfigToml(text, 'cfg.toml');
  } catch (e) {
    expect(e).toBeInstanceOf(StanchError);
    return (e as Error).message;
  }
  throw new Error('expected an error');
};

describe('parseConfigToml', () => {
  it('parses rules with defaults, extend and both allowlist forms', () => {
    const c = parseConfigToml(
      `title = "t"
[extend]
useDefault = true
disabledRules = ["generic-api-key"]
[[rules]]
id = "my-rule"
regex = '''(?i)\\b(foo_[a-z0-9]{10})\\b'''
keywords = ["FOO_"]
  [[rules.allowlists]]
  stopwords = ["example"]
[allowlist]
paths = ['''^vendor/''']
[[allowlists]]
condition = "and"
regexTarget = "line"
regexes = ['''test''']
commits = ["abc"]
`,
      'cfg.toml',
    );
    expect(c.title).toBe('t');
    expect(c.useDefault).toBe(true);
    expect(c.disabledRules).toEqual(['generic-api-key']);
    expect(c.rules[0]).toMatchObject({ id: 'my-rule', description: 'my-rule', keywords: ['foo_'], severity: 'high', confidence: 0.8 });
    expect(c.rules[0].allowlists[0]).toMatchObject({ condition: 'OR', regexTarget: 'secret', stopwords: ['example'] });
    expect(c.allowlists.map((a) => a.condition)).toEqual(['AND', 'OR']);
    expect(c.allowlists[1].paths).toEqual(['^vendor/']);
  });

  it('rejects lookaround and backreferences with a one-line error naming source, rule and field', () => {
    const m = err(`[[rules]]\nid = "bad"\nregex = '''foo(?=bar)'''\n`);
    expect(m).toMatch(/^cfg\.toml: rule "bad": field "regex" is not a valid RE2 regex: .*lookaround/);
    expect(m).not.toContain('\n');
    expect(err(`[[rules]]\nid = "bad2"\nregex = '''(a)\\1'''\n`)).toMatch(/rule "bad2": field "regex"/);
  });

  it('names the field for type errors', () => {
    expect(err(`[[rules]]\nid = "r"\nregex = "a"\nentropy = "high"\n`)).toMatch(/rule "r": field "entropy" must be a number/);
    expect(err(`[[rules]]\nid = "r"\nregex = "a"\nseverity = "urgent"\n`)).toMatch(/field "severity"/);
    expect(err(`[[rules]]\nid = "r"\nregex = "a"\nchecksum = "md5"\n`)).toMatch(/field "checksum"/);
    expect(err(`[[rules]]\nid = "r"\nregex = "(a)"\nsecretGroup = 2\n`)).toMatch(/field "secretGroup"/);
    expect(err(`[[rules]]\nid = "r"\nregex = "a"\nkewords = ["a"]\n`)).toMatch(/unknown field "kewords"/);
    expect(err(`[[rules]]\nid = "r"\n`)).toMatch(/needs field "regex" or "path"/);
    expect(err(`[[rules]]\nregex = "a"\n`)).toMatch(/rules\[0\]: field "id"/);
    expect(err(`[[rules]]\nid = "r"\nregex = "a"\n[[rules]]\nid = "r"\nregex = "b"\n`)).toMatch(/duplicate rule id/);
    expect(err(`[[allowlists]]\ndescription = "empty"\n`)).toMatch(/allowlists\[0\]: allowlist has no/);
    expect(err(`[[allowlists]]\nregexTarget = "file"\nregexes = ["a"]\n`)).toMatch(/regexTarget/);
    expect(err(`x = [`)).toMatch(/^cfg\.toml(:\d+)?: invalid TOML/);
  });

  it('keeps skipReport rules, marked, for composite rules to require', () => {
    const c = parseConfigToml(`[[rules]]\nid = "a"\nregex = "a"\nskipReport = true\n[[rules]]\nid = "b"\nregex = "b"\n`, 'c');
    expect(c.rules.map((r) => [r.id, r.skipReport])).toEqual([['a', true], ['b', undefined]]);
  });
});

describe('built-in rules', () => {
  it('load from the generated module and validate', () => {
    const rules = builtinRules();
    expect(Array.isArray(rules)).toBe(true);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    expect(Array.isArray(builtinAllowlists())).toBe(true);
  });

  it('effectiveRules follows gitleaks extend semantics', () => {
    const builtins = parseConfigToml(`[[rules]]\nid = "x"\nregex = "x"\n[[rules]]\nid = "y"\nregex = "y"\n`, 'b').rules;
    const own = parseConfigToml(
      `[extend]\nuseDefault = true\ndisabledRules = ["y"]\n[[rules]]\nid = "x"\nregex = "xx"\n[[rules]]\nid = "z"\nregex = "z"\n`,
      'c',
    );
    expect(effectiveRules(own, builtins).map((r) => `${r.id}:${r.regex}`)).toEqual(['x:xx', 'z:z']);
    expect(effectiveRules({ ...own, useDefault: false, disabledRules: [] }, builtins).map((r) => r.id)).toEqual(['x', 'z']);
  });
});
