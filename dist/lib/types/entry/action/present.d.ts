/**
 * Shared by annotations, the job summary and the PR comment: findings ordered most severe
 * first, counts per severity, and the few strings we show for a finding. Values are never
 * shown here: at most the engine's redacted form.
 */
import type { Finding } from '../../model/finding.js';
import { type Severity } from '../../model/severity.js';
export declare function bySeverity(findings: readonly Finding[]): Finding[];
export declare function countBySeverity(findings: readonly Finding[]): Record<Severity, number>;
/** "3 findings (1 critical, 2 high)". */
export declare function countsText(findings: readonly Finding[]): string;
export declare const shortSha: (sha?: string) => string;
/** The value as the engine redacts it (e.g. `ghp_…8Xk2`), safe for logs. */
export declare function redactedValue(f: Finding): string;
/** Every line of a finding's raw values, for `core.setSecret` before anything is written. */
export declare function valuesToMask(findings: readonly Finding[]): string[];
/**
 * For a finding whose value equals a managed secret (set by the leak→rotate loop): what happened
 * to that secret. URIs and versions only.
 */
export declare function managedNote(f: Finding): string | undefined;
/** Escapes a value for a Markdown table cell. */
export declare function cell(text: string): string;
