import type { Finding } from '../model/finding.js';
/** A secret's place in the scanned text, as offsets (end exclusive). */
export interface SecretSpan {
    start: number;
    end: number;
    finding: Finding;
}
/**
 * Turns findings of a fragment scanned with startLine 1 back into offsets, ordered and without
 * overlaps (the engine already dedupes; this guards against decoded spans nesting).
 */
export declare function secretSpans(text: string, findings: readonly Finding[]): SecretSpan[];
/** Replaces each span with `replacement(span)`; spans must be sorted and disjoint. */
export declare function replaceSpans(text: string, spans: readonly SecretSpan[], replacement: (s: SecretSpan) => string): string;
