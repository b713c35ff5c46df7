import { createHmac } from 'node:crypto';

/** Fixed domain key: fingerprints are stable across runs and machines, and are not a plain hash of the secret. */
const DOMAIN_KEY = 'stanch/fingerprint/v1';

/** 16 hex chars of HMAC-SHA256(domain key, secret). */
export function secretDigest(secret: string): string {
  return createHmac('sha256', DOMAIN_KEY).update(secret, 'utf8').digest('hex').slice(0, 16);
}

/**
 * `ruleId:path:digest`, e.g. `github-pat:src/a.ts:3f9c0d1e2a4b5c6d`. Content-based: the same secret
 * in the same file keeps its fingerprint across rebases, line moves and commits.
 */
export function fingerprint(ruleId: string, path: string, secret: string): string {
  return `${ruleId}:${path}:${secretDigest(secret)}`;
}
