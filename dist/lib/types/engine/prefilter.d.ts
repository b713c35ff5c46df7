export declare class KeywordPrefilter {
    readonly keywords: readonly string[];
    /** Dense transition table: state * 128 + char -> state. */
    private readonly next;
    /** Per state, keyword ids that end here (own + via suffix links), or null. */
    private readonly outputs;
    private readonly keywordCount;
    /** When a keyword has non-ASCII characters the text is lower-cased up front instead. */
    private readonly needsFullLowercase;
    constructor(keywords: readonly string[]);
    /** Marks found[id] = 1 for every keyword occurring in `text` (case-insensitive). Returns how many were found. */
    scan(text: string, found: Uint8Array): number;
}
/** Maps rules to keyword ids and answers "which rules must run on this text". */
export declare class RulePrefilter {
    private readonly automaton;
    private readonly rulesByKeyword;
    private readonly alwaysRun;
    private readonly found;
    constructor(ruleKeywords: readonly (readonly string[])[]);
    /** Indexes of rules to run on `text`, ascending. */
    select(text: string): number[];
}
