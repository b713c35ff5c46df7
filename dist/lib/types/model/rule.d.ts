import type { Severity } from './severity.js';
/** What an allowlist regex is tested against (gitleaks' `regexTarget`). */
export type RegexTarget = 'secret' | 'match' | 'line';
/**
 * An allowlist, gitleaks schema: a finding is allowed when any (OR, default) or
 * all (AND) of the non-empty criteria hold.
 */
export interface Allowlist {
    description?: string;
    condition: 'OR' | 'AND';
    regexTarget: RegexTarget;
    regexes: string[];
    /** Path regexes (gitleaks semantics: regex, not glob). */
    paths: string[];
    /** Case-insensitive substrings of the secret. */
    stopwords: string[];
    /** Commit SHAs. */
    commits: string[];
}
/** Offline validity checks for formats that carry their own checksum. */
export type ChecksumKind = 'github-crc32' | 'npm-crc32' | 'pypi-macaroon' | 'jwt' | 'luhn' | (string & {});
/**
 * gitleaks `[[rules.required]]` (a composite rule): a finding of the rule that lists this counts
 * only when rule `id` also has a finding in the same fragment, within these limits. Distances are
 * between the starts of the two rules' matches.
 */
export interface RequiredRule {
    id: string;
    /** At most this many lines apart (0: the same line). */
    withinLines?: number;
    /** On the same line, at most this many columns apart. */
    withinColumns?: number;
}
/** A detection rule. Field names follow gitleaks' TOML schema; the rest are ours. */
export interface Rule {
    id: string;
    description: string;
    /** RE2-syntax pattern. A rule with only `path` flags matching files. */
    regex?: string;
    /** Capture group holding the secret; 0 = whole match. Default: first non-empty group, else 0. */
    secretGroup?: number;
    /** Minimum Shannon entropy (bits per char) of the secret. */
    entropy?: number;
    /** Lower-case literals; the rule only runs on fragments containing one (case-insensitive). */
    keywords: string[];
    /** Path regex the file must match. */
    path?: string;
    tags: string[];
    allowlists: Allowlist[];
    /** Composite rule: rules that must also find something nearby (see RequiredRule). */
    required?: RequiredRule[];
    /** Never reported on its own; its findings only serve rules that require it. */
    skipReport?: boolean;
    severity: Severity;
    /** 0..1: how sure a match is a real secret. */
    confidence: number;
    checksum?: ChecksumKind;
    /** Where users can revoke/rotate this credential. */
    revokeUrl?: string;
    /**
     * Built-in rules only, computed when the rules are generated (scripts/lib/keyword-window.ts):
     * every match holds a keyword and lies within [end - before, end + after] of the end of the
     * first one ([0, 0]: on its line), so the regex runs only on the lines around keyword
     * occurrences, with the same matches.
     */
    keywordWindow?: readonly [before: number, after: number];
    /**
     * Built-in rules only, computed when the rules are generated: every match holds a keyword, and
     * its start is at most this many UTF-16 units before the end of the first one ('line': it is
     * the start of that keyword's line). The regex is then tried only at those starts around
     * keyword occurrences (src/engine/matches.ts matchesNear).
     */
    keywordLead?: number | 'line';
    /**
     * Built-in rules only, with a numeric keywordLead: the chars a match can read from its start to
     * the end of its first keyword (ASCII ones listed; nonAscii: whether any other). A match then
     * cannot start before the last char outside them preceding a keyword occurrence.
     */
    keywordLeadChars?: {
        ascii: string;
        nonAscii: boolean;
    };
    /**
     * Built-in rules only, with a keywordLead: the chars a match can read right after its first
     * keyword, when it must read one there. An occurrence followed by another char (or ending the
     * text) cannot be a match's first keyword.
     */
    keywordFollowChars?: {
        ascii: string;
        nonAscii: boolean;
    };
    /**
     * Built-in rules only, computed when the rules are generated: the longest match in UTF-16
     * units, when bounded. Long texts are then searched in overlapping pieces (same matches), so
     * no regex run gets a huge subject, where V8 could give up backtracking for its slow engine.
     */
    maxMatch?: number;
    /** Samples a test checks: each positive must produce a finding of this rule, each negative none. */
    samples?: {
        positive: string[];
        negative: string[];
    };
}
export interface StanchConfig {
    rules: Rule[];
    /** Global allowlists (gitleaks `[[allowlists]]` / `[allowlist]`). */
    allowlists: Allowlist[];
    /** Fingerprints or gitleaks-style ignore keys (from `.gitleaksignore`). */
    ignoredFingerprints: string[];
    /** Rules switched off by id. */
    disabledRules: string[];
    /** Depth of nested decoding (base64 inside percent inside …). */
    maxDecodeDepth: number;
}
