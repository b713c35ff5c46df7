/**
 * One small typed function per git command: each returns `{ args, parse }` and does not run
 * anything, so argument building and parsing are tested without git; `run()` in runner.ts runs them.
 */
import type { GitCommand } from './runner.js';
/** A revision or range given by a user; refuses anything git could read as an option. */
export declare function assertRevision(rev: string, field?: string): string;
export declare const ZERO_SHA_RE: RegExp;
export declare const isZeroSha: (sha: string) => boolean;
/** `git rev-parse --is-shallow-repository` */
export declare const isShallowRepository: () => GitCommand<boolean>;
/** `git rev-parse --is-bare-repository` */
export declare const isBareRepository: () => GitCommand<boolean>;
/** `git rev-parse --show-toplevel` */
export declare const showToplevel: () => GitCommand<string>;
/** `git rev-parse --git-path <name>`: honours core.hooksPath for `hooks`; relative to cwd. */
export declare const gitPath: (name: string) => GitCommand<string>;
/** `git rev-parse --verify --quiet <rev>^{commit}`: the commit SHA, or null if it does not exist. */
export declare const resolveCommit: (rev: string) => GitCommand<string | null>;
/** `git rev-list <args>`: SHAs, one a line. */
export declare const revList: (args: string[]) => GitCommand<string[]>;
/** `git rev-list --count <args>` */
export declare const revListCount: (args: string[]) => GitCommand<number>;
/** `git hash-object -t tree --stdin` on empty input: the empty tree of this repo's hash (sha1 or sha256). */
export declare const emptyTree: () => GitCommand<string>;
/** `git config --get <key>`: value or null when unset. */
export declare const configGet: (key: string) => GitCommand<string | null>;
/**
 * Options shared by every patch-producing command (log, diff): fixed, machine-readable output
 * whatever the user's config says (no colour, no external diff or textconv, a/ b/ prefixes,
 * submodules as one "Subproject commit" line, renames detected so a move adds nothing).
 */
export declare const PATCH_FORMAT_ARGS: string[];
/** Field separator inside the commit marker line (ASCII unit separator). */
export declare const COMMIT_FIELD_SEP = "\u001F";
/** First character of a commit marker line (ASCII record separator): never the start of a diff line. */
export declare const COMMIT_MARKER = "\u001E";
/** %H sha, %P parents, %an author, %ae email, %aI ISO date, %s subject. */
export declare const COMMIT_FORMAT = "--format=%x1e%H%x1f%P%x1f%an%x1f%ae%x1f%aI%x1f%s";
export interface LogPatchOptions {
    /** Revisions/ranges (e.g. ['main..HEAD']). Ignored when `all` or `stdin`. */
    revisions?: string[];
    /** Every ref (`--all`). */
    all?: boolean;
    /**
     * Revisions come on stdin, one a line. 'exact': these commits only (`--no-walk --stdin`);
     * 'walk': tips (and `^exclusions`) to walk from, as if given on the command line.
     * `true` means 'exact'.
     */
    stdin?: boolean | 'exact' | 'walk';
    /** `--since=<date>` as git understands it. */
    since?: string;
    /** Leave out the first n commits of the walk (`--skip`), to split one walk between processes. */
    skip?: number;
    /** Stop after n commits (`--max-count`). */
    maxCount?: number;
    /**
     * Only the merges ('only') or everything but them ('none'), so a history scan can read merges in
     * their own cheap process. Merges are then read without rename detection: with it, git diffs a
     * merge against every parent in full to pair renames, which cost 1.5 s of 7.6 s on the bench
     * repository (86 merges) for no output; without it the combined diff is 0.05 s. Without renames
     * a merge's comparison is only stricter: a line counts as new unless a parent has it at the same
     * path, so nothing new is hidden (at worst a renamed-and-edited file's lines are read again).
     */
    merges?: 'only' | 'none';
    /**
     * What a push sends that is new: commits reachable from `tips` and from no remote-tracking ref
     * and none of `exclude` (SHAs; `--ignore-missing` skips ones this repository never fetched).
     */
    newFrom?: {
        tips: string[];
        exclude: string[];
    };
}
/**
 * `git log -p --cc`: every commit's patch against its parent. Merges use the combined diff
 * (`--cc`), which shows only lines that differ from every parent: a conflict resolution or an
 * "evil merge" line is new and scanned, while lines brought in from a branch were already scanned
 * in the branch's own commits and are not reported twice.
 */
export declare function logPatchArgs(opts: LogPatchOptions): string[];
/** Arguments selecting the commits `logPatchArgs` would show, for `rev-list` (counting, state). */
export declare function revListSelection(opts: LogPatchOptions): string[];
/**
 * `git rev-parse <selection> --`: the selection as fixed SHAs (tips and `^exclusions`), so
 * several processes walking "the same history" see the same commits even if refs move. Not
 * `--revs-only`, which drops an unknown revision silently (`typo..HEAD` would scan all of HEAD);
 * the trailing `--` makes git fail on it instead. rev-parse echoes `--`, which is dropped.
 */
export declare const resolveRevisions: (opts: Pick<LogPatchOptions, "all" | "revisions">) => GitCommand<string[]>;
/** `git diff --cached`: what `git commit` would record (works on an unborn branch too). */
export declare function diffCachedArgs(): string[];
/** One line of `git for-each-ref --format=%(objectname) %(refname)`. */
export interface RefLine {
    sha: string;
    ref: string;
}
/** `git for-each-ref <patterns>` */
export declare const forEachRef: (patterns: string[]) => GitCommand<RefLine[]>;
