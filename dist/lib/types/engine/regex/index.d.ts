import type { CompiledRegex, RegexBackend, RegexEngineChoice, RegexEngineName } from './types.js';
export type { CompiledRegex, RegexBackend, RegexEngineChoice, RegexEngineName, RegexMatch } from './types.js';
export { re2ToJs, UnsupportedSyntax } from './re2-to-js.js';
export { NEAR_REACH_MAX } from './types.js';
/** Capture-group count as RE2 sees it. */
export declare function re2GroupCount(source: string): number;
/**
 * Resolves an engine choice to a backend; all of them run in linear time. `auto`, measured
 * (bench-notes/regex.md): the built-in rules run fastest on V8 with its linear-engine fallback (the
 * native addon converts the UTF-16 subject to UTF-8 on every exec), while other patterns (a user's
 * gitleaks-style rules) run far faster on the native RE2 addon than on V8's linear engine or
 * re2js. So `auto` = per pattern: built-in ones (translated ahead of time) on V8, the rest on the
 * addon when it loads; without the addon everything on V8 (re2js for what V8 cannot run
 * linearly); without V8's fallback the addon, else re2js. `re2` asked for but missing is an error.
 * `patterns`, when given, are all the patterns the backend will compile.
 */
export declare function resolveRegexBackend(choice?: RegexEngineChoice, patterns?: Iterable<string>): Promise<RegexBackend>;
export declare function compileRegex(source: string, opts?: {
    engine?: RegexEngineChoice;
}): Promise<CompiledRegex>;
export declare const REGEX_ENGINES: readonly RegexEngineName[];
