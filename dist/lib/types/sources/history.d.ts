import type { SkipNotice } from '../model/contracts.js';
import { PatchSource, type PatchSourceStats } from './diff.js';
export interface HistorySourceOptions {
    cwd: string;
    /** A revision range such as `main..HEAD` or `v1.0..`. Without it (or with `all`) every ref is scanned. */
    range?: string;
    all?: boolean;
    /** Only commits after this date (anything `git log --since` accepts). */
    since?: string;
    /** Commits already scanned (from the state file): skipped. */
    skipCommits?: ReadonlySet<string>;
    onProgress?: (s: PatchSourceStats) => void;
    maxFragmentChars?: number;
    /** Lines longer than this are cut (and noted). Default 16 MiB. */
    maxLineChars?: number;
    /** Keep the SHAs of the commits read, for `scannedCommits()` (the state file). Default: when skipCommits is given. */
    recordCommits?: boolean;
    onSkip?: (notice: SkipNotice) => void;
    /**
     * git processes producing patches side by side (default 1). With 2 on a 2-core machine, two
     * `git log` walk the same fixed tips, one taking the newer half of the commits (`--max-count`)
     * and one the older half (`--skip`): computing diffs is git's cost, walking is cheap.
     */
    gitProcesses?: number;
    /** Fewer commits than this per process and fewer processes are used (default 200). */
    minCommitsPerProcess?: number;
}
export interface ShallowInfo {
    /** Commits whose parents are missing locally: history before them was not scanned. */
    boundary: string[];
}
export declare class HistorySource extends PatchSource {
    /** Set when the repository is a shallow clone. */
    readonly shallow: ShallowInfo | null;
    constructor(opts: HistorySourceOptions, 
    /** Set when the repository is a shallow clone. */
    shallow: ShallowInfo | null);
    /** The warning to show for a shallow clone, or null. */
    shallowWarning(): string | null;
}
export declare function createHistorySource(opts: HistorySourceOptions): Promise<HistorySource>;
/** Reads the grafted boundary of a shallow clone (`$GIT_DIR/shallow`), or null when not shallow. */
export declare function shallowInfo(cwd: string): Promise<ShallowInfo | null>;
/** How many commits a history scan will read (for a progress ETA). */
export declare function countHistoryCommits(opts: HistorySourceOptions): Promise<number>;
