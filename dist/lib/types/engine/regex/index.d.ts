import type { CompiledRegex, RegexBackend, RegexEngineChoice, RegexEngineName } from './types.js';
export type { CompiledRegex, RegexBackend, RegexEngineChoice, RegexEngineName, RegexMatch } from './types.js';
export { re2ToJs, UnsupportedSyntax } from './re2-to-js.js';
/** Capture-group count as RE2 sees it. */
export declare function re2GroupCount(source: string): number;
/**
 * Resolves an engine choice to a backend; all of them run in linear time. `auto` = V8 with its
 * linear-engine fallback (per pattern, re2js for what it cannot run) whenever that fallback works,
 * which it does on Node 20 and 24; else the native RE2 addon when it loads; else re2js. V8 comes
 * first because it measured fastest on our rules: the addon converts the UTF-16 subject to UTF-8 on
 * every exec (bench-notes/regex.md). `re2` explicitly asked for but missing is an error.
 */
export declare function resolveRegexBackend(choice?: RegexEngineChoice): Promise<RegexBackend>;
export declare function compileRegex(source: string, opts?: {
    engine?: RegexEngineChoice;
}): Promise<CompiledRegex>;
export declare const REGEX_ENGINES: readonly RegexEngineName[];
