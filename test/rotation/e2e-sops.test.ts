/**
 * End to end on a SOPS file with real parts: age keys from age-keygen, the file written by our
 * store and read back by the real sops binary, a real git repository scanned as a push check
 * (diff base..head), the Action's rotation entry, a real HTTP verify endpoint for the rollback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { makeRepo, removeTempDirs as removeRepos } from '../git/helpers.js';
import { makeAgeKey, requireBinaries, SOPS, type AgeKey } from '../stores/sops-helpers.js';
import { AuditLog } from '../../src/audit/log.js';
import { verifyAuditLog } from '../../src/audit/verify.js';
import { defaultConfig } from '../../src/config/load.js';
import { rotateLeakedForAction } from '../../src/entry/action/rotation.js';
import { scanSource } from '../../src/pipeline/scan.js';
import { loadRotationConfig } from '../../src/rotation/config.js';
import { Rotator } from '../../src/rotation/rotator.js';
import { createDiffSource } from '../../src/sources/diff.js';
import { SopsStore } from '../../src/stores/sops/store.js';
import { parseStoreUri } from '../../src/stores/uri.js';
import { fakeStripeTestKey, removeTempDirs, tempDir } from './helpers.js';

let key: AgeKey;
let verifyServer: http.Server;
let verifyUrl: string;
const dir = tempDir('stanch-rot-sops-');
const FILE = 'deploy/secrets.enc.yaml';
const URI = `sops://${FILE}#stripe.key`;
const auditFile = join(dir, 'audit.jsonl');

beforeAll(async () => {
  requireBinaries();
  key = makeAgeKey();
  // The "provider": accepts only keys that start like a Stripe test key, and refuses everything when asked to.
  verifyServer = http.createServer((req, res) => {
    const auth = req.headers.authorization ?? '';
    res.statusCode = req.url === '/refuse' ? 403 : auth.startsWith('Bearer sk_test_') ? 200 : 401;
    res.end();
  });
  await new Promise<void>((r) => verifyServer.listen(0, '127.0.0.1', r));
  verifyUrl = `http://127.0.0.1:${(verifyServer.address() as AddressInfo).port}`;
});

afterAll(() => {
  verifyServer?.close();
  key?.cleanup();
  removeTempDirs();
  removeRepos();
});

function store(): SopsStore {
  return new SopsStore({ ageIdentities: [readFileSync(key.keyFile, 'utf8')], ageRecipients: [key.recipient], baseDir: dir });
}

function sopsExtract(path: string): string {
  return execFileSync(SOPS, ['decrypt', '--extract', path, join(dir, FILE)], { env: { PATH: process.env.PATH, SOPS_AGE_KEY_FILE: key.keyFile }, encoding: 'utf8' });
}

function writeConfig(name: string, verifyPath: string): string {
  const file = join(dir, `${name}.toml`);
  writeFileSync(
    file,
    `[rotation]
managed = ["${URI}", "sops://${FILE}#db.password"]

[[rotation.policies]]
match = "sops://${FILE}#stripe.*"
every = "90d"
generator = { kind = "prefixed", prefix = "sk_test_", length = 32 }
verify = { http = { url = "${verifyUrl}${verifyPath}", expectStatus = 200, headers = { Authorization = "Bearer \${NEW_VALUE}" } } }
autoRotateOnLeak = true
`,
  );
  return file;
}

describe('leak → rotate on a SOPS file', () => {
  it('a push check finds the committed value; the Action entry rotates it in the file; no output holds either value', async () => {
    const leaked = fakeStripeTestKey();
    const dbPassword = fakeStripeTestKey().slice(8);
    const s = store();
    mkdirSync(join(dir, 'deploy'), { recursive: true });
    await s.set(parseStoreUri(URI), leaked);
    await s.set(parseStoreUri(`sops://${FILE}#db.password`), dbPassword);
    expect(sopsExtract('["stripe"]["key"]')).toBe(leaked);

    const repo = makeRepo();
    const base = repo.commit('init', { 'README.md': 'hello\n' });
    repo.commit('wire payments', { 'app/settings.py': `REGION = "eu"\nSTRIPE_KEY = "${leaked}"\n` });
    const scan = await scanSource({ source: createDiffSource({ cwd: repo.dir, base }), detectorOptions: { config: defaultConfig() } });
    expect(scan.findings.length).toBeGreaterThan(0);

    const result = await rotateLeakedForAction({
      findings: scan.findings,
      storeOptions: { sops: { ageIdentities: [readFileSync(key.keyFile, 'utf8')], baseDir: dir } },
      rotationConfig: loadRotationConfig(writeConfig('ok', '/me')),
      audit: new AuditLog({ file: auditFile }),
      actor: 'github:octo-tester',
      baseEnv: { PATH: process.env.PATH },
      rotate: true,
    });
    expect(result.matches).toEqual([expect.objectContaining({ uri: URI, path: 'app/settings.py', startLine: 2 })]);
    expect(result.rotated).toEqual([expect.objectContaining({ uri: URI, status: 'rotated', reason: 'leak', oldVersion: expect.stringMatching(/^sha256:/) })]);
    expect(result.failed).toBe(false);
    expect(result.markdown).toContain('### Secret rotation');
    expect(result.markdown).toContain(`| \`${URI}\` | ✅ rotated |`);
    const f = scan.findings.find((x) => x.path === 'app/settings.py')!;
    expect(f.managed).toMatchObject({ uri: URI, rotated: true });

    const fresh = sopsExtract('["stripe"]["key"]');
    expect(fresh).not.toBe(leaked);
    expect(fresh).toMatch(/^sk_test_[A-Za-z0-9]{32}$/);
    expect(sopsExtract('["db"]["password"]')).toBe(dbPassword);

    const log = readFileSync(auditFile, 'utf8');
    const rec = JSON.parse(log.trim().split('\n').pop()!);
    expect(rec).toMatchObject({ actor: 'github:octo-tester', action: 'rotate', uri: URI, outcome: 'ok' });
    expect(rec.detail).toMatch(/^old=sha256:[0-9a-f]{12} new=sha256:[0-9a-f]{12} reason=leak leak=stripe-test-key:app\/settings\.py:[0-9a-f]{16} at=app\/settings\.py:2@/);
    expect(await verifyAuditLog({ file: auditFile })).toMatchObject({ ok: true });

    const outputs = [JSON.stringify(result), result.markdown, log, readFileSync(join(dir, FILE), 'utf8')];
    for (const text of outputs) {
      expect(text).not.toContain(leaked);
      expect(text).not.toContain(fresh);
    }
  }, 60_000);

  it('a failed verify rewrites the file exactly as it was and reports the rollback', async () => {
    const before = readFileSync(join(dir, FILE));
    const current = sopsExtract('["stripe"]["key"]');
    const audit = new AuditLog({ file: auditFile });
    const rotator = new Rotator({
      config: loadRotationConfig(writeConfig('refuse', '/refuse')),
      stores: { sops: { ageIdentities: [readFileSync(key.keyFile, 'utf8')], baseDir: dir } },
      audit,
      actor: 'test',
      baseEnv: { PATH: process.env.PATH },
    });
    const r = await rotator.rotate({ uri: URI, reason: 'manual' });
    await rotator.close();
    expect(r).toMatchObject({ status: 'rolled-back', message: expect.stringMatching(/^verify GET http:\/\/127\.0\.0\.1:\d+\/refuse answered 403, expected 200; the previous version serves again$/) });
    expect(r.restoredVersion).toBe(r.oldVersion);
    expect(readFileSync(join(dir, FILE)).equals(before)).toBe(true);
    expect(sopsExtract('["stripe"]["key"]')).toBe(current);
    const rec = JSON.parse(readFileSync(auditFile, 'utf8').trim().split('\n').pop()!);
    expect(rec).toMatchObject({ action: 'rotate', outcome: 'rolled-back' });
    expect(JSON.stringify(r) + rec.detail).not.toContain(current);
  }, 60_000);

  it('plans instead of rotating when the policy does not opt in, and points unmanaged leaks to revocation', async () => {
    const current = sopsExtract('["stripe"]["key"]');
    const cfg = join(dir, 'no-auto.toml');
    writeFileSync(cfg, readFileSync(writeConfig('tmp', '/me'), 'utf8').replace('autoRotateOnLeak = true', 'autoRotateOnLeak = false'));
    const repo = makeRepo();
    const base = repo.commit('init', { 'README.md': 'x\n' });
    const other = fakeStripeTestKey();
    repo.commit('oops', { 'a.env': `K1=${current}\nK2=${other}\n` });
    const scan = await scanSource({ source: createDiffSource({ cwd: repo.dir, base }), detectorOptions: { config: defaultConfig() } });
    const before = readFileSync(join(dir, FILE));
    const result = await rotateLeakedForAction({
      findings: scan.findings,
      storeOptions: { sops: { ageIdentities: [readFileSync(key.keyFile, 'utf8')], baseDir: dir } },
      rotationConfig: loadRotationConfig(cfg),
      actor: 'github:octo-tester',
      baseEnv: { PATH: process.env.PATH },
      rotate: true,
    });
    expect(result.rotated).toEqual([]);
    expect(result.plans).toEqual([expect.objectContaining({ uri: URI, status: 'planned', message: expect.stringContaining('autoRotateOnLeak = false') })]);
    expect(result.unmanaged).toEqual([expect.objectContaining({ path: 'a.env', startLine: 2, revokeUrl: 'https://dashboard.stripe.com/test/apikeys' })]);
    expect(result.markdown).toContain('[revoke](https://dashboard.stripe.com/test/apikeys)');
    expect(readFileSync(join(dir, FILE)).equals(before)).toBe(true);
    expect(JSON.stringify(result) + result.markdown).not.toContain(current);
    expect(JSON.stringify(result) + result.markdown).not.toContain(other);
  }, 60_000);
});
