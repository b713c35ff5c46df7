/**
 * One allocation-free pass that finds runs of base64/base64url characters (hex is a subset), so
 * the base64 and hex decoders share it. Faster than a `[…]{16,}` regex, which re-tries every
 * start position of every short identifier.
 */
export declare const RUN_CHARS: Uint8Array<ArrayBuffer>;
export declare const MIN_RUN = 16;
/**
 * Calls `onRun(start, end)` for each maximal run of at least MIN_RUN chars (trailing `=` padding
 * included), in order. Only every MIN_RUN-th char is tested first: a run that long must cover one
 * of them, so most of ordinary text (short words between spaces and punctuation) is never read.
 */
export declare function forEachTokenRun(text: string, onRun: (start: number, end: number) => boolean | void): void;
/**
 * As forEachTokenRun, over runs already found (maximal runs of RUN_CHARS of at least MIN_RUN, as
 * flat [start, end) pairs, e.g. by the keyword pass): adds the `=` padding the same way.
 */
export declare function forEachKnownRun(text: string, spans: readonly number[], onRun: (start: number, end: number) => boolean | void): void;
