import { StanchError } from '../../model/errors.js';
/** What went wrong, so callers (rotation, inject) can branch without parsing messages. */
export type VaultFailure = 'unreachable' | 'timeout' | 'tls' | 'sealed' | 'forbidden' | 'not-found' | 'deleted' | 'cas-mismatch' | 'bad-request' | 'server' | 'invalid-response' | 'config';
/**
 * A Vault failure for the user: one line, says what failed and where (address, method, path),
 * never a token or a secret value. Exit code is always EXIT.STORE.
 */
export declare class VaultError extends StanchError {
    readonly kind: VaultFailure;
    readonly status?: number | undefined;
    constructor(message: string, kind: VaultFailure, status?: number | undefined);
}
/**
 * Makes a server-provided message safe to show: one line, bounded, with the caller's own
 * secrets (token, secret id, jwt) and anything token-shaped removed.
 */
export declare function sanitizeServerMessage(message: string, secrets?: readonly string[]): string;
/** The address without credentials, query or trailing slash, for messages. */
export declare function displayAddress(address: string): string;
export interface HttpFailureContext {
    address: string;
    method: string;
    /** API path without the /v1/ prefix, e.g. `secret/data/app/db`. */
    path: string;
    status: number;
    /** Messages from the server's `errors` array (already sanitized). */
    serverErrors: string[];
}
/** Maps an HTTP error status from Vault to a VaultError whose message says what to do next. */
export declare function errorFromStatus(ctx: HttpFailureContext): VaultError;
/** Maps a network-level failure (no HTTP status) to a VaultError. */
export declare function errorFromNetwork(address: string, method: string, path: string, code: string | undefined): VaultError;
