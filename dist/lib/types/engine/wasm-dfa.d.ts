/**
 * The keyword automaton's hot loop in WebAssembly, for ASCII text. The module is assembled here
 * from a few dozen instructions (no build step, no binary in the repository) and compiled on
 * first use. Three functions:
 *
 * - `streams` walks the text as STREAMS chunks at once, one automaton each. A walk does one table
 *   load per char and each load waits for the one before, so a single walk is bound by load
 *   latency; independent walks overlap theirs (about 1.3 GB/s against 0.45 for one walk).
 * - `runs` finds the candidate runs of the base64/hex decoders with SIMD, 16 chars per step: a
 *   run of at least 16 chars ends in a 16-char block only at its first char outside the run class.
 * - `scan` does both in one char-by-char walk that can stop when its buffers fill and resume:
 *   for texts too short to repay the set-up of the two others, or too long for their buffers.
 *
 * Memory: [0, 128) each ASCII char's class times 4; [128, 256) 1 for run chars; [256, 272) the
 * state `scan` saves between calls (entry, length of the current run, events written, runs
 * written); [272, MARKS) the per-stream offsets and counts of `streams`; at MARKS whether `runs`
 * saw a '%' and a '\\'; at ACCEPT_FROM the first row of the states where keywords end; at
 * RUN_NIBBLES the run class as two 16-byte nibble tables; from TABLE the transition table, whose
 * entries are byte offsets of rows (classes * 4 bytes each); then the event and run buffers of
 * `scan`, then the text (followed by 16 zero bytes), then the buffers of `streams` and `runs`.
 * An event is (entry, end) for each char after which a keyword ends; a run is [start, end).
 */
import type { TokenRuns } from './prefilter.js';
export declare class WasmDfa {
    private readonly classOf;
    private readonly longestKeyword;
    private readonly memory;
    private readonly scanFn;
    private readonly streamsFn;
    private readonly runsFn;
    private readonly events;
    private readonly runs;
    private readonly textStart;
    private readonly encoder;
    private bytes;
    private words;
    /** The run table now in memory is for these chars (null: none). */
    private runCharsLoaded;
    /** null when WebAssembly is not available here. */
    static create(classOf: Uint8Array, next: Int32Array, classes: number, longestKeyword: number): WasmDfa | null;
    private constructor();
    /** KeywordPrefilter's entry for the state at a row (byte offset) of this table, where keywords end. */
    private readonly stateOfRow;
    /**
     * Scans `text` when it is all ASCII and fits in memory (else returns false and does nothing):
     * onEvent(entry, end) for every char after which a keyword ends, and with `runChars`, the runs
     * of at least `min` of them appended to `spans` as [start, end) pairs.
     */
    scan(text: string, runChars: Uint8Array | null, min: number, runs: TokenRuns | null, onEvent: (entry: number, end: number) => void): boolean;
    /**
     * The text already in memory: events from `streams`, then runs from `runs` (min 0: none).
     * Chunk j is read from `longestKeyword` chars before its start, so its automaton is in the
     * state a whole-text walk has there (a state stands for at most that many chars); events come
     * out in order of their end, chunk after chunk.
     */
    private scanStreams;
    private loadClasses;
    /** Grows the memory to hold `bytes`; false when it cannot (the caller scans in JavaScript). */
    private ensure;
}
