/**
 * The one redaction family. A redacted secret keeps at most a public format prefix (like `ghp_`,
 * `AKIA`, `xoxb`), truncated to 4 characters, and only when at least 12 characters remain hidden;
 * the rest becomes a fixed 8-star mask, so neither the value nor its length leaks.
 */
export const REDACTION_MASK = '********';

/** Public prefixes that identify a format and carry no secret entropy. */
const PUBLIC_PREFIXES = [
  'github_pat_', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'glpat-', 'npm_', 'pypi-', 'xoxb-', 'xoxp-', 'xoxa-',
  'xoxe-', 'xapp-', 'sk_live_', 'sk_test_', 'rk_live_', 'pk_live_', 'sk-proj-', 'sk-ant-', 'sk-', 'AKIA', 'ASIA',
  'AIza', 'SG.', 'hf_', 'dop_v1_', 'shpat_', 'shpss_', 'AGE-SECRET-KEY-', '-----BEGIN',
];
const MAX_KEPT = 4;

export function redactSecret(secret: string): string {
  const prefix = PUBLIC_PREFIXES.find((p) => secret.startsWith(p));
  const kept = prefix ? prefix.slice(0, MAX_KEPT) : '';
  if (kept && secret.length - kept.length >= 12) return kept + REDACTION_MASK;
  return REDACTION_MASK;
}

/**
 * Replaces every occurrence of each finding's secret in `text` (a line or a match). Multi-line
 * secrets (PEM) are replaced line by line, so each line of a key is masked on its own.
 */
export function redactText(text: string, findings: ReadonlyArray<{ secret: string }>): string {
  let out = text;
  const pieces = new Set<string>();
  for (const f of findings) {
    if (!f.secret) continue;
    pieces.add(f.secret);
    if (f.secret.includes('\n')) {
      for (const part of f.secret.split(/\r?\n/)) if (part.trim().length >= 4) pieces.add(part);
    }
  }
  // Longest first, so a shorter piece never splits a longer one.
  for (const p of [...pieces].sort((a, b) => b.length - a.length)) {
    if (out.includes(p)) out = out.split(p).join(p.includes('\n') ? REDACTION_MASK : redactSecret(p));
  }
  return out;
}
