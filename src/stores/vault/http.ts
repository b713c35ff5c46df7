import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import { EXIT, StanchError } from '../../model/errors.js';
import { VaultError, errorFromNetwork, errorFromStatus, sanitizeServerMessage } from './errors.js';
import { DEFAULT_RETRY, type RetryPolicy, backoffDelayMs, parseRetryAfter, shouldRetry } from './retry.js';

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

const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

function pemOrFile(value: string | undefined, field: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (value.includes('-----BEGIN')) return value;
  try {
    return readFileSync(value, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'read error';
    throw new StanchError(`vault: ${field}: cannot read file ${value} (${code})`, EXIT.USAGE);
  }
}

/**
 * A small Vault HTTP client on node:http/https: TLS options through an Agent, per-attempt
 * timeout, retries with backoff, and errors that name the path but never the token.
 */
export class VaultHttpClient {
  readonly address: string;
  readonly namespace?: string;
  private readonly base: URL;
  private readonly agent: http.Agent;
  private readonly transport: typeof http | typeof https;
  private readonly timeoutMs: number;
  private readonly retry: RetryPolicy;

  constructor(opts: VaultConnectionOptions) {
    let base: URL;
    try {
      base = new URL(opts.address);
    } catch {
      throw new StanchError(`vault: address is not a URL (expected https://host:8200)`, EXIT.USAGE);
    }
    if (base.protocol !== 'http:' && base.protocol !== 'https:') {
      throw new StanchError(`vault: address must start with http:// or https://`, EXIT.USAGE);
    }
    if (!base.pathname.endsWith('/')) base.pathname += '/';
    base.username = '';
    base.password = '';
    base.search = '';
    base.hash = '';
    this.base = base;
    this.address = base.toString().replace(/\/+$/, '');
    this.namespace = opts.namespace?.replace(/^\/+|\/+$/g, '') || undefined;
    this.timeoutMs = opts.timeoutMs ?? 30_000;
    this.retry = {
      retries: opts.retries ?? DEFAULT_RETRY.retries,
      baseDelayMs: opts.retryBaseDelayMs ?? DEFAULT_RETRY.baseDelayMs,
      maxDelayMs: opts.retryMaxDelayMs ?? DEFAULT_RETRY.maxDelayMs,
    };
    if (base.protocol === 'https:') {
      this.transport = https;
      this.agent = new https.Agent({
        keepAlive: true,
        ca: pemOrFile(opts.caCert, 'caCert'),
        cert: pemOrFile(opts.clientCert, 'clientCert'),
        key: pemOrFile(opts.clientKey, 'clientKey'),
        rejectUnauthorized: opts.tlsSkipVerify !== true,
      });
    } else {
      this.transport = http;
      this.agent = new http.Agent({ keepAlive: true });
    }
  }

  /** Sends a request, retrying per the policy; resolves with 2xx (or accepted) answers only. */
  async request<T = VaultEnvelope>(req: VaultRequest): Promise<VaultResponse<T>> {
    const idempotent = req.method === 'GET';
    const redact = [req.token ?? '', ...(req.redact ?? [])];
    for (let attempt = 0; ; attempt++) {
      let status: number | undefined;
      let networkCode: string | undefined;
      let retryAfter: number | undefined;
      let failure: VaultError;
      try {
        const res = await this.once(req);
        status = res.status;
        if ((status >= 200 && status < 300) || req.acceptStatus?.includes(status)) {
          return { status, body: res.body as T | undefined };
        }
        const serverErrors = (res.body?.errors ?? [])
          .filter((e): e is string => typeof e === 'string')
          .map((e) => sanitizeServerMessage(e, redact))
          .filter((e) => e.length > 0);
        retryAfter = parseRetryAfter(res.retryAfter);
        failure = errorFromStatus({ address: this.address, method: req.method, path: req.path, status, serverErrors });
      } catch (err) {
        if (err instanceof VaultError) throw err;
        networkCode = (err as NodeJS.ErrnoException).code ?? 'network error';
        failure = errorFromNetwork(this.address, req.method, req.path, networkCode);
      }
      const retryable = shouldRetry({ status, networkCode, sealed: failure.kind === 'sealed', idempotent });
      if (!retryable || attempt >= this.retry.retries) throw failure;
      await sleep(backoffDelayMs(attempt + 1, this.retry, Math.random, retryAfter));
    }
  }

  /** Closes idle keep-alive sockets. */
  close(): void {
    this.agent.destroy();
  }

  private once(req: VaultRequest): Promise<{ status: number; body: VaultEnvelope | undefined; retryAfter?: string }> {
    const url = new URL(`v1/${req.path.replace(/^\/+/, '')}`, this.base);
    for (const [k, v] of Object.entries(req.query ?? {})) url.searchParams.set(k, v);
    const payload = req.body === undefined ? undefined : Buffer.from(JSON.stringify(req.body), 'utf8');
    const headers: Record<string, string> = { Accept: 'application/json', 'X-Vault-Request': 'true' };
    if (req.token) headers['X-Vault-Token'] = req.token;
    if (this.namespace) headers['X-Vault-Namespace'] = this.namespace;
    if (payload) {
      headers['Content-Type'] = 'application/json';
      headers['Content-Length'] = String(payload.length);
    }
    return new Promise((resolve, reject) => {
      const request = this.transport.request(url, { method: req.method, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_RESPONSE_BYTES) {
            request.destroy();
            reject(new VaultError(`vault: response from ${req.method} ${req.path} is larger than 32 MiB`, 'invalid-response'));
            return;
          }
          chunks.push(chunk);
        });
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: VaultEnvelope | undefined;
          if (text.trim() !== '') {
            try {
              body = JSON.parse(text) as VaultEnvelope;
            } catch {
              // A proxy's HTML error page: keep the status, drop the body (it may be large or odd).
              body = undefined;
              if ((res.statusCode ?? 0) < 300) {
                reject(new VaultError(`vault: ${req.method} ${req.path} answered with non-JSON`, 'invalid-response'));
                return;
              }
            }
          }
          const retryAfter = res.headers['retry-after'];
          resolve({ status: res.statusCode ?? 0, body, retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter });
        });
      });
      request.setTimeout(this.timeoutMs, () => {
        const err = new Error('timeout') as NodeJS.ErrnoException;
        err.code = 'TIMEOUT';
        request.destroy(err);
      });
      request.on('error', reject);
      if (payload) request.write(payload);
      request.end();
    });
  }
}
