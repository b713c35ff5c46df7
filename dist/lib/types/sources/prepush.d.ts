import { PatchSource } from './diff.js';
export interface PushUpdate {
    localRef: string;
    localSha: string;
    remoteRef: string;
    remoteSha: string;
}
/** Parses the pre-push hook's stdin. Blank lines are ignored; a malformed line is an error naming it. */
export declare function parsePrePushLines(text: string): PushUpdate[];
/** What a push of `updates` sends that is new: commit SHAs, newest first, each once. */
export declare function commitsToPush(cwd: string, updates: readonly PushUpdate[]): Promise<string[]>;
export interface PrePushSourceOptions {
    cwd: string;
    updates: readonly PushUpdate[];
    maxFragmentChars?: number;
}
/** The patches of exactly what a push sends that is new: one `git log` selecting them itself. */
export declare class PrePushSource extends PatchSource {
    constructor(opts: PrePushSourceOptions);
}
export declare function createPrePushSource(opts: PrePushSourceOptions): PrePushSource;
