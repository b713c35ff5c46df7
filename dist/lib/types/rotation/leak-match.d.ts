import type { Finding } from '../model/finding.js';
export interface ManagedDigest {
    uri: string;
    digests: Buffer[];
}
export interface LeakMatch {
    uri: string;
    fingerprint: string;
    ruleId: string;
    path: string;
    startLine: number;
    commit?: string;
}
export interface LeakMatcher {
    /** Adds a managed secret. The caller should drop its own reference to `value` right after. */
    addManaged(uri: string, value: string): void;
    /** Findings whose secret equals a managed value, as value-free matches (one per finding and URI). */
    match(findings: readonly Finding[]): LeakMatch[];
    readonly size: number;
}
export declare function createLeakMatcher(): LeakMatcher;
