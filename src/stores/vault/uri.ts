import { EXIT, StanchError } from '../../model/errors.js';
import { VaultError } from './errors.js';
import type { SecretRef } from '../types.js';
import { parseStoreUri } from '../uri.js';

/** Encodes each segment of a slash-separated path; keeps the slashes. */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}


/**
 * Parses `vault://<mount>/<path>[?version=N][#key]` into a SecretRef.
 * The fragment may also carry the query (`#key?version=3`), since people write it both ways.
 * `path` is the full Vault path including the mount (`secret/app/db`); which part is the mount
 * is decided later (detected from the server or configured).
 */
export function parseVaultUri(uri: string): SecretRef {
  const bad = (why: string) => new StanchError(`vault: invalid secret URI '${uri}': ${why}`, EXIT.USAGE);
  if (!uri.startsWith('vault://')) throw bad(`expected vault://<mount>/<path>#<key>`);
  let ref: SecretRef;
  try {
    ref = parseStoreUri(uri); // the one URI grammar; Vault only adds its path rules below
  } catch (err) {
    throw bad((err as Error).message.replace(/^store URI "[^"]*": /, ''));
  }
  return { ...ref, scheme: 'vault', path: normalizeSecretPath(ref.path, bad) };
}

function normalizeSecretPath(raw: string, bad: (why: string) => Error): string {
  const trimmed = raw.replace(/^\/+/, '');
  const folder = trimmed.endsWith('/');
  const segments = trimmed.replace(/\/+$/, '').split('/');
  if (segments.length === 1 && segments[0] === '') throw bad('missing mount and path');
  for (const s of segments) {
    if (s === '' || s === '.' || s === '..') throw bad(`path segment '${s}' is not allowed`);
  }
  return segments.join('/') + (folder ? '/' : '');
}

/** A secret path split into its KV mount and the path inside the mount. */
export interface KvLocation {
  mount: string;
  /** Path inside the mount, no leading slash; '' for the mount root (list only). */
  relPath: string;
  kvVersion: 1 | 2;
}

/** Splits `secret/app/db` at a known mount (`secret` or `secret/`). */
export function splitAtMount(fullPath: string, mount: string): string | undefined {
  const m = mount.replace(/^\/+|\/+$/g, '');
  const p = fullPath.replace(/^\/+/, '');
  if (p === m || p === `${m}/`) return '';
  if (!p.startsWith(`${m}/`)) return undefined;
  return p.slice(m.length + 1);
}

/** The API paths (after /v1/) for each KV operation. KV v1 uses one path for everything. */
export function kvApiPaths(loc: KvLocation): {
  data: string;
  metadata: string;
  delete: string;
  undelete: string;
  destroy: string;
} {
  const mount = encodePath(loc.mount.replace(/^\/+|\/+$/g, ''));
  const rel = loc.relPath === '' ? '' : `/${encodePath(loc.relPath)}`;
  if (loc.kvVersion === 1) {
    const p = `${mount}${rel}`;
    return { data: p, metadata: p, delete: p, undelete: p, destroy: p };
  }
  return {
    data: `${mount}/data${rel}`,
    metadata: `${mount}/metadata${rel}`,
    delete: `${mount}/delete${rel}`,
    undelete: `${mount}/undelete${rel}`,
    destroy: `${mount}/destroy${rel}`,
  };
}

/** Reads the answer of `sys/internal/ui/mounts/<path>` into a mount + KV version. */
export function parseMountInfo(data: unknown, fullPath: string): { mount: string; kvVersion: 1 | 2 } {
  const d = (data ?? {}) as { path?: unknown; type?: unknown; options?: { version?: unknown } | null };
  if (typeof d.path !== 'string' || d.path === '') {
    throw new VaultError(`vault: no secrets engine is mounted at '${fullPath}'`, 'not-found');
  }
  const type = typeof d.type === 'string' ? d.type : '';
  // 'generic' is the old name of KV v1.
  if (type !== 'kv' && type !== 'generic') {
    throw new VaultError(`vault: '${d.path}' is a '${type}' engine, not KV; stanch reads KV v1/v2 only`, 'config');
  }
  const version = String(d.options?.version ?? '1') === '2' ? 2 : 1;
  return { mount: d.path.replace(/\/+$/, ''), kvVersion: version };
}
