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
}
export interface RegexBackend {
    readonly name: RegexEngineName;
    /** Compiles an RE2-syntax pattern. Throws on invalid syntax. */
    compile(source: string): CompiledRegex;
}
