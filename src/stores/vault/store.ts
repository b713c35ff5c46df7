import { EXIT, StanchError } from '../../model/errors.js';
import type { SecretRef, SecretStore, SecretValue, WriteOptions } from '../types.js';
import { type VaultAuth, type VaultToken, login, lookupSelf, renewSelf, renewalDelayMs, revokeSelf } from './auth.js';
import { VaultError } from './errors.js';
import { type VaultConnectionOptions, type VaultEnvelope, VaultHttpClient } from './http.js';
import {
  type KvMetadata,
  type KvSecret,
  kvDeleteLatest,
  kvDeleteMetadata,
  kvList,
  kvMetadata,
  kvRead,
  kvVersions,
  kvWrite,
} from './kv.js';
import { type KvLocation, encodePath, parseMountInfo, parseVaultUri, splitAtMount } from './uri.js';

export interface VaultStoreOptions extends VaultConnectionOptions {
  auth: VaultAuth;
  /** Skip detection and treat every mount as this KV version. */
  kvVersion?: 1 | 2;
  /** With kvVersion: the mount path (default: the first segment of each secret path). */
  kvMount?: string;
  /** Renew the token before it expires during long runs. Default true. */
  renewToken?: boolean;
  /** Revoke the token on close(). Default: true for tokens we logged in for, false for a given token. */
  revokeOnClose?: boolean;
  readOnly?: boolean;
}

/** Values in KV can be numbers or objects; callers of the generic interface get strings. */
function asString(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Vault / OpenBao KV v1 and v2 behind the generic SecretStore interface, plus the KV v2
 * operations rotation needs (versions, check-and-set, metadata, soft delete / undelete / destroy).
 * Logs in lazily on first use; close() stops renewal and revokes a token it logged in for.
 */
export class VaultStore implements SecretStore {
  readonly scheme = 'vault';
  readonly readOnly: boolean;
  readonly client: VaultHttpClient;
  private readonly opts: VaultStoreOptions;
  private tokenPromise?: Promise<VaultToken>;
  private renewTimer?: NodeJS.Timeout;
  private readonly mounts = new Map<string, KvLocation['kvVersion']>();
  private closed = false;

  constructor(opts: VaultStoreOptions) {
    if (!opts || typeof opts !== 'object' || !opts.auth) {
      throw new StanchError('vault: options need address and auth', EXIT.USAGE);
    }
    if (opts.kvVersion !== undefined && opts.kvVersion !== 1 && opts.kvVersion !== 2) {
      throw new StanchError(`vault: kvVersion must be 1 or 2`, EXIT.USAGE);
    }
    this.opts = opts;
    this.readOnly = opts.readOnly === true;
    this.client = new VaultHttpClient(opts);
  }

  /** Parses a `vault://` URI (exposed so callers need not import the parser). */
  static ref(uri: string): SecretRef {
    return parseVaultUri(uri);
  }

  // ---- generic interface ----

  async get(ref: SecretRef): Promise<SecretValue> {
    const secret = await this.read(ref, ref.version);
    const key = this.keyOf(ref, secret.data);
    if (!(key in secret.data)) {
      throw new VaultError(`vault: key '${key}' not found in ${ref.uri} (the secret has ${Object.keys(secret.data).length} keys)`, 'not-found');
    }
    return { value: asString(secret.data[key]), version: secret.version, metadata: secret.metadata };
  }

  async getAll(ref: SecretRef): Promise<{ data: Record<string, string>; version?: number }> {
    const secret = await this.read(ref, ref.version);
    const data: Record<string, string> = {};
    for (const [k, v] of Object.entries(secret.data)) data[k] = asString(v);
    return { data, version: secret.version };
  }

  /**
   * Sets one key, keeping the others. On KV v2 the write is check-and-set against the version
   * just read (or opts.cas), so a concurrent writer is detected instead of overwritten.
   */
  async set(ref: SecretRef, value: string, opts: WriteOptions = {}): Promise<{ version?: number }> {
    this.assertWritable(ref);
    if (!ref.key) throw new StanchError(`vault: ${ref.uri}: name the key to set (vault://mount/path#key)`, EXIT.USAGE);
    const loc = await this.locate(ref);
    const token = await this.token();
    let current: KvSecret = { data: {} };
    try {
      current = await kvRead(this.client, token, loc);
    } catch (err) {
      // A missing secret is created; a deleted latest version is replaced by a new one.
      if (!(err instanceof VaultError && (err.kind === 'not-found' || err.kind === 'deleted'))) throw err;
      // A new secret is written with cas 0 (create only); after a deleted latest version the
      // current version comes from the metadata.
      if (loc.kvVersion === 2 && opts.cas === undefined && err.kind === 'deleted') {
        const meta = await this.metadataOrUndefined(loc, token);
        current = { data: {}, version: meta?.currentVersion ?? 0 };
      }
    }
    const cas = loc.kvVersion === 2 ? (opts.cas ?? current.version ?? 0) : undefined;
    return kvWrite(this.client, token, loc, { ...current.data, [ref.key]: value }, cas);
  }

  async list(prefix: SecretRef): Promise<string[]> {
    const loc = await this.locate(prefix);
    return kvList(this.client, await this.token(), loc);
  }

  /** With a key: removes that key (a new version on KV v2). Without: soft-deletes the latest version (KV v1: deletes). */
  async delete(ref: SecretRef): Promise<void> {
    this.assertWritable(ref);
    const loc = await this.locate(ref);
    const token = await this.token();
    if (!ref.key) return kvDeleteLatest(this.client, token, loc);
    const current = await kvRead(this.client, token, loc);
    if (!(ref.key in current.data)) return;
    const { [ref.key]: _removed, ...rest } = current.data;
    await kvWrite(this.client, token, loc, rest, loc.kvVersion === 2 ? current.version : undefined);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.renewTimer) clearTimeout(this.renewTimer);
    this.renewTimer = undefined;
    try {
      const pending = this.tokenPromise;
      if (pending) {
        const tok = await pending.catch(() => undefined);
        const revoke = this.opts.revokeOnClose ?? tok?.fromLogin ?? false;
        if (tok && revoke) await revokeSelf(this.client, tok.token);
      }
    } finally {
      this.client.close();
    }
  }

  // ---- KV v2 extras (rotation) ----

  /** All keys of a given version (raw values), with the version number. */
  async readVersion(ref: SecretRef, version?: number): Promise<KvSecret> {
    return this.read(ref, version);
  }

  /** Writes all keys at once; `cas` as in KV v2 (0 = create only). */
  async write(ref: SecretRef, data: Record<string, unknown>, opts: WriteOptions = {}): Promise<{ version?: number }> {
    this.assertWritable(ref);
    const loc = await this.locate(ref);
    return kvWrite(this.client, await this.token(), loc, data, opts.cas);
  }

  async metadata(ref: SecretRef): Promise<KvMetadata> {
    const loc = await this.locate(ref);
    return kvMetadata(this.client, await this.token(), loc);
  }

  /** Soft-deletes versions (default: the latest). */
  async softDelete(ref: SecretRef, versions?: number[]): Promise<void> {
    this.assertWritable(ref);
    const loc = await this.locate(ref);
    const token = await this.token();
    if (!versions) return kvDeleteLatest(this.client, token, loc);
    return kvVersions(this.client, token, loc, 'delete', versions);
  }

  async undelete(ref: SecretRef, versions: number[]): Promise<void> {
    this.assertWritable(ref);
    const loc = await this.locate(ref);
    return kvVersions(this.client, await this.token(), loc, 'undelete', versions);
  }

  /** Permanently destroys the data of the given versions (metadata stays). */
  async destroy(ref: SecretRef, versions: number[]): Promise<void> {
    this.assertWritable(ref);
    const loc = await this.locate(ref);
    return kvVersions(this.client, await this.token(), loc, 'destroy', versions);
  }

  /** Deletes every version and the metadata (cannot be undone). */
  async deleteAllVersions(ref: SecretRef): Promise<void> {
    this.assertWritable(ref);
    const loc = await this.locate(ref);
    return kvDeleteMetadata(this.client, await this.token(), loc);
  }

  /**
   * Rollback: writes the data of an earlier version as a new version, check-and-set against
   * the current version (or opts.cas), so it fails rather than overwrite a concurrent change.
   */
  async restoreVersion(ref: SecretRef, version: number, opts: WriteOptions = {}): Promise<{ version?: number }> {
    this.assertWritable(ref);
    const loc = await this.locate(ref);
    if (loc.kvVersion !== 2) {
      throw new VaultError(`vault: restoring a version needs KV v2, but mount '${loc.mount}' is KV v1`, 'config');
    }
    const token = await this.token();
    const old = await kvRead(this.client, token, loc, version);
    const cas = opts.cas ?? (await kvMetadata(this.client, token, loc)).currentVersion;
    return kvWrite(this.client, token, loc, old.data, cas);
  }

  /** The mount, path inside it and KV version for a ref (detected once per mount). */
  async locate(ref: SecretRef): Promise<KvLocation> {
    if (ref.scheme !== 'vault') throw new StanchError(`vault: ${ref.uri} is not a vault:// reference`, EXIT.USAGE);
    const full = ref.path;
    if (this.opts.kvVersion) {
      const mount = (this.opts.kvMount ?? full.split('/')[0]).replace(/^\/+|\/+$/g, '');
      const rel = splitAtMount(full, mount);
      if (rel === undefined) throw new StanchError(`vault: ${ref.uri} is not under mount '${mount}'`, EXIT.USAGE);
      return { mount, relPath: rel.replace(/\/+$/, ''), kvVersion: this.opts.kvVersion };
    }
    for (const [mount, kvVersion] of this.mounts) {
      const rel = splitAtMount(full, mount);
      if (rel !== undefined) return { mount, relPath: rel.replace(/\/+$/, ''), kvVersion };
    }
    const token = await this.token();
    // What the vault CLI and vault-action do: ask which mount serves this path and its options.
    const preflight = `sys/internal/ui/mounts/${encodePath(full.replace(/\/+$/, ''))}`;
    const res = await this.client.request<VaultEnvelope>({ method: 'GET', path: preflight, token }).catch((err: unknown) => {
      // Vault answers this preflight with 403 both for "no mount here" and "no access".
      if (err instanceof VaultError && err.kind === 'forbidden') {
        throw new VaultError(
          `vault: cannot find the KV mount for '${full}' (403 on GET ${preflight}): no engine is mounted there, or the token's policies grant nothing under it`,
          'forbidden',
          403,
        );
      }
      throw err;
    });
    const info = parseMountInfo(res.body?.data, full);
    this.mounts.set(info.mount, info.kvVersion);
    const rel = splitAtMount(full, info.mount) ?? '';
    return { mount: info.mount, relPath: rel.replace(/\/+$/, ''), kvVersion: info.kvVersion };
  }

  /** The token in hand, logging in on first use and starting renewal. */
  token(): Promise<string> {
    if (this.closed) return Promise.reject(new StanchError('vault: the store is closed', EXIT.STORE));
    if (!this.tokenPromise) {
      this.tokenPromise = this.authenticate();
      // A failed login may be retried by the next call.
      this.tokenPromise.catch(() => {
        this.tokenPromise = undefined;
      });
    }
    return this.tokenPromise.then((t) => t.token);
  }

  private async authenticate(): Promise<VaultToken> {
    const tok = await login(this.client, this.opts.auth);
    if (this.opts.renewToken === false) return tok;
    let facts = { ttlSeconds: tok.ttlSeconds, renewable: tok.renewable };
    if (!tok.fromLogin) {
      // A given token: ask how long it lives. Not fatal if lookup-self is not allowed.
      facts = await lookupSelf(this.client, tok.token).catch(() => facts);
    }
    this.scheduleRenewal(tok.token, facts.ttlSeconds, facts.renewable);
    return tok;
  }

  private scheduleRenewal(token: string, ttlSeconds: number, renewable: boolean): void {
    const delay = renewalDelayMs(ttlSeconds, renewable);
    if (delay === undefined || this.closed) return;
    this.renewTimer = setTimeout(() => {
      renewSelf(this.client, token)
        .then((r) => this.scheduleRenewal(token, r.ttlSeconds, r.renewable))
        // Renewal failing (max TTL reached, token revoked) is reported by the next request that needs it.
        .catch(() => undefined);
    }, delay);
    // Renewal must never keep the process alive on its own.
    this.renewTimer.unref();
  }

  private async read(ref: SecretRef, version?: number): Promise<KvSecret> {
    const loc = await this.locate(ref);
    if (loc.relPath === '') throw new StanchError(`vault: ${ref.uri} names a mount, not a secret`, EXIT.USAGE);
    return kvRead(this.client, await this.token(), loc, version);
  }

  private keyOf(ref: SecretRef, data: Record<string, unknown>): string {
    if (ref.key) return ref.key;
    const keys = Object.keys(data);
    if (keys.length === 1) return keys[0];
    throw new StanchError(`vault: ${ref.uri} has ${keys.length} keys; name one with #key`, EXIT.USAGE);
  }

  private async metadataOrUndefined(loc: KvLocation, token: string): Promise<KvMetadata | undefined> {
    try {
      return await kvMetadata(this.client, token, loc);
    } catch (err) {
      if (err instanceof VaultError && err.kind === 'not-found') return undefined;
      throw err;
    }
  }

  private assertWritable(ref: SecretRef): void {
    if (this.readOnly) throw new StanchError(`vault: store is read-only; refusing to change ${ref.uri}`, EXIT.USAGE);
  }
}
