export declare const HISTORY_STATE_VERSION = 1;
/** Reads the scanned-commit set; a missing file is an empty set (first run). */
export declare function loadHistoryState(file: string): Promise<Set<string>>;
export declare function parseHistoryState(text: string, file: string): Set<string>;
/** Writes the state atomically: a temp file in the same directory, then a rename. */
export declare function saveHistoryState(file: string, commits: Iterable<string>): Promise<void>;
