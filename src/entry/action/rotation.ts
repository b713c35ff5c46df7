/**
 * The leak→rotate loop for the Action (scheduled audit or push check with rotation enabled).
 * The lead's run() calls this after scanning, with options it built from inputs:
 *
 *   const r = await rotateLeakedForAction({ findings, storeOptions, rotationConfig, audit, actor, baseEnv: process.env, rotate: true });
 *   summary.addRaw(r.markdown); prComment += r.markdown;
 *
 * Findings are marked in place (`finding.managed`), so SARIF/annotations/the report show them.
 * Outputs never contain a value: URIs, versions, fingerprints and value-free messages only.
 */
import type { AuditLog } from '../../audit/log.js';
import type { Finding } from '../../model/finding.js';
import type { RotationConfig } from '../../rotation/config.js';
import { runLeakLoop, type LeakLoopResult, type UnmanagedLeak } from '../../rotation/leak-loop.js';
import type { LeakMatch } from '../../rotation/leak-match.js';
import { renderLeakLoopMarkdown } from '../../rotation/report.js';
import type { RotationResult } from '../../rotation/rotator.js';
import type { StoreOptions } from '../../stores/registry.js';

export interface ActionRotationOptions {
  findings: Finding[];
  storeOptions: StoreOptions;
  rotationConfig: RotationConfig;
  audit?: AuditLog;
  /** `github:<actor>` */
  actor: string;
  /** What hook commands may draw from (filtered per policy `env`). */
  baseEnv: Record<string, string | undefined>;
  /** Input `rotate-leaked`: false = match and plan only. */
  rotate: boolean;
  dryRun?: boolean;
  /** Refresh injected outputs after a rotation (e.g. re-export a masked env var). */
  onRotated?: (uri: string, result: RotationResult) => Promise<void> | void;
}

export interface ActionRotationResult {
  matches: LeakMatch[];
  rotated: RotationResult[];
  /** Planned, rolled back or failed: everything that did not rotate. */
  plans: RotationResult[];
  unmanaged: UnmanagedLeak[];
  problems: LeakLoopResult['problems'];
  /** For the job summary and the PR comment ('' when there is nothing to say). */
  markdown: string;
  /** True when a rotation failed or was rolled back: the step should fail. */
  failed: boolean;
}

export async function rotateLeakedForAction(opts: ActionRotationOptions): Promise<ActionRotationResult> {
  const loop = await runLeakLoop({
    findings: opts.findings,
    config: opts.rotationConfig,
    stores: opts.storeOptions,
    audit: opts.audit,
    actor: opts.actor,
    baseEnv: opts.baseEnv,
    rotate: opts.rotate,
    dryRun: opts.dryRun,
    onRotated: opts.onRotated,
    // Hook stderr goes to the job log like any step output.
    hookStderr: 'inherit',
  });
  return {
    matches: loop.matches,
    rotated: loop.results.filter((r) => r.status === 'rotated'),
    plans: loop.results.filter((r) => r.status !== 'rotated'),
    unmanaged: loop.unmanaged,
    problems: loop.problems,
    markdown: renderLeakLoopMarkdown(loop),
    failed: loop.results.some((r) => r.status === 'failed' || r.status === 'rolled-back'),
  };
}
