/**
 * The job summary (GITHUB_STEP_SUMMARY): what was scanned, a table of findings (redacted), and
 * how to allow a false positive. GitHub rejects a step summary over 1 MiB, so rows stop before
 * that and the summary says how many were left out.
 */
import type { Finding } from '../../model/finding.js';
/** GitHub's limit for one step's summary is 1 MiB; keep a margin for the trailer. */
export declare const SUMMARY_LIMIT_BYTES: number;
export interface SummaryContext {
    /** What was scanned, in words. */
    scanned: string;
    commitsScanned?: number;
    notes: string[];
    failed: boolean;
    failOn: string;
    /** e.g. https://github.com/owner/repo, for links to file:line at the commit. */
    repoUrl?: string;
    /** Commit the working tree files are at (links for findings without a commit). */
    sha?: string;
    sarifPath?: string;
    reportPath?: string;
    /** The "Secret rotation" section of rotate-leaked (value-free), shown after the findings. */
    rotationMarkdown?: string;
}
export declare function findingRow(f: Finding, ctx: SummaryContext): string;
export declare const ALLOW_HELP: string;
export declare function renderSummary(findings: readonly Finding[], ctx: SummaryContext, limitBytes?: number): string;
