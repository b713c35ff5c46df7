import type { SecretRef } from '../stores/types.js';
export interface MappingEntry {
    /** Environment variable name. */
    name: string;
    /** The store URI as written. */
    uri: string;
    ref: SecretRef;
    /** 1-based line in the mapping file (for error messages). */
    line: number;
}
export declare const ENV_NAME: RegExp;
/** Parses a mapping; `file` only labels errors. */
export declare function parseMapping(text: string, file: string): MappingEntry[];
/** Reads and parses a mapping file; a missing file is a one-line error. */
export declare function readMappingFile(file: string): Promise<MappingEntry[]>;
