export interface StateCache {
    readonly kind: 'actions-cache' | 'none';
    /** Restores the file; true when a previous state was found. */
    restore(file: string): Promise<boolean>;
    save(file: string): Promise<void>;
}
/** Key prefix per repository and ref selection; bump `v1` when the state format changes. */
export declare function auditCachePrefix(repository: string, refSelection: string): string;
export declare function noCache(log: (l: string) => void, why: string, useFileOnDisk?: boolean): StateCache;
export interface CacheOptions {
    enabled: boolean;
    prefix: string;
    /** Unique per run (GITHUB_RUN_ID + attempt): the key this run saves under. */
    runKey: string;
    log: (l: string) => void;
    warn: (l: string) => void;
}
export declare function createStateCache(opts: CacheOptions): Promise<StateCache>;
