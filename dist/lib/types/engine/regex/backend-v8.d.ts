import type { CompiledRegex, RegexBackend } from './types.js';
/** Compiles a translated RE2 pattern to a RegExp; throws UnsupportedSyntax when it cannot be translated. */
export declare function compileV8(source: string): CompiledRegex;
export declare const v8Backend: RegexBackend;
