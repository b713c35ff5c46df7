import { type AuditRecord } from './record.js';
export interface AuditFilter {
    /**
     * A URI or path prefix (`vault://secret/app`, `secret/app`, `deploy/secrets.enc.yaml`), or a glob
     * with `*` (any run of characters) matched against the whole URI.
     */
    path?: string;
    action?: string | string[];
    actor?: string;
    outcome?: string;
    since?: Date;
    until?: Date;
    /** Newest last; keep only the last N. */
    limit?: number;
}
export declare function matchesFilter(r: AuditRecord, f: AuditFilter): boolean;
export declare function queryAuditLog(file: string, filter?: AuditFilter): Promise<AuditRecord[]>;
/** `2026-01-31`, `2026-01-31T10:00:00Z`, or a duration back from now: `90m`, `24h`, `7d`. */
export declare function parseTimeFilter(text: string, now: Date, field: string): Date;
