import type { Fragment } from '../model/fragment.js';
import type { FileRef, ReadOutcome, SkipNotice, Source } from '../model/contracts.js';
export interface FileSourceOptions {
    /** Files or directories; default ['.']. Relative to `cwd`. */
    paths?: string[];
    /** Fragment paths are relative to this directory. Default process.cwd() at call time. */
    cwd?: string;
    /** Honour .gitignore files. Default true. */
    gitignore?: boolean;
    /** Skip files larger than this many bytes. Default: no limit (large files are chunked). */
    maxFileSize?: number;
    /** Files up to this size are read in one piece. Default 8 MiB. */
    wholeFileLimit?: number;
    chunkSize?: number;
    chunkOverlap?: number;
    onSkip?: (skip: SkipNotice) => void;
}
export interface SourceStats {
    files: number;
    bytes: number;
    skipped: number;
}
export declare class FileSource implements Source {
    readonly stats: SourceStats;
    private readonly opts;
    constructor(opts?: FileSourceOptions);
    fragments(): AsyncGenerator<Fragment>;
    /** As fragments(), with the files read in one piece left to the scan workers (see Source). */
    deferred(): AsyncGenerator<Fragment | FileRef>;
    settle(ref: FileRef, outcome: ReadOutcome): void;
    private walk;
    /**
     * Depth first in name order, with an explicit stack instead of nested generators (each level of
     * `yield*` costs every fragment a promise hop), and synchronous directory reads: a thread-pool
     * round trip per directory kept this thread waiting while the scan workers starved.
     */
    private walkDir;
    /** Symlinked files inside the root are scanned; links out of the root and to directories are not. */
    private followSymlink;
    private scanFile;
    private displayPath;
    private skip;
}
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
