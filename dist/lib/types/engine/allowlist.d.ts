/**
 * Allowlists with gitleaks semantics: each non-empty criterion (commits, paths, regexes against
 * the regexTarget, stopwords in the secret) is a check; condition OR allows a finding when any
 * check holds, AND when all non-empty checks hold.
 */
import type { Allowlist } from '../model/rule.js';
import type { RegexBackend } from './regex/index.js';
export interface AllowCandidate {
    secret: string;
    match: string;
    line: string;
    path: string;
    commit?: string;
}
export declare class CompiledAllowlist {
    readonly spec: Allowlist;
    private readonly regexes;
    private readonly paths;
    private readonly stopwords;
    private readonly commits;
    constructor(spec: Allowlist, backend: RegexBackend);
    /** True when this allowlist allows the whole path (so a fragment can be skipped before scanning). */
    allowsPathAlone(path: string, commit?: string): boolean;
    allows(c: AllowCandidate): boolean;
    private pathMatches;
    private commitMatches;
}
/** Strings every inline suppression holds: a text without one of them has none (see RulePrefilter markers). */
export declare const INLINE_ALLOW_MARKERS: readonly string[];
export declare function hasInlineAllow(lines: string): boolean;
