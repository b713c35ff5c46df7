import type { SecretRef, SecretStore, SecretValue, WriteOptions } from '../types.js';
import { type VaultAuth } from './auth.js';
import { type VaultConnectionOptions, VaultHttpClient } from './http.js';
import { type KvMetadata, type KvSecret } from './kv.js';
import { type KvLocation } from './uri.js';
export interface VaultStoreOptions extends VaultConnectionOptions {
    auth: VaultAuth;
    /** Skip detection and treat every mount as this KV version. */
    kvVersion?: 1 | 2;
    /** With kvVersion: the mount path (default: the first segment of each secret path). */
    kvMount?: string;
    /** Renew the token before it expires during long runs. Default true. */
    renewToken?: boolean;
    /** Revoke the token on close(). Default: true for tokens we logged in for, false for a given token. */
    revokeOnClose?: boolean;
    readOnly?: boolean;
}
/**
 * Vault / OpenBao KV v1 and v2 behind the generic SecretStore interface, plus the KV v2
 * operations rotation needs (versions, check-and-set, metadata, soft delete / undelete / destroy).
 * Logs in lazily on first use; close() stops renewal and revokes a token it logged in for.
 */
export declare class VaultStore implements SecretStore {
    readonly scheme = "vault";
    readonly readOnly: boolean;
    readonly client: VaultHttpClient;
    private readonly opts;
    private tokenPromise?;
    private renewTimer?;
    private readonly mounts;
    private closed;
    constructor(opts: VaultStoreOptions);
    /** Parses a `vault://` URI (exposed so callers need not import the parser). */
    static ref(uri: string): SecretRef;
    get(ref: SecretRef): Promise<SecretValue>;
    getAll(ref: SecretRef): Promise<{
        data: Record<string, string>;
        version?: number;
    }>;
    /**
     * Sets one key, keeping the others. On KV v2 the write is check-and-set against the version
     * just read (or opts.cas), so a concurrent writer is detected instead of overwritten.
     */
    set(ref: SecretRef, value: string, opts?: WriteOptions): Promise<{
        version?: number;
    }>;
    list(prefix: SecretRef): Promise<string[]>;
    /** With a key: removes that key (a new version on KV v2). Without: soft-deletes the latest version (KV v1: deletes). */
    delete(ref: SecretRef): Promise<void>;
    close(): Promise<void>;
    /** All keys of a given version (raw values), with the version number. */
    readVersion(ref: SecretRef, version?: number): Promise<KvSecret>;
    /** Writes all keys at once; `cas` as in KV v2 (0 = create only). */
    write(ref: SecretRef, data: Record<string, unknown>, opts?: WriteOptions): Promise<{
        version?: number;
    }>;
    metadata(ref: SecretRef): Promise<KvMetadata>;
    /** Soft-deletes versions (default: the latest). */
    softDelete(ref: SecretRef, versions?: number[]): Promise<void>;
    undelete(ref: SecretRef, versions: number[]): Promise<void>;
    /** Permanently destroys the data of the given versions (metadata stays). */
    destroy(ref: SecretRef, versions: number[]): Promise<void>;
    /** Deletes every version and the metadata (cannot be undone). */
    deleteAllVersions(ref: SecretRef): Promise<void>;
    /**
     * Rollback: writes the data of an earlier version as a new version, check-and-set against
     * the current version (or opts.cas), so it fails rather than overwrite a concurrent change.
     */
    restoreVersion(ref: SecretRef, version: number, opts?: WriteOptions): Promise<{
        version?: number;
    }>;
    /** The mount, path inside it and KV version for a ref (detected once per mount). */
    locate(ref: SecretRef): Promise<KvLocation>;
    /** The token in hand, logging in on first use and starting renewal. */
    token(): Promise<string>;
    private authenticate;
    private scheduleRenewal;
    private read;
    private keyOf;
    private metadataOrUndefined;
    private assertWritable;
}
