/** End-to-end: the real bundled CLI (dist-style build), run with node as a user would. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cliBundle } from './bundle.js';
import { fakeAwsKeyId, randomBase62 } from '../reporters/helpers.js';

let bundle: string;
let work: string;
let dir: string;

beforeAll(() => {
  bundle = cliBundle();
  work = mkdtempSync(join(tmpdir(), 'stanch-cli-'));
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
beforeEach(() => {
  dir = join(work, `case${n++}`);
  mkdirSync(dir);
});

function stanch(args: string[], opts: { input?: string; env?: Record<string, string>; cwd?: string; bin?: string } = {}) {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ...opts.env };
  const r = spawnSync(process.execPath, [opts.bin ?? bundle, ...args], { cwd: opts.cwd ?? dir, input: opts.input ?? '', encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const put = (rel: string, text: string) => {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), text);
};

describe('stanch scan', () => {
  it('exits 1 with a redacted, grouped text report when a secret is found', () => {
    const key = fakeAwsKeyId();
    put('app/.env', `AWS_ACCESS_KEY_ID=${key}\n`);
    const r = stanch(['scan']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('app/.env');
    expect(r.stdout).toContain('aws-access-token');
    expect(r.stdout).toMatch(/1 secret found in 1 file/);
    expect(r.stdout + r.stderr).not.toContain(key);
    expect(r.stdout).not.toContain('\x1b[');
    expect(r.stderr).toMatch(/scanned 1 file/);
  });

  it('exits 0 on a clean tree', () => {
    put('README.md', '# nothing to see\n');
    const r = stanch(['scan', '.']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('No secrets found.\n');
  });

  it('writes a SARIF report atomically with --report and keeps stdout empty', () => {
    put('a.env', `AWS_ACCESS_KEY_ID=${fakeAwsKeyId()}\n`);
    mkdirSync(join(dir, 'out'));
    const r = stanch(['scan', 'a.env', '--format', 'sarif', '--report', 'out/r.sarif']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const log = JSON.parse(readFileSync(join(dir, 'out/r.sarif'), 'utf8'));
    expect(log.runs[0].results[0].ruleId).toBe('aws-access-token');
    expect(readdirSync(join(dir, 'out'))).toEqual(['r.sarif']);
    expect(r.stderr).toMatch(/sarif report written to out\/r\.sarif/);
  });

  it('shows raw values only with --show-secrets', () => {
    const key = fakeAwsKeyId();
    put('a.env', `AWS_ACCESS_KEY_ID=${key}\n`);
    expect(stanch(['scan', '--format', 'json']).stdout).not.toContain(key);
    expect(JSON.parse(stanch(['scan', '--format', 'json', '--show-secrets']).stdout)[0].secret).toBe(key);
  });

  it('reads stdin with "-"', () => {
    const r = stanch(['scan', '-', '--format', 'jsonl'], { input: `export AWS_ACCESS_KEY_ID=${fakeAwsKeyId()}\n` });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ path: '-', startLine: 1, ruleId: 'aws-access-token' });
  });

  it('honours --exit-code and --fail-on', () => {
    put('a.env', `AWS_ACCESS_KEY_ID=${fakeAwsKeyId()}\n`);
    const sev = JSON.parse(stanch(['scan', '--format', 'json']).stdout)[0].severity as string;
    expect(stanch(['scan', '--exit-code', '7', '-q']).code).toBe(7);
    expect(stanch(['scan', '--fail-on', sev, '-q']).code).toBe(1);
    if (sev !== 'critical') expect(stanch(['scan', '--fail-on', 'critical', '-q']).code).toBe(0);
  });

  it('colours text only on request and never with NO_COLOR', () => {
    put('a.env', `AWS_ACCESS_KEY_ID=${fakeAwsKeyId()}\n`);
    expect(stanch(['scan'], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\x1b[');
    expect(stanch(['scan'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\x1b[');
  });

  it('uses .stanch.toml from the scanned directory (allowlist by path)', () => {
    put('fixtures/a.env', `AWS_ACCESS_KEY_ID=${fakeAwsKeyId()}\n`);
    put('.stanch.toml', `[extend]\nuseDefault = true\n\n[[allowlists]]\npaths = ['''^fixtures/''']\n`);
    expect(stanch(['scan']).code).toBe(0);
    expect(stanch(['scan', '--config', 'missing.toml']).code).toBe(2);
  });

  it('honours a .gitleaks.toml composite rule on top of the built-in rules', () => {
    // gitleaks v8.28's shape: the secret counts only with the client id near it; the id never reports.
    put(
      '.gitleaks.toml',
      `[extend]
useDefault = true

[[rules]]
id = "acme-live-key"
description = "Acme live key"
regex = '''\\b(aclive_[A-Za-z0-9]{32})\\b'''
keywords = ["aclive_"]
  [[rules.required]]
  id = "acme-client-id"
  withinLines = 2

[[rules]]
id = "acme-client-id"
description = "Acme client id"
regex = '''\\b(acmecid_[A-Za-z0-9]{16})\\b'''
skipReport = true
`,
    );
    const key = () => `aclive_${randomBase62(32)}`;
    const id = `acmecid_${randomBase62(16)}`;
    const paired = key();
    const aws = fakeAwsKeyId();
    put('app/paired.yaml', `acme:\n  client: ${id}\n  live: ${paired}\n`);
    put('app/far.yaml', `acme:\n  client: acmecid_${randomBase62(16)}\n\n\n\n  live: ${key()}\n`);
    put('app/alone.yaml', `acme:\n  live: ${key()}\n`);
    put('app/aws.env', `AWS_ACCESS_KEY_ID=${aws}\n`);
    const r = stanch(['scan', '--format', 'json']);
    expect(r.stderr).toMatch(/2 secrets found in 2 files/);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout) as { ruleId: string; path: string; startLine: number; required?: unknown }[];
    expect(findings.map((f) => [f.path, f.ruleId])).toEqual([
      ['app/aws.env', 'aws-access-token'],
      ['app/paired.yaml', 'acme-live-key'],
    ]);
    expect(findings[1]).toMatchObject({ startLine: 3, required: [{ ruleId: 'acme-client-id', startLine: 2, startColumn: 11, secret: '********' }] });
    for (const value of [id, paired, aws]) expect(r.stdout).not.toContain(value);
    expect(stanch(['scan']).stdout).toContain('requires: acme-client-id at 2:11');
  });

  it('rejects a composite rule requiring a rule the config does not have: exit 2, one line', () => {
    put('.gitleaks.toml', `[[rules]]\nid = "acme-live-key"\nregex = '''aclive_[a-z]{8}'''\n  [[rules.required]]\n  id = "acme-client"\n`);
    const r = stanch(['scan']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('stanch: .gitleaks.toml: rule "acme-live-key" required[0]: field "id": no rule "acme-client" in this config\n');
  });

  it('reports skipped binaries on stderr', () => {
    writeFileSync(join(dir, 'blob.bin2'), Buffer.from([1, 0, 2]));
    put('ok.txt', 'fine\n');
    const r = stanch(['scan']);
    expect(r.stderr).toMatch(/skipped 1 file \(1 binary file\)/);
    expect(stanch(['scan', '--verbose']).stderr).toMatch(/skipped blob\.bin2: binary file/);
  });
});

describe('stanch baseline', () => {
  it('records findings, then scan --baseline hides them and reports stale entries', () => {
    const key = fakeAwsKeyId();
    put('a.env', `AWS_ACCESS_KEY_ID=${key}\n`);
    put('b.env', `AWS_ACCESS_KEY_ID=${fakeAwsKeyId()}\n`);
    const b = stanch(['baseline']);
    expect(b.code).toBe(0);
    expect(b.stderr).toMatch(/wrote 2 entries to \.stanch-baseline\.json/);
    const text = readFileSync(join(dir, '.stanch-baseline.json'), 'utf8');
    expect(text).not.toContain(key);
    expect(stanch(['baseline', '-o', 'again.json']).code).toBe(0);
    expect(readFileSync(join(dir, 'again.json'), 'utf8')).toBe(text);

    const clean = stanch(['scan', '--baseline', '.stanch-baseline.json']);
    expect(clean.code).toBe(0);
    expect(clean.stderr).toMatch(/2 known findings hidden by the baseline/);

    rmSync(join(dir, 'b.env'));
    const stale = stanch(['scan', '--baseline', '.stanch-baseline.json']);
    expect(stale.code).toBe(0);
    expect(stale.stderr).toMatch(/1 stale entry/);
    expect(stale.stderr).toMatch(/b\.env {2}aws-access-token/);

    put('c.env', `AWS_ACCESS_KEY_ID=${fakeAwsKeyId()}\n`);
    expect(stanch(['scan', '--baseline', '.stanch-baseline.json', '-q']).code).toBe(1);
  });
});

describe('stanch hooks', () => {
  it('installs and uninstalls both hooks, and rejects an unknown --only with exit 2', () => {
    spawnSync('git', ['init', '-q'], { cwd: dir });
    expect(stanch(['hooks', 'install'])).toMatchObject({ code: 0 });
    expect(existsSync(join(dir, '.git/hooks/pre-push'))).toBe(true);
    const out = stanch(['hooks', 'uninstall']);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(`pre-commit: removed ${join(dir, '.git/hooks/pre-commit')}\npre-push: removed ${join(dir, '.git/hooks/pre-push')}\n`);
    expect(readdirSync(join(dir, '.git/hooks')).filter((f) => !f.endsWith('.sample'))).toEqual([]);
    const bad = stanch(['hooks', 'uninstall', '--only', 'post-merge']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^stanch: --only: expected pre-commit or pre-push/);
  });
});

describe('errors and exit codes', () => {
  it.each([
    [['scan', '--bogus']],
    [['scan', '--format', 'xml']],
    [['scan', '--min-confidence', '2']],
    [['scan', '--fail-on', 'urgent']],
    [['scan', 'does-not-exist']],
    [['scan', '--baseline', 'nope.json']],
    [['frobnicate']],
  ])('%j is a usage error: exit 2, one "stanch:" line, no stack', (args) => {
    const r = stanch(args);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith('stanch: ')).toBe(true);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the file and field of a broken config', () => {
    put('.stanch.toml', `[[rules]]\nid = "x"\ndescription = "d"\nregex = '''(a'''\n`);
    const r = stanch(['scan']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^stanch: \.stanch\.toml: rule "x": field "regex"/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('prints the version', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8'));
    expect(stanch(['version']).stdout).toBe(`stanch ${pkg.version}\n`);
    expect(stanch(['--version']).stdout.trim()).toBe(pkg.version);
  });
});

describe('the bundle', () => {
  it('runs self-contained outside the repository (no node_modules, no native re2)', () => {
    const alone = join(work, 'alone');
    cpSync(dirname(bundle), alone, { recursive: true });
    expect(existsSync(join(alone, 'node_modules'))).toBe(false);
    put('a.env', `AWS_ACCESS_KEY_ID=${fakeAwsKeyId()}\n`);
    const r = stanch(['scan', '-q'], { bin: join(alone, 'index.js') });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(readFileSync(join(alone, 'index.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('starts its own worker threads for a large scan, with the same result as one thread', () => {
    // ~12 MB: above the 8 MiB under which a scan stays in one thread
    for (let i = 0; i < 30; i++) {
      const lines = Array.from({ length: 6000 }, (_, j) => (j === 7 ? `k=${fakeAwsKeyId()}` : `row ${j} ${'y'.repeat(60)}`));
      put(`data/f${i}.txt`, lines.join('\n'));
    }
    const one = stanch(['scan', '--workers', '0', '--format', 'json', '--show-secrets']);
    const two = stanch(['scan', '--workers', '2', '--format', 'json', '--show-secrets', '--verbose']);
    expect(two.stderr).toContain('scanned with 2 threads (this one and 1 worker)');
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(JSON.parse(two.stdout)).toHaveLength(30);
    expect(two.stdout).toBe(one.stdout);
  }, 300_000);
});
