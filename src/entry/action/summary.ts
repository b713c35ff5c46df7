/**
 * The job summary (GITHUB_STEP_SUMMARY): what was scanned, a table of findings (redacted), and
 * how to allow a false positive. GitHub rejects a step summary over 1 MiB, so rows stop before
 * that and the summary says how many were left out.
 */
import type { Finding } from '../../model/finding.js';
import { bySeverity, cell, countsText, managedNote, redactedValue, shortSha } from './present.js';

/** GitHub's limit for one step's summary is 1 MiB; keep a margin for the trailer. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export interface SummaryContext {
  /** What was scanned, in words. */
  scanned: string;
  commitsScanned?: number;
  notes: string[];
  failed: boolean;
  failOn: string;
  /** e.g. https://github.com/owner/repo, for links to file:line at the commit. */
  repoUrl?: string;
  /** Commit the working tree files are at (links for findings without a commit). */
  sha?: string;
  sarifPath?: string;
  reportPath?: string;
  /** The "Secret rotation" section of rotate-leaked (value-free), shown after the findings. */
  rotationMarkdown?: string;
}

function location(f: Finding, ctx: SummaryContext): string {
  const text = `${f.path}:${f.startLine}`;
  const sha = f.commit?.sha ?? ctx.sha;
  if (!ctx.repoUrl || !sha) return `\`${cell(text)}\``;
  const url = `${ctx.repoUrl}/blob/${sha}/${f.path.split('/').map(encodeURIComponent).join('/')}#L${f.startLine}`;
  return `[${cell(text)}](${url})`;
}

export function findingRow(f: Finding, ctx: SummaryContext): string {
  const managed = managedNote(f);
  return `| ${f.severity} | \`${cell(f.ruleId)}\`${managed ? `<br>${cell(managed)}` : ''} | ${location(f, ctx)} | ${f.commit ? `\`${shortSha(f.commit.sha)}\`` : '(working tree)'} | \`${cell(redactedValue(f))}\` | \`${cell(f.fingerprint)}\` |`;
}

export const ALLOW_HELP = [
  '<details><summary>How to allow a false positive</summary>',
  '',
  '- On the line itself: add a comment containing `stanch:allow` (e.g. `# stanch:allow test fixture`).',
  '- One finding: add its fingerprint (last column) on its own line to `.gitleaksignore` at the repository root, or to the baseline file given as the `baseline` input.',
  '- A pattern: add an `[[allowlists]]` entry (paths, regexes or stopwords) to `.stanch.toml`, given as the `config` input.',
  '',
  'If the value is real, revoke it first: removing it from the code does not remove it from git history.',
  '</details>',
].join('\n');

export function renderSummary(findings: readonly Finding[], ctx: SummaryContext, limitBytes = SUMMARY_LIMIT_BYTES): string {
  const head: string[] = [];
  const verdict = findings.length === 0 ? 'no leaks found' : countsText(findings);
  head.push(`## stanch: ${verdict}${ctx.failed ? ' — failing (fail-on: ' + ctx.failOn + ')' : ''}`, '');
  head.push(`Scanned: ${cell(ctx.scanned)}${ctx.commitsScanned !== undefined ? ` — ${ctx.commitsScanned} commit${ctx.commitsScanned === 1 ? '' : 's'}` : ''}.`, '');
  for (const note of ctx.notes) head.push(`> ${cell(note)}`, '');
  const tail: string[] = [];
  if (ctx.rotationMarkdown) tail.push('', ctx.rotationMarkdown.trimEnd());
  const files = [ctx.reportPath && `JSON report: \`${ctx.reportPath}\``, ctx.sarifPath && `SARIF: \`${ctx.sarifPath}\``].filter(Boolean);
  if (files.length) tail.push('', files.join(' · '));
  if (findings.length > 0) tail.push('', ALLOW_HELP);
  if (findings.length === 0) return [...head, ...tail].join('\n') + '\n';

  head.push('| Severity | Rule | File:line | Commit | Value (redacted) | Fingerprint |', '|---|---|---|---|---|---|');
  const fixed = Buffer.byteLength(head.join('\n') + tail.join('\n')) + 512; // room for the "left out" line
  let used = fixed;
  const rows: string[] = [];
  const sorted = bySeverity(findings);
  for (const f of sorted) {
    const row = findingRow(f, ctx);
    const size = Buffer.byteLength(row) + 1;
    if (used + size > limitBytes) break;
    rows.push(row);
    used += size;
  }
  const left = sorted.length - rows.length;
  const omitted = left > 0 ? ['', `${left} more finding${left === 1 ? '' : 's'} left out of this table (GitHub limits a step summary to 1 MiB): see the JSON report or SARIF.`] : [];
  return [...head, ...rows, ...omitted, ...tail].join('\n') + '\n';
}
