/**
 * Event → scan plan. Pure: takes the event name and payload (GITHUB_EVENT_PATH's JSON) and
 * the `scan` input, returns which commits to scan, so every event's choice is unit-tested
 * without git. Fetching the history a plan needs is shallow.ts's job.
 */
import type { ScanMode } from './inputs.js';
/** Commits reachable from `head` and from none of `exclude` (git's `head ^ex1 ^ex2`). */
export interface CommitsPlan {
    kind: 'commits';
    /** What we scan, in words, for the log and the summary. */
    label: string;
    head: string;
    exclude: string[];
    /**
     * Also exclude commits reachable from any remote branch other than `branch` (a new branch, a
     * force push): only what is new to the repository is scanned.
     */
    excludeOtherBranches?: {
        branch: string;
        defaultBranch?: string;
    };
    /** How many commits GitHub says the range has (PR `commits`); checked after fetching. */
    expectedCount?: number;
    pullRequest?: {
        number: number;
        baseRef: string;
        headRef: string;
    };
}
export type ScanPlan = CommitsPlan | {
    kind: 'nothing';
    label: string;
    reason: string;
}
/** Every ref's whole history; `incremental` keeps a state file so later runs scan only new commits. */
 | {
    kind: 'audit';
    label: string;
    incremental: boolean;
};
export interface EventContext {
    eventName: string;
    payload: Record<string, any>;
    /** GITHUB_SHA and GITHUB_REF (fallbacks when the payload lacks a field). */
    sha?: string;
    ref?: string;
}
export declare function planPush(payload: Record<string, any>): ScanPlan;
export declare function planPullRequest(payload: Record<string, any>, eventName: string): ScanPlan;
export declare function planMergeGroup(payload: Record<string, any>): ScanPlan;
/** The plan for this event and `scan` input. */
export declare function planScan(ctx: EventContext, mode: ScanMode): ScanPlan;
