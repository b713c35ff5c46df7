import type { SecretRef } from '../types.js';
/** Encodes each segment of a slash-separated path; keeps the slashes. */
export declare function encodePath(path: string): string;
/**
 * Parses `vault://<mount>/<path>[?version=N][#key]` into a SecretRef.
 * The fragment may also carry the query (`#key?version=3`), since people write it both ways.
 * `path` is the full Vault path including the mount (`secret/app/db`); which part is the mount
 * is decided later (detected from the server or configured).
 */
export declare function parseVaultUri(uri: string): SecretRef;
/** A secret path split into its KV mount and the path inside the mount. */
export interface KvLocation {
    mount: string;
    /** Path inside the mount, no leading slash; '' for the mount root (list only). */
    relPath: string;
    kvVersion: 1 | 2;
}
/** Splits `secret/app/db` at a known mount (`secret` or `secret/`). */
export declare function splitAtMount(fullPath: string, mount: string): string | undefined;
/** The API paths (after /v1/) for each KV operation. KV v1 uses one path for everything. */
export declare function kvApiPaths(loc: KvLocation): {
    data: string;
    metadata: string;
    delete: string;
    undelete: string;
    destroy: string;
};
/** Reads the answer of `sys/internal/ui/mounts/<path>` into a mount + KV version. */
export declare function parseMountInfo(data: unknown, fullPath: string): {
    mount: string;
    kvVersion: 1 | 2;
};
