import type { SecretRef, SecretStore, SecretValue, WriteOptions } from './types.js';
export interface CacheOptions {
    /** Time to live in milliseconds (e.g. 30_000). 0 disables caching. */
    ttlMs: number;
    /** Upper bound on entries; the oldest go first. Default 1000. */
    maxEntries?: number;
    /** Clock in ms (tests). */
    now?: () => number;
}
export declare class CachedStore implements SecretStore {
    private readonly inner;
    private readonly opts;
    readonly scheme: string;
    readonly readOnly: boolean;
    private readonly entries;
    private readonly now;
    constructor(inner: SecretStore, opts: CacheOptions);
    get(ref: SecretRef): Promise<SecretValue>;
    getAll(ref: SecretRef): Promise<{
        data: Record<string, string>;
        version?: number;
    }>;
    set(ref: SecretRef, value: string, opts?: WriteOptions): Promise<{
        version?: number;
    }>;
    list(prefix: SecretRef): Promise<string[]>;
    delete(ref: SecretRef): Promise<void>;
    /** Forget every entry of the ref's path (all keys and versions). */
    invalidate(ref: SecretRef): void;
    clear(): void;
    get size(): number;
    close(): Promise<void>;
}
