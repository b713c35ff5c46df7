export declare const MIN_RUN = 16;
/**
 * Calls `onRun(start, end)` for each maximal run of at least MIN_RUN chars (trailing `=` padding
 * included), in order. Only every MIN_RUN-th char is tested first: a run that long must cover one
 * of them, so most of ordinary text (short words between spaces and punctuation) is never read.
 */
export declare function forEachTokenRun(text: string, onRun: (start: number, end: number) => boolean | void): void;
