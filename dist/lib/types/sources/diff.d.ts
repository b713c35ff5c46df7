import type { Fragment, CommitInfo } from '../model/fragment.js';
import type { Source, SkipNotice } from '../model/contracts.js';
import { type LogPatchOptions } from '../git/commands.js';
import { type PatchEvent, type AddedLines, type PatchCommit } from '../git/patch-parser.js';
export interface PatchReadOptions {
    cwd: string;
    /** Written to git's stdin (e.g. commit SHAs for `--no-walk --stdin`). */
    input?: string;
    /** Longer lines are cut to this many characters (a notice says so). Default 16 MiB. */
    maxLineChars?: number;
    /** Added lines of one file are handed out in fragments of about this size. Default 1 MiB. */
    maxFragmentChars?: number;
    /** Called with the size of each chunk of patch read from git (for progress). */
    onBytes?: (chunkBytes: number) => void;
}
export interface LongLineNotice {
    kind: 'long-line';
    commit?: PatchCommit;
    /** The path of the file being read when the line was cut (best effort). */
    path: string;
}
/**
 * Streams git's patch output as parser events. Invalid UTF-8 is decoded to U+FFFD instead of
 * failing; a line longer than `maxLineChars` is cut there (and reported) so one huge line cannot
 * exhaust memory.
 */
export declare function readPatch(args: string[], opts: PatchReadOptions): AsyncGenerator<PatchEvent | LongLineNotice>;
export declare function commitInfo(c: PatchCommit): CommitInfo;
export declare function toFragment(ev: AddedLines): Fragment;
export interface PatchSourceStats {
    commits: number;
    /** Patch bytes read from git. */
    bytes: number;
    fragments: number;
    /** (commit, file) pairs with added lines (what scanSource reports as files). */
    files: number;
    /** Paths skipped (binary, submodule, LFS pointer, cut line), each once per reason. */
    skipped: number;
}
/** One git patch command: its arguments and what to write to its stdin. */
export interface PatchCommand {
    args: string[];
    input?: string;
}
/**
 * A Source over git patch commands (usually one; several run side by side, e.g. two halves of a
 * history walk on two cores). Remembers what it skipped (each path once per reason) and which
 * commits it read, so callers can report them and record them in a state file.
 */
export declare class PatchSource implements Source {
    private readonly commands;
    private readonly opts;
    readonly stats: PatchSourceStats;
    private readonly skipped;
    private readonly seenCommits;
    private completed;
    constructor(commands: () => Promise<PatchCommand | PatchCommand[] | null>, opts: Omit<PatchReadOptions, 'input' | 'onBytes'> & {
        onProgress?: (s: PatchSourceStats) => void;
        /** Keep the commit SHAs read (for the state file). */
        recordCommits?: boolean;
        /** Called once for each path skipped (binary, submodule, LFS pointer, cut line). */
        onSkip?: (notice: SkipNotice) => void;
    });
    fragments(): AsyncIterable<Fragment>;
    private note;
    /** What was not scanned, each path once per reason. */
    notices(): SkipNotice[];
    /** SHAs of the commits read, once the whole stream was read (empty before that). */
    scannedCommits(): string[];
}
/**
 * Interleaves several async streams, each item tagged with its stream's index, taking whichever
 * is ready first. At most one item per stream is pending, so memory stays bounded. If one
 * stream fails or the consumer stops, the others are closed (which stops their git).
 */
export declare function mergeStreams<T>(streams: AsyncGenerator<T>[]): AsyncGenerator<[number, T]>;
export interface DiffSourceOptions {
    cwd: string;
    /** Base revision (e.g. the pull request's base). */
    base: string;
    /** Head revision (default HEAD). */
    head?: string;
    maxFragmentChars?: number;
}
/**
 * The commits `selection` picks as two git processes: the non-merge commits, and the merges
 * without rename detection (see LogPatchOptions.merges; with it, git diffs a merge in full against
 * each parent to pair renames, which cost history scans a fifth of their git time for nothing
 * shown).
 */
export declare function mergesApart(selection: LogPatchOptions, input?: string): PatchCommand[];
/** Commands reading exactly `commits` (SHAs, as a push or pull request check selects them), or null when there are none. */
export declare function exactCommitsCommands(commits: readonly string[]): PatchCommand[] | null;
/** The commits in `base..head` (what a pull request adds), each scanned as a patch, merges apart. */
export declare function createDiffSource(opts: DiffSourceOptions): PatchSource;
