import type { VaultHttpClient } from './http.js';
import { type KvLocation } from './uri.js';
/** One read of a KV secret: all its keys (values as Vault stores them) and version facts. */
export interface KvSecret {
    data: Record<string, unknown>;
    /** KV v2 only. */
    version?: number;
    /** KV v2 version metadata (created_time, custom_metadata ...). Never values. */
    metadata?: Record<string, unknown>;
}
/** KV v2 `metadata/<path>`: the secret's version history. */
export interface KvMetadata {
    currentVersion: number;
    oldestVersion: number;
    maxVersions: number;
    casRequired: boolean;
    createdTime?: string;
    updatedTime?: string;
    customMetadata: Record<string, string>;
    versions: Record<number, {
        createdTime?: string;
        deletionTime?: string;
        destroyed: boolean;
    }>;
}
/** Where a location points, for messages: `secret/app/db` (no /data/ infix). */
export declare function describe(loc: KvLocation): string;
/** Reads a secret (latest, or a given KV v2 version). A deleted/destroyed version is an error that says so. */
export declare function kvRead(client: VaultHttpClient, token: string, loc: KvLocation, version?: number): Promise<KvSecret>;
/**
 * Writes all keys of a secret. On KV v2, `cas` makes it check-and-set: 0 = only if absent,
 * N = only if the current version is N. Returns the new version (KV v2).
 */
export declare function kvWrite(client: VaultHttpClient, token: string, loc: KvLocation, data: Record<string, unknown>, cas?: number): Promise<{
    version?: number;
}>;
/** Lists names under a folder; folders end in '/'. An empty or missing folder gives []. */
export declare function kvList(client: VaultHttpClient, token: string, loc: KvLocation): Promise<string[]>;
/** KV v1: deletes the secret. KV v2: soft-deletes the latest version (undelete can bring it back). */
export declare function kvDeleteLatest(client: VaultHttpClient, token: string, loc: KvLocation): Promise<void>;
export declare function kvMetadata(client: VaultHttpClient, token: string, loc: KvLocation): Promise<KvMetadata>;
/** Pure: the KV v2 metadata answer into typed fields. */
export declare function parseKvMetadata(d: Record<string, unknown>): KvMetadata;
export type VersionOperation = 'delete' | 'undelete' | 'destroy';
/** Soft delete / undelete / destroy (permanent) of given KV v2 versions. */
export declare function kvVersions(client: VaultHttpClient, token: string, loc: KvLocation, operation: VersionOperation, versions: number[]): Promise<void>;
/** Removes every version and the metadata of a KV v2 secret (cannot be undone). */
export declare function kvDeleteMetadata(client: VaultHttpClient, token: string, loc: KvLocation): Promise<void>;
