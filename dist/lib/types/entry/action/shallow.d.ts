import type { CommitsPlan } from './events.js';
export interface HistoryOptions {
    cwd: string;
    /** Remote to fetch from (actions/checkout names it `origin`). */
    remote?: string;
    log: (line: string) => void;
    /** Deepening rounds (doubling each time) before fetching the whole history. Default 6. */
    maxDeepenRounds?: number;
}
/** What to hand the history source: `git log <revisions>` shows exactly `commits`. */
export interface CommitSelection {
    revisions: string[];
    commits: string[];
    /** Things the user should know (e.g. a force-pushed `before` no longer exists). */
    notes: string[];
}
/** Commits at the edge of a shallow clone: present, but their parents are not. */
export declare function shallowBoundary(cwd: string): Promise<Set<string>>;
/** Branch heads on the remote, as `git ls-remote --heads` reports them. */
export declare function parseLsRemoteHeads(out: string): {
    sha: string;
    branch: string;
}[];
/** Fetches what `plan` needs and returns the revisions selecting exactly its commits. */
export declare function prepareCommits(plan: CommitsPlan, opts: HistoryOptions): Promise<CommitSelection>;
/**
 * Audit: every branch and tag of the remote with its whole history. A shallow checkout is
 * unshallowed; the other branches are fetched as remote-tracking refs.
 */
export declare function prepareAudit(opts: HistoryOptions): Promise<void>;
