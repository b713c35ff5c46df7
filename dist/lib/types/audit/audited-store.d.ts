import type { SecretRef, SecretStore, SecretValue, WriteOptions } from '../stores/types.js';
import type { AuditLog } from './log.js';
import type { AuditOutcome } from './record.js';
export interface AuditedStoreOptions {
    log: AuditLog;
    actor: string;
}
export declare class AuditedStore implements SecretStore {
    private readonly inner;
    private readonly opts;
    readonly scheme: string;
    readonly readOnly: boolean;
    constructor(inner: SecretStore, opts: AuditedStoreOptions);
    get(ref: SecretRef): Promise<SecretValue>;
    getAll(ref: SecretRef): Promise<{
        data: Record<string, string>;
        version?: number;
    }>;
    set(ref: SecretRef, value: string, opts?: WriteOptions): Promise<{
        version?: number;
    }>;
    list(prefix: SecretRef): Promise<string[]>;
    delete(ref: SecretRef): Promise<void>;
    close(): Promise<void>;
    private audited;
}
/** Outcome and a value-free detail: the error class and code/kind, never the message. */
export declare function describeError(err: unknown): {
    outcome: AuditOutcome;
    detail: string;
};
