/**
 * The managed set for leak matching: the URIs listed in `[rotation] managed`, plus what the
 * policies' globs name in the stores (Vault: folders listed from the glob's literal prefix;
 * SOPS: key paths inside a literally named file). Listing reads names only, except a Vault glob
 * without `#key`, which reads each secret to learn its keys.
 */
import type { SecretStore } from '../stores/types.js';
import type { RotationConfig } from './config.js';
export interface ManagedSet {
    uris: string[];
    /** Globs that could not be listed, with why (value-free). */
    problems: {
        uri: string;
        message: string;
    }[];
}
export declare function managedUris(config: RotationConfig, openStore: (scheme: string) => Promise<SecretStore>): Promise<ManagedSet>;
