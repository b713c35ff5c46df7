import { describe, expect, it } from 'vitest';
import { ChainStore } from '../../src/stores/chain.js';
import { EnvStore } from '../../src/stores/env.js';
import { StoreError } from '../../src/stores/errors.js';
import { createStoreRegistry } from '../../src/stores/registry.js';
import { parseStoreUri } from '../../src/stores/uri.js';
import { MemoryStore } from './memory-store.js';

const ref = parseStoreUri('vault://secret/app/db#password');

describe('fallback chain', () => {
  it('uses the first store that has the secret (Vault, then env)', async () => {
    const vault = new MemoryStore('vault');
    const env = new EnvStore({ env: { DEV_SECRET_APP_DB_PASSWORD: 'from-env' }, prefix: 'DEV_' });
    const skipped: string[] = [];
    const chain = new ChainStore([vault, env], { onFallback: (i) => skipped.push(i.scheme) });
    const got = await chain.get(ref);
    expect(got.value).toBe('from-env');
    expect(got.metadata?.store).toBe('env');
    expect(skipped).toEqual(['vault']);
    vault.data.set('secret/app/db#password', 'from-vault');
    expect((await chain.get(ref)).value).toBe('from-vault');
  });

  it('falls back when the first store is unreachable', async () => {
    const vault = new MemoryStore('vault');
    vault.failWith = new StoreError('vault: connection refused', 'unavailable');
    const env = new EnvStore({ env: { SECRET_APP_DB_PASSWORD: 'dev' } });
    expect((await new ChainStore([vault, env]).get(ref)).value).toBe('dev');
  });

  it('treats a VaultError-like kind the same way', async () => {
    const vault = new MemoryStore('vault');
    vault.failWith = Object.assign(new Error('vault: unreachable'), { kind: 'unreachable' });
    const env = new EnvStore({ env: { SECRET_APP_DB_PASSWORD: 'dev' } });
    expect((await new ChainStore([vault, env]).get(ref)).value).toBe('dev');
  });

  it('stops on an integrity failure: tampering is never hidden by a fallback', async () => {
    const sops = new MemoryStore('sops');
    sops.failWith = new StoreError('x.enc.yaml: MAC mismatch', 'integrity');
    const env = new EnvStore({ env: { SECRET_APP_DB_PASSWORD: 'dev' } });
    await expect(new ChainStore([sops, env]).get(ref)).rejects.toThrow(/MAC mismatch/);
  });

  it('says not-found when no store has it', async () => {
    const err = (await new ChainStore([new MemoryStore('vault'), new EnvStore({ env: {} })]).get(ref).catch((e: unknown) => e)) as StoreError;
    expect(err.code).toBe('not-found');
  });

  it('writes only to the first writable store', async () => {
    const vault = new MemoryStore('vault');
    const chain = new ChainStore([vault, new EnvStore({ env: {} })]);
    await chain.set(ref, 'x');
    expect(vault.data.get('secret/app/db#password')).toBe('x');
    await expect(new ChainStore([new EnvStore({ env: {} })]).set(ref, 'x')).rejects.toThrow(/read-only/);
  });

  it('is built by the registry from plain options', async () => {
    const stores = createStoreRegistry({
      env: { env: { SECRET_APP_DB_PASSWORD: 'dev' } },
      vault: { address: 'http://127.0.0.1:9', auth: { method: 'token', token: 'unused' } },
      fallback: { vault: ['env'] },
      cacheTtlMs: 1000,
      chain: { unknownErrors: 'fallback' },
    });
    expect((await stores.get('vault://secret/app/db#password')).value).toBe('dev');
    await stores.close();
    await expect(createStoreRegistry({}).get('ftp://x')).rejects.toThrow(/unknown store scheme/);
  });
});
