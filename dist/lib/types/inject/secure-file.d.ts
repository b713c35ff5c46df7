export type SecretFileMode = 0o600 | 0o400;
export interface SecretFileResult {
    path: string;
    /** Set when the directory is reachable by others (the file is still private). */
    warning?: string;
}
/** Creates `dir` (and parents) with 0700 when missing; returns a warning when an existing one is open to others. */
export declare function ensurePrivateDir(dir: string): Promise<string | undefined>;
export declare function writeSecretFile(path: string, content: string | Uint8Array, mode?: SecretFileMode): Promise<SecretFileResult>;
/** Overwrites a file with zeros, flushes, unlinks. A missing file is not an error (returns false). */
export declare function shredFile(path: string): Promise<boolean>;
/** Removes a directory if it is empty (after the files in it were shredded); keeps it otherwise. */
export declare function removeDirIfEmpty(dir: string): Promise<boolean>;
