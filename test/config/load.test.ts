import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, parseIgnoreFile } from '../../src/config/load.js';
import { builtinRules } from '../../src/rules/load.js';
import { StanchError } from '../../src/model/errors.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stanch-config-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
const ownRule = (id: string) => `
[[rules]]
id = "${id}"
description = "Internal token"
regex = '''intok_[a-z0-9]{20}'''
keywords = ["intok_"]
`;

function errorOf(fn: () => unknown): StanchError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(StanchError);
    return e as StanchError;
  }
  throw new Error('expected an error');
}

describe('loadConfig', () => {
  it('uses the built-in rules when there is no config file', () => {
    const { config, configFile } = loadConfig({ dir });
    expect(configFile).toBeUndefined();
    expect(config.rules.length).toBe(builtinRules().length);
    expect(config.rules.length).toBeGreaterThan(0);
    expect(config.ignoredFingerprints).toEqual([]);
  });

  it('[extend] useDefault adds own rules to the built-ins; same id replaces', () => {
    const builtinId = builtinRules()[0].id;
    write('.stanch.toml', `[extend]\nuseDefault = true\n${ownRule('internal-token')}${ownRule(builtinId)}`);
    const { config } = loadConfig({ dir });
    expect(config.rules.length).toBe(builtinRules().length + 1);
    expect(config.rules.find((r) => r.id === builtinId)!.description).toBe('Internal token');
  });

  it('a config with rules and no [extend] replaces the defaults (gitleaks semantics)', () => {
    write('.gitleaks.toml', ownRule('internal-token'));
    const { config, configFile } = loadConfig({ dir });
    expect(configFile).toBe(join(dir, '.gitleaks.toml'));
    expect(config.rules.map((r) => r.id)).toEqual(['internal-token']);
  });

  it('a config with only allowlists keeps the built-in rules', () => {
    write('.stanch.toml', `[[allowlists]]\npaths = ['''^vendor/''']\n`);
    const { config } = loadConfig({ dir });
    expect(config.rules.length).toBe(builtinRules().length);
    expect(config.allowlists.some((a) => a.paths.includes('^vendor/'))).toBe(true);
  });

  it('prefers .stanch.toml over .gitleaks.toml', () => {
    write('.stanch.toml', ownRule('from-stanch'));
    write('.gitleaks.toml', ownRule('from-gitleaks'));
    expect(loadConfig({ dir }).config.rules.map((r) => r.id)).toEqual(['from-stanch']);
  });

  it('follows [extend] path and keeps disabledRules', () => {
    write('base.toml', ownRule('base-rule') + ownRule('other-rule'));
    write('.stanch.toml', `[extend]\npath = "base.toml"\ndisabledRules = ["other-rule"]\n${ownRule('top-rule')}`);
    const { config } = loadConfig({ dir });
    expect(config.rules.map((r) => r.id).sort()).toEqual(['base-rule', 'other-rule', 'top-rule']);
    expect(config.disabledRules).toEqual(['other-rule']);
  });

  it('rejects an [extend] path cycle with a one-line error', () => {
    write('a.toml', `[extend]\npath = "b.toml"\n${ownRule('a')}`);
    write('b.toml', `[extend]\npath = "a.toml"\n${ownRule('b')}`);
    const e = errorOf(() => loadConfig({ dir, configPath: join(dir, 'a.toml') }));
    expect(e.message).toMatch(/cycle/);
    expect(e.message).not.toContain('\n');
  });

  it('names the file and field of a bad config', () => {
    write('.stanch.toml', `[[rules]]\nid = "x"\ndescription = "d"\nregex = '''a'''\nseverity = "urgent"\n`);
    const e = errorOf(() => loadConfig({ dir }));
    expect(e.message).toContain('.stanch.toml');
    expect(e.message).toContain('severity');
    expect(e.exitCode).toBe(2);
  });

  it('shows config paths relative to displayBase in errors', () => {
    write('.stanch.toml', `[[rules]]\nid = "x"\n`);
    expect(errorOf(() => loadConfig({ dir, displayBase: dir })).message).toMatch(/^\.stanch\.toml: /);
  });

  it('names a missing --config file', () => {
    expect(errorOf(() => loadConfig({ dir, configPath: join(dir, 'nope.toml') })).message).toMatch(/config file not found/);
  });

  it('reads .gitleaksignore into ignoredFingerprints', () => {
    write('.gitleaksignore', '# accepted\nsrc/a.env:generic-api-key:3\n\nabc123:src/b.env:aws-access-key:7 # old\n');
    const { config, ignoreFile } = loadConfig({ dir });
    expect(ignoreFile).toBe(join(dir, '.gitleaksignore'));
    expect(config.ignoredFingerprints).toEqual(['src/a.env:generic-api-key:3', 'abc123:src/b.env:aws-access-key:7']);
  });
});

it('merges .stanchignore and .gitleaksignore', () => {
  write('.stanchignore', 'one\n');
  write('.gitleaksignore', 'two\none\n');
  const { config, ignoreFiles } = loadConfig({ dir });
  expect(ignoreFiles).toHaveLength(2);
  expect(config.ignoredFingerprints).toEqual(['one', 'two']);
});

describe('parseIgnoreFile', () => {
  it('drops comments and blank lines', () => {
    expect(parseIgnoreFile('a\r\n # c\n\nb # trailing\n')).toEqual(['a', 'b']);
  });
});

describe('composite rules ([[rules.required]], skipReport)', () => {
  const primary = (required: string) => `
[[rules]]
id = "acme-secret"
regex = '''acme_secret\\s*=\\s*"([A-Za-z0-9]{32})"'''
keywords = ["acme_secret"]
${required}
`;
  const aux = `
[[rules]]
id = "acme-client-id"
regex = '''\\b(acmecid_[A-Za-z0-9]{16})\\b'''
skipReport = true
`;
  const load = (text: string) => {
    write('.gitleaks.toml', text);
    return loadConfig({ dir, displayBase: dir }).config;
  };
  const loadError = (text: string) => {
    write('.gitleaks.toml', text);
    const e = errorOf(() => loadConfig({ dir, displayBase: dir }));
    expect(e.exitCode).toBe(2);
    expect(e.message).not.toContain('\n');
    return e.message;
  };

  it('parses required ids with their limits, and keeps skipReport rules', () => {
    const config = load(
      primary(`
  [[rules.required]]
  id = "acme-client-id"
  withinLines = 3
  withinColumns = 0

  [[rules.required]]
  id = "acme-region"
`) + aux + `[[rules]]\nid = "acme-region"\nregex = '''region=(eu|us)-[0-9]'''\n`,
    );
    const byId = new Map(config.rules.map((r) => [r.id, r]));
    expect(byId.get('acme-secret')!.required).toEqual([{ id: 'acme-client-id', withinLines: 3, withinColumns: 0 }, { id: 'acme-region' }]);
    expect(byId.get('acme-client-id')!.skipReport).toBe(true);
    expect(byId.get('acme-region')!.required).toBeUndefined();
    // Plain data: it crosses to worker threads.
    expect(structuredClone(config)).toEqual(config);
  });

  it('may require a built-in rule with [extend] useDefault = true, and a rule of an [extend] path', () => {
    const builtinId = builtinRules()[0].id;
    const config = load(`[extend]\nuseDefault = true\n${primary(`  [[rules.required]]\n  id = "${builtinId}"\n`)}`);
    expect(config.rules.find((r) => r.id === 'acme-secret')!.required).toEqual([{ id: builtinId }]);
    write('base.toml', aux);
    expect(load(`[extend]\npath = "base.toml"\n${primary(`  [[rules.required]]\n  id = "acme-client-id"\n`)}`).rules).toHaveLength(2);
  });

  it('rejects a required id that names no rule, naming file, rule and id', () => {
    expect(loadError(primary(`  [[rules.required]]\n  id = "acme-client"\n`) + aux)).toBe(
      '.gitleaks.toml: rule "acme-secret" required[0]: field "id": no rule "acme-client" in this config',
    );
    const builtinId = builtinRules()[0].id;
    expect(loadError(primary(`  [[rules.required]]\n  id = "${builtinId}"\n`))).toMatch(/it is a built-in rule: add \[extend\] useDefault = true/);
  });

  it('rejects a rule requiring itself, the same rule twice, and an empty id', () => {
    expect(loadError(primary(`  [[rules.required]]\n  id = "acme-secret"\n`))).toBe(
      '.gitleaks.toml: rule "acme-secret" required[0]: a rule cannot require itself',
    );
    const twice = `  [[rules.required]]\n  id = "acme-client-id"\n  withinLines = 1\n  [[rules.required]]\n  id = "acme-client-id"\n  withinColumns = 4\n`;
    expect(loadError(primary(twice) + aux)).toMatch(/rule "acme-secret" required\[1\]: rule "acme-client-id" is already required/);
    expect(loadError(primary(`  [[rules.required]]\n  id = ""\n`) + aux)).toMatch(/required\[0\]: field "id" must name another rule/);
    expect(loadError(primary(`  [[rules.required]]\n  withinLines = 2\n`) + aux)).toMatch(/required\[0\]: field "id"/);
  });

  it('rejects negative, fractional and non-number limits', () => {
    for (const [field, value] of [['withinLines', '-1'], ['withinColumns', '2.5'], ['withinLines', '"3"'], ['withinColumns', 'true']]) {
      const m = loadError(primary(`  [[rules.required]]\n  id = "acme-client-id"\n  ${field} = ${value}\n`) + aux);
      expect(m).toBe(`.gitleaks.toml: rule "acme-secret" required[0]: field "${field}" must be a whole number, 0 or more`);
    }
  });

  it('rejects unknown fields in [[rules.required]] and a required that is not a list of tables', () => {
    expect(loadError(primary(`  [[rules.required]]\n  id = "acme-client-id"\n  within_lines = 2\n`) + aux)).toMatch(
      /rule "acme-secret" required\[0\]: unknown field "within_lines"/,
    );
    expect(loadError(`[[rules]]\nid = "acme-secret"\nregex = "a"\nrequired = ["acme-client-id"]\n` + aux)).toMatch(
      /rule "acme-secret": field "required" must be a list of \[\[rules\.required\]\] tables/,
    );
    expect(loadError(aux.replace('skipReport = true', 'skipReport = "yes"'))).toMatch(/rule "acme-client-id": field "skipReport" must be a boolean/);
  });
});
