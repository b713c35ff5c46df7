/**
 * Rotates one secret: read the current version, make a new value, write it check-and-set, run the
 * verify step, and on failure put the previous version back. Every attempt ends in one audit record
 * (old version, new version, who, why, outcome). Values live only in local variables here; results,
 * errors and audit details carry URIs and version labels, never a value.
 */
import { EXIT, StanchError } from '../model/errors.js';
import type { AuditLog } from '../audit/log.js';
import { createStore, type StoreOptions } from '../stores/registry.js';
import type { SecretStore } from '../stores/types.js';
import { parseStoreUri } from '../stores/uri.js';
import { backendFor, RotationError, type RotationBackend } from './backends.js';
import { policyFor, type RotationConfig, type RotationPolicy } from './config.js';
import { dueState, type DueState } from './due.js';
import { generateValue } from './generators.js';
import { runVerify } from './verify.js';

export type RotationReason = 'manual' | 'schedule' | 'leak';

export interface RotationRequest {
  uri: string;
  reason: RotationReason;
  /** Value-free context for the audit record (e.g. the leak's fingerprint and location). */
  detail?: string;
}

export type RotationStatus =
  /** New version written and verified. */
  | 'rotated'
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

export class Rotator {
  private readonly stores = new Map<string, Promise<SecretStore>>();
  constructor(private readonly opts: RotatorOptions) {}

  private now(): Date {
    return (this.opts.now ?? (() => new Date()))();
  }

  /** The real store for a scheme (created once per rotator; close() releases them). */
  store(scheme: string): Promise<SecretStore> {
    let p = this.stores.get(scheme);
    if (!p) {
      p = createStore(scheme, this.opts.stores);
      this.stores.set(scheme, p);
      p.catch(() => this.stores.delete(scheme));
    }
    return p;
  }

  async backend(uri: string): Promise<RotationBackend> {
    const ref = parseStoreUri(uri);
    return backendFor(await this.store(ref.scheme), { sopsBaseDir: this.opts.stores.sops?.baseDir ?? this.opts.config.baseDir });
  }

  /** The policy for a URI, or a usage error that says how to add one. */
  policy(uri: string): RotationPolicy {
    const p = policyFor(this.opts.config, uri);
    if (!p) {
      const where = this.opts.config.file ?? 'the config';
      throw new RotationError(`${uri}: no [[rotation.policies]] entry in ${where} matches; add one with match and generator`, EXIT.USAGE);
    }
    return p;
  }

  /** Is this URI due for rotation under its policy (reads metadata only for Vault)? */
  async due(uri: string): Promise<DueState> {
    const policy = this.policy(uri);
    const facts = await (await this.backend(uri)).facts(parseStoreUri(uri));
    return dueState({ lastRotated: facts.lastRotated, every: facts.every ?? policy.every, now: this.now() });
  }

  /** What would happen, without reading or writing any value. */
  async plan(req: RotationRequest, message?: string): Promise<RotationResult> {
    const base: RotationResult = { uri: req.uri, status: 'planned', reason: req.reason };
    try {
      const policy = this.policy(req.uri);
      await this.backend(req.uri);
      return { ...base, ...describePolicy(policy), ...(message ? { message } : {}) };
    } catch (err) {
      return { ...base, status: 'failed', message: messageOf(err) };
    }
  }

  /** Rotates now. Never throws for a failed rotation: the result says what happened. */
  async rotate(req: RotationRequest): Promise<RotationResult> {
    const result: RotationResult = { uri: req.uri, status: 'failed', reason: req.reason };
    let policy: RotationPolicy;
    let backend: RotationBackend;
    try {
      policy = this.policy(req.uri);
      Object.assign(result, describePolicy(policy));
      backend = await this.backend(req.uri);
    } catch (err) {
      result.message = messageOf(err);
      await this.record(req, result);
      return result;
    }
    const ref = parseStoreUri(req.uri);
    let before;
    try {
      before = await backend.snapshot(ref);
      result.oldVersion = before.version;
    } catch (err) {
      result.message = messageOf(err);
      await this.record(req, result);
      return result;
    }
    let newValue: string;
    try {
      newValue = await generateValue(
        policy.generator,
        { uri: req.uri, policy: policy.match, reason: req.reason, ...(policy.passOldValue ? { oldValue: before.value } : {}) },
        { cwd: this.opts.config.baseDir, baseEnv: this.opts.baseEnv, allowEnv: policy.env, stderr: this.opts.hookStderr },
      );
      if (newValue === before.value) throw new RotationError(`the generator returned the current value again; nothing was written`);
    } catch (err) {
      result.message = messageOf(err);
      await this.record(req, result);
      return result;
    }
    const oldValueGone = () => {
      // Drop our reference to the old value as soon as it is not needed (GC can then reclaim it).
      before.value = '';
    };
    oldValueGone();
    let written;
    try {
      written = await backend.writeNew(ref, before, newValue);
      result.newVersion = written.version;
    } catch (err) {
      result.message = messageOf(err);
      await this.record(req, result);
      return result;
    }
    if (policy.verify) {
      const outcome = await runVerify(policy.verify, {
        uri: req.uri,
        newValue,
        cwd: this.opts.config.baseDir,
        baseEnv: this.opts.baseEnv,
        allowEnv: policy.env,
        stderr: this.opts.hookStderr,
      }).catch((err: unknown) => ({ ok: false as const, reason: messageOf(err) }));
      newValue = '';
      if (!outcome.ok) {
        try {
          result.restoredVersion = await backend.rollback(ref, before, written);
          result.status = 'rolled-back';
          result.message = `${outcome.reason}; the previous version serves again`;
        } catch (err) {
          result.status = 'failed';
          result.message = `${outcome.reason}; ROLLBACK FAILED: ${messageOf(err)} (the new, unverified version is current)`;
        }
        await this.record(req, result);
        return result;
      }
    }
    newValue = '';
    try {
      await backend.markRotated(ref, this.now(), policy.match);
    } catch (err) {
      // The rotation itself worked; a missing timestamp only makes the next --due run early.
      result.message = `rotated, but recording the rotation time failed: ${messageOf(err)}`;
    }
    result.status = 'rotated';
    await this.record(req, result);
    return result;
  }

  async close(): Promise<void> {
    for (const p of this.stores.values()) {
      const s = await p.catch(() => undefined);
      await s?.close?.();
    }
    this.stores.clear();
  }

  /** One audit record per attempt. An audit failure is fatal: rotation must not go unrecorded. */
  private async record(req: RotationRequest, r: RotationResult): Promise<void> {
    if (!this.opts.audit) return;
    const outcome = r.status === 'rotated' ? 'ok' : r.status === 'rolled-back' ? 'rolled-back' : 'error';
    const parts = [`old=${r.oldVersion ?? '-'}`, `new=${r.newVersion ?? '-'}`];
    if (r.restoredVersion) parts.push(`restored=${r.restoredVersion}`);
    parts.push(`reason=${req.reason}`);
    if (req.detail) parts.push(req.detail);
    if (r.policy) parts.push(`policy=${r.policy}`);
    if (r.message && r.status !== 'rotated') parts.push(`error=${r.message}`);
    await this.opts.audit.append({ actor: this.opts.actor, action: 'rotate', uri: req.uri, outcome, detail: parts.join(' ') });
  }
}

export function describePolicy(p: RotationPolicy): Pick<RotationResult, 'policy' | 'generator' | 'verify'> {
  const g = p.generator;
  const generator =
    g.kind === 'random' ? `random(${g.length})` : g.kind === 'prefixed' ? `prefixed(${g.prefix}…, ${g.length})` : `command(${g.command[0].split('/').pop()})`;
  const verify = !p.verify ? undefined : p.verify.kind === 'http' ? `http ${p.verify.method} ${safeUrl(p.verify.url)}` : `command(${p.verify.command[0].split('/').pop()})`;
  return { policy: p.match, generator, ...(verify ? { verify } : {}) };
}

function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}

/** A one-line, value-free message for any error. Non-stanch errors show only their kind. */
export function messageOf(err: unknown): string {
  if (err instanceof StanchError) return err.message.split('\n')[0];
  const e = err as NodeJS.ErrnoException;
  return `unexpected ${e?.name ?? 'error'}${e?.code ? ` (${e.code})` : ''}`;
}
