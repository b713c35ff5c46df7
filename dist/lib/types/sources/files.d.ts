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
    /** `display`: the path findings show, when the walk has it already (else computed from `abs`). */
    private scanFile;
    private displayPath;
    private skip;
}
