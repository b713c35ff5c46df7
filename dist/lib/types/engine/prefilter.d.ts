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
    /**
     * As scan(), and also appends each newly found keyword id to `ids` (when given), so a caller can
     * reset just those marks instead of clearing the whole array for every small decoded segment.
     */
    scanInto(text: string, found: Uint8Array, ids: number[] | null): number;
}
/** Maps rules to keyword ids and answers "which rules must run on this text". */
export declare class RulePrefilter {
    private readonly automaton;
    private readonly rulesByKeyword;
    private readonly alwaysRun;
    /** Scratch state, all zero between calls: keyword marks, keyword ids found, rule marks. */
    private readonly found;
    private readonly foundIds;
    private readonly selected;
    constructor(ruleKeywords: readonly (readonly string[])[]);
    /** Indexes of rules to run on `text`, ascending. */
    select(text: string): number[];
}
