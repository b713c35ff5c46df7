/**
 * The one way inject and the `secrets` commands touch stores: a StoreRegistry (cache, fallback) with
 * every store wrapped in AuditedStore when an audit log is configured, plus `inject` records that say
 * where values were put (the target, never the value).
 */
import { AuditedStore } from '../audit/audited-store.js';
import { AuditLog, type AuditLogOptions } from '../audit/log.js';
import type { AuditOutcome } from '../audit/record.js';
import { createStoreRegistry, type StoreOptions, type StoreRegistry } from '../stores/registry.js';
import type { SecretRef, SecretStore, SecretValue } from '../stores/types.js';
import { parseStoreUri } from '../stores/uri.js';

export interface AuditSettings {
  log: AuditLogOptions;
  actor: string;
}

export interface SecretAccessOptions {
  stores: StoreOptions;
  /** Undefined: no audit log. */
  audit?: AuditSettings;
  /** For tests: a registry built elsewhere. */
  registry?: StoreRegistry;
}

export class SecretAccess {
  private readonly registry: StoreRegistry;
  private readonly log?: AuditLog;
  private readonly wrapped = new Map<string, Promise<SecretStore>>();

  constructor(private readonly opts: SecretAccessOptions) {
    this.registry = opts.registry ?? createStoreRegistry(opts.stores);
    if (opts.audit) this.log = new AuditLog(opts.audit.log);
  }

  /** The store for a scheme, audited when a log is configured. */
  store(scheme: string): Promise<SecretStore> {
    let p = this.wrapped.get(scheme);
    if (!p) {
      p = this.registry.forScheme(scheme).then((s) => (this.log && this.opts.audit ? new AuditedStore(s, { log: this.log, actor: this.opts.audit.actor }) : s));
      this.wrapped.set(scheme, p);
      p.catch(() => this.wrapped.delete(scheme));
    }
    return p;
  }

  async get(uri: string | SecretRef): Promise<SecretValue> {
    const ref = typeof uri === 'string' ? parseStoreUri(uri) : uri;
    return (await this.store(ref.scheme)).get(ref);
  }

  /** Appends one `inject` record: `uri` is the secret, `target` where it went (file, env of a process). */
  async recordInjection(uri: string, target: string, outcome: AuditOutcome = 'ok'): Promise<void> {
    if (!this.log || !this.opts.audit) return;
    await this.log.append({ actor: this.opts.audit.actor, action: 'inject', uri, outcome, detail: target });
  }

  get auditFile(): string | undefined {
    return this.opts.audit?.log.file;
  }

  close(): Promise<void> {
    return this.registry.close();
  }
}
