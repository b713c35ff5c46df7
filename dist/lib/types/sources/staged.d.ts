/**
 * Source: what `git commit` is about to record, the index against HEAD (`git diff --cached`).
 * On an unborn branch (the first commit) git compares the index with the empty tree, so the
 * whole first commit is scanned.
 */
import type { SkipNotice } from '../model/contracts.js';
import { PatchSource } from './diff.js';
export interface StagedSourceOptions {
    cwd: string;
    maxFragmentChars?: number;
    onSkip?: (notice: SkipNotice) => void;
}
export declare function createStagedSource(opts: StagedSourceOptions): PatchSource;
