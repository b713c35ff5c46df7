/**
 * Event → scan plan. Pure: takes the event name and payload (GITHUB_EVENT_PATH's JSON) and
 * the `scan` input, returns which commits to scan, so every event's choice is unit-tested
 * without git. Fetching the history a plan needs is shallow.ts's job.
 */
import type { ScanMode } from './inputs.js';
import { StanchError, EXIT } from '../../model/errors.js';

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
  excludeOtherBranches?: { branch: string; defaultBranch?: string };
  /** How many commits GitHub says the range has (PR `commits`); checked after fetching. */
  expectedCount?: number;
  pullRequest?: { number: number; baseRef: string; headRef: string };
}

export type ScanPlan =
  | CommitsPlan
  | { kind: 'nothing'; label: string; reason: string }
  /** Every ref's whole history; `incremental` keeps a state file so later runs scan only new commits. */
  | { kind: 'audit'; label: string; incremental: boolean };

export interface EventContext {
  eventName: string;
  payload: Record<string, any>;
  /** GITHUB_SHA and GITHUB_REF (fallbacks when the payload lacks a field). */
  sha?: string;
  ref?: string;
}

const ZERO = /^0+$/;
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

function requireSha(value: unknown, field: string, event: string): string {
  if (typeof value === 'string' && SHA.test(value)) return value;
  throw new StanchError(`event ${event}: payload field ${field} is missing or not a commit SHA`, EXIT.USAGE);
}

const short = (sha: string) => sha.slice(0, 12);
const branchName = (ref: string) => ref.replace(/^refs\/heads\//, '');

export function planPush(payload: Record<string, any>): ScanPlan {
  const ref = String(payload.ref ?? '');
  const before = String(payload.before ?? '');
  const after = String(payload.after ?? '');
  if (payload.deleted === true || ZERO.test(after)) {
    return { kind: 'nothing', label: `push deleting ${ref}`, reason: `the push deleted ${ref}: there are no new commits to scan` };
  }
  if (ref.startsWith('refs/tags/')) {
    return { kind: 'nothing', label: `push of tag ${ref.slice(10)}`, reason: `the push created or moved tag ${ref.slice(10)}: a tag adds no commits to a branch, nothing to scan` };
  }
  requireSha(after, 'after', 'push');
  if (before === after) {
    return { kind: 'nothing', label: `push to ${ref}`, reason: `the push did not change ${ref} (before = after): nothing to scan` };
  }
  const defaultBranch = typeof payload.repository?.default_branch === 'string' ? payload.repository.default_branch : undefined;
  const branch = branchName(ref);
  if (payload.created === true || ZERO.test(before)) {
    return {
      kind: 'commits',
      label: `new branch ${branch}: commits not on any other branch`,
      head: after,
      exclude: [],
      excludeOtherBranches: { branch, defaultBranch },
    };
  }
  requireSha(before, 'before', 'push');
  if (payload.forced === true) {
    return {
      kind: 'commits',
      label: `force push to ${branch}: commits new since ${short(before)} and not on another branch`,
      head: after,
      exclude: [before],
      excludeOtherBranches: { branch, defaultBranch },
    };
  }
  return { kind: 'commits', label: `push to ${branch}: ${short(before)}..${short(after)}`, head: after, exclude: [before] };
}

export function planPullRequest(payload: Record<string, any>, eventName: string): ScanPlan {
  const pr = payload.pull_request;
  if (!pr || typeof pr !== 'object') throw new StanchError(`event ${eventName}: payload has no pull_request object`, EXIT.USAGE);
  const head = requireSha(pr.head?.sha, 'pull_request.head.sha', eventName);
  const base = requireSha(pr.base?.sha, 'pull_request.base.sha', eventName);
  const number = Number(pr.number ?? payload.number);
  const expected = Number.isInteger(pr.commits) ? (pr.commits as number) : undefined;
  return {
    kind: 'commits',
    label: `pull request #${number}: ${expected === undefined ? 'its commits' : `its ${expected} commit${expected === 1 ? '' : 's'}`}, merge base of ${pr.base?.ref ?? 'base'} to ${short(head)}`,
    head,
    exclude: [base],
    expectedCount: expected,
    pullRequest: { number, baseRef: String(pr.base?.ref ?? ''), headRef: String(pr.head?.ref ?? '') },
  };
}

export function planMergeGroup(payload: Record<string, any>): ScanPlan {
  const group = payload.merge_group;
  const head = requireSha(group?.head_sha, 'merge_group.head_sha', 'merge_group');
  const base = requireSha(group?.base_sha, 'merge_group.base_sha', 'merge_group');
  return { kind: 'commits', label: `merge group ${group.head_ref ?? ''}: ${short(base)}..${short(head)}`, head, exclude: [base] };
}

/** The plan for this event and `scan` input. */
export function planScan(ctx: EventContext, mode: ScanMode): ScanPlan {
  if (mode.kind === 'all') return { kind: 'audit', label: 'every ref, whole history (scan: all)', incremental: false };
  if (mode.kind === 'range') return { kind: 'commits', label: `range ${mode.text}`, head: mode.head, exclude: mode.exclude };
  switch (ctx.eventName) {
    case 'push':
      return planPush(ctx.payload);
    case 'pull_request':
    case 'pull_request_target':
      return planPullRequest(ctx.payload, ctx.eventName);
    case 'merge_group':
      return planMergeGroup(ctx.payload);
    case 'schedule':
    case 'workflow_dispatch':
      return { kind: 'audit', label: 'repository audit: every ref, commits not scanned by an earlier audit', incremental: true };
    default:
      // Events without a commit range of their own (release, issue_comment…): audit like a schedule.
      return { kind: 'audit', label: `repository audit (event ${ctx.eventName} has no commit range of its own)`, incremental: true };
  }
}
