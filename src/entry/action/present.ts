/**
 * Shared by annotations, the job summary and the PR comment: findings ordered most severe
 * first, counts per severity, and the few strings we show for a finding. Values are never
 * shown here: at most the engine's redacted form.
 */
import type { Finding } from '../../model/finding.js';
import { SEVERITIES, severityRank, type Severity } from '../../model/severity.js';
import { redactSecret } from '../../engine/redact.js';

export function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      b.confidence - a.confidence ||
      a.path.localeCompare(b.path) ||
      a.startLine - b.startLine,
  );
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = { critical: 0, high: 0, medium: 0, low: 0 } as Record<Severity, number>;
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** "3 findings (1 critical, 2 high)". */
export function countsText(findings: readonly Finding[]): string {
  const c = countBySeverity(findings);
  const parts = SEVERITIES.filter((s) => c[s] > 0).map((s) => `${c[s]} ${s}`);
  const n = findings.length;
  return `${n} finding${n === 1 ? '' : 's'}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

export const shortSha = (sha?: string) => (sha ? sha.slice(0, 12) : '');

/** The value as the engine redacts it (e.g. `ghp_…8Xk2`), safe for logs. */
export function redactedValue(f: Finding): string {
  return redactSecret(f.secret);
}

/** Every line of a finding's raw values (its required findings' too), for `core.setSecret` before anything is written. */
export function valuesToMask(findings: readonly Finding[]): string[] {
  const out = new Set<string>();
  for (const f of findings) {
    for (const v of [f.secret, f.match, ...(f.required ?? []).map((r) => r.secret)]) {
      for (const line of v.split(/\r?\n/)) if (line.trim().length >= 4) out.add(line.trim());
    }
  }
  return [...out];
}

/**
 * For a finding whose value equals a managed secret (set by the leak→rotate loop): what happened
 * to that secret. URIs and versions only.
 */
export function managedNote(f: Finding): string | undefined {
  if (!f.managed) return undefined;
  return f.managed.rotated
    ? `managed secret leaked (${f.managed.uri}): rotated to version ${f.managed.newVersion ?? '(new)'}`
    : `managed secret leaked (${f.managed.uri}): not rotated, plan only (see the job summary)`;
}

/** Escapes a value for a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
