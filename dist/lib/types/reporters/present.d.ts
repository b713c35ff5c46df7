/**
 * The one place reporters turn a Finding into what may be shown: raw values are
 * redacted with the engine's redaction function unless the user asked for
 * `--show-secrets`, and the surrounding line is cut to a window around the match
 * (a minified file can have a multi-megabyte line).
 */
import type { Finding } from '../model/finding.js';
export interface PresentedFinding {
    ruleId: string;
    description: string;
    severity: Finding['severity'];
    confidence: number;
    path: string;
    startLine: number;
    endLine: number;
    startColumn: number;
    endColumn: number;
    secret: string;
    match: string;
    line: string;
    fingerprint: string;
    tags: string[];
    entropy: number;
    commit?: Finding['commit'];
    decodedFrom?: string[];
    managed?: Finding['managed'];
    revokeUrl?: string;
}
/**
 * Presents a whole report's findings. A line can hold several secrets (`KEY=… SECRET=…`):
 * each finding's `line` and `match` are redacted with the secrets of every finding on the
 * same lines, not only its own.
 */
export declare function presentFindings(findings: readonly Finding[], showSecrets: boolean): PresentedFinding[];
/** One finding; `sameLine` are the findings sharing its lines (for redaction), itself included or not. */
export declare function presentFinding(f: Finding, showSecrets: boolean, sameLine?: readonly Finding[]): PresentedFinding;
