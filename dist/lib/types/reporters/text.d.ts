/**
 * Human-readable report: findings grouped by file, then a summary line. Colour only
 * when the caller says so (the CLI decides from TTY and NO_COLOR).
 */
import type { Finding } from '../model/finding.js';
import type { Reporter } from '../model/contracts.js';
export interface TextReporterOptions {
    color?: boolean;
}
export declare function createTextReporter(opts?: TextReporterOptions): Reporter;
/** e.g. "3 secrets found in 2 files (1 critical, 2 high)". */
export declare function summaryLine(findings: readonly Finding[], files: number, color?: boolean): string;
