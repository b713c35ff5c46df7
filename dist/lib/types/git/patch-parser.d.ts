export interface PatchCommit {
    sha: string;
    parents: string[];
    author: string;
    email: string;
    /** ISO-8601 author date. */
    date: string;
    subject: string;
}
/** Lines one commit added to one file (possibly one of several pieces of a large file). */
export interface AddedLines {
    kind: 'added';
    commit?: PatchCommit;
    path: string;
    lines: string[];
    /** 1-based line number in the new file of each entry of `lines`. */
    lineNumbers: number[];
}
export interface SkippedFile {
    kind: 'skipped';
    commit?: PatchCommit;
    path: string;
    reason: 'binary' | 'submodule' | 'lfs-pointer';
}
export interface CommitStart {
    kind: 'commit';
    commit: PatchCommit;
}
export type PatchEvent = CommitStart | AddedLines | SkippedFile;
export interface PatchParserOptions {
    /** A file's added lines are handed out in pieces of about this many characters. Default 1 MiB. */
    maxPieceChars?: number;
}
interface HunkState {
    /** Number of parents (1 for a plain diff, 2+ for a combined merge diff). */
    parents: number;
    oldRemaining: number[];
    newRemaining: number;
    newLine: number;
}
export declare class PatchParser {
    /** Events produced so far; the caller drains (reads and empties) it after each `push`. */
    readonly out: PatchEvent[];
    private commit;
    private file;
    private hunk;
    private readonly maxPieceChars;
    constructor(opts?: PatchParserOptions);
    /** The file being read (for notices about the current line), or '' between files. */
    get currentPath(): string;
    get currentCommit(): PatchCommit | undefined;
    push(line: string): void;
    /** Flushes the last file. */
    end(): void;
    /** Returns false when the line cannot belong to the hunk (the hunk is then closed). */
    private hunkLine;
    private added;
    /**
     * Hands out the lines gathered so far. When a large file is cut into pieces (`overlap`), the
     * next piece starts again with the last few lines, so a multi-line secret (a PEM key) that
     * straddles the cut is whole in one piece; the pipeline drops the duplicate findings.
     */
    private flushLines;
    private endFile;
    private startFile;
    private headerLine;
}
export declare function parseCommitMarker(line: string): PatchCommit;
/** `@@ -a,b +c,d @@` or, for an n-parent merge, `@@@ -a,b -c,d +e,f @@@` (n+1 '@'). */
export declare function parseHunkHeader(line: string): HunkState | undefined;
/** Best-effort path from `diff --git a/X b/Y` (the +++ / rename lines, when present, win). */
export declare function pathFromDiffGit(rest: string): string;
/** Undoes git's C-style quoting of paths (core.quotePath): `"t\303\244st"` → `täst`. */
export declare function unquoteGitPath(s: string): string;
export {};
