import type { RegexBackend } from './types.js';
interface NativeRe2 {
    lastIndex: number;
    exec(text: string): (RegExpExecArray & {
        indices?: Array<[number, number] | undefined>;
    }) | null;
}
type NativeRe2Ctor = new (source: string, flags: string) => NativeRe2;
/** Loads the optional native `re2` addon once; null when it is not installed or cannot load. */
export declare function loadNativeRe2(): Promise<NativeRe2Ctor | null>;
export declare function loadNativeBackend(countGroups: (source: string) => number): Promise<RegexBackend | null>;
/** Makes `auto` behave as if the addon were missing (tests of the no-addon path, benchmarks). */
export declare function disableNativeRe2(): void;
export {};
