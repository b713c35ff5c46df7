import type { SecretRef, SecretStore, SecretValue, WriteOptions } from './types.js';
export interface ChainOptions {
    /**
     * Errors that are not StoreErrors (from stores that do not classify their errors): fall through
     * ('fallback') or stop ('stop'). Default 'stop'.
     */
    unknownErrors?: 'fallback' | 'stop';
    /** Called when a store is skipped, for logging which store answered. No values are passed. */
    onFallback?: (info: {
        scheme: string;
        uri: string;
        reason: string;
    }) => void;
}
export declare class ChainStore implements SecretStore {
    private readonly stores;
    private readonly opts;
    readonly scheme: string;
    readonly readOnly: boolean;
    constructor(stores: readonly SecretStore[], opts?: ChainOptions);
    get(ref: SecretRef): Promise<SecretValue>;
    getAll(ref: SecretRef): Promise<{
        data: Record<string, string>;
        version?: number;
    }>;
    list(prefix: SecretRef): Promise<string[]>;
    set(ref: SecretRef, value: string, opts?: WriteOptions): Promise<{
        version?: number;
    }>;
    delete(ref: SecretRef): Promise<void>;
    close(): Promise<void>;
    private writer;
    private firstThat;
}
