/** Connection options: where the server is and how to talk to it. Plain values, no env reading. */
export interface VaultConnectionOptions {
    /** `https://vault.example.com:8200` (a path prefix is kept, e.g. behind a proxy). */
    address: string;
    /** Enterprise / OpenBao namespace, sent as `X-Vault-Namespace` on every request. */
    namespace?: string;
    /** PEM text of the CA bundle, or a path to a PEM file. */
    caCert?: string;
    /** PEM text or path of the client certificate (mutual TLS / cert auth). */
    clientCert?: string;
    /** PEM text or path of the client key. */
    clientKey?: string;
    /** Explicit opt-in to accept any server certificate. For local testing only. */
    tlsSkipVerify?: boolean;
    /** Per-attempt timeout. Default 30 s. */
    timeoutMs?: number;
    /** Extra attempts after the first for retryable failures. Default 3. */
    retries?: number;
    /** Backoff tuning (tests use small values). */
    retryBaseDelayMs?: number;
    retryMaxDelayMs?: number;
}
export type VaultMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export interface VaultRequest {
    method: VaultMethod;
    /** API path after `/v1/`, already encoded per segment (see encodePath). */
    path: string;
    token?: string;
    body?: unknown;
    query?: Record<string, string>;
    /** Status codes that are an answer, not a failure (e.g. 404 on a KV v2 read of a deleted version). */
    acceptStatus?: number[];
    /** Secrets in this request to strip from any server message (secret id, jwt). */
    redact?: string[];
}
export interface VaultResponse<T = unknown> {
    status: number;
    body: T | undefined;
}
/** Everything Vault answers with is a JSON object; these are the parts we read. */
export interface VaultEnvelope<D = Record<string, unknown>> {
    data?: D | null;
    auth?: {
        client_token?: string;
        lease_duration?: number;
        renewable?: boolean;
        policies?: string[];
    } | null;
    errors?: string[];
    warnings?: string[];
}
/**
 * A small Vault HTTP client on node:http/https: TLS options through an Agent, per-attempt
 * timeout, retries with backoff, and errors that name the path but never the token.
 */
export declare class VaultHttpClient {
    readonly address: string;
    readonly namespace?: string;
    private readonly base;
    private readonly agent;
    private readonly transport;
    private readonly timeoutMs;
    private readonly retry;
    constructor(opts: VaultConnectionOptions);
    /** Sends a request, retrying per the policy; resolves with 2xx (or accepted) answers only. */
    request<T = VaultEnvelope>(req: VaultRequest): Promise<VaultResponse<T>>;
    /** Closes idle keep-alive sockets. */
    close(): void;
    private once;
}
