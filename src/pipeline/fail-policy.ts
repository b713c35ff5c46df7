import type { Finding } from '../model/finding.js';
import { severityRank, type Severity } from '../model/severity.js';

/**
 * What fails a check by default: a live secret of high or critical severity. Medium and low findings
 * (generic assignments, test-mode keys) are reported but pass, so a check is not red on every placeholder.
 */
export const DEFAULT_FAIL_ON: Severity = 'high';

/**
 * The one rule for "does this scan fail": any finding at or above `failOn` (`never`: none).
 * A leaked managed secret always fails: it is known to be live, whatever its rule's severity.
 */
export function failsCheck(findings: readonly Finding[], failOn: Severity | 'never' = DEFAULT_FAIL_ON): boolean {
  if (failOn === 'never') return false;
  const min = severityRank(failOn);
  return findings.some((f) => f.managed !== undefined || severityRank(f.severity) >= min);
}
