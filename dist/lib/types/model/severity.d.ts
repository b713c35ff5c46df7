/** Severity of a finding. `high` and `critical` fail a check by default. */
export type Severity = 'critical' | 'high' | 'medium' | 'low';
export declare const SEVERITIES: readonly Severity[];
/** Higher number = more severe; used for sorting and thresholds. */
export declare function severityRank(s: Severity): number;
export declare function isSeverity(s: unknown): s is Severity;
