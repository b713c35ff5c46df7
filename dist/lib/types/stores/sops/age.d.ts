import type { AgeKey } from './metadata.js';
/**
 * Identities from strings that may each be a bare key or a whole key file (comments, several keys).
 * That is the shape of SOPS_AGE_KEY and of SOPS_AGE_KEY_FILE's content; the entry point reads those.
 */
export declare function parseAgeIdentities(texts: readonly string[]): string[];
export declare function wrapDataKey(dataKey: Buffer, recipients: readonly string[]): Promise<AgeKey[]>;
/** Tries every identity against every age stanza; the error names recipients, never key material. */
export declare function unwrapDataKey(keys: readonly AgeKey[], identities: readonly string[], file: string): Promise<Buffer>;
