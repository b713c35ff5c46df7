/**
 * One PR comment per pull request, found again by a hidden marker and edited in place on every
 * run (no comment spam). When the PR becomes clean the comment is rewritten as resolved.
 */
import type { Finding } from '../../model/finding.js';
import type { GitHubApi } from './github-api.js';
import { type SummaryContext } from './summary.js';
export declare const COMMENT_MARKER = "<!-- stanch:pr-comment -->";
/** GitHub rejects comment bodies over 65,536 characters. */
export declare const COMMENT_LIMIT_CHARS = 65536;
export declare function renderPrComment(findings: readonly Finding[], ctx: SummaryContext & {
    runUrl?: string;
}): string;
export declare function renderResolvedComment(sha?: string): string;
export type CommentAction = 'created' | 'updated' | 'resolved' | 'unchanged' | 'none';
/**
 * Creates, updates or resolves our comment. `body` null means the PR is clean: an existing
 * comment is marked resolved; none is created.
 */
export declare function syncPrComment(api: GitHubApi, prNumber: number, body: string | null, resolvedBody: string): Promise<CommentAction>;
