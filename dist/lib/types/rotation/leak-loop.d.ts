/**
 * The leak→rotate loop: findings from any scan are matched against the managed secrets (keyed
 * hashes only, see leak-match.ts); a match marks the finding as a managed secret leaked, and the
 * secret is rotated when the caller enables rotation and the policy opts in
 * (`autoRotateOnLeak = true`), otherwise a plan is returned. Findings that match nothing are
 * unmanaged leaks: they point to the provider's revocation page where the rule knows it.
 */
import type { AuditLog } from '../audit/log.js';
import type { Finding } from '../model/finding.js';
import type { StoreOptions } from '../stores/registry.js';
import { type RotationConfig } from './config.js';
import { type LeakMatch } from './leak-match.js';
import { type RotationResult } from './rotator.js';
export interface LeakLoopOptions {
    findings: Finding[];
    config: RotationConfig;
    stores: StoreOptions;
    audit?: AuditLog;
    actor: string;
    baseEnv: Record<string, string | undefined>;
    /** Master switch (CLI --rotate-leaked, Action input): without it every match is only planned. */
    rotate: boolean;
    /** Plan only, even where rotation is enabled. */
    dryRun?: boolean;
    now?: () => Date;
    hookStderr?: 'inherit' | 'ignore';
    /** Called after each successful rotation, e.g. to refresh injected outputs. */
    onRotated?: (uri: string, result: RotationResult) => Promise<void> | void;
}
export interface UnmanagedLeak {
    fingerprint: string;
    ruleId: string;
    path: string;
    startLine: number;
    commit?: string;
    revokeUrl?: string;
}
export interface LeakLoopResult {
    matches: LeakMatch[];
    /** One per matched URI: rotated, rolled-back, failed or planned. */
    results: RotationResult[];
    unmanaged: UnmanagedLeak[];
    /** Managed secrets that could not be read or listed (so a leak of them would go unnoticed). */
    problems: {
        uri: string;
        message: string;
    }[];
}
export declare function runLeakLoop(opts: LeakLoopOptions): Promise<LeakLoopResult>;
