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
    /**
     * Whether the text holds a '%' and a '\\', when the pass could tell (the WebAssembly one does):
     * without them the percent and escape decoders have nothing to find.
     */
    percent?: boolean;
    backslash?: boolean;
}
export declare class KeywordPrefilter {
    readonly keywords: readonly string[];
    /**
     * Transition table, dense over char classes: row offset + class → the target's entry. An entry
     * is the target's row offset (state * classes) shifted left once, with bit 0 set when keywords
     * end there, so the hot loop does one load per char and tests one bit. Chars that occur in no
     * keyword share class 0, so the table is states × ~50 instead of × 128 (it stays in cache).
     * Cells are computed on first use (UNSET until then).
     */
    private readonly next;
    /** Char class of each (folded) ASCII code. */
    private readonly classOf;
    /** The keyword trie: per (state, class) cell the child state, or UNSET. */
    private readonly trie;
    /** Per state: its trie parent and the class of the edge into it, and the keyword ids ending exactly there. */
    private readonly parent;
    private readonly inClass;
    private readonly own;
    /** Per state, computed on first use: failure link (UNSET until then) and outputs (undefined until then). */
    private readonly failOf;
    private readonly outputsOf;
    private readonly classes;
    private readonly keywordCount;
    /** When a keyword has non-ASCII characters the text is lower-cased up front instead. */
    readonly needsFullLowercase: boolean;
    /** The same automaton in WebAssembly for ASCII texts (null: unavailable; undefined: not built yet). */
    private wasm;
    /** Chars scanned so far: the WebAssembly module is built only once a run has scanned enough to repay it. */
    private scannedChars;
    private readonly wasmAfter;
    /**
     * `wasmAfter`: chars to scan in JavaScript before the WebAssembly loop takes over (Infinity:
     * never; tests compare the two).
     */
    constructor(keywords: readonly string[], { wasmAfter }?: {
        wasmAfter?: number;
    });
    /** Failure link of state `t`: the longest proper suffix of its keyword prefix that is a trie state. */
    private failState;
    /** Keyword ids that end in state `t` (its own and its failure chain's), or null. */
    private outputs;
    private entryOf;
    /** The entry for row offset `row` (state * classes) and class `k`, computed through the failure link and kept. */
    private step;
    /** Every cell computed (the WebAssembly loop reads the table without a fallback). */
    private completeTable;
    /**
     * The keywords ending where the automaton reached `entry` (end offset `end`): marks them found
     * (listing new ones in `ids`), keeps the occurrences `positional` asks for in `hits`. Returns
     * how many were newly found.
     */
    private keywordsEnd;
    /** Class of char code `c` (any code: non-ASCII is folded first). */
    private classOfCode;
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
    /** Keywords of located rules, whose occurrences are kept; per located rule, its keywords. */
    private readonly positional;
    private readonly ruleKeywordMarks;
    private readonly keywordLength;
    /** Line starts of the last text starts() was asked about with lead 'line'. */
    private lineStarts;
    /** Occurrences (keyword id, end offset) of positional keywords in the last selected text. */
    private readonly hits;
    /** Per keyword id, 1 for the markers given to the constructor. */
    private readonly isMarker;
    private markerSeen;
    /**
     * `located[r]`: rule r may run only around its keywords' occurrences (see windows() and
     * starts()); those keywords' positions are then kept while scanning. `markers`: strings that
     * select no rule, but whose presence (case-insensitive) in the text last given to select()
     * sawMarker() tells, for free since the same pass finds them.
     */
    constructor(ruleKeywords: readonly (readonly string[])[], located?: readonly boolean[], markers?: readonly string[]);
    /** Indexes of rules to run on `text`, ascending; also collects `runs` when given (see TokenRuns). */
    select(text: string, runs?: TokenRuns | null): number[];
    /** Whether the text last given to select() holds one of the constructor's markers. */
    sawMarker(): boolean;
    /**
     * Where windowed rule `rule` must run in the text last given to select(): flat [start, end)
     * pairs, ascending and disjoint, each the whole lines holding [end - before, end + after]
     * around the end of an occurrence of one of the rule's keywords. null: the whole text (the rule
     * is not windowed, or positions were not kept).
     */
    windows(rule: number, text: string, [before, after]: readonly [number, number]): number[] | null;
    /**
     * Where a match of rule `rule` can start in `text` (the text last given to select()), when every
     * match holds one of its keywords and starts at most `lead` units before the end of the first
     * one ('line': at the start of that keyword's line): flat [lo, hi] pairs (inclusive), ascending
     * and disjoint. An occurrence ending at e of a keyword of length L allows starts in
     * [e - lead, e - L], and with `leadChars` (see charTable) no earlier than just after the
     * last char before e - L that a match cannot read there ('line': none when a char between the
     * line's start and e - L is such a char); with `followChars`, none when the char at e (or the
     * text's end) cannot follow a first keyword. null: positions were not kept.
     */
    starts(rule: number, text: string, lead: number | 'line', leadChars?: Uint8Array | null, followChars?: Uint8Array | null): number[] | null;
}
/**
 * A rule's lead or follow chars (Rule.keywordLeadChars, keywordFollowChars) as starts() reads
 * them: 1 per ASCII code in the set, and at 128, 1 when any non-ASCII char is.
 */
export declare function charTable(chars: {
    ascii: string;
    nonAscii: boolean;
}): Uint8Array;
/**
 * Widens [start, end) spans (flat pairs) to whole lines (without the final newline) and merges
 * those that overlap. Spans arrive ordered by the end of their keyword, so they are nearly always
 * sorted by start already; they are sorted only when not.
 */
export declare function lineWindows(text: string, spans: number[]): number[];
