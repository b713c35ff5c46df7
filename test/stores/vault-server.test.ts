/**
 * The Vault store against a real Vault-API server (dev mode on 127.0.0.1, built by
 * scripts/vault-server.sh), or against VAULT_ADDR/VAULT_TOKEN when no binary is here.
 */
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/model/errors.js';
import { VaultError } from '../../src/stores/vault/errors.js';
import { VaultStore, type VaultStoreOptions } from '../../src/stores/vault/store.js';
import { parseVaultUri as ref } from '../../src/stores/vault/uri.js';
import { type VaultTestServer, externalVault, findVaultBinaries, startVaultDev, vaultUnavailableReason } from '../helpers/vault-server.js';

const unavailable = vaultUnavailableReason();
if (unavailable) console.warn(`skipping Vault server tests: ${unavailable}`);

// Every server binary we have (Vault, OpenBao) gets the whole suite; else VAULT_ADDR.
const binaries = findVaultBinaries();
const targets: { label: string; start: () => Promise<VaultTestServer> }[] =
  binaries.length > 0
    ? binaries.map((b) => ({ label: `${b.name} (dev server)`, start: () => startVaultDev(b.path) }))
    : externalVault()
      ? [{ label: 'VAULT_ADDR', start: async () => externalVault() as VaultTestServer }]
      : [{ label: 'no server', start: async () => Promise.reject(new Error(unavailable)) }];

// Synthetic values made at run time; none of them is a real credential.
const fakeValue = (label: string) => `${label}-${randomBytes(9).toString('base64url')}`;
const run = randomBytes(4).toString('hex');

async function errorOf(p: Promise<unknown>): Promise<VaultError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(VaultError);
  return err as VaultError;
}

async function ok(res: Promise<{ status: number; body: any }>): Promise<any> {
  const r = await res;
  if (r.status >= 300) throw new Error(`setup call failed: ${r.status} ${JSON.stringify(r.body?.errors)}`);
  return r.body;
}

describe.skipIf(unavailable !== undefined).each(targets)('VaultStore on $label', ({ start }) => {
  let srv: VaultTestServer;
  const stores: VaultStore[] = [];
  const open = (opts: Partial<VaultStoreOptions> & Pick<VaultStoreOptions, 'auth'>) => {
    const s = new VaultStore({ address: srv.address, retries: 1, retryBaseDelayMs: 10, ...opts });
    stores.push(s);
    return s;
  };
  const rootStore = () => open({ auth: { method: 'token', token: srv.rootToken } });

  beforeAll(async () => {
    srv = await start();
    await ok(srv.api('PUT', `sys/policies/acl/app-read-${run}`, { policy: `path "secret/data/app-${run}/*" { capabilities = ["read"] }` }));
  });

  afterAll(async () => {
    for (const s of stores) await s.close().catch(() => undefined);
    await srv?.stop();
  });

  describe('KV v2 (dev mode mounts secret/ as v2)', () => {
    const base = `vault://secret/app-${run}/db`;

    it('creates, reads, versions and lists a secret', async () => {
      const store = rootStore();
      const first = fakeValue('pw1');
      expect(await store.set(ref(`${base}#password`), first)).toEqual({ version: 1 });
      expect(await store.set(ref(`${base}#user`), 'app')).toEqual({ version: 2 });
      const second = fakeValue('pw2');
      expect(await store.set(ref(`${base}#password`), second)).toEqual({ version: 3 });

      const latest = await store.get(ref(`${base}#password`));
      expect(latest.value).toBe(second);
      expect(latest.version).toBe(3);
      expect(latest.metadata?.created_time).toEqual(expect.any(String));
      expect((await store.get(ref(`${base}?version=1#password`))).value).toBe(first);
      expect(await store.getAll(ref(base))).toEqual({ data: { password: second, user: 'app' }, version: 3 });
      expect(await store.list(ref(`vault://secret/app-${run}/`))).toEqual(['db']);
      expect(await store.list(ref(`vault://secret/nothing-${run}/`))).toEqual([]);
      expect(await store.locate(ref(base))).toEqual({ mount: 'secret', relPath: `app-${run}/db`, kvVersion: 2 });
    });

    it('refuses a stale check-and-set write', async () => {
      const store = rootStore();
      const uri = ref(`vault://secret/app-${run}/cas`);
      expect(await store.write(uri, { k: 'a' }, { cas: 0 })).toEqual({ version: 1 });
      const err = await errorOf(store.write(uri, { k: 'b' }, { cas: 0 }));
      expect(err.kind).toBe('cas-mismatch');
      expect(err.exitCode).toBe(EXIT.STORE);
      expect(err.message).toContain(`POST secret/data/app-${run}/cas`);
      expect(await store.write(uri, { k: 'b' }, { cas: 1 })).toEqual({ version: 2 });
      expect(await errorOf(store.set(ref(`vault://secret/app-${run}/cas#k`), 'c', { cas: 1 }))).toMatchObject({ kind: 'cas-mismatch' });
    });

    it('soft-deletes, undeletes, destroys, restores and reads metadata', async () => {
      const store = rootStore();
      const uri = ref(`vault://secret/app-${run}/rotating`);
      const v1 = fakeValue('v1');
      const v2 = fakeValue('v2');
      await store.write(uri, { token: v1 });
      await store.write(uri, { token: v2 });

      await store.softDelete(uri);
      const deleted = await errorOf(store.get(ref(`vault://secret/app-${run}/rotating#token`)));
      expect(deleted.kind).toBe('deleted');
      expect(deleted.message).toBe(`vault: latest version of secret/app-${run}/rotating is deleted (undelete it to read it again)`);
      await store.undelete(uri, [2]);
      expect((await store.readVersion(uri)).data).toEqual({ token: v2 });

      await store.destroy(uri, [1]);
      expect((await errorOf(store.readVersion(uri, 1))).message).toBe(`vault: version 1 of secret/app-${run}/rotating is destroyed`);

      await store.write(uri, { token: fakeValue('v3') });
      expect(await store.restoreVersion(uri, 2)).toEqual({ version: 4 });
      expect(await store.readVersion(uri)).toMatchObject({ data: { token: v2 }, version: 4 });

      const meta = await store.metadata(uri);
      expect(meta.currentVersion).toBe(4);
      expect(meta.versions[1].destroyed).toBe(true);
      expect(Object.keys(meta.versions).map(Number)).toEqual([1, 2, 3, 4]);

      // A restore against a version that is no longer current fails instead of overwriting.
      expect((await errorOf(store.restoreVersion(uri, 3, { cas: 2 }))).kind).toBe('cas-mismatch');

      await store.delete(ref(`vault://secret/app-${run}/rotating#token`));
      expect((await store.readVersion(uri)).data).toEqual({});
      await store.deleteAllVersions(uri);
      expect((await errorOf(store.readVersion(uri))).kind).toBe('not-found');
    });

    it('sets a key after the latest version was soft-deleted (check-and-set on the deleted version)', async () => {
      const store = rootStore();
      const uri = `vault://secret/app-${run}/revived`;
      await store.write(ref(uri), { old: 'x', keep: 'y' });
      await store.softDelete(ref(uri));
      expect(await store.set(ref(`${uri}#fresh`), 'z')).toEqual({ version: 2 });
      expect((await store.readVersion(ref(uri))).data).toEqual({ fresh: 'z' });
    });

    it('says which key is missing without showing values', async () => {
      const store = rootStore();
      const err = await errorOf(store.get(ref(`${base}#nope`)));
      expect(err.message).toBe(`vault: key 'nope' not found in ${base}#nope (the secret has 2 keys)`);
    });

    it('says not found with the path', async () => {
      const err = await errorOf(rootStore().get(ref(`vault://secret/app-${run}/missing#k`)));
      expect(err.kind).toBe('not-found');
      expect(err.message).toContain(`GET secret/data/app-${run}/missing`);
    });

    it('says when no KV mount serves the path', async () => {
      const missing = await errorOf(rootStore().get(ref(`vault://nomount-${run}/x#k`)));
      expect(missing.message).toContain(`cannot find the KV mount for 'nomount-${run}/x'`);
      const notKv = await errorOf(rootStore().get(ref('vault://cubbyhole/x#k')));
      expect(notKv.kind).toBe('config');
      expect(notKv.message).toBe("vault: 'cubbyhole/' is a 'cubbyhole' engine, not KV; stanch reads KV v1/v2 only");
    });
  });

  describe('KV v1', () => {
    const mount = `kv1-${run}`;
    beforeAll(async () => {
      await ok(srv.api('POST', `sys/mounts/${mount}`, { type: 'kv', options: { version: '1' } }));
    });

    it('detects v1 and reads, writes, lists and deletes', async () => {
      const store = rootStore();
      const value = fakeValue('v1');
      expect(await store.set(ref(`vault://${mount}/team/api#key`), value)).toEqual({});
      expect(await store.get(ref(`vault://${mount}/team/api#key`))).toEqual({ value, version: undefined, metadata: undefined });
      expect(await store.locate(ref(`vault://${mount}/team/api`))).toMatchObject({ kvVersion: 1, mount });
      expect(await store.list(ref(`vault://${mount}/team/`))).toEqual(['api']);
      await store.delete(ref(`vault://${mount}/team/api`));
      expect((await errorOf(store.get(ref(`vault://${mount}/team/api#key`)))).kind).toBe('not-found');
    });

    it('uses a configured KV version without detection', async () => {
      const store = open({ auth: { method: 'token', token: srv.rootToken }, kvVersion: 1 });
      await store.write(ref(`vault://${mount}/conf`), { a: '1' });
      expect((await store.get(ref(`vault://${mount}/conf#a`))).value).toBe('1');
    });

    it('refuses versions and check-and-set on v1 with a clear message', async () => {
      const store = rootStore();
      const err = await errorOf(store.get(ref(`vault://${mount}/team/api?version=2#key`)));
      expect(err.message).toBe(`vault: ${mount}/team/api is on KV v1, which has no versions (remove ?version=)`);
      expect((await errorOf(store.metadata(ref(`vault://${mount}/team/api`)))).kind).toBe('config');
    });
  });

  describe('AppRole', () => {
    it('logs in, reads within its policy and revokes its token on close', async () => {
      await ok(srv.api('POST', `sys/auth/approle-${run}`, { type: 'approle' }));
      await ok(srv.api('POST', `auth/approle-${run}/role/ci`, { token_policies: [`app-read-${run}`], token_ttl: '5m' }));
      const roleId = (await ok(srv.api('GET', `auth/approle-${run}/role/ci/role-id`))).data.role_id as string;
      const secretId = (await ok(srv.api('POST', `auth/approle-${run}/role/ci/secret-id`, {}))).data.secret_id as string;
      await rootStore().write(ref(`vault://secret/app-${run}/approle`), { k: 'v' });

      const store = open({ auth: { method: 'approle', roleId, secretId, mount: `approle-${run}` } });
      expect((await store.get(ref(`vault://secret/app-${run}/approle#k`))).value).toBe('v');
      const token = await store.token();
      expect((await srv.api('POST', 'auth/token/lookup', { token })).status).toBe(200);
      await store.close();
      expect((await srv.api('POST', 'auth/token/lookup', { token })).status).not.toBe(200);
    });

    it('reports a wrong secret id without echoing it', async () => {
      await ok(srv.api('POST', `auth/approle-${run}/role/other`, { token_policies: ['default'] }));
      const roleId = (await ok(srv.api('GET', `auth/approle-${run}/role/other/role-id`))).data.role_id as string;
      const secretId = fakeValue('not-the-secret-id');
      const store = open({ auth: { method: 'approle', roleId, secretId, mount: `approle-${run}` } });
      const err = await errorOf(store.get(ref(`vault://secret/app-${run}/approle#k`)));
      expect(err.message).toContain(`POST auth/approle-${run}/login`);
      expect(err.message).not.toContain(secretId);
      expect(err.message).not.toContain(roleId);
    });
  });

  describe('JWT (GitHub OIDC-shaped token signed by a key pair made here)', () => {
    const issuer = 'https://token.actions.githubusercontent.com';
    const audience = `https://github.com/stanch-test-${run}`;
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const makeJwt = (claims: Record<string, unknown>) => {
      const now = Math.floor(Date.now() / 1000);
      const header = b64({ alg: 'RS256', typ: 'JWT', kid: 'test' });
      const payload = b64({
        iss: issuer,
        aud: audience,
        sub: 'repo:org/repo:ref:refs/heads/main',
        repository: 'org/repo',
        repository_owner: 'org',
        ref: 'refs/heads/main',
        workflow: 'deploy',
        jti: randomBytes(8).toString('hex'),
        iat: now,
        nbf: now - 5,
        exp: now + 300,
        ...claims,
      });
      const sig = sign('sha256', Buffer.from(`${header}.${payload}`), privateKey).toString('base64url');
      return `${header}.${payload}.${sig}`;
    };

    beforeAll(async () => {
      await ok(srv.api('POST', `sys/auth/jwt-${run}`, { type: 'jwt' }));
      await ok(
        srv.api('POST', `auth/jwt-${run}/config`, {
          jwt_validation_pubkeys: [publicKey.export({ type: 'spki', format: 'pem' }).toString()],
          bound_issuer: issuer,
        }),
      );
      await ok(
        srv.api('POST', `auth/jwt-${run}/role/deploy`, {
          role_type: 'jwt',
          user_claim: 'sub',
          bound_audiences: [audience],
          bound_subject: 'repo:org/repo:ref:refs/heads/main',
          bound_claims: { repository: 'org/repo', ref: 'refs/heads/main' },
          token_policies: [`app-read-${run}`],
          token_ttl: '2m',
        }),
      );
      await rootStore().write(ref(`vault://secret/app-${run}/deploy`), { key: 'deploy-value' });
    });

    it('logs in with a token bound to repository and ref, and reads', async () => {
      const store = open({ auth: { method: 'jwt', jwt: makeJwt({}), role: 'deploy', mount: `jwt-${run}` } });
      expect((await store.get(ref(`vault://secret/app-${run}/deploy#key`))).value).toBe('deploy-value');
    });

    it('refuses a token from another branch and does not echo the JWT', async () => {
      const jwt = makeJwt({ sub: 'repo:org/repo:ref:refs/heads/feature', ref: 'refs/heads/feature' });
      const store = open({ auth: { method: 'jwt', jwt, role: 'deploy', mount: `jwt-${run}` } });
      const err = await errorOf(store.get(ref(`vault://secret/app-${run}/deploy#key`)));
      expect(err.message).toMatch(new RegExp(`^vault: request rejected \\(400\\) on POST auth/jwt-${run}/login`));
      expect(err.message).not.toContain(jwt.split('.')[1]);
    });

    it('needs jwt and role', () => {
      const store = open({ auth: { method: 'jwt', jwt: '', role: 'deploy' } });
      return expect(store.token()).rejects.toThrow("vault: auth.jwt is required for auth method 'jwt'");
    });
  });

  describe('policies and tokens', () => {
    it('says permission denied with the path when the policy lacks it', async () => {
      const child = (await ok(srv.api('POST', 'auth/token/create', { policies: [`app-read-${run}`], ttl: '5m' }))).auth.client_token as string;
      await rootStore().write(ref(`vault://secret/other-${run}/x`), { k: 'v' });
      await rootStore().write(ref(`vault://secret/app-${run}/readable`), { k: 'v' });
      const store = open({ auth: { method: 'token', token: child } });
      expect((await store.get(ref(`vault://secret/app-${run}/readable#k`))).value).toBe('v');
      const err = await errorOf(store.get(ref(`vault://secret/other-${run}/x#k`)));
      expect(err.kind).toBe('forbidden');
      expect(err.exitCode).toBe(EXIT.STORE);
      expect(err.message).toContain(`permission denied (403) on GET secret/data/other-${run}/x`);
      expect(err.message).not.toContain(child);
      const denied = await errorOf(store.write(ref(`vault://secret/app-${run}/readable`), { k: 'w' }));
      expect(denied.message).toContain(`POST secret/data/app-${run}/readable`);
    });

    it('renews a short-lived token during a long run', async () => {
      const short = (await ok(srv.api('POST', 'auth/token/create', { policies: [`app-read-${run}`], ttl: '3s', renewable: true })))
        .auth.client_token as string;
      await rootStore().write(ref(`vault://secret/app-${run}/long`), { k: 'v' });
      const store = open({ auth: { method: 'token', token: short } });
      expect((await store.get(ref(`vault://secret/app-${run}/long#k`))).value).toBe('v');
      await new Promise((r) => setTimeout(r, 4_500));
      expect((await store.get(ref(`vault://secret/app-${run}/long#k`))).value).toBe('v');
      // Not revoked on close: it was given to us, not created by us.
      await store.close();
      expect((await srv.api('POST', 'auth/token/lookup', { token: short })).status).toBe(200);
    });

    it('a token that is not renewed expires (the control case)', async () => {
      const short = (await ok(srv.api('POST', 'auth/token/create', { policies: [`app-read-${run}`], ttl: '2s' }))).auth.client_token as string;
      const store = open({ auth: { method: 'token', token: short }, renewToken: false });
      await store.get(ref(`vault://secret/app-${run}/long#k`));
      await new Promise((r) => setTimeout(r, 3_000));
      expect((await errorOf(store.get(ref(`vault://secret/app-${run}/long#k`)))).kind).toBe('forbidden');
    });
  });

  describe('namespaces', () => {
    it('reads and writes inside a namespace when the server has them', async (ctx) => {
      const probe = await srv.api('POST', `sys/namespaces/ns-${run}`, {});
      if (probe.status === 404 || probe.status === 405 || probe.status === 400) {
        ctx.skip(`this server has no namespaces (${probe.status} on sys/namespaces; Vault OSS lacks them, Vault Enterprise and OpenBao 2.3+ have them)`);
        return;
      }
      expect(probe.status).toBeLessThan(300);
      const nsApi = async (method: string, path: string, body?: unknown) => {
        const res = await fetch(`${srv.address}/v1/${path}`, {
          method,
          headers: { 'X-Vault-Token': srv.rootToken, 'X-Vault-Namespace': `ns-${run}`, 'Content-Type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        expect(res.status).toBeLessThan(300);
      };
      await nsApi('POST', 'sys/mounts/kv', { type: 'kv', options: { version: '2' } });
      const store = open({ auth: { method: 'token', token: srv.rootToken }, namespace: `ns-${run}` });
      await store.write(ref('vault://kv/in-ns'), { k: 'inside' });
      expect((await store.get(ref('vault://kv/in-ns#k'))).value).toBe('inside');
      // The same path outside the namespace does not exist.
      const outside = await errorOf(rootStore().get(ref('vault://kv/in-ns#k')));
      expect(outside.kind).toBe('forbidden');
      expect(outside.message).toContain("cannot find the KV mount for 'kv/in-ns'");
    });
  });
});

describe.skipIf(binaries.length === 0).each(binaries.length > 0 ? binaries : [{ name: 'none', path: '' }])(
  'VaultStore when $name is sealed or stopped',
  ({ path }) => {
    let srv: VaultTestServer;

    beforeAll(async () => {
      srv = await startVaultDev(path);
    });
    afterAll(async () => {
      await srv?.stop();
    });

    it('says sealed, then unreachable, without the token', async () => {
      const store = new VaultStore({ address: srv.address, auth: { method: 'token', token: srv.rootToken }, retries: 1, retryBaseDelayMs: 10 });
      await store.write(ref('vault://secret/before-seal'), { k: 'v' });
      expect((await srv.api('PUT', 'sys/seal')).status).toBe(204);

      const sealed = await errorOf(store.get(ref('vault://secret/before-seal#k')));
      expect(sealed.kind).toBe('sealed');
      expect(sealed.message).toBe(`vault: server ${srv.address} is sealed (503) on GET secret/data/before-seal; unseal it and retry`);
      expect(sealed.message).not.toContain(srv.rootToken);

      await srv.stop();
      const down = await errorOf(store.get(ref('vault://secret/before-seal#k')));
      expect(down.kind).toBe('unreachable');
      expect(down.message).toBe(
        `vault: cannot reach ${srv.address} (ECONNREFUSED) on GET secret/data/before-seal; check the address and that the server is running`,
      );
      await store.close();
    });

    it('talks TLS to a -dev-tls server: CA given, CA missing, skip-verify opt-in', async () => {
      const tls = await startVaultDev(path, { tls: true });
      try {
        expect(tls.address.startsWith('https://')).toBe(true);
        const auth = { method: 'token' as const, token: tls.rootToken };
        const trusted = new VaultStore({ address: tls.address, auth, caCert: tls.caCertPath });
        await trusted.write(ref('vault://secret/over-tls'), { k: 'v' });
        expect((await trusted.get(ref('vault://secret/over-tls#k'))).value).toBe('v');
        await trusted.close();

        const untrusted = new VaultStore({ address: tls.address, auth, retries: 0 });
        const err = await errorOf(untrusted.get(ref('vault://secret/over-tls#k')));
        expect(err.kind).toBe('tls');
        expect(err.message).toContain(`TLS handshake with ${tls.address} failed`);
        await untrusted.close();

        const skipping = new VaultStore({ address: tls.address, auth, tlsSkipVerify: true });
        expect((await skipping.get(ref('vault://secret/over-tls#k'))).value).toBe('v');
        await skipping.close();
      } finally {
        await tls.stop();
      }
    });
  },
);
