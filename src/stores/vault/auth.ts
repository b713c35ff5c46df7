import { EXIT, StanchError } from '../../model/errors.js';
import { VaultError } from './errors.js';
import type { VaultEnvelope, VaultHttpClient } from './http.js';
import { encodePath } from './uri.js';

/**
 * How to get a Vault token. The JWT method takes the token as a string: in GitHub Actions the
 * entry point fetches the runner's OIDC ID token (`core.getIDToken(audience)`) and passes it in.
 */
export type VaultAuth =
  | { method: 'token'; token: string }
  | { method: 'approle'; roleId: string; secretId?: string; mount?: string }
  | { method: 'jwt'; jwt: string; role: string; mount?: string };

export interface VaultToken {
  token: string;
  /** Seconds the token lives from now; 0 = does not expire (root). */
  ttlSeconds: number;
  renewable: boolean;
  /** True when we created it by logging in (then we revoke it at the end). */
  fromLogin: boolean;
}

function required(value: string | undefined, field: string, method: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new StanchError(`vault: auth.${field} is required for auth method '${method}'`, EXIT.USAGE);
  }
  return value.trim();
}

function mountOf(mount: string | undefined, fallback: string): string {
  const m = (mount ?? fallback).replace(/^\/+|\/+$/g, '');
  if (m === '' || m.split('/').some((s) => s === '' || s === '.' || s === '..')) {
    throw new StanchError(`vault: auth.mount '${mount}' is not a valid mount path`, EXIT.USAGE);
  }
  return encodePath(m);
}

function tokenFromLogin(body: VaultEnvelope | undefined, what: string): VaultToken {
  const auth = body?.auth;
  if (!auth || typeof auth.client_token !== 'string' || auth.client_token === '') {
    throw new VaultError(`vault: ${what} login answered without a client token`, 'invalid-response');
  }
  return {
    token: auth.client_token,
    ttlSeconds: typeof auth.lease_duration === 'number' ? auth.lease_duration : 0,
    renewable: auth.renewable === true,
    fromLogin: true,
  };
}

/** The one switch from auth options to a token. */
export async function login(client: VaultHttpClient, auth: VaultAuth): Promise<VaultToken> {
  switch (auth?.method) {
    case 'token': {
      const token = required(auth.token, 'token', 'token');
      return { token, ttlSeconds: 0, renewable: false, fromLogin: false };
    }
    case 'approle': {
      const roleId = required(auth.roleId, 'roleId', 'approle');
      const mount = mountOf(auth.mount, 'approle');
      const body: Record<string, string> = { role_id: roleId };
      // A role may be configured without bind_secret_id; then no secret id is sent.
      if (auth.secretId) body.secret_id = auth.secretId;
      const res = await client.request({
        method: 'POST',
        path: `auth/${mount}/login`,
        body,
        redact: [roleId, auth.secretId ?? ''],
      });
      return tokenFromLogin(res.body as VaultEnvelope | undefined, `AppRole (auth/${mount})`);
    }
    case 'jwt': {
      const jwt = required(auth.jwt, 'jwt', 'jwt');
      const role = required(auth.role, 'role', 'jwt');
      const mount = mountOf(auth.mount, 'jwt');
      const res = await client.request({
        method: 'POST',
        path: `auth/${mount}/login`,
        body: { jwt, role },
        redact: [jwt],
      });
      return tokenFromLogin(res.body as VaultEnvelope | undefined, `JWT (auth/${mount}, role ${role})`);
    }
    default:
      throw new StanchError(
        `vault: auth.method must be one of token, approle, jwt (got '${String((auth as { method?: unknown })?.method)}')`,
        EXIT.USAGE,
      );
  }
}

/** TTL and renewability of the token in hand (needs the default policy's lookup-self). */
export async function lookupSelf(client: VaultHttpClient, token: string): Promise<{ ttlSeconds: number; renewable: boolean }> {
  const res = await client.request<VaultEnvelope<{ ttl?: number; renewable?: boolean }>>({
    method: 'GET',
    path: 'auth/token/lookup-self',
    token,
  });
  const data = res.body?.data ?? {};
  return { ttlSeconds: typeof data.ttl === 'number' ? data.ttl : 0, renewable: data.renewable === true };
}

/** Extends the token's lease; returns the new TTL Vault granted (it may cap it at max_ttl). */
export async function renewSelf(
  client: VaultHttpClient,
  token: string,
  incrementSeconds?: number,
): Promise<{ ttlSeconds: number; renewable: boolean }> {
  const res = await client.request({
    method: 'POST',
    path: 'auth/token/renew-self',
    token,
    body: incrementSeconds ? { increment: `${incrementSeconds}s` } : {},
  });
  const auth = (res.body as VaultEnvelope | undefined)?.auth;
  return {
    ttlSeconds: typeof auth?.lease_duration === 'number' ? auth.lease_duration : 0,
    renewable: auth?.renewable === true,
  };
}

/** Revokes the token (and its children) so nothing usable outlives the run. */
export async function revokeSelf(client: VaultHttpClient, token: string): Promise<void> {
  await client.request({ method: 'POST', path: 'auth/token/revoke-self', token });
}

/**
 * When to renew: at two thirds of the TTL, so one failed attempt still leaves time for another.
 * Returns undefined when there is nothing to renew.
 */
export function renewalDelayMs(ttlSeconds: number, renewable: boolean): number | undefined {
  if (!renewable || ttlSeconds <= 0) return undefined;
  return Math.max(1_000, Math.floor((ttlSeconds * 1000 * 2) / 3));
}
