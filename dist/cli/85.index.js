export const id = 85;
export const ids = [85];
export const modules = {

/***/ 8085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_RETRY: () => (/* reexport */ DEFAULT_RETRY),
  VaultError: () => (/* reexport */ VaultError),
  VaultHttpClient: () => (/* reexport */ VaultHttpClient),
  VaultStore: () => (/* reexport */ VaultStore),
  backoffDelayMs: () => (/* reexport */ backoffDelayMs),
  encodePath: () => (/* reexport */ encodePath),
  errorFromNetwork: () => (/* reexport */ errorFromNetwork),
  errorFromStatus: () => (/* reexport */ errorFromStatus),
  kvApiPaths: () => (/* reexport */ kvApiPaths),
  login: () => (/* reexport */ login),
  lookupSelf: () => (/* reexport */ lookupSelf),
  parseKvMetadata: () => (/* reexport */ parseKvMetadata),
  parseMountInfo: () => (/* reexport */ parseMountInfo),
  parseRetryAfter: () => (/* reexport */ parseRetryAfter),
  parseVaultUri: () => (/* reexport */ parseVaultUri),
  renewSelf: () => (/* reexport */ renewSelf),
  renewalDelayMs: () => (/* reexport */ renewalDelayMs),
  revokeSelf: () => (/* reexport */ revokeSelf),
  sanitizeServerMessage: () => (/* reexport */ sanitizeServerMessage),
  shouldRetry: () => (/* reexport */ shouldRetry),
  splitAtMount: () => (/* reexport */ splitAtMount)
});

// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
;// CONCATENATED MODULE: ./src/stores/vault/errors.ts

/**
 * A Vault failure for the user: one line, says what failed and where (address, method, path),
 * never a token or a secret value. Exit code is always EXIT.STORE.
 */
class VaultError extends errors/* StanchError */.W {
    kind;
    status;
    constructor(message, kind, status) {
        super(message, errors/* EXIT */.d.STORE);
        this.kind = kind;
        this.status = status;
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
function sanitizeServerMessage(message, secrets = []) {
    let out = message.replace(/\s+/g, ' ').trim();
    for (const secret of secrets) {
        if (secret && secret.length >= 4)
            out = out.split(secret).join('[redacted]');
    }
    out = out.replace(TOKEN_LIKE, '[redacted]').replace(JWT_LIKE, '[redacted]');
    return out.length > 240 ? `${out.slice(0, 237)}...` : out;
}
/** The address without credentials, query or trailing slash, for messages. */
function displayAddress(address) {
    try {
        const url = new URL(address);
        return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
    }
    catch {
        return '(invalid address)';
    }
}
/** Maps an HTTP error status from Vault to a VaultError whose message says what to do next. */
function errorFromStatus(ctx) {
    const where = `${ctx.method} ${ctx.path}`;
    const detail = ctx.serverErrors.length > 0 ? `: ${ctx.serverErrors.join('; ')}` : '';
    const joined = ctx.serverErrors.join(' ').toLowerCase();
    const addr = displayAddress(ctx.address);
    if (ctx.status === 503 && joined.includes('sealed')) {
        return new VaultError(`vault: server ${addr} is sealed (503) on ${where}; unseal it and retry`, 'sealed', 503);
    }
    if (ctx.status === 403) {
        return new VaultError(`vault: permission denied (403) on ${where}${detail}; check the token's policies for this path (or that the token is still valid)`, 'forbidden', 403);
    }
    if (ctx.status === 404) {
        return new VaultError(`vault: not found (404) on ${where}; check the mount and path`, 'not-found', 404);
    }
    if (ctx.status === 400 && joined.includes('check-and-set')) {
        return new VaultError(`vault: check-and-set failed (400) on ${where}; the secret changed since it was read, read it again and retry`, 'cas-mismatch', 400);
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
function errorFromNetwork(address, method, path, code) {
    const addr = displayAddress(address);
    const where = `${method} ${path}`;
    if (code === 'TIMEOUT') {
        return new VaultError(`vault: request to ${addr} timed out on ${where}; raise timeoutMs or check the server`, 'timeout');
    }
    if (code && (TLS_CODES.has(code) || code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL'))) {
        return new VaultError(`vault: TLS handshake with ${addr} failed (${code}) on ${where}; set caCert (or clientCert/clientKey), tlsSkipVerify only for testing`, 'tls');
    }
    return new VaultError(`vault: cannot reach ${addr} (${code ?? 'network error'}) on ${where}; check the address and that the server is running`, 'unreachable');
}

// EXTERNAL MODULE: ./src/stores/uri.ts
var stores_uri = __webpack_require__(9468);
;// CONCATENATED MODULE: ./src/stores/vault/uri.ts



/** Encodes each segment of a slash-separated path; keeps the slashes. */
function encodePath(path) {
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
function parseVaultUri(uri) {
    const bad = (why) => new errors/* StanchError */.W(`vault: invalid secret URI '${uri}': ${why}`, errors/* EXIT */.d.USAGE);
    if (!uri.startsWith('vault://'))
        throw bad(`expected vault://<mount>/<path>#<key>`);
    let ref;
    try {
        ref = (0,stores_uri/* parseStoreUri */.x8)(uri); // the one URI grammar; Vault only adds its path rules below
    }
    catch (err) {
        throw bad(err.message.replace(/^store URI "[^"]*": /, ''));
    }
    return { ...ref, scheme: 'vault', path: normalizeSecretPath(ref.path, bad) };
}
function normalizeSecretPath(raw, bad) {
    const trimmed = raw.replace(/^\/+/, '');
    const folder = trimmed.endsWith('/');
    const segments = trimmed.replace(/\/+$/, '').split('/');
    if (segments.length === 1 && segments[0] === '')
        throw bad('missing mount and path');
    for (const s of segments) {
        if (s === '' || s === '.' || s === '..')
            throw bad(`path segment '${s}' is not allowed`);
    }
    return segments.join('/') + (folder ? '/' : '');
}
/** Splits `secret/app/db` at a known mount (`secret` or `secret/`). */
function splitAtMount(fullPath, mount) {
    const m = mount.replace(/^\/+|\/+$/g, '');
    const p = fullPath.replace(/^\/+/, '');
    if (p === m || p === `${m}/`)
        return '';
    if (!p.startsWith(`${m}/`))
        return undefined;
    return p.slice(m.length + 1);
}
/** The API paths (after /v1/) for each KV operation. KV v1 uses one path for everything. */
function kvApiPaths(loc) {
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
function parseMountInfo(data, fullPath) {
    const d = (data ?? {});
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

;// CONCATENATED MODULE: ./src/stores/vault/auth.ts



function required(value, field, method) {
    if (typeof value !== 'string' || value.trim() === '') {
        throw new errors/* StanchError */.W(`vault: auth.${field} is required for auth method '${method}'`, errors/* EXIT */.d.USAGE);
    }
    return value.trim();
}
function mountOf(mount, fallback) {
    const m = (mount ?? fallback).replace(/^\/+|\/+$/g, '');
    if (m === '' || m.split('/').some((s) => s === '' || s === '.' || s === '..')) {
        throw new errors/* StanchError */.W(`vault: auth.mount '${mount}' is not a valid mount path`, errors/* EXIT */.d.USAGE);
    }
    return encodePath(m);
}
function tokenFromLogin(body, what) {
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
async function login(client, auth) {
    switch (auth?.method) {
        case 'token': {
            const token = required(auth.token, 'token', 'token');
            return { token, ttlSeconds: 0, renewable: false, fromLogin: false };
        }
        case 'approle': {
            const roleId = required(auth.roleId, 'roleId', 'approle');
            const mount = mountOf(auth.mount, 'approle');
            const body = { role_id: roleId };
            // A role may be configured without bind_secret_id; then no secret id is sent.
            if (auth.secretId)
                body.secret_id = auth.secretId;
            const res = await client.request({
                method: 'POST',
                path: `auth/${mount}/login`,
                body,
                redact: [roleId, auth.secretId ?? ''],
            });
            return tokenFromLogin(res.body, `AppRole (auth/${mount})`);
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
            return tokenFromLogin(res.body, `JWT (auth/${mount}, role ${role})`);
        }
        default:
            throw new errors/* StanchError */.W(`vault: auth.method must be one of token, approle, jwt (got '${String(auth?.method)}')`, errors/* EXIT */.d.USAGE);
    }
}
/** TTL and renewability of the token in hand (needs the default policy's lookup-self). */
async function lookupSelf(client, token) {
    const res = await client.request({
        method: 'GET',
        path: 'auth/token/lookup-self',
        token,
    });
    const data = res.body?.data ?? {};
    return { ttlSeconds: typeof data.ttl === 'number' ? data.ttl : 0, renewable: data.renewable === true };
}
/** Extends the token's lease; returns the new TTL Vault granted (it may cap it at max_ttl). */
async function renewSelf(client, token, incrementSeconds) {
    const res = await client.request({
        method: 'POST',
        path: 'auth/token/renew-self',
        token,
        body: incrementSeconds ? { increment: `${incrementSeconds}s` } : {},
    });
    const auth = res.body?.auth;
    return {
        ttlSeconds: typeof auth?.lease_duration === 'number' ? auth.lease_duration : 0,
        renewable: auth?.renewable === true,
    };
}
/** Revokes the token (and its children) so nothing usable outlives the run. */
async function revokeSelf(client, token) {
    await client.request({ method: 'POST', path: 'auth/token/revoke-self', token });
}
/**
 * When to renew: at two thirds of the TTL, so one failed attempt still leaves time for another.
 * Returns undefined when there is nothing to renew.
 */
function renewalDelayMs(ttlSeconds, renewable) {
    if (!renewable || ttlSeconds <= 0)
        return undefined;
    return Math.max(1_000, Math.floor((ttlSeconds * 1000 * 2) / 3));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/stores/vault/retry.ts
const DEFAULT_RETRY = { retries: 3, baseDelayMs: 250, maxDelayMs: 5_000 };
const ALWAYS_RETRY_STATUS = new Set([412, 429, 502, 503, 504]);
// Errors raised before the request could be sent or while the name was looked up.
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);
const MAYBE_SENT_CODES = new Set(['ECONNRESET', 'EPIPE', 'TIMEOUT', 'ETIMEDOUT', 'UND_ERR_SOCKET']);
function shouldRetry(outcome) {
    if (outcome.sealed)
        return false;
    if (outcome.status !== undefined) {
        if (ALWAYS_RETRY_STATUS.has(outcome.status))
            return true;
        return outcome.idempotent && outcome.status >= 500 && outcome.status !== 501;
    }
    const code = outcome.networkCode ?? '';
    if (NOT_SENT_CODES.has(code))
        return true;
    return outcome.idempotent && MAYBE_SENT_CODES.has(code);
}
/**
 * Exponential backoff with "equal jitter": half fixed, half random, so many clients that
 * failed together do not retry together, while each wait still grows.
 * `attempt` is 1 for the wait before the first retry. `retryAfterSec` (from a 429/503
 * Retry-After header) wins when larger, still capped at maxDelayMs.
 */
function backoffDelayMs(attempt, policy, random = Math.random, retryAfterSec) {
    const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
    const jittered = exp / 2 + random() * (exp / 2);
    const hinted = retryAfterSec !== undefined && retryAfterSec > 0 ? retryAfterSec * 1000 : 0;
    return Math.round(Math.min(policy.maxDelayMs, Math.max(jittered, hinted)));
}
/** Reads a Retry-After header given in seconds; HTTP dates are ignored (Vault sends seconds). */
function parseRetryAfter(header) {
    const value = Array.isArray(header) ? header[0] : header;
    if (!value || !/^\d+$/.test(value.trim()))
        return undefined;
    return Number(value.trim());
}

;// CONCATENATED MODULE: ./src/stores/vault/http.ts







const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
function pemOrFile(value, field) {
    if (value === undefined || value === '')
        return undefined;
    if (value.includes('-----BEGIN'))
        return value;
    try {
        return (0,external_node_fs_.readFileSync)(value, 'utf8');
    }
    catch (err) {
        const code = err.code ?? 'read error';
        throw new errors/* StanchError */.W(`vault: ${field}: cannot read file ${value} (${code})`, errors/* EXIT */.d.USAGE);
    }
}
/**
 * A small Vault HTTP client on node:http/https: TLS options through an Agent, per-attempt
 * timeout, retries with backoff, and errors that name the path but never the token.
 */
class VaultHttpClient {
    address;
    namespace;
    base;
    agent;
    transport;
    timeoutMs;
    retry;
    constructor(opts) {
        let base;
        try {
            base = new URL(opts.address);
        }
        catch {
            throw new errors/* StanchError */.W(`vault: address is not a URL (expected https://host:8200)`, errors/* EXIT */.d.USAGE);
        }
        if (base.protocol !== 'http:' && base.protocol !== 'https:') {
            throw new errors/* StanchError */.W(`vault: address must start with http:// or https://`, errors/* EXIT */.d.USAGE);
        }
        if (!base.pathname.endsWith('/'))
            base.pathname += '/';
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
            this.transport = (external_node_https_default());
            this.agent = new (external_node_https_default()).Agent({
                keepAlive: true,
                ca: pemOrFile(opts.caCert, 'caCert'),
                cert: pemOrFile(opts.clientCert, 'clientCert'),
                key: pemOrFile(opts.clientKey, 'clientKey'),
                rejectUnauthorized: opts.tlsSkipVerify !== true,
            });
        }
        else {
            this.transport = (external_node_http_default());
            this.agent = new (external_node_http_default()).Agent({ keepAlive: true });
        }
    }
    /** Sends a request, retrying per the policy; resolves with 2xx (or accepted) answers only. */
    async request(req) {
        const idempotent = req.method === 'GET';
        const redact = [req.token ?? '', ...(req.redact ?? [])];
        for (let attempt = 0;; attempt++) {
            let status;
            let networkCode;
            let retryAfter;
            let failure;
            try {
                const res = await this.once(req);
                status = res.status;
                if ((status >= 200 && status < 300) || req.acceptStatus?.includes(status)) {
                    return { status, body: res.body };
                }
                const serverErrors = (res.body?.errors ?? [])
                    .filter((e) => typeof e === 'string')
                    .map((e) => sanitizeServerMessage(e, redact))
                    .filter((e) => e.length > 0);
                retryAfter = parseRetryAfter(res.retryAfter);
                failure = errorFromStatus({ address: this.address, method: req.method, path: req.path, status, serverErrors });
            }
            catch (err) {
                if (err instanceof VaultError)
                    throw err;
                networkCode = err.code ?? 'network error';
                failure = errorFromNetwork(this.address, req.method, req.path, networkCode);
            }
            const retryable = shouldRetry({ status, networkCode, sealed: failure.kind === 'sealed', idempotent });
            if (!retryable || attempt >= this.retry.retries)
                throw failure;
            await (0,promises_.setTimeout)(backoffDelayMs(attempt + 1, this.retry, Math.random, retryAfter));
        }
    }
    /** Closes idle keep-alive sockets. */
    close() {
        this.agent.destroy();
    }
    once(req) {
        const url = new URL(`v1/${req.path.replace(/^\/+/, '')}`, this.base);
        for (const [k, v] of Object.entries(req.query ?? {}))
            url.searchParams.set(k, v);
        const payload = req.body === undefined ? undefined : Buffer.from(JSON.stringify(req.body), 'utf8');
        const headers = { Accept: 'application/json', 'X-Vault-Request': 'true' };
        if (req.token)
            headers['X-Vault-Token'] = req.token;
        if (this.namespace)
            headers['X-Vault-Namespace'] = this.namespace;
        if (payload) {
            headers['Content-Type'] = 'application/json';
            headers['Content-Length'] = String(payload.length);
        }
        return new Promise((resolve, reject) => {
            const request = this.transport.request(url, { method: req.method, headers, agent: this.agent }, (res) => {
                const chunks = [];
                let size = 0;
                res.on('data', (chunk) => {
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
                    let body;
                    if (text.trim() !== '') {
                        try {
                            body = JSON.parse(text);
                        }
                        catch {
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
                const err = new Error('timeout');
                err.code = 'TIMEOUT';
                request.destroy(err);
            });
            request.on('error', reject);
            if (payload)
                request.write(payload);
            request.end();
        });
    }
}

;// CONCATENATED MODULE: ./src/stores/vault/kv.ts


/** Where a location points, for messages: `secret/app/db` (no /data/ infix). */
function describe(loc) {
    return loc.relPath === '' ? loc.mount : `${loc.mount}/${loc.relPath}`;
}
function requireV2(loc, operation) {
    if (loc.kvVersion !== 2) {
        throw new VaultError(`vault: ${operation} needs KV v2, but mount '${loc.mount}' is KV v1`, 'config');
    }
}
/** Reads a secret (latest, or a given KV v2 version). A deleted/destroyed version is an error that says so. */
async function kvRead(client, token, loc, version) {
    const paths = kvApiPaths(loc);
    if (loc.kvVersion === 1) {
        if (version !== undefined) {
            throw new VaultError(`vault: ${describe(loc)} is on KV v1, which has no versions (remove ?version=)`, 'config');
        }
        const res = await client.request({ method: 'GET', path: paths.data, token });
        return { data: (res.body?.data ?? {}) };
    }
    const res = await client.request({
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
        if (meta?.destroyed)
            throw new VaultError(`vault: ${which} is destroyed`, 'deleted', 404);
        if (meta?.deletion_time) {
            throw new VaultError(`vault: ${which} is deleted (undelete it to read it again)`, 'deleted', 404);
        }
        throw new VaultError(`vault: not found (404) on GET ${paths.data}; no secret at ${describe(loc)}`, 'not-found', 404);
    }
    const metadata = {};
    if (meta?.created_time)
        metadata.created_time = meta.created_time;
    if (meta?.custom_metadata)
        metadata.custom_metadata = meta.custom_metadata;
    return { data: body.data, version: typeof meta?.version === 'number' ? meta.version : undefined, metadata };
}
/**
 * Writes all keys of a secret. On KV v2, `cas` makes it check-and-set: 0 = only if absent,
 * N = only if the current version is N. Returns the new version (KV v2).
 */
async function kvWrite(client, token, loc, data, cas) {
    const paths = kvApiPaths(loc);
    if (loc.kvVersion === 1) {
        if (cas !== undefined) {
            throw new VaultError(`vault: check-and-set needs KV v2, but mount '${loc.mount}' is KV v1`, 'config');
        }
        await client.request({ method: 'POST', path: paths.data, token, body: data });
        return {};
    }
    const body = { data };
    if (cas !== undefined)
        body.options = { cas };
    const res = await client.request({ method: 'POST', path: paths.data, token, body });
    const version = res.body?.data?.version;
    return { version: typeof version === 'number' ? version : undefined };
}
/** Lists names under a folder; folders end in '/'. An empty or missing folder gives []. */
async function kvList(client, token, loc) {
    const paths = kvApiPaths(loc);
    const res = await client.request({
        method: 'GET',
        path: paths.metadata,
        token,
        query: { list: 'true' },
        acceptStatus: [404],
    });
    if (res.status === 404)
        return [];
    const keys = res.body?.data?.keys;
    return Array.isArray(keys) ? keys.filter((k) => typeof k === 'string') : [];
}
/** KV v1: deletes the secret. KV v2: soft-deletes the latest version (undelete can bring it back). */
async function kvDeleteLatest(client, token, loc) {
    await client.request({ method: 'DELETE', path: kvApiPaths(loc).data, token });
}
async function kvMetadata(client, token, loc) {
    requireV2(loc, 'reading metadata');
    const res = await client.request({ method: 'GET', path: kvApiPaths(loc).metadata, token });
    return parseKvMetadata(res.body?.data ?? {});
}
/** Pure: the KV v2 metadata answer into typed fields. */
function parseKvMetadata(d) {
    const num = (v) => (typeof v === 'number' ? v : 0);
    const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
    const versions = {};
    const raw = (d.versions ?? {});
    for (const [n, v] of Object.entries(raw)) {
        versions[Number(n)] = {
            createdTime: str(v?.created_time),
            deletionTime: str(v?.deletion_time),
            destroyed: v?.destroyed === true,
        };
    }
    const custom = {};
    for (const [k, v] of Object.entries((d.custom_metadata ?? {}))) {
        if (typeof v === 'string')
            custom[k] = v;
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
/** Soft delete / undelete / destroy (permanent) of given KV v2 versions. */
async function kvVersions(client, token, loc, operation, versions) {
    requireV2(loc, operation);
    if (versions.length === 0 || versions.some((v) => !Number.isInteger(v) || v < 1)) {
        throw new VaultError(`vault: ${operation} of ${describe(loc)} needs one or more positive version numbers`, 'config');
    }
    const paths = kvApiPaths(loc);
    const path = operation === 'delete' ? paths.delete : operation === 'undelete' ? paths.undelete : paths.destroy;
    await client.request({ method: operation === 'destroy' ? 'PUT' : 'POST', path, token, body: { versions } });
}
/** Removes every version and the metadata of a KV v2 secret (cannot be undone). */
async function kvDeleteMetadata(client, token, loc) {
    requireV2(loc, 'deleting all versions');
    await client.request({ method: 'DELETE', path: kvApiPaths(loc).metadata, token });
}

;// CONCATENATED MODULE: ./src/stores/vault/store.ts






/** Values in KV can be numbers or objects; callers of the generic interface get strings. */
function asString(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}
/**
 * Vault / OpenBao KV v1 and v2 behind the generic SecretStore interface, plus the KV v2
 * operations rotation needs (versions, check-and-set, metadata, soft delete / undelete / destroy).
 * Logs in lazily on first use; close() stops renewal and revokes a token it logged in for.
 */
class VaultStore {
    scheme = 'vault';
    readOnly;
    client;
    opts;
    tokenPromise;
    renewTimer;
    mounts = new Map();
    closed = false;
    constructor(opts) {
        if (!opts || typeof opts !== 'object' || !opts.auth) {
            throw new errors/* StanchError */.W('vault: options need address and auth', errors/* EXIT */.d.USAGE);
        }
        if (opts.kvVersion !== undefined && opts.kvVersion !== 1 && opts.kvVersion !== 2) {
            throw new errors/* StanchError */.W(`vault: kvVersion must be 1 or 2`, errors/* EXIT */.d.USAGE);
        }
        this.opts = opts;
        this.readOnly = opts.readOnly === true;
        this.client = new VaultHttpClient(opts);
    }
    /** Parses a `vault://` URI (exposed so callers need not import the parser). */
    static ref(uri) {
        return parseVaultUri(uri);
    }
    // ---- generic interface ----
    async get(ref) {
        const secret = await this.read(ref, ref.version);
        const key = this.keyOf(ref, secret.data);
        if (!(key in secret.data)) {
            throw new VaultError(`vault: key '${key}' not found in ${ref.uri} (the secret has ${Object.keys(secret.data).length} keys)`, 'not-found');
        }
        return { value: asString(secret.data[key]), version: secret.version, metadata: secret.metadata };
    }
    async getAll(ref) {
        const secret = await this.read(ref, ref.version);
        const data = {};
        for (const [k, v] of Object.entries(secret.data))
            data[k] = asString(v);
        return { data, version: secret.version };
    }
    /**
     * Sets one key, keeping the others. On KV v2 the write is check-and-set against the version
     * just read (or opts.cas), so a concurrent writer is detected instead of overwritten.
     */
    async set(ref, value, opts = {}) {
        this.assertWritable(ref);
        if (!ref.key)
            throw new errors/* StanchError */.W(`vault: ${ref.uri}: name the key to set (vault://mount/path#key)`, errors/* EXIT */.d.USAGE);
        const loc = await this.locate(ref);
        const token = await this.token();
        let current = { data: {} };
        try {
            current = await kvRead(this.client, token, loc);
        }
        catch (err) {
            // A missing secret is created; a deleted latest version is replaced by a new one.
            if (!(err instanceof VaultError && (err.kind === 'not-found' || err.kind === 'deleted')))
                throw err;
            // A new secret is written with cas 0 (create only); after a deleted latest version the
            // current version comes from the metadata.
            if (loc.kvVersion === 2 && opts.cas === undefined && err.kind === 'deleted') {
                const meta = await this.metadataOrUndefined(loc, token);
                current = { data: {}, version: meta?.currentVersion ?? 0 };
            }
        }
        const cas = loc.kvVersion === 2 ? (opts.cas ?? current.version ?? 0) : undefined;
        return kvWrite(this.client, token, loc, { ...current.data, [ref.key]: value }, cas);
    }
    async list(prefix) {
        const loc = await this.locate(prefix);
        return kvList(this.client, await this.token(), loc);
    }
    /** With a key: removes that key (a new version on KV v2). Without: soft-deletes the latest version (KV v1: deletes). */
    async delete(ref) {
        this.assertWritable(ref);
        const loc = await this.locate(ref);
        const token = await this.token();
        if (!ref.key)
            return kvDeleteLatest(this.client, token, loc);
        const current = await kvRead(this.client, token, loc);
        if (!(ref.key in current.data))
            return;
        const { [ref.key]: _removed, ...rest } = current.data;
        await kvWrite(this.client, token, loc, rest, loc.kvVersion === 2 ? current.version : undefined);
    }
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        if (this.renewTimer)
            clearTimeout(this.renewTimer);
        this.renewTimer = undefined;
        try {
            const pending = this.tokenPromise;
            if (pending) {
                const tok = await pending.catch(() => undefined);
                const revoke = this.opts.revokeOnClose ?? tok?.fromLogin ?? false;
                if (tok && revoke)
                    await revokeSelf(this.client, tok.token);
            }
        }
        finally {
            this.client.close();
        }
    }
    // ---- KV v2 extras (rotation) ----
    /** All keys of a given version (raw values), with the version number. */
    async readVersion(ref, version) {
        return this.read(ref, version);
    }
    /** Writes all keys at once; `cas` as in KV v2 (0 = create only). */
    async write(ref, data, opts = {}) {
        this.assertWritable(ref);
        const loc = await this.locate(ref);
        return kvWrite(this.client, await this.token(), loc, data, opts.cas);
    }
    async metadata(ref) {
        const loc = await this.locate(ref);
        return kvMetadata(this.client, await this.token(), loc);
    }
    /** Soft-deletes versions (default: the latest). */
    async softDelete(ref, versions) {
        this.assertWritable(ref);
        const loc = await this.locate(ref);
        const token = await this.token();
        if (!versions)
            return kvDeleteLatest(this.client, token, loc);
        return kvVersions(this.client, token, loc, 'delete', versions);
    }
    async undelete(ref, versions) {
        this.assertWritable(ref);
        const loc = await this.locate(ref);
        return kvVersions(this.client, await this.token(), loc, 'undelete', versions);
    }
    /** Permanently destroys the data of the given versions (metadata stays). */
    async destroy(ref, versions) {
        this.assertWritable(ref);
        const loc = await this.locate(ref);
        return kvVersions(this.client, await this.token(), loc, 'destroy', versions);
    }
    /** Deletes every version and the metadata (cannot be undone). */
    async deleteAllVersions(ref) {
        this.assertWritable(ref);
        const loc = await this.locate(ref);
        return kvDeleteMetadata(this.client, await this.token(), loc);
    }
    /**
     * Rollback: writes the data of an earlier version as a new version, check-and-set against
     * the current version (or opts.cas), so it fails rather than overwrite a concurrent change.
     */
    async restoreVersion(ref, version, opts = {}) {
        this.assertWritable(ref);
        const loc = await this.locate(ref);
        if (loc.kvVersion !== 2) {
            throw new VaultError(`vault: restoring a version needs KV v2, but mount '${loc.mount}' is KV v1`, 'config');
        }
        const token = await this.token();
        const old = await kvRead(this.client, token, loc, version);
        const cas = opts.cas ?? (await kvMetadata(this.client, token, loc)).currentVersion;
        return kvWrite(this.client, token, loc, old.data, cas);
    }
    /** The mount, path inside it and KV version for a ref (detected once per mount). */
    async locate(ref) {
        if (ref.scheme !== 'vault')
            throw new errors/* StanchError */.W(`vault: ${ref.uri} is not a vault:// reference`, errors/* EXIT */.d.USAGE);
        const full = ref.path;
        if (this.opts.kvVersion) {
            const mount = (this.opts.kvMount ?? full.split('/')[0]).replace(/^\/+|\/+$/g, '');
            const rel = splitAtMount(full, mount);
            if (rel === undefined)
                throw new errors/* StanchError */.W(`vault: ${ref.uri} is not under mount '${mount}'`, errors/* EXIT */.d.USAGE);
            return { mount, relPath: rel.replace(/\/+$/, ''), kvVersion: this.opts.kvVersion };
        }
        for (const [mount, kvVersion] of this.mounts) {
            const rel = splitAtMount(full, mount);
            if (rel !== undefined)
                return { mount, relPath: rel.replace(/\/+$/, ''), kvVersion };
        }
        const token = await this.token();
        // What the vault CLI and vault-action do: ask which mount serves this path and its options.
        const preflight = `sys/internal/ui/mounts/${encodePath(full.replace(/\/+$/, ''))}`;
        const res = await this.client.request({ method: 'GET', path: preflight, token }).catch((err) => {
            // Vault answers this preflight with 403 both for "no mount here" and "no access".
            if (err instanceof VaultError && err.kind === 'forbidden') {
                throw new VaultError(`vault: cannot find the KV mount for '${full}' (403 on GET ${preflight}): no engine is mounted there, or the token's policies grant nothing under it`, 'forbidden', 403);
            }
            throw err;
        });
        const info = parseMountInfo(res.body?.data, full);
        this.mounts.set(info.mount, info.kvVersion);
        const rel = splitAtMount(full, info.mount) ?? '';
        return { mount: info.mount, relPath: rel.replace(/\/+$/, ''), kvVersion: info.kvVersion };
    }
    /** The token in hand, logging in on first use and starting renewal. */
    token() {
        if (this.closed)
            return Promise.reject(new errors/* StanchError */.W('vault: the store is closed', errors/* EXIT */.d.STORE));
        if (!this.tokenPromise) {
            this.tokenPromise = this.authenticate();
            // A failed login may be retried by the next call.
            this.tokenPromise.catch(() => {
                this.tokenPromise = undefined;
            });
        }
        return this.tokenPromise.then((t) => t.token);
    }
    async authenticate() {
        const tok = await login(this.client, this.opts.auth);
        if (this.opts.renewToken === false)
            return tok;
        let facts = { ttlSeconds: tok.ttlSeconds, renewable: tok.renewable };
        if (!tok.fromLogin) {
            // A given token: ask how long it lives. Not fatal if lookup-self is not allowed.
            facts = await lookupSelf(this.client, tok.token).catch(() => facts);
        }
        this.scheduleRenewal(tok.token, facts.ttlSeconds, facts.renewable);
        return tok;
    }
    scheduleRenewal(token, ttlSeconds, renewable) {
        const delay = renewalDelayMs(ttlSeconds, renewable);
        if (delay === undefined || this.closed)
            return;
        this.renewTimer = setTimeout(() => {
            renewSelf(this.client, token)
                .then((r) => this.scheduleRenewal(token, r.ttlSeconds, r.renewable))
                // Renewal failing (max TTL reached, token revoked) is reported by the next request that needs it.
                .catch(() => undefined);
        }, delay);
        // Renewal must never keep the process alive on its own.
        this.renewTimer.unref();
    }
    async read(ref, version) {
        const loc = await this.locate(ref);
        if (loc.relPath === '')
            throw new errors/* StanchError */.W(`vault: ${ref.uri} names a mount, not a secret`, errors/* EXIT */.d.USAGE);
        return kvRead(this.client, await this.token(), loc, version);
    }
    keyOf(ref, data) {
        if (ref.key)
            return ref.key;
        const keys = Object.keys(data);
        if (keys.length === 1)
            return keys[0];
        throw new errors/* StanchError */.W(`vault: ${ref.uri} has ${keys.length} keys; name one with #key`, errors/* EXIT */.d.USAGE);
    }
    async metadataOrUndefined(loc, token) {
        try {
            return await kvMetadata(this.client, token, loc);
        }
        catch (err) {
            if (err instanceof VaultError && err.kind === 'not-found')
                return undefined;
            throw err;
        }
    }
    assertWritable(ref) {
        if (this.readOnly)
            throw new errors/* StanchError */.W(`vault: store is read-only; refusing to change ${ref.uri}`, errors/* EXIT */.d.USAGE);
    }
}

;// CONCATENATED MODULE: ./src/stores/vault/index.ts









/***/ })

};
