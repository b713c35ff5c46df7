/**
 * Builds stores from plain options: one per URI scheme, optionally behind a cache, optionally as a
 * fallback chain. The entry point turns flags/inputs/environment into `StoreOptions`; nothing here reads
 * the process environment.
 *
 *   const stores = createStoreRegistry({ sops: {...}, env: { env: process.env, prefix: 'STANCH_' },
 *                                        cacheTtlMs: 30_000, fallback: { vault: ['env'] } });
 *   const { value } = await stores.get('vault://secret/app/db#password');
 */
import { CachedStore } from './cache.js';
import { ChainStore, type ChainOptions } from './chain.js';
import { EnvStore, type EnvStoreOptions } from './env.js';
import { StoreError } from './errors.js';
import { SopsStore, type SopsStoreOptions } from './sops/store.js';
import type { SecretRef, SecretStore, SecretValue } from './types.js';
import { parseStoreUri } from './uri.js';

export interface StoreOptions {
  sops?: SopsStoreOptions;
  env?: EnvStoreOptions;
  /** Passed as is to `createVaultStore` from src/stores/vault/index.ts. */
  vault?: unknown;
  /** Cache reads this long (ms). 0 or absent: no cache. */
  cacheTtlMs?: number;
  /** Fallbacks per scheme for development, e.g. `{ vault: ['env'] }`: Vault first, then env. */
  fallback?: Record<string, string[]>;
  chain?: ChainOptions;
}

type VaultModule = {
  createVaultStore?: (opts: unknown) => SecretStore | Promise<SecretStore>;
  VaultStore?: new (opts: never) => SecretStore;
};

async function loadVault(opts: unknown): Promise<SecretStore> {
  let mod: VaultModule;
  try {
    // Loaded lazily: runs that never touch Vault do not load its client.
    mod = (await import('./vault/index.js')) as unknown as VaultModule;
  } catch {
    throw new StoreError('the vault store is not available in this build (src/stores/vault/index.ts missing)', 'unavailable');
  }
  if (typeof mod.createVaultStore === 'function') return mod.createVaultStore(opts);
  // TODO(vault): the agreed entry is createVaultStore(opts); until src/stores/vault/index.ts exports it,
  // construct the class it does export.
  if (typeof mod.VaultStore === 'function') return new mod.VaultStore(opts as never);
  throw new StoreError('the vault store module exports neither createVaultStore nor VaultStore', 'unavailable');
}

/** One store for a scheme, without cache or chain. */
export async function createStore(scheme: string, opts: StoreOptions): Promise<SecretStore> {
  switch (scheme) {
    case 'sops':
      if (!opts.sops) throw new StoreError('sops:// needs sops options (age identities, base directory)', 'invalid');
      return new SopsStore(opts.sops);
    case 'env':
      if (!opts.env) throw new StoreError('env:// needs env options', 'invalid');
      return new EnvStore(opts.env);
    case 'vault':
      if (opts.vault === undefined) throw new StoreError('vault:// needs vault options (address, auth)', 'invalid');
      return loadVault(opts.vault);
    default:
      throw new StoreError(`unknown store scheme "${scheme}" (known: vault, sops, env)`, 'invalid');
  }
}

/** Stores by scheme, created on first use, with cache and fallback applied; close() releases them all. */
export class StoreRegistry {
  private readonly built = new Map<string, Promise<SecretStore>>();
  constructor(private readonly opts: StoreOptions) {}

  /** The store that serves URIs of this scheme (with its fallback chain and cache). */
  forScheme(scheme: string): Promise<SecretStore> {
    let p = this.built.get(scheme);
    if (!p) {
      p = this.build(scheme);
      this.built.set(scheme, p);
      p.catch(() => this.built.delete(scheme));
    }
    return p;
  }

  async get(uri: string | SecretRef): Promise<SecretValue> {
    const ref = typeof uri === 'string' ? parseStoreUri(uri) : uri;
    return (await this.forScheme(ref.scheme)).get(ref);
  }

  async close(): Promise<void> {
    for (const p of this.built.values()) {
      const s = await p.catch(() => undefined);
      await s?.close?.();
    }
    this.built.clear();
  }

  private async build(scheme: string): Promise<SecretStore> {
    const chainSchemes = [scheme, ...(this.opts.fallback?.[scheme] ?? [])];
    const members = await Promise.all(chainSchemes.map((s) => createStore(s, this.opts)));
    let store: SecretStore = members.length === 1 ? members[0] : new ChainStore(members, this.opts.chain);
    if (this.opts.cacheTtlMs && this.opts.cacheTtlMs > 0) store = new CachedStore(store, { ttlMs: this.opts.cacheTtlMs });
    return store;
  }
}

export function createStoreRegistry(opts: StoreOptions): StoreRegistry {
  return new StoreRegistry(opts);
}
