import type { SecretRef, SecretStore, SecretValue } from './types.js';
export interface EnvStoreOptions {
    /** The environment to read (and, when writable, to write). */
    env: Record<string, string | undefined>;
    /** Prepended to every name, e.g. `STANCH_`. Default none. */
    prefix?: string;
    /** Allow set/delete on the map (for tests and in-process injection). Default false. */
    writable?: boolean;
}
export declare function envNameFor(ref: Pick<SecretRef, 'path' | 'key'>, prefix?: string): string;
export declare class EnvStore implements SecretStore {
    private readonly opts;
    readonly scheme = "env";
    readonly readOnly: boolean;
    constructor(opts: EnvStoreOptions);
    get(ref: SecretRef): Promise<SecretValue>;
    getAll(ref: SecretRef): Promise<{
        data: Record<string, string>;
    }>;
    list(prefix: SecretRef): Promise<string[]>;
    set(ref: SecretRef, value: string): Promise<{
        version?: number;
    }>;
    delete(ref: SecretRef): Promise<void>;
    private assertWritable;
}
