export declare const MIN_RUN = 16;
/** Calls `onRun(start, end)` for each maximal run of at least MIN_RUN chars (trailing `=` padding included). */
export declare function forEachTokenRun(text: string, onRun: (start: number, end: number) => boolean | void): void;
