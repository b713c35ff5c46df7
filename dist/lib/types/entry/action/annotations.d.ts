/**
 * File-and-line annotations. GitHub shows only 10 error and 10 warning annotations per step
 * (and 50 per job), in the order printed: we print the most severe first and, when a level
 * overflows, use its last slot to say how many more exist and where to look.
 */
import type { Finding } from '../../model/finding.js';
import type { Severity } from '../../model/severity.js';
/** Annotations GitHub displays per level per step. */
export declare const ANNOTATIONS_PER_LEVEL = 10;
export type AnnotationLevel = 'error' | 'warning';
export interface PlannedAnnotation {
    level: AnnotationLevel;
    message: string;
    title: string;
    file?: string;
    startLine?: number;
    endLine?: number;
}
export declare function levelFor(severity: Severity): AnnotationLevel;
export declare function annotationFor(f: Finding): PlannedAnnotation;
/**
 * The annotations to print, most severe first, within GitHub's per-level display limit.
 * `reserveError` keeps one error slot free for the step's own failure message.
 */
export declare function planAnnotations(findings: readonly Finding[], opts?: {
    perLevel?: number;
    reserveError?: boolean;
}): {
    annotations: PlannedAnnotation[];
    notShown: number;
};
