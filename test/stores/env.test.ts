import { describe, expect, it } from 'vitest';
import { EnvStore, envNameFor } from '../../src/stores/env.js';
import { parseStoreUri } from '../../src/stores/uri.js';
import type { StoreError } from '../../src/stores/errors.js';

const secret = () => `v-${Math.random().toString(36).slice(2)}`;

describe('env store', () => {
  it('maps names with the prefix convention: upper case, / - . become _', () => {
    expect(envNameFor({ path: 'db-password' }, 'STANCH_')).toBe('STANCH_DB_PASSWORD');
    expect(envNameFor({ path: 'secret/app/db', key: 'password' }, 'STANCH_')).toBe('STANCH_SECRET_APP_DB_PASSWORD');
    expect(envNameFor({ path: 'deploy/s.enc.yaml', key: 'db.password' })).toBe('DEPLOY_S_ENC_YAML_DB_PASSWORD');
  });

  it('reads from the map it was given, for any scheme', async () => {
    const v = secret();
    const store = new EnvStore({ env: { APP_TOKEN: v, STANCH_SECRET_APP_DB_PASSWORD: v }, prefix: '' });
    expect((await store.get(parseStoreUri('env://APP_TOKEN'))).value).toBe(v);
    const prefixed = new EnvStore({ env: { STANCH_SECRET_APP_DB_PASSWORD: v }, prefix: 'STANCH_' });
    expect((await prefixed.get(parseStoreUri('vault://secret/app/db#password'))).value).toBe(v);
  });

  it('reports a missing variable as not-found, naming the variable only', async () => {
    const store = new EnvStore({ env: {} });
    const err = (await store.get(parseStoreUri('env://MISSING')).catch((e: unknown) => e)) as StoreError;
    expect(err.code).toBe('not-found');
    expect(err.message).toContain('MISSING');
  });

  it('lists and reads groups by prefix', async () => {
    const env = { APP_A: '1', APP_B: '2', OTHER: '3' };
    const store = new EnvStore({ env });
    expect(await store.list(parseStoreUri('env://app'))).toEqual(['APP_A', 'APP_B']);
    expect((await store.getAll(parseStoreUri('env://app'))).data).toEqual({ A: '1', B: '2' });
  });

  it('is read-only unless asked', async () => {
    const env: Record<string, string> = {};
    await expect(new EnvStore({ env }).set(parseStoreUri('env://X'), 'y')).rejects.toThrow(/read-only/);
    const w = new EnvStore({ env, writable: true });
    await w.set(parseStoreUri('env://x-y'), 'z');
    expect(env.X_Y).toBe('z');
    await w.delete(parseStoreUri('env://x-y'));
    expect(env.X_Y).toBeUndefined();
  });
});
