import { type AuditEntry, type AuditRecord } from './record.js';
export interface AuditLogOptions {
    file: string;
    /** HMAC key for the chain. Keep it outside the machine that holds the log. */
    hmacKey?: string;
    now?: () => Date;
    /** How long to wait for another writer's lock. Default 10 s. */
    lockTimeoutMs?: number;
}
export interface Anchor {
    seq: number;
    hash: string;
}
export declare const headPath: (file: string) => string;
export declare class AuditLog {
    private readonly opts;
    constructor(opts: AuditLogOptions);
    /** Appends one record; refuses when the existing log does not match its head (so damage is not papered over). */
    append(entry: AuditEntry): Promise<AuditRecord>;
    private appendLocked;
    private lock;
}
export declare function readHead(file: string): Promise<Anchor | undefined>;
/** Streams the records of a log with their line numbers (a missing file yields nothing). */
export declare function readLines(file: string): AsyncGenerator<{
    line: number;
    text: string;
}>;
export declare function appendAudit(opts: AuditLogOptions, entry: AuditEntry): Promise<AuditRecord>;
