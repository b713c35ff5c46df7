import type { SecretRef, SecretStore, SecretValue } from '../types.js';
import { type SopsLeaf } from './cipher.js';
import type { SopsFormat } from './formats/types.js';
import type { CryptRules } from './tree.js';
export interface SopsStoreOptions {
    /** age identities (bare keys or key-file contents). The entry point reads SOPS_AGE_KEY / SOPS_AGE_KEY_FILE. */
    ageIdentities: readonly string[];
    /** Recipients for files that do not exist yet. Existing files keep their own recipients. */
    ageRecipients?: readonly string[];
    /** Encryption rules for new files (default: unencrypted_suffix `_unencrypted`, like sops). */
    rules?: CryptRules;
    /** Relative paths in URIs resolve against this directory (the entry point passes the working directory). */
    baseDir: string;
    /** Force a format instead of choosing by extension. */
    format?: SopsFormat;
    now?: () => Date;
}
export declare class SopsStore implements SecretStore {
    private readonly opts;
    readonly scheme = "sops";
    readonly readOnly = false;
    constructor(opts: SopsStoreOptions);
    get(ref: SecretRef): Promise<SecretValue>;
    getAll(ref: SecretRef): Promise<{
        data: Record<string, string>;
    }>;
    list(prefix: SecretRef): Promise<string[]>;
    set(ref: SecretRef, value: string): Promise<{
        version?: number;
    }>;
    delete(ref: SecretRef): Promise<void>;
    private locate;
    private load;
}
export declare function leafToString(v: SopsLeaf | null): string;
