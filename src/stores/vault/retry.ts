/**
 * When to retry a Vault request and how long to wait. Pure, so it is unit tested.
 *
 * Retried: 412 (a performance standby has not caught up yet; Vault says retry), 429 (rate
 * limited), 502/503/504 (load balancer or standby in transition) and refused connections,
 * which never reached the server. A 500, a reset connection or a timeout may have reached the
 * server, so only idempotent requests (reads) retry those: retrying a write could apply it twice.
 * A sealed server (503 "Vault is sealed") is not retried: it will not unseal itself.
 */
export interface RetryPolicy {
  /** Extra attempts after the first. */
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 3, baseDelayMs: 250, maxDelayMs: 5_000 };

export interface AttemptOutcome {
  /** HTTP status, or undefined when no response came back. */
  status?: number;
  /** Node error code (ECONNREFUSED ...) or 'TIMEOUT' when no response came back. */
  networkCode?: string;
  /** True when the server said it is sealed. */
  sealed?: boolean;
  /** GET-like requests that change nothing on the server. */
  idempotent: boolean;
}

const ALWAYS_RETRY_STATUS = new Set([412, 429, 502, 503, 504]);
// Errors raised before the request could be sent or while the name was looked up.
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);
const MAYBE_SENT_CODES = new Set(['ECONNRESET', 'EPIPE', 'TIMEOUT', 'ETIMEDOUT', 'UND_ERR_SOCKET']);

export function shouldRetry(outcome: AttemptOutcome): boolean {
  if (outcome.sealed) return false;
  if (outcome.status !== undefined) {
    if (ALWAYS_RETRY_STATUS.has(outcome.status)) return true;
    return outcome.idempotent && outcome.status >= 500 && outcome.status !== 501;
  }
  const code = outcome.networkCode ?? '';
  if (NOT_SENT_CODES.has(code)) return true;
  return outcome.idempotent && MAYBE_SENT_CODES.has(code);
}

/**
 * Exponential backoff with "equal jitter": half fixed, half random, so many clients that
 * failed together do not retry together, while each wait still grows.
 * `attempt` is 1 for the wait before the first retry. `retryAfterSec` (from a 429/503
 * Retry-After header) wins when larger, still capped at maxDelayMs.
 */
export function backoffDelayMs(
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
  retryAfterSec?: number,
): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  const jittered = exp / 2 + random() * (exp / 2);
  const hinted = retryAfterSec !== undefined && retryAfterSec > 0 ? retryAfterSec * 1000 : 0;
  return Math.round(Math.min(policy.maxDelayMs, Math.max(jittered, hinted)));
}

/** Reads a Retry-After header given in seconds; HTTP dates are ignored (Vault sends seconds). */
export function parseRetryAfter(header: string | string[] | undefined): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value.trim());
}
