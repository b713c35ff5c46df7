import type { AuditLog } from '../audit/log.js';
import { type StoreOptions } from '../stores/registry.js';
import type { SecretStore } from '../stores/types.js';
import { type RotationBackend } from './backends.js';
import { type RotationConfig, type RotationPolicy } from './config.js';
import { type DueState } from './due.js';
export type RotationReason = 'manual' | 'schedule' | 'leak';
export interface RotationRequest {
    uri: string;
    reason: RotationReason;
    /** Value-free context for the audit record (e.g. the leak's fingerprint and location). */
    detail?: string;
}
export type RotationStatus = 
/** New version written and verified. */
'rotated'
/** Verify failed; the previous version serves again. */
 | 'rolled-back'
/** Something failed (store, generator, rollback). */
 | 'failed'
/** Dry run or not allowed to act: what would happen. */
 | 'planned'
/** Not due yet (--due). */
 | 'not-due';
export interface RotationResult {
    uri: string;
    status: RotationStatus;
    reason: RotationReason;
    policy?: string;
    generator?: string;
    verify?: string;
    oldVersion?: string;
    newVersion?: string;
    /** After a rollback: the version that serves the old value again. */
    restoredVersion?: string;
    /** Why it failed or was rolled back, or what the plan is waiting for. Never a value. */
    message?: string;
    due?: DueState;
}
export interface RotatorOptions {
    config: RotationConfig;
    /** How to reach the stores (no cache, no fallback chain: rotation talks to the real store). */
    stores: StoreOptions;
    /** Where rotation history goes. */
    audit?: AuditLog;
    actor: string;
    /** Environment hook commands may draw from (the entry point passes process.env; filtered per policy). */
    baseEnv: Record<string, string | undefined>;
    now?: () => Date;
    /** Hook stderr: 'inherit' (default) or 'ignore'. */
    hookStderr?: 'inherit' | 'ignore';
}
export declare class Rotator {
    private readonly opts;
    private readonly stores;
    constructor(opts: RotatorOptions);
    private now;
    /** The real store for a scheme (created once per rotator; close() releases them). */
    store(scheme: string): Promise<SecretStore>;
    backend(uri: string): Promise<RotationBackend>;
    /** The policy for a URI, or a usage error that says how to add one. */
    policy(uri: string): RotationPolicy;
    /** Is this URI due for rotation under its policy (reads metadata only for Vault)? */
    due(uri: string): Promise<DueState>;
    /** What would happen, without reading or writing any value. */
    plan(req: RotationRequest, message?: string): Promise<RotationResult>;
    /** Rotates now. Never throws for a failed rotation: the result says what happened. */
    rotate(req: RotationRequest): Promise<RotationResult>;
    close(): Promise<void>;
    /** One audit record per attempt. An audit failure is fatal: rotation must not go unrecorded. */
    private record;
}
export declare function describePolicy(p: RotationPolicy): Pick<RotationResult, 'policy' | 'generator' | 'verify'>;
/** A one-line, value-free message for any error. Non-stanch errors show only their kind. */
export declare function messageOf(err: unknown): string;
