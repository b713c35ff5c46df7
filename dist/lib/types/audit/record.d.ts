/** read, write, delete, list come from store access; inject and rotate from those modules. */
export type AuditAction = 'read' | 'write' | 'delete' | 'list' | 'inject' | 'rotate' | (string & {});
export type AuditOutcome = 'ok' | 'not-found' | 'denied' | 'integrity' | 'error' | (string & {});
export interface AuditEntry {
    /** Who: a user, a CI identity (`github:octocat`), a service. */
    actor: string;
    action: AuditAction;
    /** What: the store URI (`vault://secret/app#key`) or injection target. Never a value. */
    uri: string;
    outcome: AuditOutcome;
    /** Short, value-free context (error kind, injection target). */
    detail?: string;
}
export interface AuditRecord extends AuditEntry {
    /** 1, 2, 3… with no gaps. */
    seq: number;
    /** ISO 8601 UTC. */
    ts: string;
    /** Hash of the previous record; GENESIS for the first. */
    prev: string;
    hash: string;
}
export declare const GENESIS: string;
export declare const MAX_DETAIL = 300;
/** SHA-256, or HMAC-SHA256 when a key is configured (then nobody without the key can re-forge the chain). */
export declare function hashRecord(r: Omit<AuditRecord, 'hash'>, hmacKey?: string): string;
/** One JSON line with the fields in a stable order. */
export declare function serializeRecord(r: AuditRecord): string;
/** Parses one line; returns a reason instead of throwing, for verify to report. */
export declare function parseRecord(line: string): AuditRecord | string;
/** Keeps what goes into `detail` short and on one line. */
export declare function cleanDetail(detail: string | undefined): string | undefined;
