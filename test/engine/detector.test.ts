import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/engine/detector.js';
import { fingerprint } from '../../src/engine/fingerprint.js';
import type { Detector } from '../../src/model/contracts.js';
import type { StanchConfig } from '../../src/model/rule.js';
import { ENGINES, awsAccessKeyId, fixtureConfig, githubToken, jwt, opaqueSecret, rsaPrivateKeyPem } from './helpers.js';

describe.each(ENGINES)('detector on %s', (engine) => {
  const make = (extra: Partial<StanchConfig> = {}, minConfidence?: number): Promise<Detector> =>
    createDetector({ config: fixtureConfig(extra), regexEngine: engine, ...(minConfidence !== undefined ? { minConfidence } : {}) });

  it('finds a GitHub token with line, columns, fingerprint and revoke URL', async () => {
    const d = await make();
    const token = githubToken();
    const text = `const a = 1;\n\nconst t = "${token}";\n`;
    const [f, ...rest] = d.scan({ text, path: 'src/a.ts' });
    expect(rest).toEqual([]);
    expect(f.ruleId).toBe('test-github-pat');
    expect(f.secret).toBe(token);
    expect(f.startLine).toBe(3);
    expect(f.endLine).toBe(3);
    expect(f.startColumn).toBe(12);
    expect(f.endColumn).toBe(12 + token.length - 1);
    expect(f.line).toBe(`const t = "${token}";`);
    expect(f.fingerprint).toBe(fingerprint('test-github-pat', 'src/a.ts', token));
    expect(f.revokeUrl).toBe('https://github.com/settings/tokens');
    expect(f.severity).toBe('critical');
  });

  it('skips a GitHub token whose checksum is wrong', async () => {
    const d = await make();
    expect(d.scan({ text: `t = ${githubToken(false)}`, path: 'a.txt' })).toEqual([]);
  });

  it('uses startLine and lineNumbers of the fragment', async () => {
    const d = await make();
    const text = `x\ny = ${awsAccessKeyId()}\n`;
    expect(d.scan({ text, path: 'a', startLine: 40 })[0].startLine).toBe(41);
    expect(d.scan({ text, path: 'a', lineNumbers: [7, 19] })[0].startLine).toBe(19);
  });

  it('finds a multi-line PEM private key', async () => {
    const d = await make();
    const pem = rsaPrivateKeyPem();
    const text = `# config\nkey: |\n${pem}done\n`;
    const f = d.scan({ text, path: 'k.yaml' });
    expect(f.map((x) => x.ruleId)).toEqual(['test-private-key']);
    expect(f[0].startLine).toBe(3);
    expect(f[0].endLine).toBe(2 + pem.trimEnd().split('\n').length);
  });

  it('finds a secret inside a Kubernetes Secret base64 data value, on the right line', async () => {
    const d = await make();
    const pw = opaqueSecret(20);
    const url = `postgres://app:${pw}@db.internal:5432/app`;
    const text = [
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: db',
      'data:',
      `  DATABASE_URL: ${Buffer.from(url).toString('base64')}`,
      '',
    ].join('\n');
    const f = d.scan({ text, path: 'deploy/secret.yaml' });
    const pg = f.find((x) => x.ruleId === 'test-postgres-url');
    expect(pg?.secret).toBe(pw);
    expect(pg?.startLine).toBe(6);
    expect(pg?.decodedFrom).toEqual(['base64']);
    expect(pg!.startColumn).toBeGreaterThanOrEqual(17);
  });

  it('finds a PEM key inside a JSON string with \\n escapes', async () => {
    const d = await make();
    const pem = rsaPrivateKeyPem();
    const text = `{\n  "type": "service_account",\n  "private_key": ${JSON.stringify(pem)}\n}\n`;
    const f = d.scan({ text, path: 'sa.json' });
    expect(f.map((x) => x.ruleId)).toEqual(['test-private-key']);
    // The rule's body class spans the escaped text too, so the direct match wins the dedupe.
    expect(f[0].startLine).toBe(3);
  });

  it('finds a percent-encoded password in a URL', async () => {
    const d = await make();
    const pw = opaqueSecret(12);
    const text = `DB=postgres://app:${pw}%21x@db.local/app`;
    const f = d.scan({ text, path: '.env' });
    expect(f.some((x) => x.ruleId === 'test-postgres-url')).toBe(true);
  });

  it('keeps the specific rule when a generic rule matches the same secret', async () => {
    const d = await make();
    const token = githubToken();
    const f = d.scan({ text: `github_token = "${token}"`, path: 'a.py' });
    expect(f.map((x) => x.ruleId)).toEqual(['test-github-pat']);
  });

  it('validates JWT structure', async () => {
    const d = await make();
    expect(d.scan({ text: `auth: ${jwt()}`, path: 'a' }).map((x) => x.ruleId)).toContain('test-jwt');
    const fake = `eyJ${opaqueSecret(20)}.eyJ${opaqueSecret(20)}.${opaqueSecret(20)}`;
    expect(d.scan({ text: `x ${fake} y`, path: 'a' }).filter((x) => x.ruleId === 'test-jwt')).toEqual([]);
  });

  it('drops placeholders and low-entropy values', async () => {
    const d = await make();
    const lines = [
      'api_key = "AKIAIOSFODNN7EXAMPLE"',
      'password = "your_api_key_here"',
      'token = "${GITHUB_TOKEN_VALUE}"',
      'secret: xxxxxxxxxxxxxxxxxxxxxxxx',
      'api_key = "aaaaaaaaaaaaaaaaaaaaaaaa"',
      'secret_key = "abcdefghijklmnopqrstu"',
    ];
    expect(d.scan({ text: lines.join('\n'), path: 'a' })).toEqual([]);
  });

  it('honours inline suppressions', async () => {
    const d = await make();
    for (const marker of ['// stanch:allow', '# gitleaks:allow', '# pragma: allowlist secret', '# pragma:allowlist secret']) {
      expect(d.scan({ text: `k = "${githubToken()}" ${marker}`, path: 'a' })).toEqual([]);
      // Only on the finding's own lines.
      expect(d.scan({ text: `k = "${githubToken()}"\n${marker}`, path: 'a' })).toHaveLength(1);
    }
    expect(d.scan({ text: `k = "${githubToken()}" // STANCH:ALLOW`, path: 'a' })).toHaveLength(1); // markers are case-sensitive
    // In a long text (the WebAssembly keyword pass, which also tells whether any marker occurs).
    const filler = 'const value = compute(input, 42);\n'.repeat(60_000);
    expect(d.scan({ text: `${filler}k = "${githubToken()}" // stanch:allow\n${filler}`, path: 'a' })).toEqual([]);
    expect(d.scan({ text: `${filler}k = "${githubToken()}"\n${filler}`, path: 'a' })).toHaveLength(1);
  });

  it('applies rule allowlists (path and line regex) and global path allowlists', async () => {
    const d = await make();
    const line = `api_secret = "${opaqueSecret(24)}"`;
    expect(d.scan({ text: line, path: 'src/x.ts' }).map((x) => x.ruleId)).toEqual(['generic-api-key']);
    expect(d.scan({ text: line, path: 'test/fixtures/allowed/x.ts' })).toEqual([]);
    expect(d.scan({ text: `${line} // lint-ignore-secret`, path: 'src/x.ts' })).toEqual([]);
    expect(d.scan({ text: `t=${githubToken()}`, path: 'vendor/lib/a.js' })).toEqual([]);
  });

  it('applies AND allowlists only when every criterion holds', async () => {
    const config = fixtureConfig();
    config.allowlists.push({
      condition: 'AND',
      regexTarget: 'secret',
      regexes: [],
      paths: ['^docs/'],
      stopwords: [],
      commits: ['abc123'],
    });
    const d = await createDetector({ config, regexEngine: engine });
    const text = `t=${githubToken()}`;
    expect(d.scan({ text, path: 'docs/a.md' })).toHaveLength(1);
    expect(d.scan({ text, path: 'docs/a.md', commit: { sha: 'ABC123' } })).toEqual([]);
    expect(d.scan({ text, path: 'src/a.md', commit: { sha: 'abc123' } })).toHaveLength(1);
  });

  it('supports stopwords', async () => {
    const config = fixtureConfig();
    config.rules[0].allowlists.push({ condition: 'OR', regexTarget: 'secret', regexes: [], paths: [], stopwords: ['GHP_'], commits: [] });
    const d = await createDetector({ config, regexEngine: engine });
    expect(d.scan({ text: `t=${githubToken()}`, path: 'a' })).toEqual([]);
  });

  it('ignores findings by fingerprint and by gitleaks ignore keys', async () => {
    const token = githubToken();
    const text = `\nt=${token}`;
    const fp = fingerprint('test-github-pat', 'a.ts', token);
    expect((await make({ ignoredFingerprints: [fp] })).scan({ text, path: 'a.ts' })).toEqual([]);
    expect((await make({ ignoredFingerprints: ['a.ts:test-github-pat:2'] })).scan({ text, path: 'a.ts' })).toEqual([]);
    const withCommit = { text, path: 'a.ts', commit: { sha: 'deadbeef' } };
    expect((await make({ ignoredFingerprints: ['deadbeef:a.ts:test-github-pat:2'] })).scan(withCommit)).toEqual([]);
    expect((await make({ ignoredFingerprints: ['a.ts:test-github-pat:3'] })).scan({ text, path: 'a.ts' })).toHaveLength(1);
  });

  it('flags a file by path alone', async () => {
    const d = await make();
    const f = d.scan({ text: 'X=1\n', path: 'app/.env.production' });
    expect(f.map((x) => x.ruleId)).toEqual(['test-env-file']);
    // A secret at the very start of the same file is a finding of its own, not merged into the file's.
    const token = githubToken();
    const both = d.scan({ text: `${token}\n`, path: 'app/.env.production' });
    expect(both.map((x) => x.ruleId).sort()).toEqual(['test-env-file', 'test-github-pat']);
  });

  it('filters by minConfidence, includeRules, excludeRules and disabledRules', async () => {
    const text = `a=${githubToken()}\nb=${awsAccessKeyId()}`;
    expect((await make({}, 0.96)).scan({ text, path: 'a' }).map((f) => f.ruleId)).toEqual(['test-github-pat']);
    const only = await createDetector({ config: fixtureConfig(), regexEngine: engine, includeRules: ['test-aws-access-key'] });
    expect(only.scan({ text, path: 'a' }).map((f) => f.ruleId)).toEqual(['test-aws-access-key']);
    const ex = await createDetector({ config: fixtureConfig(), regexEngine: engine, excludeRules: ['test-aws-access-key'] });
    expect(ex.scan({ text, path: 'a' }).map((f) => f.ruleId)).toEqual(['test-github-pat']);
    expect((await make({ disabledRules: ['test-github-pat'] })).scan({ text, path: 'a' }).map((f) => f.ruleId)).toEqual([
      'test-aws-access-key',
    ]);
  });

  it('does not decode deeper than maxDecodeDepth', async () => {
    const token = githubToken();
    const twice = Buffer.from(Buffer.from(`token: ${token}`).toString('base64')).toString('base64');
    expect((await make({ maxDecodeDepth: 2 })).scan({ text: `v: ${twice}`, path: 'a' })[0]?.decodedFrom).toEqual([
      'base64',
      'base64',
    ]);
    expect((await make({ maxDecodeDepth: 1 })).scan({ text: `v: ${twice}`, path: 'a' })).toEqual([]);
  });
});
