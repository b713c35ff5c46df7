export declare class KeywordPrefilter {
    readonly keywords: readonly string[];
    /**
     * Transition table indexed by row offset + char code: the target's entry (see UNSET). Rows are
     * pre-multiplied and the output flag rides in bit 0 so the hot loop does one load per char; ASCII
     * upper case maps like lower case. Only trie edges are set up front; the rest are filled on first
     * use (a lazy DFA), because computing all states × 128 transitions for ~1 000 keywords cost
     * ~15 ms of every start-up, and a short run (a git hook) visits few of them.
     */
    private readonly next;
    /** Failure link per state (longest proper suffix that is also a trie prefix), as a state number. */
    private readonly fail;
    /** Per state, keyword ids that end here (own + via suffix links), or null. */
    private readonly outputs;
    private readonly keywordCount;
    /** When a keyword has non-ASCII characters the text is lower-cased up front instead. */
    private readonly needsFullLowercase;
    constructor(keywords: readonly string[]);
    private entryOf;
    /** The entry for the transition from row `row` on char `c`, computed through failure links and remembered. */
    private step;
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
