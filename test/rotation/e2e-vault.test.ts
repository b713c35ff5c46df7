/**
 * End to end with real parts: a real Vault dev server, a real git repository, the built CLI.
 * A value stored in Vault is committed; `stanch history --range base..head --rotate-leaked` (the
 * push check) finds it, matches it, rotates it; Vault serves a new version, the audit log records
 * the chain, and no output contains either value. Then a failing verify rolls back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliBundle } from '../cli/bundle.js';
import { makeRepo, removeTempDirs as removeRepos } from '../git/helpers.js';
import { type VaultTestServer, vaultForTests } from '../helpers/vault-server.js';
import { verifyAuditLog } from '../../src/audit/verify.js';
import { AuditLog } from '../../src/audit/log.js';
import { runRotate } from '../../src/entry/cli/commands/rotate.js';
import { loadRotationConfig } from '../../src/rotation/config.js';
import { Rotator } from '../../src/rotation/rotator.js';
import { fakeStripeTestKey, removeTempDirs, script, tempDir } from './helpers.js';

let server: VaultTestServer;
let bundle: string;
const dir = tempDir('stanch-rot-vault-');
const auditFile = join(dir, 'state', 'audit.jsonl');
const URI = 'vault://secret/app/stripe#api_key';

beforeAll(async () => {
  bundle = cliBundle();
  server = await vaultForTests();
}, 300_000);

afterAll(async () => {
  await server?.stop();
  removeTempDirs();
  removeRepos();
});

function stanch(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bundle, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: dir, VAULT_ADDR: server.address, VAULT_TOKEN: server.rootToken, STANCH_ACTOR: 'test:rotation-e2e', STANCH_AUDIT_LOG: auditFile },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function current(): Promise<{ version: number; data: Record<string, string>; custom: Record<string, string> }> {
  const r = await server.api('GET', 'secret/data/app/stripe');
  const m = await server.api('GET', 'secret/metadata/app/stripe');
  return { version: r.body.data.metadata.version, data: r.body.data.data, custom: m.body.data.custom_metadata ?? {} };
}

function writeConfig(name: string, verifyScript: string): string {
  script(dir, `${name}.sh`, verifyScript);
  const file = join(dir, `${name}.toml`);
  writeFileSync(
    file,
    `[rotation]
managed = ["${URI}"]

[[rotation.policies]]
match = "vault://secret/app/*"
every = "30d"
generator = { kind = "prefixed", prefix = "sk_test_", length = 32 }
verify = { command = ["./${name}.sh"] }
autoRotateOnLeak = true
`,
  );
  return file;
}

describe('leak → rotate on Vault KV v2', () => {
  it('a push check finds the committed value, rotates it in Vault, and prints neither value', async () => {
    const leaked = fakeStripeTestKey();
    const w = await server.api('POST', 'secret/data/app/stripe', { data: { api_key: leaked, region: 'eu' } });
    expect(w.status).toBe(200);
    const repo = makeRepo();
    const base = repo.commit('init', { 'README.md': 'hello\n' });
    const head = repo.commit('add payment config', { 'config.env': `REGION=eu\nSTRIPE_KEY=${leaked}\n` });
    // The verify step sees the new value on stdin and checks its shape.
    const config = writeConfig('ok-verify', 'read v; case "$v" in sk_test_*) exit 0;; *) exit 1;; esac');

    // The app's env file was injected before the leak; the loop must refresh it with the new value.
    const mapFile = join(dir, 'app-map.yaml');
    const envFile = join(dir, 'app.env');
    writeFileSync(mapFile, `STRIPE_KEY: ${URI}\n`);
    expect(stanch(['inject', '--map', mapFile, '-o', envFile], dir).code).toBe(0);
    expect(readFileSync(envFile, 'utf8')).toContain(leaked);

    const run = stanch(
      ['history', '--range', `${base}..${head}`, '--rotate-leaked', '--rotation-config', config, '--refresh-map', mapFile, '--refresh-output', envFile, '-f', 'json', '--no-progress'],
      repo.dir,
    );
    expect(run.stderr).toContain(`managed secret leaked: ${URI} at config.env:2`);
    expect(run.stderr).toMatch(/rotated\s+vault:\/\/secret\/app\/stripe#api_key v1 -> v2 {2}\(leak\)/);
    expect(run.code).toBe(1); // the commit still holds a (now dead) secret: the check still fails

    const report = JSON.parse(run.stdout);
    const finding = report.find((f: { path: string }) => f.path === 'config.env');
    expect(finding.managed).toEqual({ uri: URI, rotated: true, newVersion: 'v2' });

    const now = await current();
    expect(now.version).toBe(2);
    expect(now.data.api_key).not.toBe(leaked);
    expect(now.data.api_key).toMatch(/^sk_test_[A-Za-z0-9]{32}$/);
    expect(now.data.region).toBe('eu');
    expect(now.custom.stanch_rotated_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(now.custom[`stanch_rotated_at#api_key`]).toBe(now.custom.stanch_rotated_at);
    const refreshed = readFileSync(envFile, 'utf8');
    expect(refreshed).toContain(now.data.api_key);
    expect(refreshed).not.toContain(leaked);
    expect(statSync(envFile).mode & 0o777).toBe(0o600);

    const log = readFileSync(auditFile, 'utf8');
    const rotate = log.trim().split('\n').map((l) => JSON.parse(l)).filter((r) => r.action === 'rotate');
    expect(rotate).toHaveLength(1);
    expect(rotate[0]).toMatchObject({ actor: 'test:rotation-e2e', uri: URI, outcome: 'ok' });
    expect(rotate[0].detail).toMatch(/^old=v1 new=v2 reason=leak leak=stripe-test-key:config\.env:[0-9a-f]{16} at=config\.env:2@[0-9a-f]{12} policy=vault:\/\/secret\/app\/\*$/);
    expect(await verifyAuditLog({ file: auditFile })).toMatchObject({ ok: true });

    for (const text of [run.stdout, run.stderr, log]) {
      expect(text).not.toContain(leaked);
      expect(text).not.toContain(now.data.api_key);
    }
  }, 180_000);

  it('rotate --dry-run plans without writing; --due sees it is not due yet', async () => {
    const before = await current();
    const config = join(dir, 'ok-verify.toml');
    const plan = stanch(['rotate', URI, '--dry-run', '-c', config], dir);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain(`plan        ${URI}  (manual)`);
    expect(plan.stdout).toContain('policy vault://secret/app/*, generator prefixed(sk_test_…, 32), verify command(ok-verify.sh)');
    const due = stanch(['rotate', '--due', '-c', config, '-f', 'json'], dir);
    expect(due.code).toBe(0);
    const results = JSON.parse(due.stdout).results;
    // The policy glob names the whole secret, so --due lists each of its keys.
    expect(results).toEqual([
      expect.objectContaining({ uri: URI, status: 'not-due', due: expect.objectContaining({ due: false, every: '30d' }) }),
      expect.objectContaining({ uri: 'vault://secret/app/stripe#region', status: 'not-due' }),
    ]);
    expect((await current()).version).toBe(before.version);
    for (const text of [plan.stdout, plan.stderr, due.stdout, due.stderr]) expect(text).not.toContain(before.data.api_key);
  }, 60_000);

  it('a failing verify rolls back: the previous value is current again and the audit log says so', async () => {
    const before = await current();
    const config = writeConfig('bad-verify', 'echo "verify: the provider refused the key" >&2; exit 7');
    const run = stanch(['rotate', URI, '-c', config], dir);
    expect(run.code).toBe(4);
    expect(run.stdout).toMatch(/ROLLED BACK vault:\/\/secret\/app\/stripe#api_key v2 -> v3 -> restored v4/);
    expect(run.stdout).toContain('verify bad-verify.sh failed (exit code 7');
    const after = await current();
    expect(after.version).toBe(4);
    expect(after.data).toEqual(before.data);
    // The version that failed verification is soft-deleted.
    const v3 = await server.api('GET', 'secret/data/app/stripe?version=3');
    expect(v3.status).toBe(404);
    const last = readFileSync(auditFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((r) => r.action === 'rotate').pop();
    expect(last).toMatchObject({ uri: URI, outcome: 'rolled-back' });
    expect(last.detail).toMatch(/^old=v2 new=v3 restored=v4 reason=manual policy=vault:\/\/secret\/app\/\* error=verify bad-verify\.sh failed/);
    expect(await verifyAuditLog({ file: auditFile })).toMatchObject({ ok: true });
    expect(run.stdout + run.stderr).not.toContain(before.data.api_key);
  }, 60_000);

  it('refuses the env store (read-only) and URIs without a policy, with exit code 2', () => {
    const config = join(dir, 'ok-verify.toml');
    const env = stanch(['rotate', 'env://STRIPE_KEY', '-c', config], dir);
    expect(env.code).toBe(2);
    expect(env.stderr).toMatch(/no \[\[rotation\.policies\]\] entry .* matches/);
    writeFileSync(join(dir, 'env.toml'), '[[rotation.policies]]\nmatch = "env://*"\n');
    const ro = stanch(['rotate', 'env://STRIPE_KEY', '-c', join(dir, 'env.toml')], dir);
    expect(ro.code).toBe(2);
    expect(ro.stderr).toContain('stanch: the env store is read-only: stanch cannot rotate env:// secrets');
  }, 60_000);

  it('--due rotates what is due (reason schedule) and leaves the rest', async () => {
    await server.api('POST', 'secret/data/app/due', { data: { k: fakeStripeTestKey() } });
    const file = join(dir, 'due.toml');
    writeFileSync(file, '[[rotation.policies]]\nmatch = "vault://secret/app/due#k"\nevery = "2s"\ngenerator = { kind = "random", length = 24 }\n');
    const env = { VAULT_ADDR: server.address, VAULT_TOKEN: server.rootToken, STANCH_ACTOR: 'cron', HOME: dir };
    const opts = { due: true, format: 'json', config: file, auditLog: auditFile };
    const first = await runRotate(undefined, opts, dir, env);
    expect(JSON.parse(first.output).results).toEqual([expect.objectContaining({ uri: 'vault://secret/app/due#k', status: 'not-due' })]);
    await new Promise((r) => setTimeout(r, 2200));
    const second = await runRotate(undefined, opts, dir, env);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.output).results).toEqual([
      expect.objectContaining({ uri: 'vault://secret/app/due#k', status: 'rotated', reason: 'schedule', oldVersion: 'v1', newVersion: 'v2' }),
    ]);
    const last = JSON.parse(readFileSync(auditFile, 'utf8').trim().split('\n').pop()!);
    expect(last).toMatchObject({ actor: 'cron', action: 'rotate', uri: 'vault://secret/app/due#k', outcome: 'ok' });
    expect(last.detail).toContain('reason=schedule');
  }, 60_000);

  it('check-and-set: a concurrent write during rotation fails the rotation and is kept', async () => {
    await server.api('POST', 'secret/data/app/cas', { data: { k: fakeStripeTestKey() } });
    // A generator that (like a slow provider call) lets another writer change the secret meanwhile.
    writeFileSync(
      join(dir, 'racer.mjs'),
      `const r = await fetch(process.env.VAULT_ADDR + '/v1/secret/data/app/cas', { method: 'POST', headers: { 'X-Vault-Token': process.env.VAULT_TOKEN }, body: JSON.stringify({ data: { k: 'written-by-someone-else' } }) });\n` +
        `if (!r.ok) process.exit(1);\nconsole.log('new-value-from-provider');\n`,
    );
    script(dir, 'racer.sh', `exec "${process.execPath}" "${join(dir, 'racer.mjs')}"`);
    const file = join(dir, 'cas.toml');
    writeFileSync(file, '[[rotation.policies]]\nmatch = "vault://secret/app/cas#k"\ngenerator = { kind = "command", command = ["./racer.sh"] }\nenv = ["VAULT_ADDR", "VAULT_TOKEN"]\n');
    const rotator = new Rotator({
      config: loadRotationConfig(file),
      stores: { vault: { address: server.address, auth: { method: 'token', token: server.rootToken } } },
      audit: new AuditLog({ file: auditFile }),
      actor: 'test',
      baseEnv: { PATH: process.env.PATH, VAULT_ADDR: server.address, VAULT_TOKEN: server.rootToken },
    });
    const r = await rotator.rotate({ uri: 'vault://secret/app/cas#k', reason: 'manual' });
    await rotator.close();
    expect(r).toMatchObject({ status: 'failed', oldVersion: 'v1', message: expect.stringContaining('check-and-set failed') });
    const now = await server.api('GET', 'secret/data/app/cas');
    expect(now.body.data.metadata.version).toBe(2);
    expect(now.body.data.data.k).toBe('written-by-someone-else');
    expect(JSON.stringify(r)).not.toContain('new-value-from-provider');
  }, 60_000);

  it('refuses KV v1 mounts: no versions, no rollback', async () => {
    await server.api('POST', 'sys/mounts/kv1', { type: 'kv', options: { version: '1' } });
    await server.api('POST', 'kv1/app', { k: 'x'.repeat(20) });
    const file = join(dir, 'v1.toml');
    writeFileSync(file, '[[rotation.policies]]\nmatch = "vault://kv1/**"\n');
    const rotator = new Rotator({
      config: loadRotationConfig(file),
      stores: { vault: { address: server.address, auth: { method: 'token', token: server.rootToken } } },
      actor: 'test',
      baseEnv: {},
    });
    const r = await rotator.rotate({ uri: 'vault://kv1/app#k', reason: 'manual' });
    await rotator.close();
    expect(r).toMatchObject({ status: 'failed', message: "vault://kv1/app#k: rotation needs KV v2 (versions for rollback), but mount 'kv1' is KV v1" });
  }, 60_000);
});
