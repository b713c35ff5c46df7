/**
 * The keyword automaton's hot loop in WebAssembly, for ASCII text: about 1.6x the speed of the same
 * loop in JavaScript (480 against 300 MB/s; one byte, class, run-flag and table load per char, and
 * the candidate runs of the base64/hex decoders tracked without branches). The module is assembled here from a
 * few dozen instructions (no build step, no binary in the repository) and compiled on first use.
 *
 * Memory: [0, 128) each ASCII char's class times 4; [128, 256) 1 for run chars; [256, 272) the
 * state saved between calls (entry, length of the current run, events written, runs written);
 * from TABLE the transition table, whose entries are byte offsets of rows (state * classes * 4)
 * with bit 0 set when keywords end there; then the event and run buffers, then the text. An event
 * is (entry, end) for each char after which a keyword ends; a run is [start, end).
 */
export declare class WasmDfa {
    private readonly classOf;
    private readonly memory;
    private readonly scanFn;
    private readonly events;
    private readonly runs;
    private readonly textStart;
    private readonly encoder;
    private bytes;
    private words;
    /** The run table now in memory is for these chars (null: none). */
    private runCharsLoaded;
    /** null when WebAssembly is not available here. */
    static create(classOf: Uint8Array, next: Int32Array, classes: number): WasmDfa | null;
    private constructor();
    /**
     * Scans `text` when it is all ASCII and fits in memory (else returns false and does nothing):
     * onEvent(entry, end) for every char after which a keyword ends, and with `runChars`, the runs
     * of at least `min` of them appended to `spans` as [start, end) pairs.
     */
    scan(text: string, runChars: Uint8Array | null, min: number, spans: number[] | null, onEvent: (entry: number, end: number) => void): boolean;
    private loadClasses;
    /** Grows the memory to hold `bytes`; false when it cannot (the caller scans in JavaScript). */
    private ensure;
}
