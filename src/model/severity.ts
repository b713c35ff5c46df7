/** Severity of a finding. `high` and `critical` fail a check by default. */
export type Severity = 'critical' | 'high' | 'medium' | 'low';

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

/** Higher number = more severe; used for sorting and thresholds. */
export function severityRank(s: Severity): number {
  return s === 'critical' ? 4 : s === 'high' ? 3 : s === 'medium' ? 2 : 1;
}

export function isSeverity(s: unknown): s is Severity {
  return s === 'critical' || s === 'high' || s === 'medium' || s === 'low';
}
