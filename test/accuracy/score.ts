/**
 * Scores scanner findings against corpus labels. A finding is a true positive
 * when its line range touches a labelled true secret (one TP per label; more
 * findings on the same label are ignored). Anything else is a false positive,
 * counted once per distinct (path, line) and named by the negative kind it hit
 * ("unlabelled" when it hit no label). Only kinds are reported, never values.
 */
import type { CorpusLabel } from './corpus.js';

export interface LocatedFinding {
  path: string;
  startLine: number;
  endLine?: number;
  ruleId?: string;
}

export interface FamilyRecall {
  planted: number;
  found: number;
  recall: number;
}

export interface Score {
  planted: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  perFamily: Record<string, FamilyRecall>;
  /** negative kind (or "unlabelled") -> number of false locations */
  fpKinds: Record<string, number>;
  /** family -> number of missed labels */
  fnKinds: Record<string, number>;
  /** rule ids that produced false positives -> count (helps the rules engineers) */
  fpRules: Record<string, number>;
}

const bump = (m: Record<string, number>, k: string) => {
  m[k] = (m[k] ?? 0) + 1;
};

export function scoreFindings(labels: readonly CorpusLabel[], findings: readonly LocatedFinding[]): Score {
  const byPath = new Map<string, CorpusLabel[]>();
  for (const l of labels) byPath.set(l.path, [...(byPath.get(l.path) ?? []), l]);
  const hit = new Set<CorpusLabel>();
  const fpLocations = new Map<string, { kind: string; rule: string }>();

  for (const f of findings) {
    const start = f.startLine;
    const end = Math.max(f.endLine ?? start, start);
    const touching = (byPath.get(f.path) ?? []).filter((l) => l.line <= end && l.endLine >= start);
    const positives = touching.filter((l) => l.secret);
    if (positives.length) {
      // prefer a label this finding starts on, then any not yet credited
      const fresh = positives.filter((l) => !hit.has(l));
      const pick = fresh.find((l) => start >= l.line && start <= l.endLine) ?? fresh[0];
      if (pick) hit.add(pick);
      continue;
    }
    const key = `${f.path}\0${start}`;
    if (!fpLocations.has(key)) fpLocations.set(key, { kind: touching[0]?.kind ?? 'unlabelled', rule: f.ruleId ?? '?' });
  }

  const perFamily: Record<string, FamilyRecall> = {};
  const fnKinds: Record<string, number> = {};
  for (const l of labels) {
    if (!l.secret) continue;
    const fam = (perFamily[l.kind] ??= { planted: 0, found: 0, recall: 0 });
    fam.planted++;
    if (hit.has(l)) fam.found++;
    else bump(fnKinds, l.kind);
  }
  for (const fam of Object.values(perFamily)) fam.recall = fam.planted ? fam.found / fam.planted : 1;

  const fpKinds: Record<string, number> = {};
  const fpRules: Record<string, number> = {};
  for (const { kind, rule } of fpLocations.values()) {
    bump(fpKinds, kind);
    bump(fpRules, rule);
  }
  const planted = labels.filter((l) => l.secret).length;
  const tp = hit.size;
  const fp = fpLocations.size;
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = planted ? tp / planted : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { planted, tp, fp, fn: planted - tp, precision, recall, f1, perFamily, fpKinds, fnKinds, fpRules };
}

/** A short multi-line summary (kinds and counts only). */
export function formatScore(name: string, s: Score): string {
  const pct = (x: number) => (100 * x).toFixed(1) + '%';
  const top = (m: Record<string, number>) =>
    Object.entries(m)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k}×${v}`)
      .join(', ') || '-';
  return [
    `${name}: precision ${pct(s.precision)} recall ${pct(s.recall)} F1 ${pct(s.f1)} (TP ${s.tp}, FP ${s.fp}, FN ${s.fn} of ${s.planted})`,
    `  FN kinds: ${top(s.fnKinds)}`,
    `  FP kinds: ${top(s.fpKinds)}`,
    `  FP rules: ${top(s.fpRules)}`,
  ].join('\n');
}

/** Hides anything value-like in a line (runs with digits/symbols, or long mixed-case runs), keeping its shape. */
export function maskLine(line: string): string {
  return line
    .replace(/[A-Za-z0-9+/_.~^%*!-]{4,}/g, (run) => (/[0-9+/~^%*!]/.test(run) || (run.length >= 20 && /[a-z]/.test(run) && /[A-Z]/.test(run)) ? `‹${run.length}›` : run))
    .slice(0, 160);
}

/**
 * One line per miss and per false location, with the line's shape but no values:
 * `FN generic-password services/x/Dockerfile:11  ENV PASSWD=‹25›`.
 */
export function explainScore(
  labels: readonly CorpusLabel[],
  findings: readonly LocatedFinding[],
  files: readonly { path: string; text: string }[],
  limit = 60,
): string[] {
  const text = new Map(files.map((f) => [f.path, f.text.split('\n')]));
  const lineOf = (p: string, n: number) => maskLine((text.get(p)?.[n - 1] ?? '').trim());
  const out: string[] = [];
  const covered = (l: CorpusLabel) => findings.some((f) => f.path === l.path && f.startLine <= l.endLine && (f.endLine ?? f.startLine) >= l.line);
  for (const l of labels) if (l.secret && !covered(l)) out.push(`FN ${l.kind} ${l.path}:${l.line}  ${lineOf(l.path, l.line)}`);
  const seen = new Set<string>();
  for (const f of findings) {
    const end = f.endLine ?? f.startLine;
    const touching = labels.filter((l) => l.path === f.path && l.line <= end && l.endLine >= f.startLine);
    if (touching.some((l) => l.secret)) continue;
    const key = `${f.path}:${f.startLine}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(`FP ${f.ruleId ?? '?'} on ${touching[0]?.kind ?? 'unlabelled'} ${key}  ${lineOf(f.path, f.startLine)}`);
  }
  return out.slice(0, limit);
}
