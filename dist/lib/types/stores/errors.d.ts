/**
 * Store errors carry a `code` so that a fallback chain can tell "not there" (try the next store)
 * from "tampered" (stop). Messages never contain a secret value.
 */
import { StanchError } from '../model/errors.js';
export type StoreErrorCode = 
/** The path or key does not exist. A chain falls back. */
'not-found'
/** The store could not be reached or refused to work (network, missing key material). A chain falls back. */
 | 'unavailable'
/** The data failed an integrity check (sops MAC, GCM tag). Never falls back: someone changed the file. */
 | 'integrity'
/** The request itself is wrong (bad URI, bad key path, write to a read-only store). */
 | 'invalid';
export declare class StoreError extends StanchError {
    readonly code: StoreErrorCode;
    constructor(message: string, code: StoreErrorCode, exitCode?: number);
}
export declare function isStoreError(err: unknown, ...codes: StoreErrorCode[]): err is StoreError;
