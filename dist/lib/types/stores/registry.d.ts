import { type ChainOptions } from './chain.js';
import { type EnvStoreOptions } from './env.js';
import { type SopsStoreOptions } from './sops/store.js';
import type { SecretRef, SecretStore, SecretValue } from './types.js';
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
/** One store for a scheme, without cache or chain. */
export declare function createStore(scheme: string, opts: StoreOptions): Promise<SecretStore>;
/** Stores by scheme, created on first use, with cache and fallback applied; close() releases them all. */
export declare class StoreRegistry {
    private readonly opts;
    private readonly built;
    constructor(opts: StoreOptions);
    /** The store that serves URIs of this scheme (with its fallback chain and cache). */
    forScheme(scheme: string): Promise<SecretStore>;
    get(uri: string | SecretRef): Promise<SecretValue>;
    close(): Promise<void>;
    private build;
}
export declare function createStoreRegistry(opts: StoreOptions): StoreRegistry;
