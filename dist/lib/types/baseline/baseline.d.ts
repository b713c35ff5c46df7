import type { Finding } from '../model/finding.js';
export declare const BASELINE_VERSION = 1;
export declare const DEFAULT_BASELINE_FILE = ".stanch-baseline.json";
export interface BaselineEntry {
    fingerprint: string;
    ruleId: string;
    path: string;
    /** Redacted form of the secret, to help a reader recognise the entry. */
    hint: string;
}
export interface Baseline {
    version: number;
    entries: BaselineEntry[];
}
export interface BaselineResult {
    /** Findings not in the baseline. */
    findings: Finding[];
    /** How many findings the baseline suppressed. */
    suppressed: number;
    /** Entries that matched no finding of this scan (fixed, or scanned a different scope). */
    stale: BaselineEntry[];
}
export declare function createBaseline(findings: readonly Finding[]): Baseline;
/** Stable text form: fixed key order, one entry per line, trailing newline. */
export declare function serializeBaseline(b: Baseline): string;
export declare function parseBaseline(text: string, source: string): Baseline;
export declare function applyBaseline(findings: readonly Finding[], baseline: Baseline): BaselineResult;
