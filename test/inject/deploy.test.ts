/** The Action's deploy mode with real stores (env, a real sops file) and a real GITHUB_ENV file. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDeploy, type DeployOptions } from '../../src/entry/action/deploy.js';
import { makeAgeKey, requireBinaries, sops, type AgeKey } from '../stores/sops-helpers.js';
import { startVaultDev, vaultUnavailableReason, type VaultTestServer } from '../helpers/vault-server.js';
import { fake } from './helpers.js';

let dir: string;
let key: AgeKey;
let pem: string;
let token: string;

beforeAll(() => {
  requireBinaries();
  dir = mkdtempSync(join(tmpdir(), 'stanch-deploy-'));
  key = makeAgeKey();
  pem = `-----BEGIN FAKE-----\n${fake('a')}\n\n${fake('b')}\n-----END FAKE-----\n`;
  token = fake('tok');
  const plain = join(key.dir, 'p.yaml');
  writeFileSync(plain, stringify({ tls: { key: pem } }));
  writeFileSync(join(dir, 'secrets.enc.yaml'), sops(key, ['--encrypt', '--age', key.recipient, plain]));
}, 120_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  key?.cleanup();
});

/** Deploy options as the Action builds them from its inputs (src/entry/action/inputs.ts + stores.ts). */
function options(o: Partial<DeployOptions> & { mapping: string }): DeployOptions {
  return { stores: { env: { env: {} } }, exportEnv: true, outputs: false, mask: () => {}, setOutput: () => {}, ...o };
}

describe('runDeploy', () => {
  it('masks every line of every value first, then exports to GITHUB_ENV and outputs; audits the injection', async () => {
    const envFile = join(dir, 'github_env');
    writeFileSync(envFile, '');
    const events: string[] = [];
    const outputs: Record<string, string> = {};
    const env = { GITHUB_ENV: envFile, GITHUB_ACTOR: 'octocat', RUNNER_TEMP: dir, SRC_TOKEN: token, SOPS_AGE_KEY_FILE: key.keyFile, GITHUB_WORKSPACE: dir };
    const opts = options({
      mapping: 'TLS_KEY: sops://secrets.enc.yaml#tls.key\nAPI_TOKEN: env://SRC_TOKEN\n',
      stores: { env: { env }, sops: { ageIdentities: [readFileSync(key.keyFile, 'utf8')], baseDir: dir } },
      audit: { log: { file: join(dir, 'stanch', 'audit.jsonl') }, actor: 'github:octocat' },
      githubEnvFile: envFile,
      outputs: true,
      mask: (s) => events.push(`mask:${s}`),
      setOutput: (n, v) => {
        events.push(`output:${n}`);
        outputs[n] = v;
      },
      info: (l) => events.push(`info:${l}`),
    });
    const res = await runDeploy(opts);
    expect(res.names).toEqual(['TLS_KEY', 'API_TOKEN']);
    expect(outputs).toEqual({ TLS_KEY: pem, API_TOKEN: token });

    // Every line and whole value masked before the first output or log line.
    const firstNonMask = events.findIndex((e) => !e.startsWith('mask:'));
    const masks = events.slice(0, firstNonMask).map((e) => e.slice(5));
    for (const line of pem.split('\n').filter((l) => l.trim() !== '')) expect(masks).toContain(line);
    expect(masks).toContain(pem);
    expect(masks).toContain(token);
    const info = events.find((e) => e.startsWith('info:'))!;
    expect(info).toBe('info:stanch: 2 secret(s) read: TLS_KEY, API_TOKEN (exported to the environment) (set as outputs)');

    const text = readFileSync(envFile, 'utf8');
    const m = /^TLS_KEY<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\1\nAPI_TOKEN<<\1\n(.*)\n\1\n$/.exec(text);
    expect(m).not.toBeNull();
    expect(m![2]).toBe(pem);
    expect(m![3]).toBe(token);

    const audit = readFileSync(join(dir, 'stanch', 'audit.jsonl'), 'utf8');
    expect(audit).not.toContain(token);
    const recs = audit.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs.map((r) => [r.actor, r.action, r.detail ?? null])).toEqual([
      ['github:octocat', 'read', null],
      ['github:octocat', 'read', null],
      ['github:octocat', 'inject', 'github-env'],
      ['github:octocat', 'inject', 'github-env'],
      ['github:octocat', 'inject', 'step-output'],
      ['github:octocat', 'inject', 'step-output'],
    ]);
  });

  it('fails on a missing secret naming the mapping line, before exporting anything', async () => {
    const envFile = join(dir, 'github_env2');
    writeFileSync(envFile, '');
    const opts = options({ mapping: 'A: env://SRC_TOKEN\nB: env://NOT_SET_HERE\n', stores: { env: { env: { SRC_TOKEN: token } } }, githubEnvFile: envFile });
    await expect(runDeploy(opts)).rejects.toThrow(/^input 'secrets':2: B: env:\/\/NOT_SET_HERE/);
    expect(readFileSync(envFile, 'utf8')).toBe('');
  });
});

describe.skipIf(vaultUnavailableReason() !== undefined)('runDeploy with a Vault dev server', () => {
  let srv: VaultTestServer;
  beforeAll(async () => {
    srv = await startVaultDev();
  }, 120_000);
  afterAll(async () => srv?.stop());

  it('reads KV v2 secrets with the token from inputs and exports them masked', async () => {
    const pw = fake('dbpw');
    const put = await srv.api('POST', 'secret/data/deploy/db', { data: { password: pw, user: 'app' } });
    expect(put.status).toBe(200);
    const envFile = join(dir, 'github_env_vault');
    writeFileSync(envFile, '');
    const masked: string[] = [];
    const opts = options({
      mapping: 'DB_PASSWORD=vault://secret/deploy/db#password\nDB_USER=vault://secret/deploy/db#user\n',
      stores: { vault: { address: srv.address, auth: { method: 'token', token: srv.rootToken } } },
      audit: { log: { file: join(dir, 'vault-audit.jsonl') }, actor: 'github:octocat' },
      githubEnvFile: envFile,
      mask: (s) => masked.push(s),
    });
    await runDeploy(opts);
    expect(masked).toContain(pw);
    expect(readFileSync(envFile, 'utf8')).toMatch(new RegExp(`^DB_PASSWORD<<(ghadelimiter_[0-9a-f-]+)\\n${pw}\\n\\1\\nDB_USER<<\\1\\napp\\n\\1\\n$`));
    const audit = readFileSync(join(dir, 'vault-audit.jsonl'), 'utf8');
    expect(audit).not.toContain(pw);
    expect(audit).not.toContain(srv.rootToken);
    expect(audit).toContain('"uri":"vault://secret/deploy/db#password"');
  });
});
