import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRotationConfig, policyFor } from '../../src/rotation/config.js';
import { compileUriGlob } from '../../src/rotation/glob.js';
import { formatDuration, parseDuration } from '../../src/rotation/duration.js';
import { dueState } from '../../src/rotation/due.js';
import { removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

function load(toml: string) {
  const dir = tempDir();
  const file = join(dir, '.stanch.toml');
  writeFileSync(file, toml);
  return { dir, file, load: () => loadRotationConfig(file) };
}

describe('rotation config', () => {
  it('parses managed URIs and policies with every generator and verify kind', () => {
    const { dir, load: l } = load(`
[rotation]
managed = ["vault://secret/app/db#password", "sops://deploy/s.enc.yaml#db.password"]

[[rotation.policies]]
match = "vault://secret/app/*"
every = "90d"
generator = { kind = "random", length = 40, alphabet = "hex" }
verify = { command = ["./check.sh", "--quick"], valueIn = "env", timeout = "5s" }
autoRotateOnLeak = true

[[rotation.policies]]
match = "sops://deploy/**"
generator = { kind = "prefixed", prefix = "sk_", length = 32 }
verify = { http = { url = "https://api.example.test/me", expectStatus = 204, headers = { Authorization = "Bearer \${NEW_VALUE}" } } }

[[rotation.policies]]
match = "vault://secret/mint/*"
generator = { kind = "command", command = ["mint"], timeout = "1m" }
passOldValue = true
env = ["MINT_TOKEN"]
`);
    const c = l();
    expect(c.managed).toEqual(['vault://secret/app/db#password', 'sops://deploy/s.enc.yaml#db.password']);
    expect(c.policies).toHaveLength(3);
    const [a, b, m] = c.policies;
    expect(a.everyMs).toBe(90 * 86_400_000);
    expect(a.generator).toEqual({ kind: 'random', length: 40, alphabet: '0123456789abcdef' });
    expect(a.verify).toEqual({ kind: 'command', command: [join(dir, 'check.sh'), '--quick'], timeoutMs: 5000, valueIn: 'env' });
    expect(a.autoRotateOnLeak).toBe(true);
    expect(b.autoRotateOnLeak).toBe(false);
    expect(b.verify).toMatchObject({ kind: 'http', method: 'GET', expectStatus: 204 });
    expect(m.generator).toEqual({ kind: 'command', command: ['mint'], timeoutMs: 60_000 });
    expect(m.passOldValue).toBe(true);
    expect(m.env).toEqual(['MINT_TOKEN']);
    expect(policyFor(c, 'vault://secret/app/db#password')).toBe(a);
    expect(policyFor(c, 'vault://secret/app/db?version=2#password')).toBe(a);
    expect(policyFor(c, 'sops://deploy/x/y.enc.yaml#k')).toBe(b);
    expect(policyFor(c, 'vault://secret/other#k')).toBeUndefined();
  });

  it('is empty when the file has no [rotation] section', () => {
    expect(load('title = "x"\n').load()).toMatchObject({ managed: [], policies: [] });
  });

  it.each([
    ['[[rotation.policies]]\nmatch = "vault://a/*"\nevery = "3 months"\n', /\.stanch\.toml: \[\[rotation\.policies\]\] #1 field "every": expected a duration/],
    ['[[rotation.policies]]\nevery = "3d"\n', /field "match": required/],
    ['[[rotation.policies]]\nmatch = "vault://a/*"\ngenerator = { kind = "random", length = 4 }\n', /field "generator.length": must be an integer from 8/],
    ['[[rotation.policies]]\nmatch = "vault://a/*"\ngenerator = { kind = "uuid" }\n', /field "generator.kind"/],
    ['[[rotation.policies]]\nmatch = "vault://a/*"\ngenerator = { kind = "random", alphabet = "emoji" }\n', /unknown alphabet "emoji"/],
    ['[[rotation.policies]]\nmatch = "vault://a/*"\ngenerator = { kind = "command", command = "mint.sh" }\n', /generator.command": must be a non-empty list/],
    ['[[rotation.policies]]\nmatch = "vault://a/*"\nverify = { http = { url = "https://x.test/?k=${NEW_VALUE}" } }\n', /not allowed in the URL/],
    ['[[rotation.policies]]\nmatch = "vault://a/*"\nautoRotateOnLeak = "yes"\n', /field "autoRotateOnLeak": must be true or false/],
    ['[[rotation.policies]]\nmatch = "vault://a/*"\nrotate = true\n', /field "rotate": unknown field/],
    ['[rotation]\nmanaged = ["vault://a/*#k"]\n', /field "managed": .*globs belong/],
    ['[rotation]\nmanaged = ["plain-name"]\n', /is not a store URI/],
    ['[rotation\n', /\.stanch\.toml:\d+: invalid TOML/],
  ])('names file and field for bad input %#', (toml, message) => {
    expect(() => load(toml).load()).toThrow(message);
  });

  it('names a missing file', () => {
    expect(() => loadRotationConfig('/nonexistent/.stanch.toml')).toThrow('rotation config not found: /nonexistent/.stanch.toml');
  });
});

describe('URI globs', () => {
  it('matches * within a segment, ** across, and any key when the glob has none', () => {
    const g = compileUriGlob('vault://secret/app/*');
    expect(g('vault://secret/app/db#password')).toBe(true);
    expect(g('vault://secret/app/db')).toBe(true);
    expect(g('vault://secret/app/team/db#password')).toBe(false);
    expect(compileUriGlob('vault://secret/**')('vault://secret/app/team/db#k')).toBe(true);
    const k = compileUriGlob('vault://secret/app/*#password');
    expect(k('vault://secret/app/db#password')).toBe(true);
    expect(k('vault://secret/app/db#user')).toBe(false);
    expect(compileUriGlob('sops://deploy/s.enc.yaml#db.*')('sops://deploy/s.enc.yaml#db.password')).toBe(true);
    expect(compileUriGlob('sops://deploy/s.enc.yaml#db.*')('sops://deploy/sXenc.yaml#db.password')).toBe(false);
  });
});

describe('durations and due dates', () => {
  it('parses s/m/h/d/w and refuses the rest', () => {
    expect(parseDuration('30d')).toBe(30 * 86_400_000);
    expect(parseDuration('2w')).toBe(14 * 86_400_000);
    expect(parseDuration('90m')).toBe(90 * 60_000);
    expect(parseDuration('1y')).toBeUndefined();
    expect(parseDuration('0d')).toBeUndefined();
    expect(formatDuration(3 * 86_400_000 + 4 * 3_600_000 + 5000)).toBe('3d 4h');
  });

  it('is due when the interval has passed or the last rotation is unknown; never without an interval', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    expect(dueState({ lastRotated: new Date('2026-05-01T00:00:00Z'), every: '30d', now })).toMatchObject({ due: true, dueAt: '2026-05-31T00:00:00.000Z' });
    expect(dueState({ lastRotated: new Date('2026-05-15T00:00:00Z'), every: '30d', now }).due).toBe(false);
    expect(dueState({ every: '30d', now }).due).toBe(true);
    expect(dueState({ lastRotated: new Date('2020-01-01T00:00:00Z'), now }).due).toBe(false);
  });
});
