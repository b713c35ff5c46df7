/**
 * Maximal runs of `chars` (a 128-entry class table) at least `min` long, found during the keyword
 * pass so the decoders need not read the text again: flat [start, end) pairs in `spans`.
 * `complete` is set when the pass could collect them (not when the text had to be lower-cased).
 */
export interface TokenRuns {
    chars: Uint8Array;
    min: number;
    spans: number[];
    complete: boolean;
}
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
    readonly needsFullLowercase: boolean;
    constructor(keywords: readonly string[]);
    private entryOf;
    /** The entry for the transition from row `row` on char `c`, computed through failure links and remembered. */
    private step;
    /**
     * The automaton as scanInto walks it, one char at a time, for the build-time analysis of rules
     * (scripts/lib/keyword-window.ts): the state after reading char code `code` in `state` (0 is
     * the start), and whether a keyword ends in a state.
     */
    transition(state: number, code: number): number;
    endsKeyword(state: number): boolean;
    /** Marks found[id] = 1 for every keyword occurring in `text` (case-insensitive). Returns how many were found. */
    scan(text: string, found: Uint8Array): number;
    /**
     * As scan(), and also appends each newly found keyword id to `ids` (when given), so a caller can
     * reset just those marks instead of clearing the whole array for every small decoded segment.
     * With `positional` and `hits`, every occurrence of a keyword whose `positional` mark is 1 is
     * appended to `hits` as the pair (keyword id, end offset) (not when the text had to be
     * lower-cased first: its offsets would not be the text's).
     */
    scanInto(text: string, found: Uint8Array, ids: number[] | null, positional?: Uint8Array | null, hits?: number[] | null, runs?: TokenRuns | null): number;
}
/** Maps rules to keyword ids and answers "which rules must run on this text", and where. */
export declare class RulePrefilter {
    private readonly automaton;
    private readonly rulesByKeyword;
    private readonly alwaysRun;
    /** Scratch state, all zero between calls: keyword marks, keyword ids found, rule marks. */
    private readonly found;
    private readonly foundIds;
    private readonly selected;
    /** Keywords of windowed rules, whose occurrences are kept; per windowed rule, its keywords. */
    private readonly positional;
    private readonly ruleKeywordMarks;
    private readonly keywordLength;
    /** Occurrences (keyword id, end offset) of positional keywords in the last selected text. */
    private readonly hits;
    /**
     * `windowed[r]`: rule r may run only around its keywords' occurrences (see windows()); those
     * keywords' positions are then kept while scanning.
     */
    constructor(ruleKeywords: readonly (readonly string[])[], windowed?: readonly boolean[]);
    /** Indexes of rules to run on `text`, ascending; also collects `runs` when given (see TokenRuns). */
    select(text: string, runs?: TokenRuns | null): number[];
    /**
     * Where windowed rule `rule` must run in the text last given to select(): flat [start, end)
     * pairs, ascending and disjoint, each the whole lines holding [end - before, end + after]
     * around the end of an occurrence of one of the rule's keywords. null: the whole text (the rule
     * is not windowed, or positions were not kept).
     */
    windows(rule: number, text: string, [before, after]: readonly [number, number]): number[] | null;
}
/**
 * Widens [start, end) spans (flat pairs) to whole lines (without the final newline) and merges
 * those that overlap. Spans arrive ordered by the end of their keyword, so they are nearly always
 * sorted by start already; they are sorted only when not.
 */
export declare function lineWindows(text: string, spans: number[]): number[];
