import { VaultError } from './errors.js';
import type { VaultEnvelope, VaultHttpClient } from './http.js';
import { type KvLocation, kvApiPaths } from './uri.js';

/** One read of a KV secret: all its keys (values as Vault stores them) and version facts. */
export interface KvSecret {
  data: Record<string, unknown>;
  /** KV v2 only. */
  version?: number;
  /** KV v2 version metadata (created_time, custom_metadata ...). Never values. */
  metadata?: Record<string, unknown>;
}

/** KV v2 `metadata/<path>`: the secret's version history. */
export interface KvMetadata {
  currentVersion: number;
  oldestVersion: number;
  maxVersions: number;
  casRequired: boolean;
  createdTime?: string;
  updatedTime?: string;
  customMetadata: Record<string, string>;
  versions: Record<number, { createdTime?: string; deletionTime?: string; destroyed: boolean }>;
}

interface V2Read {
  data?: Record<string, unknown> | null;
  metadata?: { version?: number; deletion_time?: string; destroyed?: boolean; created_time?: string; custom_metadata?: unknown } | null;
}

/** Where a location points, for messages: `secret/app/db` (no /data/ infix). */
export function describe(loc: KvLocation): string {
  return loc.relPath === '' ? loc.mount : `${loc.mount}/${loc.relPath}`;
}

function requireV2(loc: KvLocation, operation: string): void {
  if (loc.kvVersion !== 2) {
    throw new VaultError(`vault: ${operation} needs KV v2, but mount '${loc.mount}' is KV v1`, 'config');
  }
}

/** Reads a secret (latest, or a given KV v2 version). A deleted/destroyed version is an error that says so. */
export async function kvRead(client: VaultHttpClient, token: string, loc: KvLocation, version?: number): Promise<KvSecret> {
  const paths = kvApiPaths(loc);
  if (loc.kvVersion === 1) {
    if (version !== undefined) {
      throw new VaultError(`vault: ${describe(loc)} is on KV v1, which has no versions (remove ?version=)`, 'config');
    }
    const res = await client.request<VaultEnvelope>({ method: 'GET', path: paths.data, token });
    return { data: (res.body?.data ?? {}) as Record<string, unknown> };
  }
  const res = await client.request<VaultEnvelope<V2Read>>({
    method: 'GET',
    path: paths.data,
    token,
    query: version !== undefined ? { version: String(version) } : undefined,
    // KV v2 answers 404 *with* metadata for a deleted or destroyed version: read it to say which.
    acceptStatus: [404],
  });
  const body = res.body?.data;
  const meta = body?.metadata ?? undefined;
  const which = version !== undefined ? `version ${version} of ${describe(loc)}` : `latest version of ${describe(loc)}`;
  if (res.status === 404 || !body || body.data === null || body.data === undefined) {
    if (meta?.destroyed) throw new VaultError(`vault: ${which} is destroyed`, 'deleted', 404);
    if (meta?.deletion_time) {
      throw new VaultError(`vault: ${which} is deleted (undelete it to read it again)`, 'deleted', 404);
    }
    throw new VaultError(`vault: not found (404) on GET ${paths.data}; no secret at ${describe(loc)}`, 'not-found', 404);
  }
  const metadata: Record<string, unknown> = {};
  if (meta?.created_time) metadata.created_time = meta.created_time;
  if (meta?.custom_metadata) metadata.custom_metadata = meta.custom_metadata;
  return { data: body.data, version: typeof meta?.version === 'number' ? meta.version : undefined, metadata };
}

/**
 * Writes all keys of a secret. On KV v2, `cas` makes it check-and-set: 0 = only if absent,
 * N = only if the current version is N. Returns the new version (KV v2).
 */
export async function kvWrite(
  client: VaultHttpClient,
  token: string,
  loc: KvLocation,
  data: Record<string, unknown>,
  cas?: number,
): Promise<{ version?: number }> {
  const paths = kvApiPaths(loc);
  if (loc.kvVersion === 1) {
    if (cas !== undefined) {
      throw new VaultError(`vault: check-and-set needs KV v2, but mount '${loc.mount}' is KV v1`, 'config');
    }
    await client.request({ method: 'POST', path: paths.data, token, body: data });
    return {};
  }
  const body: Record<string, unknown> = { data };
  if (cas !== undefined) body.options = { cas };
  const res = await client.request<VaultEnvelope<{ version?: number }>>({ method: 'POST', path: paths.data, token, body });
  const version = res.body?.data?.version;
  return { version: typeof version === 'number' ? version : undefined };
}

/** Lists names under a folder; folders end in '/'. An empty or missing folder gives []. */
export async function kvList(client: VaultHttpClient, token: string, loc: KvLocation): Promise<string[]> {
  const paths = kvApiPaths(loc);
  const res = await client.request<VaultEnvelope<{ keys?: unknown }>>({
    method: 'GET',
    path: paths.metadata,
    token,
    query: { list: 'true' },
    acceptStatus: [404],
  });
  if (res.status === 404) return [];
  const keys = res.body?.data?.keys;
  return Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string') : [];
}

/** KV v1: deletes the secret. KV v2: soft-deletes the latest version (undelete can bring it back). */
export async function kvDeleteLatest(client: VaultHttpClient, token: string, loc: KvLocation): Promise<void> {
  await client.request({ method: 'DELETE', path: kvApiPaths(loc).data, token });
}

export async function kvMetadata(client: VaultHttpClient, token: string, loc: KvLocation): Promise<KvMetadata> {
  requireV2(loc, 'reading metadata');
  const res = await client.request<VaultEnvelope<Record<string, unknown>>>({ method: 'GET', path: kvApiPaths(loc).metadata, token });
  return parseKvMetadata(res.body?.data ?? {});
}

/** Pure: the KV v2 metadata answer into typed fields. */
export function parseKvMetadata(d: Record<string, unknown>): KvMetadata {
  const num = (v: unknown) => (typeof v === 'number' ? v : 0);
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const versions: KvMetadata['versions'] = {};
  const raw = (d.versions ?? {}) as Record<string, { created_time?: unknown; deletion_time?: unknown; destroyed?: unknown }>;
  for (const [n, v] of Object.entries(raw)) {
    versions[Number(n)] = {
      createdTime: str(v?.created_time),
      deletionTime: str(v?.deletion_time),
      destroyed: v?.destroyed === true,
    };
  }
  const custom: Record<string, string> = {};
  for (const [k, v] of Object.entries((d.custom_metadata ?? {}) as Record<string, unknown>)) {
    if (typeof v === 'string') custom[k] = v;
  }
  return {
    currentVersion: num(d.current_version),
    oldestVersion: num(d.oldest_version),
    maxVersions: num(d.max_versions),
    casRequired: d.cas_required === true,
    createdTime: str(d.created_time),
    updatedTime: str(d.updated_time),
    customMetadata: custom,
    versions,
  };
}

export type VersionOperation = 'delete' | 'undelete' | 'destroy';

/** Soft delete / undelete / destroy (permanent) of given KV v2 versions. */
export async function kvVersions(
  client: VaultHttpClient,
  token: string,
  loc: KvLocation,
  operation: VersionOperation,
  versions: number[],
): Promise<void> {
  requireV2(loc, operation);
  if (versions.length === 0 || versions.some((v) => !Number.isInteger(v) || v < 1)) {
    throw new VaultError(`vault: ${operation} of ${describe(loc)} needs one or more positive version numbers`, 'config');
  }
  const paths = kvApiPaths(loc);
  const path = operation === 'delete' ? paths.delete : operation === 'undelete' ? paths.undelete : paths.destroy;
  await client.request({ method: operation === 'destroy' ? 'PUT' : 'POST', path, token, body: { versions } });
}

/** Removes every version and the metadata of a KV v2 secret (cannot be undone). */
export async function kvDeleteMetadata(client: VaultHttpClient, token: string, loc: KvLocation): Promise<void> {
  requireV2(loc, 'deleting all versions');
  await client.request({ method: 'DELETE', path: kvApiPaths(loc).metadata, token });
}
