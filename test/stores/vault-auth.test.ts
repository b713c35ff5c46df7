import { describe, expect, it } from 'vitest';
import { EXIT, StanchError } from '../../src/model/errors.js';
import { type VaultAuth, login } from '../../src/stores/vault/auth.js';
import { VaultHttpClient } from '../../src/stores/vault/http.js';
import { VaultStore } from '../../src/stores/vault/store.js';
import { parseVaultUri } from '../../src/stores/vault/uri.js';

// Port 9 (discard) on loopback: nothing listens, and these cases must fail before any request.
const client = new VaultHttpClient({ address: 'http://127.0.0.1:9', retries: 0 });

async function usageError(p: Promise<unknown>): Promise<string> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(StanchError);
  expect((err as StanchError).exitCode).toBe(EXIT.USAGE);
  return (err as Error).message;
}

describe('login (one switch from auth options to a token)', () => {
  it('uses a given token as is, without a request', async () => {
    const token = ['hvs', 'G' + 'x7'.repeat(12)].join('.');
    expect(await login(client, { method: 'token', token })).toEqual({ token, ttlSeconds: 0, renewable: false, fromLogin: false });
  });

  it('names the missing field per method', async () => {
    expect(await usageError(login(client, { method: 'token', token: ' ' }))).toBe("vault: auth.token is required for auth method 'token'");
    expect(await usageError(login(client, { method: 'approle', roleId: '' }))).toBe("vault: auth.roleId is required for auth method 'approle'");
    expect(await usageError(login(client, { method: 'jwt', jwt: 'a.b.c', role: '' }))).toBe("vault: auth.role is required for auth method 'jwt'");
  });

  it('refuses an unknown method and a bad mount', async () => {
    expect(await usageError(login(client, { method: 'ldap' } as unknown as VaultAuth))).toBe(
      "vault: auth.method must be one of token, approle, jwt (got 'ldap')",
    );
    expect(await usageError(login(client, { method: 'approle', roleId: 'r', mount: '../sys' }))).toContain("auth.mount '../sys'");
  });
});

describe('VaultStore options', () => {
  it('refuses writes when read-only, before any request', async () => {
    const store = new VaultStore({ address: 'http://127.0.0.1:9', auth: { method: 'token', token: 't' }, readOnly: true });
    expect(await usageError(store.set(parseVaultUri('vault://secret/a#k'), 'v'))).toBe(
      'vault: store is read-only; refusing to change vault://secret/a#k',
    );
    await store.close();
  });

  it('refuses a bad kvVersion and a ref of another scheme', async () => {
    expect(() => new VaultStore({ address: 'http://127.0.0.1:9', auth: { method: 'token', token: 't' }, kvVersion: 3 as 2 })).toThrow(
      'vault: kvVersion must be 1 or 2',
    );
    const store = new VaultStore({ address: 'http://127.0.0.1:9', auth: { method: 'token', token: 't' }, kvVersion: 2 });
    const sopsRef = { scheme: 'sops', path: 'x.yaml', uri: 'sops://x.yaml#a' };
    expect(await usageError(store.get(sopsRef))).toBe('vault: sops://x.yaml#a is not a vault:// reference');
    await store.close();
  });

  it('maps paths with a configured mount without asking the server', async () => {
    const store = new VaultStore({ address: 'http://127.0.0.1:9', auth: { method: 'token', token: 't' }, kvVersion: 2, kvMount: 'team/kv' });
    expect(await store.locate(parseVaultUri('vault://team/kv/app/db#k'))).toEqual({ mount: 'team/kv', relPath: 'app/db', kvVersion: 2 });
    expect(await usageError(store.locate(parseVaultUri('vault://other/app#k')))).toBe("vault: vault://other/app#k is not under mount 'team/kv'");
    await store.close();
  });
});
