import type { FileRef } from '../model/contracts.js';
import type { Fragment } from '../model/fragment.js';
/** How many leading bytes are checked for NUL to call a file binary (as git does). */
export declare const BINARY_SNIFF_BYTES = 8000;
/**
 * Reads a file in one piece as a fragment, or says why it is skipped (binary, unreadable).
 * Synchronous: an async read is four thread-pool round trips (open, fstat, read, close), and a
 * thread waiting on them one file at a time left the scan workers idle for ~1 s of a 5 s tree
 * scan. Small files come from the page cache.
 */
export declare function readWholeFile(ref: FileRef): {
    fragment: Fragment;
    bytes: number;
} | {
    skip: string;
};
/**
 * Text of a small file, or undefined when it is binary. UTF-16 files (with a BOM)
 * are decoded rather than called binary; a UTF-8 BOM is dropped.
 */
export declare function decodeText(buf: Buffer): string | undefined;
