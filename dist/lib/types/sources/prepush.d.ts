import { PatchSource } from './diff.js';
export interface PushUpdate {
    localRef: string;
    localSha: string;
    remoteRef: string;
    remoteSha: string;
}
/** Parses the pre-push hook's stdin. Blank lines are ignored; a malformed line is an error naming it. */
export declare function parsePrePushLines(text: string): PushUpdate[];
/**
 * What a push of `updates` sends that is new: commit SHAs, newest first, each once. One
 * `rev-list` for all refs (a `push --all` of many branches costs one git call): a commit
 * reachable from any remote's old sha is on that remote already, so excluding every old sha
 * at once excludes nothing that is new. `--ignore-missing` skips old shas we never fetched.
 */
export declare function commitsToPush(cwd: string, updates: readonly PushUpdate[]): Promise<string[]>;
export interface PrePushSourceOptions {
    cwd: string;
    updates: readonly PushUpdate[];
    /** The commits to scan when the caller already asked git (commitsToPush); else worked out here. */
    commits?: readonly string[];
    maxFragmentChars?: number;
}
export declare class PrePushSource extends PatchSource {
    /** Filled once fragments() has started: the commits being scanned. */
    commits: string[];
    constructor(opts: PrePushSourceOptions);
}
export declare function createPrePushSource(opts: PrePushSourceOptions): PrePushSource;
