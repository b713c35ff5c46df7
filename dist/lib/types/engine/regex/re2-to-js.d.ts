/**
 * Translates an RE2 (Go regexp) pattern into an equivalent JavaScript pattern used WITHOUT
 * the `i`, `m`, `s` or `u` flags, so that irregexp gives RE2's answers:
 * - case folding ((?i), (?i:…), (?-i:…), mid-pattern (?i)) is expanded into classes ([aA]),
 *   because JS has no scoped flags on Node 20;
 * - `.` is `[^\n]` (RE2 excludes only \n), `(?s)` dot is `[^]`;
 * - `\s` is RE2's ASCII `[\t\n\f\r ]`, `\z`/`\A` become `$`/`^`, POSIX `[[:alnum:]]` classes expand;
 * - named groups lose their names (we only use numbered groups).
 * - multi-line `^`/`$` use the JS `m` flag (mixed with plain anchors: unsupported);
 * Anything else (`\p{…}`, ungreedy mode, `\C`) throws UnsupportedSyntax so the
 * caller can run that one rule on a true RE2 engine instead.
 */
export declare class UnsupportedSyntax extends Error {
}
export declare function chunkedRepeat(a: string, min: number, max: number, lazy: boolean): string;
/** `G{n,m}` as n copies of G and m-n nested optional copies: `GG(?:G(?:G)?)?` (lazy: `??`). */
export declare function expandedRepeat(a: string, min: number, max: number, lazy: boolean): string;
export interface JsPattern {
    source: string;
    groupCount: number;
    /** '' or 'm' (see the multi-line note at the end of re2ToJs). */
    flags: string;
    /**
     * The captures V8 gives for a match are RE2's: no multi-line anchors (see there) and no group
     * under a repetition (JavaScript clears a repeated group's captures on each iteration, RE2
     * keeps the last ones that matched).
     */
    exactCaptures: boolean;
}
export type KnownTranslation = readonly [re2: string, js: string, flags: string, groupCount: number, exactCaptures: 0 | 1] | readonly [re2: string, unsupported: null];
export declare function addKnownTranslations(entries: readonly KnownTranslation[]): void;
/** True when `pattern`'s translation was made ahead of time (a built-in rule's pattern). */
export declare function hasKnownTranslation(pattern: string): boolean;
/** The JavaScript equivalent of an RE2 pattern (see translate); throws UnsupportedSyntax. */
export declare function re2ToJs(pattern: string): JsPattern;
