/**
 * An explicit fallback chain for development: try each store in order (e.g. Vault, then env) and use the
 * first that has the secret. Only "not there" and "cannot reach" fall through; an integrity failure (a
 * tampered sops file) or a bad request stops the chain, so tampering is never hidden by a fallback.
 * Writes go to the first writable store only (never silently to a fallback).
 */
import { isStoreError, StoreError } from './errors.js';
import type { SecretRef, SecretStore, SecretValue, WriteOptions } from './types.js';

export interface ChainOptions {
  /**
   * Errors that are not StoreErrors (from stores that do not classify their errors): fall through
   * ('fallback') or stop ('stop'). Default 'stop'.
   */
  unknownErrors?: 'fallback' | 'stop';
  /** Called when a store is skipped, for logging which store answered. No values are passed. */
  onFallback?: (info: { scheme: string; uri: string; reason: string }) => void;
}

export class ChainStore implements SecretStore {
  readonly scheme: string;
  readonly readOnly: boolean;

  constructor(
    private readonly stores: readonly SecretStore[],
    private readonly opts: ChainOptions = {},
  ) {
    if (stores.length === 0) throw new StoreError('a store chain needs at least one store', 'invalid');
    this.scheme = stores[0].scheme;
    this.readOnly = stores.every((s) => s.readOnly);
  }

  async get(ref: SecretRef): Promise<SecretValue> {
    return this.firstThat(ref, async (store) => {
      const v = await store.get(ref);
      return { ...v, metadata: { ...v.metadata, store: store.scheme } };
    });
  }

  async getAll(ref: SecretRef): Promise<{ data: Record<string, string>; version?: number }> {
    return this.firstThat(ref, async (store) => {
      if (!store.getAll) throw new StoreError(`${ref.uri}: store ${store.scheme} cannot read whole secrets`, 'not-found');
      return store.getAll(ref);
    });
  }

  list(prefix: SecretRef): Promise<string[]> {
    return this.firstThat(prefix, (store) => store.list(prefix));
  }

  async set(ref: SecretRef, value: string, opts?: WriteOptions): Promise<{ version?: number }> {
    return this.writer(ref).set(ref, value, opts);
  }

  async delete(ref: SecretRef): Promise<void> {
    return this.writer(ref).delete(ref);
  }

  async close(): Promise<void> {
    for (const s of this.stores) await s.close?.();
  }

  private writer(ref: SecretRef): SecretStore {
    const w = this.stores.find((s) => !s.readOnly);
    if (!w) throw new StoreError(`${ref.uri}: every store in the chain is read-only`, 'invalid');
    return w;
  }

  private async firstThat<T>(ref: SecretRef, op: (store: SecretStore) => Promise<T>): Promise<T> {
    const reasons: string[] = [];
    let allNotFound = true;
    for (const store of this.stores) {
      try {
        return await op(store);
      } catch (err) {
        const kind = classify(err);
        const falls = kind === 'not-found' || kind === 'unavailable' || (kind === 'unknown' && this.opts.unknownErrors === 'fallback');
        if (!falls) throw err;
        const reason = err instanceof Error ? err.message : String(err);
        if (kind !== 'not-found') allNotFound = false;
        reasons.push(`${store.scheme}: ${reason}`);
        this.opts.onFallback?.({ scheme: store.scheme, uri: ref.uri, reason });
      }
    }
    throw new StoreError(`${ref.uri}: no store in the chain could answer (${reasons.join('; ')})`, allNotFound ? 'not-found' : 'unavailable');
  }
}

/**
 * StoreError codes, plus the `kind` of errors from stores with their own error class (the Vault store's
 * VaultError: not-found/deleted, unreachable/timeout/sealed).
 */
function classify(err: unknown): 'not-found' | 'unavailable' | 'stop' | 'unknown' {
  if (isStoreError(err, 'not-found')) return 'not-found';
  if (isStoreError(err, 'unavailable')) return 'unavailable';
  if (err instanceof StoreError) return 'stop';
  const kind = (err as { kind?: unknown } | null)?.kind;
  if (kind === 'not-found' || kind === 'deleted') return 'not-found';
  if (kind === 'unreachable' || kind === 'timeout' || kind === 'sealed') return 'unavailable';
  if (typeof kind === 'string') return 'stop';
  return 'unknown';
}
