/**
 * Rotation plans and results as text (terminal), JSON (machines) and Markdown (Action summary and
 * PR comment). Inputs are value-free by construction (URIs, versions, fingerprints, messages).
 */
import type { LeakLoopResult } from './leak-loop.js';
import type { RotationResult } from './rotator.js';
export declare function renderRotationText(results: readonly RotationResult[]): string;
export declare function renderRotationJson(results: readonly RotationResult[]): string;
/** The leak loop's outcome for the text console: matches, what was rotated or planned, unmanaged leaks. */
export declare function renderLeakLoopText(r: LeakLoopResult): string;
/** A Markdown section for the job summary and the PR comment. Empty string when there is nothing to say. */
export declare function renderLeakLoopMarkdown(r: LeakLoopResult): string;
