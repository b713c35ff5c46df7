/**
 * Deploy mode of the bundled Action, run as the runner runs it: a real Vault dev server (token,
 * AppRole and JWT auth; for JWT the runner's OIDC endpoint is a local server that signs tokens with the
 * test's own key pair, as GitHub's does with its own), a real SOPS file encrypted by the real
 * `sops` for a fresh age key, and GITHUB_ENV / GITHUB_OUTPUT files. Values must reach GITHUB_ENV
 * (random delimiter), be masked line by line before anything else could print them, and appear
 * nowhere else.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { stringify } from 'yaml';
import { actionBundle, runAction, type ActionRun } from './harness.js';
import { removeTempDirs, tempDir } from './git-fixture.js';
import { vaultForTests, type VaultTestServer } from '../helpers/vault-server.js';
import { makeAgeKey, requireBinaries, sops, type AgeKey } from '../stores/sops-helpers.js';

/** Synthetic values, made at run time. */
const fake = (label: string) => `${label}-${randomBytes(15).toString('base64url')}`;
const pemLike = () => ['-----BEGIN FAKE KEY-----', fake('l1'), fake('l2'), '-----END FAKE KEY-----'].join('\n');

let vault: VaultTestServer;
let key: AgeKey;
let ws: string;
const values = { db: fake('db'), api: fake('api'), tls: pemLike(), sopsToken: fake('sops') };
const run = randomBytes(4).toString('hex');
const appPath = `app-${run}`;

// The runner's OIDC token service: GET <ACTIONS_ID_TOKEN_REQUEST_URL>&audience=<aud> with the request token as bearer.
const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const issuer = 'https://token.actions.githubusercontent.example';
const requestToken = fake('oidc-request');
let oidc: http.Server;
let oidcUrl: string;
const oidcRequests: { audience: string | null; authorized: boolean }[] = [];
/** AppRole credentials of a role that may read appPath, the secret id good for one login. */
const approle = { roleId: '', secretId: '' };
const issuedJwts: string[] = [];

function b64(o: unknown): string {
  return Buffer.from(JSON.stringify(o)).toString('base64url');
}

function githubIdToken(audience: string): string {
  const now = Math.floor(Date.now() / 1000);
  const header = b64({ alg: 'RS256', typ: 'JWT', kid: 'stanch-test' });
  const payload = b64({
    iss: issuer,
    aud: audience,
    sub: 'repo:acme/app:ref:refs/heads/main',
    repository: 'acme/app',
    repository_owner: 'acme',
    ref: 'refs/heads/main',
    workflow: 'deploy',
    jti: randomBytes(8).toString('hex'),
    iat: now,
    nbf: now - 5,
    exp: now + 300,
  });
  const sig = sign('sha256', Buffer.from(`${header}.${payload}`), privateKey).toString('base64url');
  return `${header}.${payload}.${sig}`;
}

async function ok<T extends { status: number; body: any }>(p: Promise<T>): Promise<any> {
  const r = await p;
  if (r.status >= 300) throw new Error(`vault: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

beforeAll(async () => {
  requireBinaries();
  actionBundle();
  vault = await vaultForTests();
  key = makeAgeKey();
  ws = tempDir('stanch-deploy-ws-');

  await ok(vault.api('POST', `secret/data/${appPath}/db`, { data: { password: values.db, tls_key: values.tls } }));
  await ok(vault.api('POST', `secret/data/${appPath}/api`, { data: { token: values.api } }));
  await ok(vault.api('PUT', `sys/policies/acl/deploy-${run}`, { policy: `path "secret/data/${appPath}/*" { capabilities = ["read"] }` }));
  await ok(vault.api('POST', `sys/auth/jwt-${run}`, { type: 'jwt' }));
  await ok(vault.api('POST', `auth/jwt-${run}/config`, { jwt_validation_pubkeys: [publicKey.export({ type: 'spki', format: 'pem' }).toString()], bound_issuer: issuer }));
  await ok(
    vault.api('POST', `auth/jwt-${run}/role/deploy`, {
      role_type: 'jwt',
      user_claim: 'sub',
      bound_audiences: ['stanch-deploy-test'],
      bound_claims: { repository: 'acme/app', ref: 'refs/heads/main' },
      token_policies: [`deploy-${run}`],
      token_ttl: '2m',
    }),
  );

  await ok(vault.api('POST', `sys/auth/approle-${run}`, { type: 'approle' }));
  await ok(vault.api('POST', `auth/approle-${run}/role/deploy`, { token_policies: [`deploy-${run}`], token_ttl: '2m', secret_id_num_uses: 1 }));
  approle.roleId = (await ok(vault.api('GET', `auth/approle-${run}/role/deploy/role-id`))).data.role_id;
  approle.secretId = (await ok(vault.api('POST', `auth/approle-${run}/role/deploy/secret-id`, {}))).data.secret_id;

  const plain = path.join(key.dir, 'plain.yaml');
  writeFileSync(plain, stringify({ stripe: { token: values.sopsToken } }));
  writeFileSync(path.join(ws, 'secrets.enc.yaml'), sops(key, ['--encrypt', '--age', key.recipient, plain]));

  oidc = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const authorized = req.headers.authorization === `Bearer ${requestToken}`;
    oidcRequests.push({ audience: url.searchParams.get('audience'), authorized });
    if (!authorized || url.pathname !== '/idtoken') {
      res.writeHead(401).end();
      return;
    }
    const jwt = githubIdToken(url.searchParams.get('audience') ?? 'https://github.com/acme');
    issuedJwts.push(jwt);
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ count: 1, value: jwt }));
  });
  await new Promise<void>((resolve) => oidc.listen(0, '127.0.0.1', resolve));
  oidcUrl = `http://127.0.0.1:${(oidc.address() as AddressInfo).port}/idtoken?api-version=2.0`;
}, 600_000);

afterAll(async () => {
  await vault?.stop();
  await new Promise<void>((resolve) => (oidc ? oidc.close(() => resolve()) : resolve()));
  key?.cleanup();
  removeTempDirs();
});

/** GITHUB_ENV entries: `NAME<<DELIM\nvalue\nDELIM\n` with one random delimiter per write. */
function parseGithubEnv(text: string): { delimiters: Set<string>; vars: Record<string, string> } {
  const vars: Record<string, string> = {};
  const delimiters = new Set<string>();
  const re = /^([A-Za-z_][A-Za-z0-9_]*)<<(ghadelimiter_[0-9a-f-]{36})\n([\s\S]*?)\n\2\n/;
  let rest = text;
  while (rest.length > 0) {
    const m = re.exec(rest);
    if (!m) throw new Error(`GITHUB_ENV is not in the heredoc format at: ${JSON.stringify(rest.slice(0, 40))}`);
    delimiters.add(m[2]);
    vars[m[1]] = m[3];
    rest = rest.slice(m[0].length);
  }
  return { delimiters, vars };
}

/**
 * Every line of every value is masked (`::add-mask::`) before the first line that is not a mask
 * or the group opener, and no line other than the mask lines contains a value or a line of one.
 */
function expectMaskedFirstAndNeverPrinted(r: ActionRun, secrets: string[]): void {
  const lines = r.stdout.split('\n');
  // ::debug:: lines are allowed before (the toolkit logs the OIDC URL); they are checked for values below.
  const firstOther = lines.findIndex((l) => l !== '' && !l.startsWith('::add-mask::') && !l.startsWith('::debug::') && l !== '::group::stanch');
  const masks = lines.slice(0, firstOther === -1 ? lines.length : firstOther).filter((l) => l.startsWith('::add-mask::'));
  for (const s of secrets) {
    for (const part of s.split('\n').filter((l) => l.trim() !== '')) {
      expect(masks, `a line of a value is masked before anything else is printed`).toContain(`::add-mask::${part}`);
      const printed = lines.filter((l) => !l.startsWith('::add-mask::') && l.includes(part));
      expect(printed, 'a value line printed outside a mask command').toEqual([]);
      expect(r.stderr).not.toContain(part);
      expect(r.summary).not.toContain(part);
    }
  }
}

describe('the Action in deploy mode', () => {
  it('reads Vault (token auth) and a SOPS file (age key input), exports to GITHUB_ENV, masks first, prints no value', async () => {
    const r = await runAction({
      workspace: ws,
      eventName: 'push',
      payload: {},
      inputs: {
        mode: 'deploy',
        secrets: [
          `DB_PASSWORD: vault://secret/${appPath}/db#password`,
          `TLS_KEY: vault://secret/${appPath}/db#tls_key`,
          `API_TOKEN: vault://secret/${appPath}/api#token`,
          'STRIPE_TOKEN: sops://secrets.enc.yaml#stripe.token',
        ].join('\n'),
        'vault-addr': vault.address,
        'vault-token': vault.rootToken,
        'sops-age-key': key.identity,
      },
      env: { GITHUB_ACTOR: 'octocat' },
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^::group::stanch$/m);
    expect(r.stdout).toMatch(/^::endgroup::$/m);
    expect(r.stdout).toContain('stanch: 4 secrets deployed (DB_PASSWORD, TLS_KEY, API_TOKEN, STRIPE_TOKEN)');

    const env = parseGithubEnv(r.githubEnv);
    expect(env.delimiters.size).toBe(1);
    expect(env.vars).toEqual({ DB_PASSWORD: values.db, TLS_KEY: values.tls, API_TOKEN: values.api, STRIPE_TOKEN: values.sopsToken });
    for (const d of env.delimiters) expect(r.stdout).not.toContain(d);

    // The credentials given as inputs are masked too, as the very first lines.
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual(['::group::stanch', '::add-mask::ghs_test_token_for_local_server', `::add-mask::${vault.rootToken}`, `::add-mask::${key.identity}`]);
    // each distinct value is masked once
    const maskLines = lines.filter((l) => l.startsWith('::add-mask::'));
    expect(new Set(maskLines).size).toBe(maskLines.length);
    expectMaskedFirstAndNeverPrinted(r, [values.db, values.tls, values.api, values.sopsToken, vault.rootToken, key.identity]);
    // outputs: false (default): no value in the step outputs
    expect(r.outputs).toEqual({ failed: 'false' });
  }, 120_000);

  it('logs in to Vault with the runner OIDC token (jwt), sets outputs when asked, and masks the token', async () => {
    oidcRequests.length = 0;
    const r = await runAction({
      workspace: ws,
      eventName: 'push',
      payload: {},
      inputs: {
        mode: 'deploy',
        secrets: `DB_PASSWORD: vault://secret/${appPath}/db#password\nTLS_KEY: vault://secret/${appPath}/db#tls_key\n`,
        'vault-addr': vault.address,
        'vault-method': 'jwt',
        'vault-role': 'deploy',
        'vault-jwt-audience': 'stanch-deploy-test',
        'vault-auth-mount': `jwt-${run}`,
        outputs: 'true',
        'export-env': 'false',
      },
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: oidcUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken },
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(oidcRequests).toEqual([{ audience: 'stanch-deploy-test', authorized: true }]);
    expect(r.githubEnv).toBe('');
    expect(r.outputs.DB_PASSWORD).toBe(values.db);
    expect(r.outputs.TLS_KEY).toBe(values.tls);
    const jwt = issuedJwts.at(-1)!;
    expect(r.stdout).toContain(`::add-mask::${jwt}`);
    expectMaskedFirstAndNeverPrinted(r, [values.db, values.tls, jwt]);
  }, 120_000);

  it('logs in to Vault with AppRole, masks the secret id, and a used-up secret id fails with one line', async () => {
    const inputs = {
      mode: 'deploy',
      secrets: `API_TOKEN: vault://secret/${appPath}/api#token\n`,
      'vault-addr': vault.address,
      'vault-method': 'approle',
      'vault-role-id': approle.roleId,
      'vault-secret-id': approle.secretId,
      'vault-auth-mount': `approle-${run}`,
    };
    const r = await runAction({ workspace: ws, eventName: 'push', payload: {}, inputs });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(parseGithubEnv(r.githubEnv).vars).toEqual({ API_TOKEN: values.api });
    expect(r.stdout).toContain(`::add-mask::${approle.secretId}`);
    expectMaskedFirstAndNeverPrinted(r, [values.api, approle.secretId]);
    // secret_id_num_uses = 1: Vault refuses the second login; the Action says so and writes nothing.
    const again = await runAction({ workspace: ws, eventName: 'push', payload: {}, inputs });
    expect(again.code).toBe(1);
    expect(again.githubEnv).toBe('');
    expect(again.outputs.error).toMatch(/approle/i);
    expect(again.outputs.error).not.toMatch(/\n/);
    expectMaskedFirstAndNeverPrinted(again, [approle.secretId]);
  }, 120_000);

  it('fails with one line and writes nothing when a secret is missing', async () => {
    const r = await runAction({
      workspace: ws,
      eventName: 'push',
      payload: {},
      inputs: {
        mode: 'deploy',
        secrets: `DB_PASSWORD: vault://secret/${appPath}/db#password\nNOPE: vault://secret/${appPath}/missing#x\n`,
        'vault-addr': vault.address,
        'vault-token': vault.rootToken,
      },
    });
    expect(r.code).toBe(1);
    expect(r.githubEnv).toBe('');
    expect(r.outputs.failed).toBe('true');
    expect(r.outputs.error).toMatch(/NOPE/);
    expect(r.outputs.error).not.toMatch(/\n/);
    const errors = r.annotations('error');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/^stanch: /);
    expectMaskedFirstAndNeverPrinted(r, [values.db, vault.rootToken]);
  }, 120_000);

  it('says what to fix when jwt is asked for without id-token permission', async () => {
    const r = await runAction({
      workspace: ws,
      eventName: 'push',
      payload: {},
      inputs: { mode: 'deploy', secrets: `X: vault://secret/${appPath}/db#password`, 'vault-addr': vault.address, 'vault-method': 'jwt', 'vault-role': 'deploy' },
    });
    expect(r.code).toBe(1);
    expect(r.outputs.error).toMatch(/^vault-method jwt: cannot get the runner's OIDC token \(.*ACTIONS_ID_TOKEN_REQUEST_URL.*\); the job needs 'permissions: id-token: write'$/);
  }, 60_000);

  it('refuses a bad input with one line before touching a store', async () => {
    const r = await runAction({ workspace: ws, eventName: 'push', payload: {}, inputs: { mode: 'deploy', secrets: 'X: vault://a/b#c', 'vault-method': 'kerberos', 'vault-token': 'tok-' + fake('t') } });
    expect(r.code).toBe(1);
    expect(r.outputs.error).toBe(`input 'vault-method': "kerberos" is not valid; expected 'token', 'approle' or 'jwt'`);
  }, 60_000);
});
