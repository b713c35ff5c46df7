import type { Finding } from '../model/finding.js';
import { type Severity } from '../model/severity.js';
/**
 * What fails a check by default: a live secret of high or critical severity. Medium and low findings
 * (generic assignments, test-mode keys) are reported but pass, so a check is not red on every placeholder.
 */
export declare const DEFAULT_FAIL_ON: Severity;
/**
 * The one rule for "does this scan fail": any finding at or above `failOn` (`never`: none).
 * A leaked managed secret always fails: it is known to be live, whatever its rule's severity.
 */
export declare function failsCheck(findings: readonly Finding[], failOn?: Severity | 'never'): boolean;
