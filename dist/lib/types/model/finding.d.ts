import type { Severity } from './severity.js';
import type { CommitInfo } from './fragment.js';
/**
 * A finding of a rule that a composite rule requires, attached to the composite rule's finding.
 * `secret` is raw, in memory only (like Finding.secret): reporters redact it, and hide it in the
 * lines they show.
 */
export interface RequiredFinding {
    ruleId: string;
    startLine: number;
    endLine: number;
    startColumn: number;
    endColumn: number;
    secret: string;
}
/**
 * One secret found. `secret` and `match` hold the raw values in memory only;
 * every reporter redacts them unless the user asked for `--show-secrets`.
 */
export interface Finding {
    ruleId: string;
    description: string;
    severity: Severity;
    confidence: number;
    path: string;
    /** 1-based lines and columns in the original text (columns count UTF-16 units, 1-based, end inclusive). */
    startLine: number;
    endLine: number;
    startColumn: number;
    endColumn: number;
    /** The whole regex match (raw). */
    match: string;
    /** The secret part (raw). */
    secret: string;
    /** The full original line(s) holding the match (raw). */
    line: string;
    /** Content-based fingerprint: survives rebases and line moves. */
    fingerprint: string;
    tags: string[];
    entropy: number;
    commit?: CommitInfo;
    /** Composite rules: the required rules' findings that satisfied this one, nearest first. */
    required?: RequiredFinding[];
    /** Decoders applied to reach the secret, outermost first (e.g. ['base64']). */
    decodedFrom?: string[];
    /** Set by the leak→rotate loop when the value equals a managed secret. */
    managed?: {
        uri: string;
        rotated?: boolean;
        newVersion?: string | number;
    };
    revokeUrl?: string;
}
