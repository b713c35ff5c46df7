/**
 * What rotation needs from a store, per kind of store: read the current version, write a new one
 * that fails if someone changed the secret meanwhile, put the old one back, and remember when it
 * was rotated.
 *
 * - Vault KV v2: versions. The new version is written check-and-set against the version read;
 *   rollback writes the old version's data as a newer version (check-and-set against ours) and
 *   soft-deletes the version that failed. Last rotation: custom_metadata `stanch_rotated_at`
 *   (and `stanch_rotated_at#<key>` per key); `stanch_rotate_every` there overrides the config.
 * - SOPS: no versions. A version is named by the file's SHA-256 (`sha256:<12 hex>`, ciphertext
 *   only). The write refuses if the file changed since it was read; rollback rewrites the exact
 *   bytes read before, if the file is still what we wrote. Last rotation: the file's sops
 *   `lastmodified` (any edit of the file counts).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { EXIT, StanchError } from '../model/errors.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import type { SecretRef, SecretStore } from '../stores/types.js';

export interface Snapshot {
  value: string;
  /** `v3` (Vault) or `sha256:…` (SOPS): safe to log. */
  version: string;
  /** Backend state to write against / roll back to. */
  state: unknown;
}

export interface RotationFacts {
  lastRotated?: Date;
  /** A policy interval kept with the secret (Vault custom metadata), overriding the config. */
  every?: string;
}

export interface RotationBackend {
  readonly kind: 'vault' | 'sops';
  facts(ref: SecretRef): Promise<RotationFacts>;
  snapshot(ref: SecretRef): Promise<Snapshot>;
  writeNew(ref: SecretRef, before: Snapshot, value: string): Promise<{ version: string; state: unknown }>;
  /** Puts `before` back; returns the version that now serves it. */
  rollback(ref: SecretRef, before: Snapshot, written: { version: string; state: unknown }): Promise<string>;
  markRotated(ref: SecretRef, at: Date, policy: string): Promise<void>;
}

export class RotationError extends StanchError {
  constructor(message: string, exitCode: number = EXIT.STORE) {
    super(message, exitCode);
    this.name = 'RotationError';
  }
}

/** The structural part of VaultStore that rotation uses (so this module does not load the Vault client). */
interface VaultLike extends SecretStore {
  readVersion(ref: SecretRef, version?: number): Promise<{ data: Record<string, unknown>; version?: number; metadata?: Record<string, unknown> }>;
  write(ref: SecretRef, data: Record<string, unknown>, opts?: { cas?: number }): Promise<{ version?: number }>;
  restoreVersion(ref: SecretRef, version: number, opts?: { cas?: number }): Promise<{ version?: number }>;
  softDelete(ref: SecretRef, versions?: number[]): Promise<void>;
  metadata(ref: SecretRef): Promise<{ currentVersion: number; customMetadata: Record<string, string>; versions: Record<number, { createdTime?: string }> }>;
  locate(ref: SecretRef): Promise<{ mount: string; relPath: string; kvVersion: 1 | 2 }>;
  token(): Promise<string>;
  client: { request(req: { method: 'POST'; path: string; token: string; body: unknown }): Promise<unknown> };
}

function isVaultLike(s: SecretStore): s is VaultLike {
  const v = s as Partial<VaultLike>;
  return typeof v.readVersion === 'function' && typeof v.restoreVersion === 'function' && typeof v.locate === 'function';
}

export function backendFor(store: SecretStore, opts: { sopsBaseDir: string }): RotationBackend {
  if (store.readOnly) {
    throw new RotationError(
      `the ${store.scheme} store is read-only: stanch cannot rotate ${store.scheme}:// secrets; rotate the value where it comes from and inject it again`,
      EXIT.USAGE,
    );
  }
  if (store.scheme === 'vault' && isVaultLike(store)) return new VaultBackend(store);
  if (store.scheme === 'sops') return new SopsBackend(store, opts.sopsBaseDir);
  throw new RotationError(`rotation is supported on vault:// (KV v2) and sops:// secrets, not ${store.scheme}://`, EXIT.USAGE);
}

const ROTATED_AT = 'stanch_rotated_at';
const ROTATE_EVERY = 'stanch_rotate_every';

class VaultBackend implements RotationBackend {
  readonly kind = 'vault' as const;
  constructor(private readonly store: VaultLike) {}

  private async requireV2(ref: SecretRef): Promise<{ mount: string; relPath: string }> {
    const loc = await this.store.locate(ref);
    if (loc.kvVersion !== 2) {
      throw new RotationError(`${ref.uri}: rotation needs KV v2 (versions for rollback), but mount '${loc.mount}' is KV v1`, EXIT.USAGE);
    }
    return loc;
  }

  private key(ref: SecretRef): string {
    if (!ref.key) throw new RotationError(`${ref.uri}: name the key to rotate (vault://mount/path#key)`, EXIT.USAGE);
    return ref.key;
  }

  async facts(ref: SecretRef): Promise<RotationFacts> {
    await this.requireV2(ref);
    const meta = await this.store.metadata(bare(ref));
    const custom = meta.customMetadata ?? {};
    // Per key first: rotating one key of a secret says nothing about its other keys. Otherwise the
    // last write of the secret is the best guess of when the value was set.
    const stamp = custom[`${ROTATED_AT}#${ref.key ?? ''}`] ?? meta.versions[meta.currentVersion]?.createdTime;
    const at = stamp ? new Date(stamp) : undefined;
    return { lastRotated: at && !Number.isNaN(at.getTime()) ? at : undefined, every: custom[ROTATE_EVERY] };
  }

  async snapshot(ref: SecretRef): Promise<Snapshot> {
    await this.requireV2(ref);
    const key = this.key(ref);
    const cur = await this.store.readVersion(bare(ref));
    const value = cur.data[key];
    if (value === undefined) throw new RotationError(`${ref.uri}: key '${key}' not found`, EXIT.STORE);
    if (typeof value !== 'string') throw new RotationError(`${ref.uri}: key '${key}' is not a string value; stanch rotates strings only`, EXIT.USAGE);
    if (cur.version === undefined) throw new RotationError(`${ref.uri}: Vault did not report the version read`, EXIT.STORE);
    return { value, version: `v${cur.version}`, state: { data: cur.data, version: cur.version } };
  }

  async writeNew(ref: SecretRef, before: Snapshot, value: string): Promise<{ version: string; state: unknown }> {
    const { data, version } = before.state as { data: Record<string, unknown>; version: number };
    // Check-and-set against the version read: a concurrent change fails the write instead of being lost.
    const res = await this.store.write(bare(ref), { ...data, [this.key(ref)]: value }, { cas: version });
    // Rollback goes by version number; the old data (with the old value) is not needed any more.
    (before.state as { data?: unknown }).data = undefined;
    if (res.version === undefined) throw new RotationError(`${ref.uri}: Vault did not report the new version`, EXIT.STORE);
    return { version: `v${res.version}`, state: res.version };
  }

  async rollback(ref: SecretRef, before: Snapshot, written: { version: string; state: unknown }): Promise<string> {
    const old = (before.state as { version: number }).version;
    const ours = written.state as number;
    const res = await this.store.restoreVersion(bare(ref), old, { cas: ours });
    // The value that failed verification should not stay readable as a recent version.
    await this.store.softDelete(bare(ref), [ours]).catch(() => undefined);
    return res.version !== undefined ? `v${res.version}` : '?';
  }

  async markRotated(ref: SecretRef, at: Date, policy: string): Promise<void> {
    const loc = await this.requireV2(ref);
    const meta = await this.store.metadata(bare(ref));
    const stamp = at.toISOString();
    const custom = { ...(meta.customMetadata ?? {}), [ROTATED_AT]: stamp, [`${ROTATED_AT}#${ref.key ?? ''}`]: stamp, stanch_rotation_policy: policy.slice(0, 512) };
    const mount = loc.mount.replace(/^\/+|\/+$/g, '').split('/').map(encodeURIComponent).join('/');
    const rel = loc.relPath.split('/').map(encodeURIComponent).join('/');
    // POST metadata replaces custom_metadata as a whole, hence the merge above.
    await this.store.client.request({ method: 'POST', path: `${mount}/metadata/${rel}`, token: await this.store.token(), body: { custom_metadata: custom } });
  }
}

class SopsBackend implements RotationBackend {
  readonly kind = 'sops' as const;
  constructor(
    private readonly store: SecretStore,
    private readonly baseDir: string,
  ) {}

  private file(ref: SecretRef): string {
    return isAbsolute(ref.path) ? ref.path : resolve(this.baseDir, ref.path);
  }

  async facts(ref: SecretRef): Promise<RotationFacts> {
    const got = await this.store.get(ref);
    const stamp = got.metadata?.lastmodified;
    const at = typeof stamp === 'string' ? new Date(stamp) : undefined;
    return { lastRotated: at && !Number.isNaN(at.getTime()) ? at : undefined };
  }

  async snapshot(ref: SecretRef): Promise<Snapshot> {
    const bytes = await readFile(this.file(ref));
    const got = await this.store.get(ref);
    return { value: got.value, version: fileVersion(bytes), state: bytes };
  }

  async writeNew(ref: SecretRef, before: Snapshot, value: string): Promise<{ version: string; state: unknown }> {
    const file = this.file(ref);
    const now = await readFile(file);
    if (!now.equals(before.state as Buffer)) throw new RotationError(`${ref.uri}: ${file} changed while rotating; run again`, EXIT.STORE);
    await this.store.set(ref, value);
    const after = await readFile(file);
    return { version: fileVersion(after), state: after };
  }

  async rollback(ref: SecretRef, before: Snapshot, written: { version: string; state: unknown }): Promise<string> {
    const file = this.file(ref);
    const now = await readFile(file);
    if (!now.equals(written.state as Buffer)) {
      throw new RotationError(`${ref.uri}: ${file} changed after the new value was written; not rolling back over someone else's change`, EXIT.STORE);
    }
    await writeFileAtomic(file, before.state as Buffer);
    return before.version;
  }

  async markRotated(): Promise<void> {
    // The rewrite itself moved sops `lastmodified`; nothing else to record.
  }
}

function fileVersion(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}`;
}

/** The ref without a version pin: rotation always works on the latest version. */
function bare(ref: SecretRef): SecretRef {
  if (ref.version === undefined) return ref;
  const { version: _v, ...rest } = ref;
  return rest;
}
