/**
 * A SecretStore wrapper that appends one audit record per read, write, delete and list, with the
 * outcome. Fails closed: if the record cannot be written, the operation's result is not returned
 * (a read's value is withheld; a write has happened, and the audit error says so).
 * The record holds the URI and the error kind, never a value or a raw error message.
 */
import { StoreError } from '../stores/errors.js';
import type { SecretRef, SecretStore, SecretValue, WriteOptions } from '../stores/types.js';
import type { AuditLog } from './log.js';
import type { AuditAction, AuditOutcome } from './record.js';

export interface AuditedStoreOptions {
  log: AuditLog;
  actor: string;
}

export class AuditedStore implements SecretStore {
  readonly scheme: string;
  readonly readOnly: boolean;

  constructor(
    private readonly inner: SecretStore,
    private readonly opts: AuditedStoreOptions,
  ) {
    this.scheme = inner.scheme;
    this.readOnly = inner.readOnly;
  }

  get(ref: SecretRef): Promise<SecretValue> {
    return this.audited('read', ref, () => this.inner.get(ref));
  }

  async getAll(ref: SecretRef): Promise<{ data: Record<string, string>; version?: number }> {
    const inner = this.inner;
    if (!inner.getAll) throw new StoreError(`${ref.uri}: store ${this.scheme} cannot read whole secrets`, 'invalid');
    return this.audited('read', ref, () => inner.getAll!(ref));
  }

  set(ref: SecretRef, value: string, opts?: WriteOptions): Promise<{ version?: number }> {
    return this.audited('write', ref, () => this.inner.set(ref, value, opts));
  }

  list(prefix: SecretRef): Promise<string[]> {
    return this.audited('list', prefix, () => this.inner.list(prefix));
  }

  delete(ref: SecretRef): Promise<void> {
    return this.audited('delete', ref, () => this.inner.delete(ref));
  }

  async close(): Promise<void> {
    await this.inner.close?.();
  }

  private async audited<T>(action: AuditAction, ref: SecretRef, op: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await op();
    } catch (err) {
      const { outcome, detail } = describeError(err);
      await this.opts.log.append({ actor: this.opts.actor, action, uri: ref.uri, outcome, detail });
      throw err;
    }
    await this.opts.log.append({ actor: this.opts.actor, action, uri: ref.uri, outcome: 'ok' });
    return result;
  }
}

/** Outcome and a value-free detail: the error class and code/kind, never the message. */
export function describeError(err: unknown): { outcome: AuditOutcome; detail: string } {
  const e = err as { name?: unknown; code?: unknown; kind?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : typeof e?.kind === 'string' ? e.kind : undefined;
  const name = typeof e?.name === 'string' ? e.name : 'Error';
  let outcome: AuditOutcome = 'error';
  if (code === 'not-found' || code === 'deleted') outcome = 'not-found';
  else if (code === 'forbidden' || code === 'denied') outcome = 'denied';
  else if (code === 'integrity') outcome = 'integrity';
  return { outcome, detail: code ? `${name}:${code}` : name };
}
