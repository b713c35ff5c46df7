/** A tiny in-memory SecretStore for cache/chain tests (a real implementation of the interface, not a mock). */
import { StoreError } from '../../src/stores/errors.js';
import type { SecretRef, SecretStore, SecretValue } from '../../src/stores/types.js';

export class MemoryStore implements SecretStore {
  readonly data = new Map<string, string>();
  reads = 0;
  failWith?: Error;
  constructor(
    readonly scheme: string,
    readonly readOnly = false,
  ) {}
  private k(ref: SecretRef): string {
    return `${ref.path}#${ref.key ?? ''}`;
  }
  async get(ref: SecretRef): Promise<SecretValue> {
    this.reads++;
    if (this.failWith) throw this.failWith;
    const v = this.data.get(this.k(ref));
    if (v === undefined) throw new StoreError(`${ref.uri}: not found`, 'not-found');
    return { value: v };
  }
  async set(ref: SecretRef, value: string): Promise<{ version?: number }> {
    this.data.set(this.k(ref), value);
    return {};
  }
  async list(): Promise<string[]> {
    return [...this.data.keys()];
  }
  async delete(ref: SecretRef): Promise<void> {
    this.data.delete(this.k(ref));
  }
}
