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
