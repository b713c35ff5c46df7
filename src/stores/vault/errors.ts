import { EXIT, StanchError } from '../../model/errors.js';

/** What went wrong, so callers (rotation, inject) can branch without parsing messages. */
export type VaultFailure =
  | 'unreachable'
  | 'timeout'
  | 'tls'
  | 'sealed'
  | 'forbidden'
  | 'not-found'
  | 'deleted'
  | 'cas-mismatch'
  | 'bad-request'
  | 'server'
  | 'invalid-response'
  | 'config';

/**
 * A Vault failure for the user: one line, says what failed and where (address, method, path),
 * never a token or a secret value. Exit code is always EXIT.STORE.
 */
export class VaultError extends StanchError {
  constructor(
    message: string,
    readonly kind: VaultFailure,
    readonly status?: number,
  ) {
    super(message, EXIT.STORE);
    this.name = 'VaultError';
  }
}

// Vault token shapes: hvs./hvb./hvr. (1.10+) and the legacy s./b./r. service/batch tokens.
const TOKEN_LIKE = /\b(?:hv[sbr]\.[A-Za-z0-9_-]{20,}|[sbr]\.[A-Za-z0-9]{24,})\b/g;
// JWTs (three base64url parts) that a server might echo back in a login error.
const JWT_LIKE = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;

/**
 * Makes a server-provided message safe to show: one line, bounded, with the caller's own
 * secrets (token, secret id, jwt) and anything token-shaped removed.
 */
export function sanitizeServerMessage(message: string, secrets: readonly string[] = []): string {
  let out = message.replace(/\s+/g, ' ').trim();
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join('[redacted]');
  }
  out = out.replace(TOKEN_LIKE, '[redacted]').replace(JWT_LIKE, '[redacted]');
  return out.length > 240 ? `${out.slice(0, 237)}...` : out;
}

/** The address without credentials, query or trailing slash, for messages. */
export function displayAddress(address: string): string {
  try {
    const url = new URL(address);
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return '(invalid address)';
  }
}

export interface HttpFailureContext {
  address: string;
  method: string;
  /** API path without the /v1/ prefix, e.g. `secret/data/app/db`. */
  path: string;
  status: number;
  /** Messages from the server's `errors` array (already sanitized). */
  serverErrors: string[];
}

/** Maps an HTTP error status from Vault to a VaultError whose message says what to do next. */
export function errorFromStatus(ctx: HttpFailureContext): VaultError {
  const where = `${ctx.method} ${ctx.path}`;
  const detail = ctx.serverErrors.length > 0 ? `: ${ctx.serverErrors.join('; ')}` : '';
  const joined = ctx.serverErrors.join(' ').toLowerCase();
  const addr = displayAddress(ctx.address);
  if (ctx.status === 503 && joined.includes('sealed')) {
    return new VaultError(`vault: server ${addr} is sealed (503) on ${where}; unseal it and retry`, 'sealed', 503);
  }
  if (ctx.status === 403) {
    return new VaultError(
      `vault: permission denied (403) on ${where}${detail}; check the token's policies for this path (or that the token is still valid)`,
      'forbidden',
      403,
    );
  }
  if (ctx.status === 404) {
    return new VaultError(`vault: not found (404) on ${where}; check the mount and path`, 'not-found', 404);
  }
  if (ctx.status === 400 && joined.includes('check-and-set')) {
    return new VaultError(
      `vault: check-and-set failed (400) on ${where}; the secret changed since it was read, read it again and retry`,
      'cas-mismatch',
      400,
    );
  }
  if (ctx.status >= 400 && ctx.status < 500) {
    return new VaultError(`vault: request rejected (${ctx.status}) on ${where}${detail}`, 'bad-request', ctx.status);
  }
  return new VaultError(`vault: server error (${ctx.status}) from ${addr} on ${where}${detail}`, 'server', ctx.status);
}

const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_UNTRUSTED',
  'EPROTO',
  'ERR_SSL_WRONG_VERSION_NUMBER',
]);

/** Maps a network-level failure (no HTTP status) to a VaultError. */
export function errorFromNetwork(address: string, method: string, path: string, code: string | undefined): VaultError {
  const addr = displayAddress(address);
  const where = `${method} ${path}`;
  if (code === 'TIMEOUT') {
    return new VaultError(`vault: request to ${addr} timed out on ${where}; raise timeoutMs or check the server`, 'timeout');
  }
  if (code && (TLS_CODES.has(code) || code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL'))) {
    return new VaultError(
      `vault: TLS handshake with ${addr} failed (${code}) on ${where}; set caCert (or clientCert/clientKey), tlsSkipVerify only for testing`,
      'tls',
    );
  }
  return new VaultError(
    `vault: cannot reach ${addr} (${code ?? 'network error'}) on ${where}; check the address and that the server is running`,
    'unreachable',
  );
}
