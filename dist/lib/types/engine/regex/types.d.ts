/** Which implementation runs the rule regexes. `auto` picks the measured default (see bench-notes/regex.md). */
export type RegexEngineChoice = 'auto' | 're2' | 're2js' | 'v8';
export type RegexEngineName = Exclude<RegexEngineChoice, 'auto'>;
/**
 * One match. `spans` holds [start, end) pairs in UTF-16 units for group 0..groupCount
 * (spans[2g], spans[2g+1]); -1 for a group that did not take part.
 */
export interface RegexMatch {
    index: number;
    end: number;
    spans: number[];
}
export interface CompiledRegex {
    readonly engine: RegexEngineName;
    readonly source: string;
    readonly groupCount: number;
    /** First match starting at or after `from`, or null. */
    exec(text: string, from: number): RegexMatch | null;
    /**
     * The first match starting in [from, from + reach] (reach ≤ NEAR_REACH_MAX), or null; it reads
     * the whole text around, as exec() does. Only backends that can bound a search this way have it.
     */
    execNear?(text: string, from: number, reach: number): RegexMatch | null;
}
/** The widest `reach` execNear takes (V8's linear engine accepts counts up to 16). */
export declare const NEAR_REACH_MAX = 16;
export interface RegexBackend {
    readonly name: RegexEngineName;
    /** Compiles an RE2-syntax pattern. Throws on invalid syntax. */
    compile(source: string): CompiledRegex;
}
