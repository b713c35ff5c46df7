import type { Allowlist, Rule } from '../model/rule.js';
export interface ParsedConfig {
    title?: string;
    rules: Rule[];
    /** Global allowlists (`[[allowlists]]` and the older `[allowlist]`). */
    allowlists: Allowlist[];
    /** gitleaks `[extend] useDefault`: built-in rules plus these. */
    useDefault: boolean;
    /** gitleaks `[extend] disabledRules`. */
    disabledRules: string[];
    /** gitleaks `[extend] path`: another config to extend; resolved by the caller (this module reads no files). */
    extendPath?: string;
}
export declare const CHECKSUM_KINDS: readonly ["github-crc32", "npm-crc32", "jwt", "pypi-macaroon", "luhn"];
/** Compiles with re2js (RE2 semantics) and returns the capture group count; one-line error otherwise. */
export declare function checkRe2(pattern: string, where: string, field: string): number;
/**
 * How regexes are checked while parsing: `checkRe2` for user configs; for the built-in rules
 * `trustRe2` (scripts/gen-rules.mjs already compiled every regex with re2js and checked
 * `secretGroup` when it generated the module, and compiling ~300 rules again cost ~0.4 s of every
 * start-up). Returns the group count, or Infinity when unknown.
 */
type RegexCheck = (pattern: string, where: string, field: string) => number;
/** Validates one raw rule table. `source` names the file for error messages. */
export declare function parseRule(raw: unknown, source: string, index: number, check?: RegexCheck): Rule;
/** Parses a `.stanch.toml` / `.gitleaks.toml` text. Rules with `skipReport = true` are dropped. */
export declare function parseConfigToml(text: string, source: string): ParsedConfig;
/**
 * The built-in rules (from the generated module), parsed once. Structure is checked here; regexes
 * were checked by scripts/gen-rules.mjs (see trustRe2). Returns a fresh array.
 */
export declare function builtinRules(): Rule[];
/** Global allowlists shipped with the built-in rules (`[[allowlists]]` in builtin files). */
export declare function builtinAllowlists(): Allowlist[];
/**
 * gitleaks semantics: a config replaces the defaults unless `[extend] useDefault = true`; a user
 * rule with a built-in id overrides it; `disabledRules` removes rules by id.
 */
export declare function effectiveRules(parsed: ParsedConfig, builtins: readonly Rule[]): Rule[];
export {};
