/** Post-detection steps shared by every scan: column shift for mid-line chunks, dedupe, sort. */
import type { Finding } from '../model/finding.js';
import type { Fragment } from '../model/fragment.js';

/**
 * A fragment cut from the middle of a long line starts at `startColumn`; the detector
 * counted columns from the fragment start, so shift the columns on its first line
 * (a composite finding's required matches included).
 */
export function shiftColumns(findings: Finding[], fragment: Pick<Fragment, 'startColumn' | 'startLine' | 'lineNumbers'>): Finding[] {
  const shift = (fragment.startColumn ?? 1) - 1;
  if (shift <= 0) return findings;
  const firstLine = fragment.lineNumbers?.[0] ?? fragment.startLine ?? 1;
  const shiftPlace = (p: Pick<Finding, 'startLine' | 'endLine' | 'startColumn' | 'endColumn'>): void => {
    if (p.startLine === firstLine) {
      p.startColumn += shift;
      if (p.endLine === firstLine) p.endColumn += shift;
    }
  };
  for (const f of findings) {
    shiftPlace(f);
    for (const r of f.required ?? []) shiftPlace(r);
  }
  return findings;
}

/**
 * One finding per place: overlapping chunks can report the same secret twice, and a
 * chunk that ends inside a token can report a truncated prefix of it. Keep the longest
 * match starting at a given position.
 */
export function dedupeFindings(findings: readonly Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  for (const f of findings) {
    const key = [f.path, f.commit?.sha ?? '', f.ruleId, f.startLine, f.startColumn].join('\u0000');
    const prev = best.get(key);
    if (!prev || f.match.length > prev.match.length) best.set(key, f);
  }
  return [...best.values()];
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.path, b.path) ||
    a.startLine - b.startLine ||
    a.startColumn - b.startColumn ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.commit?.sha ?? '', b.commit?.sha ?? '') ||
    cmp(a.fingerprint, b.fingerprint)
  );
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(compareFindings);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
