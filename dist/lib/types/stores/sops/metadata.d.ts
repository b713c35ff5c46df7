import type { CryptRules } from './tree.js';
export declare const SOPS_VERSION_WRITTEN = "3.13.3";
export interface AgeKey {
    recipient: string;
    /** Armored age file holding the 32-byte data key. */
    enc: string;
}
export interface SopsMetadata extends CryptRules {
    age: AgeKey[];
    /** RFC 3339 UTC, the MAC's additional data. Kept as the exact text found in the file. */
    lastmodified: string;
    mac: string;
    version: string;
    /** Key types stanch does not use (kms, pgp, gcp_kms, azure_kv, hc_vault, key_groups, shamir_threshold…), kept verbatim. */
    other: Record<string, unknown>;
}
export declare function parseMetadata(raw: unknown, file: string): SopsMetadata;
/** The rules used for walking; with none set, sops uses unencrypted_suffix `_unencrypted`. */
export declare function effectiveRules(md: CryptRules): CryptRules;
/** Validates rules given by a caller creating a file (same constraint sops enforces). */
export declare function checkRules(rules: CryptRules, where: string): void;
/** Plain object in sops' key order (sorted), ready for YAML/JSON/dotenv writers. */
export declare function metadataToObject(md: SopsMetadata): Record<string, unknown>;
/** sops' time.RFC3339 in UTC without fractions: 2006-01-02T15:04:05Z. */
export declare function formatLastModified(d: Date): string;
/** dotenv/ini flattening (stores/flatten.go): `age__list_0__map_enc`. */
export declare function flattenMetadata(obj: Record<string, unknown>): Array<[string, unknown]>;
export declare function unflattenMetadata(entries: Array<[string, string]>): Record<string, unknown>;
