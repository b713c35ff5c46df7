import type { CompiledRegex, RegexBackend } from './types.js';
/** re2js: a pure-JS port of RE2. Always available, linear time, slower than native RE2. */
export declare function compileRe2js(source: string): CompiledRegex;
export declare const re2jsBackend: RegexBackend;
