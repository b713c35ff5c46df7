/**
 * A short-lived in-memory cache in front of a store, so that one run reading the same secret for several
 * targets asks the server once. Values live only in this process's memory, for `ttlMs` at most; a write or
 * delete through the cache drops the entries of that path. Errors are never cached.
 */
import { formatStoreUri } from './uri.js';
import type { SecretRef, SecretStore, SecretValue, WriteOptions } from './types.js';

export interface CacheOptions {
  /** Time to live in milliseconds (e.g. 30_000). 0 disables caching. */
  ttlMs: number;
  /** Upper bound on entries; the oldest go first. Default 1000. */
  maxEntries?: number;
  /** Clock in ms (tests). */
  now?: () => number;
}

interface Entry {
  value: SecretValue;
  expires: number;
  path: string;
}

export class CachedStore implements SecretStore {
  readonly scheme: string;
  readonly readOnly: boolean;
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;

  constructor(
    private readonly inner: SecretStore,
    private readonly opts: CacheOptions,
  ) {
    this.scheme = inner.scheme;
    this.readOnly = inner.readOnly;
    this.now = opts.now ?? Date.now;
  }

  async get(ref: SecretRef): Promise<SecretValue> {
    const key = formatStoreUri(ref);
    const hit = this.entries.get(key);
    if (hit && hit.expires > this.now()) return hit.value;
    if (hit) this.entries.delete(key);
    const value = await this.inner.get(ref);
    if (this.opts.ttlMs > 0) {
      this.entries.set(key, { value, expires: this.now() + this.opts.ttlMs, path: pathKey(ref) });
      const max = this.opts.maxEntries ?? 1000;
      while (this.entries.size > max) this.entries.delete(this.entries.keys().next().value as string);
    }
    return value;
  }

  async getAll(ref: SecretRef): Promise<{ data: Record<string, string>; version?: number }> {
    if (!this.inner.getAll) throw new Error(`store ${this.scheme} has no getAll`);
    return this.inner.getAll(ref);
  }

  async set(ref: SecretRef, value: string, opts?: WriteOptions): Promise<{ version?: number }> {
    this.invalidate(ref);
    try {
      return await this.inner.set(ref, value, opts);
    } finally {
      this.invalidate(ref);
    }
  }

  list(prefix: SecretRef): Promise<string[]> {
    return this.inner.list(prefix);
  }

  async delete(ref: SecretRef): Promise<void> {
    this.invalidate(ref);
    await this.inner.delete(ref);
  }

  /** Forget every entry of the ref's path (all keys and versions). */
  invalidate(ref: SecretRef): void {
    const p = pathKey(ref);
    for (const [k, e] of this.entries) if (e.path === p) this.entries.delete(k);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  async close(): Promise<void> {
    this.clear();
    await this.inner.close?.();
  }
}

function pathKey(ref: SecretRef): string {
  return `${ref.scheme}://${ref.path}`;
}
