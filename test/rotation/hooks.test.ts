import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ALPHABETS, generateValue, randomString } from '../../src/rotation/generators.js';
import { runVerify } from '../../src/rotation/verify.js';
import { createLeakMatcher } from '../../src/rotation/leak-match.js';
import type { Finding } from '../../src/model/finding.js';
import { fakeStripeTestKey, removeTempDirs, script, tempDir } from './helpers.js';

afterAll(removeTempDirs);

const baseEnv = { PATH: process.env.PATH, HOME: '/nonexistent-home', SECRET_NOT_FOR_HOOKS: 'x', MINT_TOKEN: 'allowed' };

describe('generators', () => {
  it('draws random values of the given length from the alphabet only', () => {
    const v = randomString(200, ALPHABETS.hex);
    expect(v).toHaveLength(200);
    expect(v).toMatch(/^[0-9a-f]+$/);
    // 200 hex chars: every digit shows up (probability of a miss is ~1e-4 per digit... kept loose).
    expect(new Set(v).size).toBeGreaterThan(12);
    expect(randomString(40, ALPHABETS.base62)).not.toBe(randomString(40, ALPHABETS.base62));
  });

  it('prefixes', async () => {
    const v = await generateValue({ kind: 'prefixed', prefix: 'sk_', length: 32, alphabet: ALPHABETS.base62 }, { uri: 'u', policy: 'p', reason: 'manual' }, { cwd: '/', baseEnv });
    expect(v).toMatch(/^sk_[A-Za-z0-9]{32}$/);
  });

  it('gives a command hook JSON context on stdin and a minimal environment, and reads stdout', async () => {
    const dir = tempDir();
    const hook = script(dir, 'mint.sh', `cat > "${join(dir, 'ctx.json')}"\nenv > "${join(dir, 'env.txt')}"\necho "minted-value-42"`);
    const v = await generateValue(
      { kind: 'command', command: [hook], timeoutMs: 5000 },
      { uri: 'vault://secret/app#k', policy: 'vault://secret/*', reason: 'leak' },
      { cwd: dir, baseEnv, allowEnv: ['MINT_TOKEN'], stderr: 'ignore' },
    );
    expect(v).toBe('minted-value-42');
    expect(JSON.parse(readFileSync(join(dir, 'ctx.json'), 'utf8'))).toEqual({ uri: 'vault://secret/app#k', policy: 'vault://secret/*', reason: 'leak' });
    const env = readFileSync(join(dir, 'env.txt'), 'utf8');
    expect(env).toContain('MINT_TOKEN=allowed');
    expect(env).not.toContain('SECRET_NOT_FOR_HOOKS');
  });

  it('fails without echoing the hook output: non-zero exit, timeout, empty or multi-line stdout', async () => {
    const dir = tempDir();
    const ctx = { uri: 'u', policy: 'p', reason: 'manual' };
    const env = { cwd: dir, baseEnv, stderr: 'ignore' as const };
    const bad = script(dir, 'bad.sh', 'echo "printed-on-stdout-777"; echo "said-on-stderr-888" >&2; exit 3');
    const err = await generateValue({ kind: 'command', command: [bad], timeoutMs: 5000 }, ctx, env).catch((e: Error) => e);
    expect(String(err)).toMatch(/generator bad\.sh failed \(exit code 3/);
    expect(String(err)).not.toMatch(/777|888/);
    const slow = script(dir, 'slow.sh', 'sleep 30');
    const t0 = Date.now();
    await expect(generateValue({ kind: 'command', command: [slow], timeoutMs: 300 }, ctx, env)).rejects.toThrow(/timed out after 0s and was killed/);
    expect(Date.now() - t0).toBeLessThan(5000);
    await expect(generateValue({ kind: 'command', command: [script(dir, 'empty.sh', 'true')], timeoutMs: 5000 }, ctx, env)).rejects.toThrow(/printed no value/);
    await expect(generateValue({ kind: 'command', command: [script(dir, 'two.sh', 'echo a; echo b')], timeoutMs: 5000 }, ctx, env)).rejects.toThrow(/more than one line/);
    await expect(generateValue({ kind: 'command', command: [join(dir, 'missing.sh')], timeoutMs: 5000 }, ctx, env)).rejects.toThrow(/could not start \(ENOENT\)/);
  });
});

describe('verify', () => {
  it('passes the new value on stdin or in STANCH_NEW_VALUE, never in argv', async () => {
    const dir = tempDir();
    const value = fakeStripeTestKey();
    const viaStdin = script(dir, 'stdin.sh', `read v; [ "$v" = "${value}" ] && [ "$STANCH_URI" = "vault://s/a#k" ] && [ -z "$STANCH_NEW_VALUE" ]`);
    const viaEnv = script(dir, 'env.sh', `[ "$STANCH_NEW_VALUE" = "${value}" ]`);
    const ctx = { uri: 'vault://s/a#k', newValue: value, cwd: dir, baseEnv, stderr: 'ignore' as const };
    expect(await runVerify({ kind: 'command', command: [viaStdin], timeoutMs: 5000, valueIn: 'stdin' }, ctx)).toEqual({ ok: true });
    expect(await runVerify({ kind: 'command', command: [viaEnv], timeoutMs: 5000, valueIn: 'env' }, ctx)).toEqual({ ok: true });
    const r = await runVerify({ kind: 'command', command: [viaEnv], timeoutMs: 5000, valueIn: 'stdin' }, ctx);
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/verify env\.sh failed \(exit code 1/) });
  });

  it('checks an HTTP endpoint with the value in a header, and reports status without the value', async () => {
    const value = fakeStripeTestKey();
    const server = http.createServer((req, res) => {
      res.statusCode = req.headers.authorization === `Bearer ${value}` ? 200 : 401;
      res.end('body-is-not-read');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/me?x=1`;
    try {
      const spec = { kind: 'http' as const, url, method: 'GET', expectStatus: 200, headers: { Authorization: 'Bearer ${NEW_VALUE}' }, timeoutMs: 5000 };
      const ctx = { uri: 'u', newValue: value, cwd: '/', baseEnv };
      expect(await runVerify(spec, ctx)).toEqual({ ok: true });
      const bad = await runVerify(spec, { ...ctx, newValue: 'wrong' });
      expect(bad).toEqual({ ok: false, reason: expect.stringMatching(/^verify GET http:\/\/127\.0\.0\.1:\d+\/me answered 401, expected 200$/) });
    } finally {
      server.close();
    }
    const down = await runVerify(
      { kind: 'http', url: 'http://127.0.0.1:9/x', method: 'GET', expectStatus: 200, headers: {}, timeoutMs: 2000 },
      { uri: 'u', newValue: value, cwd: '/', baseEnv },
    );
    expect(down.ok).toBe(false);
    expect(JSON.stringify(down)).not.toContain(value);
  });
});

describe('leak matching', () => {
  const finding = (secret: string, line: number): Finding => ({
    ruleId: 'stripe-test-key',
    description: 'd',
    severity: 'high',
    confidence: 1,
    path: 'app.env',
    startLine: line,
    endLine: line,
    startColumn: 1,
    endColumn: 10,
    match: secret,
    secret,
    line: secret,
    fingerprint: `stripe-test-key:app.env:${line}`,
    tags: [],
    entropy: 4,
    commit: { sha: 'a'.repeat(40), author: 'A', email: 'a@x', date: '2026-01-01T00:00:00Z', message: 'm' },
  });

  it('reports URI, location and fingerprint for equal values only, also across surrounding whitespace', () => {
    const a = fakeStripeTestKey();
    const b = fakeStripeTestKey();
    const m = createLeakMatcher();
    m.addManaged('vault://secret/app#stripe', `${a}\n`);
    m.addManaged('sops://s.enc.yaml#b', b);
    const found = m.match([finding(a, 3), finding(fakeStripeTestKey(), 4), finding(` ${b}`, 5)]);
    expect(found).toEqual([
      { uri: 'vault://secret/app#stripe', fingerprint: 'stripe-test-key:app.env:3', ruleId: 'stripe-test-key', path: 'app.env', startLine: 3, commit: 'a'.repeat(40) },
      { uri: 'sops://s.enc.yaml#b', fingerprint: 'stripe-test-key:app.env:5', ruleId: 'stripe-test-key', path: 'app.env', startLine: 5, commit: 'a'.repeat(40) },
    ]);
    expect(JSON.stringify(found)).not.toContain(a);
    // The matcher holds digests only.
    expect(JSON.stringify(Object.entries(m))).not.toContain(a);
  });

  it('does not match a different managed value', () => {
    const a = fakeStripeTestKey();
    const m1 = createLeakMatcher();
    const m2 = createLeakMatcher();
    m1.addManaged('u', a);
    m2.addManaged('u', fakeStripeTestKey());
    expect(m1.match([finding(a, 1)])).toHaveLength(1);
    expect(m2.match([finding(a, 1)])).toHaveLength(0);
  });
});
