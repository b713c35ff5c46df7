import { type AuditLogOptions } from '../audit/log.js';
import type { AuditOutcome } from '../audit/record.js';
import { type StoreOptions, type StoreRegistry } from '../stores/registry.js';
import type { SecretRef, SecretStore, SecretValue } from '../stores/types.js';
export interface AuditSettings {
    log: AuditLogOptions;
    actor: string;
}
export interface SecretAccessOptions {
    stores: StoreOptions;
    /** Undefined: no audit log. */
    audit?: AuditSettings;
    /** For tests: a registry built elsewhere. */
    registry?: StoreRegistry;
}
export declare class SecretAccess {
    private readonly opts;
    private readonly registry;
    private readonly log?;
    private readonly wrapped;
    constructor(opts: SecretAccessOptions);
    /** The store for a scheme, audited when a log is configured. */
    store(scheme: string): Promise<SecretStore>;
    get(uri: string | SecretRef): Promise<SecretValue>;
    /** Appends one `inject` record: `uri` is the secret, `target` where it went (file, env of a process). */
    recordInjection(uri: string, target: string, outcome?: AuditOutcome): Promise<void>;
    get auditFile(): string | undefined;
    close(): Promise<void>;
}
