/**
 * The one interface every secret store implements (vault, sops, env).
 * Stores take plain option objects; only entry points read the environment.
 * No method ever puts a secret value into an error message.
 */
/** A parsed store URI: `vault://secret/app/db#password`, `sops://deploy/secrets.enc.yaml#db.password`, `env://NAME`. */
export interface SecretRef {
    scheme: string;
    /** Store-specific path (vault: mount + path; sops: file path; env: variable name). */
    path: string;
    /** Field inside the secret (vault KV key, sops dotted key path). */
    key?: string;
    /** Optional version pin (`?version=3`). */
    version?: number;
    /** The URI as written (no value in it, safe to log). */
    uri: string;
}
export interface SecretValue {
    value: string;
    version?: number;
    /** Store metadata safe to show (timestamps, custom metadata). Never the value. */
    metadata?: Record<string, unknown>;
}
export interface WriteOptions {
    /** Check-and-set: the version the writer believes is current (vault KV v2 `cas`). */
    cas?: number;
}
export interface SecretStore {
    readonly scheme: string;
    readonly readOnly: boolean;
    get(ref: SecretRef): Promise<SecretValue>;
    /** Whole secret at a path (all keys), for export and rotation. */
    getAll?(ref: SecretRef): Promise<{
        data: Record<string, string>;
        version?: number;
    }>;
    set(ref: SecretRef, value: string, opts?: WriteOptions): Promise<{
        version?: number;
    }>;
    list(prefix: SecretRef): Promise<string[]>;
    delete(ref: SecretRef): Promise<void>;
    /** Release resources (revoke tokens, stop renewal timers). */
    close?(): Promise<void>;
}
