import { type CompiledRegex, type RegexBackend } from './types.js';
/** Turns the flags on once and checks they took effect (flags set at run time are best effort). */
export declare function v8LinearFallbackWorks(): boolean;
/** Compiles an RE2 pattern for V8 when V8 can run it in linear time; otherwise on re2js. */
export declare function compileV8(source: string): CompiledRegex;
export declare const v8Backend: RegexBackend;
