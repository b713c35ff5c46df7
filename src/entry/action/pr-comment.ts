/**
 * One PR comment per pull request, found again by a hidden marker and edited in place on every
 * run (no comment spam). When the PR becomes clean the comment is rewritten as resolved.
 */
import type { Finding } from '../../model/finding.js';
import type { GitHubApi } from './github-api.js';
import { bySeverity, countsText } from './present.js';
import { findingRow, ALLOW_HELP, type SummaryContext } from './summary.js';

export const COMMENT_MARKER = '<!-- stanch:pr-comment -->';
const RESOLVED_MARKER = '<!-- stanch:resolved -->';
/** GitHub rejects comment bodies over 65,536 characters. */
export const COMMENT_LIMIT_CHARS = 65536;
const MAX_ROWS = 50;

export function renderPrComment(findings: readonly Finding[], ctx: SummaryContext & { runUrl?: string }): string {
  const lines = [COMMENT_MARKER, `### stanch found ${countsText(findings)} in this pull request`, ''];
  lines.push('Each value below is redacted. If one is a real credential, **revoke it now**: pushing a fix does not remove it from the commits already pushed.', '');
  lines.push('| Severity | Rule | File:line | Commit | Value (redacted) | Fingerprint |', '|---|---|---|---|---|---|');
  const sorted = bySeverity(findings);
  let body = lines.join('\n');
  let shown = 0;
  const footer = (left: number) =>
    (ctx.rotationMarkdown ? `\n\n${ctx.rotationMarkdown.trimEnd()}` : '') +
    (left > 0 ? `\n\n${left} more not listed here${ctx.runUrl ? `: see the [job summary](${ctx.runUrl})` : ': see the job summary'}.` : '') +
    `${ctx.runUrl && left === 0 ? `\n\n[Workflow run](${ctx.runUrl})` : ''}\n\n${ALLOW_HELP}\n`;
  for (const f of sorted.slice(0, MAX_ROWS)) {
    const row = '\n' + findingRow(f, ctx);
    if (body.length + row.length + footer(sorted.length).length + 200 > COMMENT_LIMIT_CHARS) break;
    body += row;
    shown++;
  }
  return body + footer(sorted.length - shown);
}

export function renderResolvedComment(sha?: string): string {
  return `${COMMENT_MARKER}\n${RESOLVED_MARKER}\n### stanch: resolved\n\nNo leaks found in this pull request any more${sha ? ` (checked at \`${sha.slice(0, 12)}\`)` : ''}. If a value was real, make sure it was revoked: it stays in the old commits.\n`;
}

export type CommentAction = 'created' | 'updated' | 'resolved' | 'unchanged' | 'none';

/**
 * Creates, updates or resolves our comment. `body` null means the PR is clean: an existing
 * comment is marked resolved; none is created.
 */
export async function syncPrComment(api: GitHubApi, prNumber: number, body: string | null, resolvedBody: string): Promise<CommentAction> {
  const existing = (await api.listIssueComments(prNumber)).find((c) => c.body?.includes(COMMENT_MARKER));
  if (body !== null) {
    if (!existing) {
      await api.createIssueComment(prNumber, body);
      return 'created';
    }
    if (existing.body === body) return 'unchanged';
    await api.updateIssueComment(existing.id, body);
    return 'updated';
  }
  if (!existing) return 'none';
  if (existing.body?.includes(RESOLVED_MARKER)) return 'unchanged';
  await api.updateIssueComment(existing.id, resolvedBody);
  return 'resolved';
}
