/**
 * File-and-line annotations. GitHub shows only 10 error and 10 warning annotations per step
 * (and 50 per job), in the order printed: we print the most severe first and, when a level
 * overflows, use its last slot to say how many more exist and where to look.
 */
import type { Finding } from '../../model/finding.js';
import type { Severity } from '../../model/severity.js';
import { bySeverity, managedNote, redactedValue, shortSha } from './present.js';

/** Annotations GitHub displays per level per step. */
export const ANNOTATIONS_PER_LEVEL = 10;

export type AnnotationLevel = 'error' | 'warning';

export interface PlannedAnnotation {
  level: AnnotationLevel;
  message: string;
  title: string;
  file?: string;
  startLine?: number;
  endLine?: number;
}

export function levelFor(severity: Severity): AnnotationLevel {
  return severity === 'critical' || severity === 'high' ? 'error' : 'warning';
}

export function annotationFor(f: Finding): PlannedAnnotation {
  const where = f.commit ? ` in commit ${shortSha(f.commit.sha)}` : '';
  const managed = managedNote(f);
  if (managed) {
    return {
      level: levelFor(f.severity),
      title: `stanch: ${f.ruleId} (${f.severity}): managed secret leaked`,
      message: `${f.description}${where}: value ${redactedValue(f)} (fingerprint ${f.fingerprint}). ${managed[0].toUpperCase()}${managed.slice(1)}.`,
      file: f.path,
      startLine: f.startLine,
      endLine: f.endLine,
    };
  }
  return {
    level: levelFor(f.severity),
    title: `stanch: ${f.ruleId} (${f.severity})`,
    message: `${f.description}${where}: value ${redactedValue(f)} (fingerprint ${f.fingerprint}). Revoke it if real; to allow a false positive, see the job summary.`,
    file: f.path,
    startLine: f.startLine,
    endLine: f.endLine,
  };
}

/**
 * The annotations to print, most severe first, within GitHub's per-level display limit.
 * `reserveError` keeps one error slot free for the step's own failure message.
 */
export function planAnnotations(
  findings: readonly Finding[],
  opts: { perLevel?: number; reserveError?: boolean } = {},
): { annotations: PlannedAnnotation[]; notShown: number } {
  const out: PlannedAnnotation[] = [];
  let notShown = 0;
  for (const level of ['error', 'warning'] as const) {
    const perLevel = (opts.perLevel ?? ANNOTATIONS_PER_LEVEL) - (level === 'error' && opts.reserveError ? 1 : 0);
    const group = bySeverity(findings).filter((f) => levelFor(f.severity) === level);
    if (group.length <= perLevel) {
      out.push(...group.map(annotationFor));
      continue;
    }
    const shown = group.slice(0, perLevel - 1);
    const rest = group.length - shown.length;
    notShown += rest;
    out.push(...shown.map(annotationFor));
    out.push({
      level,
      title: 'stanch: more findings',
      message: `${rest} more ${level === 'error' ? 'critical/high' : 'medium/low'} finding${rest === 1 ? '' : 's'} not annotated here (GitHub shows ${opts.perLevel ?? ANNOTATIONS_PER_LEVEL} per step): see the job summary and the SARIF/JSON report.`,
    });
  }
  return { annotations: out, notShown };
}
