import type { CompiledRegex, RegexBackend, RegexEngineChoice, RegexEngineName } from './types.js';
export type { CompiledRegex, RegexBackend, RegexEngineChoice, RegexEngineName, RegexMatch } from './types.js';
export { re2ToJs, UnsupportedSyntax } from './re2-to-js.js';
/** Capture-group count as RE2 sees it. */
export declare function re2GroupCount(source: string): number;
/**
 * Resolves an engine choice to a backend; all of them run in linear time. `auto` = native RE2 when
 * the optional addon loads; else V8 with its linear-engine fallback when that fallback is
 * available (per pattern, re2js for what it cannot run); else re2js. Measured order:
 * bench-notes/regex.md. `re2` explicitly asked for but missing is an error.
 */
export declare function resolveRegexBackend(choice?: RegexEngineChoice): Promise<RegexBackend>;
export declare function compileRegex(source: string, opts?: {
    engine?: RegexEngineChoice;
}): Promise<CompiledRegex>;
export declare const REGEX_ENGINES: readonly RegexEngineName[];
