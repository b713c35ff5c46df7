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
export declare const DEFAULT_RETRY: RetryPolicy;
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
export declare function shouldRetry(outcome: AttemptOutcome): boolean;
/**
 * Exponential backoff with "equal jitter": half fixed, half random, so many clients that
 * failed together do not retry together, while each wait still grows.
 * `attempt` is 1 for the wait before the first retry. `retryAfterSec` (from a 429/503
 * Retry-After header) wins when larger, still capped at maxDelayMs.
 */
export declare function backoffDelayMs(attempt: number, policy: RetryPolicy, random?: () => number, retryAfterSec?: number): number;
/** Reads a Retry-After header given in seconds; HTTP dates are ignored (Vault sends seconds). */
export declare function parseRetryAfter(header: string | string[] | undefined): number | undefined;
