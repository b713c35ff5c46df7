import type { SecretRef } from './types.js';
export declare function parseStoreUri(uri: string): SecretRef;
/** The canonical URI for a ref (used in audit records and cache keys). Never contains a value. */
export declare function formatStoreUri(ref: Omit<SecretRef, 'uri'> & {
    uri?: string;
}): string;
/** A ref with `uri` filled in canonically; handy when code builds refs from parts. */
export declare function makeRef(parts: Omit<SecretRef, 'uri'>): SecretRef;
