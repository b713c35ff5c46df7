export const id = 201;
export const ids = [201];
export const modules = {

/***/ 8365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SB: () => (/* binding */ AuditLog),
/* harmony export */   Se: () => (/* binding */ readLines),
/* harmony export */   zy: () => (/* binding */ readHead)
/* harmony export */ });
/* unused harmony exports headPath, appendAudit */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7206);
/* harmony import */ var _fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7768);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7114);
/**
 * The append-only audit log: `<file>` holds the JSONL records, `<file>.head` the anchor
 * `{seq, hash}` of the last record (rewritten atomically after each append), `<file>.lock` serialises
 * writers across processes.
 *
 * What verify guarantees (see docs/sops.md "Audit log"):
 * - an edited, inserted, deleted or reordered record breaks the chain and is reported with its line;
 * - a truncated tail is caught by the head anchor (the head says N records, the log has fewer);
 * - someone who can rewrite both the log and the head can rebuild a consistent chain. Two defences:
 *   an HMAC key kept away from the log (then the chain cannot be recomputed without it), and an
 *   external anchor (count / last hash kept elsewhere, e.g. printed into CI logs) given to verify.
 */







const headPath = (file) => `${file}.head`;
const lockPath = (file) => `${file}.lock`;
const STALE_LOCK_MS = 30_000;
/** Appends within one process queue up per file; the lock file then only arbitrates between processes. */
const queues = new Map();
class AuditLog {
    opts;
    constructor(opts) {
        this.opts = opts;
    }
    /** Appends one record; refuses when the existing log does not match its head (so damage is not papered over). */
    append(entry) {
        const key = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(this.opts.file);
        const run = (queues.get(key) ?? Promise.resolve()).then(() => this.appendLocked(entry), () => this.appendLocked(entry));
        const tail = run.catch(() => undefined);
        queues.set(key, tail);
        void tail.then(() => {
            if (queues.get(key) === tail)
                queues.delete(key);
        });
        return run;
    }
    async appendLocked(entry) {
        const { file } = this.opts;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file), { recursive: true, mode: 0o700 });
        const release = await this.lock();
        try {
            const last = await readLastRecord(file);
            const head = await readHead(file);
            if (head && (!last || last.seq !== head.seq || last.hash !== head.hash)) {
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .StanchError */ .W(`audit log ${file} does not match its head anchor (truncated or edited); run "stanch audit verify"`, _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.STORE);
            }
            if (!head && last) {
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .StanchError */ .W(`audit log ${file} has no head anchor (${headPath(file)} was removed); run "stanch audit verify"`, _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.STORE);
            }
            const base = {
                seq: (last?.seq ?? 0) + 1,
                ts: (this.opts.now ?? (() => new Date()))().toISOString(),
                actor: entry.actor,
                action: entry.action,
                uri: entry.uri,
                outcome: entry.outcome,
                ...(entry.detail !== undefined ? { detail: (0,_record_js__WEBPACK_IMPORTED_MODULE_6__/* .cleanDetail */ .n4)(entry.detail) } : {}),
                prev: last?.hash ?? _record_js__WEBPACK_IMPORTED_MODULE_6__/* .GENESIS */ .hw,
            };
            const record = { ...base, hash: (0,_record_js__WEBPACK_IMPORTED_MODULE_6__/* .hashRecord */ .OK)(base, this.opts.hmacKey) };
            const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'a', 0o600);
            try {
                await fh.appendFile(`${(0,_record_js__WEBPACK_IMPORTED_MODULE_6__/* .serializeRecord */ .Om)(record)}\n`);
                await fh.sync();
            }
            finally {
                await fh.close();
            }
            await (0,_fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFileAtomic */ .Zf)(headPath(file), `${JSON.stringify({ seq: record.seq, hash: record.hash })}\n`, 0o600);
            return record;
        }
        finally {
            await release();
        }
    }
    async lock() {
        const path = lockPath(this.opts.file);
        const deadline = Date.now() + (this.opts.lockTimeoutMs ?? 10_000);
        for (let delay = 5;; delay = Math.min(delay * 2, 50)) {
            try {
                const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'wx', 0o600);
                await fh.writeFile(String(process.pid));
                await fh.close();
                return () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(path).catch(() => undefined);
            }
            catch (err) {
                if (err.code !== 'EEXIST')
                    throw err;
                const age = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).then((s) => Date.now() - s.mtimeMs, () => 0);
                if (age > STALE_LOCK_MS) {
                    // A writer died holding the lock; the head check above still guards the chain.
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(path).catch(() => undefined);
                    continue;
                }
                if (Date.now() > deadline)
                    throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .StanchError */ .W(`audit log ${this.opts.file} is locked by another writer (${path})`, _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.STORE);
                await new Promise((r) => setTimeout(r, delay));
            }
        }
    }
}
async function readHead(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(headPath(file), 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    }
    try {
        const v = JSON.parse(text);
        if (Number.isSafeInteger(v.seq) && typeof v.hash === 'string')
            return v;
    }
    catch {
        // fall through
    }
    throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .StanchError */ .W(`${headPath(file)}: not a valid audit head anchor`, _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.STORE);
}
/** The last complete record, read from the end of the file (logs grow; we do not read them whole). */
async function readLastRecord(file) {
    let fh;
    try {
        fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    }
    try {
        const { size } = await fh.stat();
        if (size === 0)
            return undefined;
        let chunk = 4096;
        for (;;) {
            const start = Math.max(0, size - chunk);
            const buf = Buffer.alloc(size - start);
            await fh.read(buf, 0, buf.length, start);
            const text = buf.toString('utf8');
            if (!text.endsWith('\n')) {
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .StanchError */ .W(`audit log ${file} ends with a partial line; run "stanch audit verify"`, _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.STORE);
            }
            const body = text.slice(0, -1);
            const nl = body.lastIndexOf('\n');
            if (nl >= 0 || start === 0) {
                const rec = (0,_record_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRecord */ .Hh)(body.slice(nl + 1));
                if (typeof rec === 'string')
                    throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .StanchError */ .W(`audit log ${file}: last line is damaged (${rec}); run "stanch audit verify"`, _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.STORE);
                return rec;
            }
            chunk *= 4;
        }
    }
    finally {
        await fh.close();
    }
}
/** Streams the records of a log with their line numbers (a missing file yields nothing). */
async function* readLines(file) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return;
        throw err;
    }
    const rl = (0,node_readline__WEBPACK_IMPORTED_MODULE_3__.createInterface)({ input: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { encoding: 'utf8' }), crlfDelay: Infinity });
    let line = 0;
    for await (const text of rl) {
        line++;
        yield { line, text };
    }
}
async function appendAudit(opts, entry) {
    return new AuditLog(opts).append(entry);
}


/***/ }),

/***/ 7114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hh: () => (/* binding */ parseRecord),
/* harmony export */   OK: () => (/* binding */ hashRecord),
/* harmony export */   Om: () => (/* binding */ serializeRecord),
/* harmony export */   hw: () => (/* binding */ GENESIS),
/* harmony export */   n4: () => (/* binding */ cleanDetail)
/* harmony export */ });
/* unused harmony export MAX_DETAIL */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * One audit record per line (JSONL), chained: each record holds the hash of the one before it, and its
 * own hash covers every field plus that link. Who, when, what path, outcome; never a secret value.
 */

const GENESIS = '0'.repeat(64);
const MAX_DETAIL = 300;
/** The bytes that are hashed: a fixed field order, so formatting of the line does not matter. */
function canonical(r) {
    return JSON.stringify([r.seq, r.ts, r.actor, r.action, r.uri, r.outcome, r.detail ?? null, r.prev]);
}
/** SHA-256, or HMAC-SHA256 when a key is configured (then nobody without the key can re-forge the chain). */
function hashRecord(r, hmacKey) {
    const h = hmacKey ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', hmacKey) : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    return h.update(canonical(r)).digest('hex');
}
/** One JSON line with the fields in a stable order. */
function serializeRecord(r) {
    const ordered = { seq: r.seq, ts: r.ts, actor: r.actor, action: r.action, uri: r.uri, outcome: r.outcome };
    if (r.detail !== undefined)
        ordered.detail = r.detail;
    ordered.prev = r.prev;
    ordered.hash = r.hash;
    return JSON.stringify(ordered);
}
/** Parses one line; returns a reason instead of throwing, for verify to report. */
function parseRecord(line) {
    let v;
    try {
        v = JSON.parse(line);
    }
    catch {
        return 'not valid JSON';
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v))
        return 'not a JSON object';
    const o = v;
    if (!Number.isSafeInteger(o.seq))
        return 'field "seq" is not an integer';
    for (const f of ['ts', 'actor', 'action', 'uri', 'outcome', 'prev', 'hash']) {
        if (typeof o[f] !== 'string')
            return `field "${f}" is missing or not a string`;
    }
    if (o.detail !== undefined && typeof o.detail !== 'string')
        return 'field "detail" is not a string';
    const known = new Set(['seq', 'ts', 'actor', 'action', 'uri', 'outcome', 'detail', 'prev', 'hash']);
    const extra = Object.keys(o).find((k) => !known.has(k));
    if (extra)
        return `unexpected field "${extra}"`;
    return o;
}
/** Keeps what goes into `detail` short and on one line. */
function cleanDetail(detail) {
    if (detail === undefined)
        return undefined;
    const one = detail.replace(/[\r\n]+/g, ' ').trim();
    return one.length > MAX_DETAIL ? `${one.slice(0, MAX_DETAIL - 1)}…` : one;
}


/***/ }),

/***/ 8201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ki: () => (/* binding */ addStoreFlags),
  le: () => (/* binding */ buildStoreSettings),
  ip: () => (/* binding */ defaultAuditLogPath),
  XC: () => (/* binding */ openSecretAccess)
});

// UNUSED EXPORTS: actorFrom, auditSettings

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
// EXTERNAL MODULE: ./src/stores/errors.ts
var stores_errors = __webpack_require__(8151);
;// CONCATENATED MODULE: ./src/audit/audited-store.ts
/**
 * A SecretStore wrapper that appends one audit record per read, write, delete and list, with the
 * outcome. Fails closed: if the record cannot be written, the operation's result is not returned
 * (a read's value is withheld; a write has happened, and the audit error says so).
 * The record holds the URI and the error kind, never a value or a raw error message.
 */

class AuditedStore {
    inner;
    opts;
    scheme;
    readOnly;
    constructor(inner, opts) {
        this.inner = inner;
        this.opts = opts;
        this.scheme = inner.scheme;
        this.readOnly = inner.readOnly;
    }
    get(ref) {
        return this.audited('read', ref, () => this.inner.get(ref));
    }
    async getAll(ref) {
        const inner = this.inner;
        if (!inner.getAll)
            throw new stores_errors/* StoreError */.A(`${ref.uri}: store ${this.scheme} cannot read whole secrets`, 'invalid');
        return this.audited('read', ref, () => inner.getAll(ref));
    }
    set(ref, value, opts) {
        return this.audited('write', ref, () => this.inner.set(ref, value, opts));
    }
    list(prefix) {
        return this.audited('list', prefix, () => this.inner.list(prefix));
    }
    delete(ref) {
        return this.audited('delete', ref, () => this.inner.delete(ref));
    }
    async close() {
        await this.inner.close?.();
    }
    async audited(action, ref, op) {
        let result;
        try {
            result = await op();
        }
        catch (err) {
            const { outcome, detail } = describeError(err);
            await this.opts.log.append({ actor: this.opts.actor, action, uri: ref.uri, outcome, detail });
            throw err;
        }
        await this.opts.log.append({ actor: this.opts.actor, action, uri: ref.uri, outcome: 'ok' });
        return result;
    }
}
/** Outcome and a value-free detail: the error class and code/kind, never the message. */
function describeError(err) {
    const e = err;
    const code = typeof e?.code === 'string' ? e.code : typeof e?.kind === 'string' ? e.kind : undefined;
    const name = typeof e?.name === 'string' ? e.name : 'Error';
    let outcome = 'error';
    if (code === 'not-found' || code === 'deleted')
        outcome = 'not-found';
    else if (code === 'forbidden' || code === 'denied')
        outcome = 'denied';
    else if (code === 'integrity')
        outcome = 'integrity';
    return { outcome, detail: code ? `${name}:${code}` : name };
}

// EXTERNAL MODULE: ./src/audit/log.ts
var log = __webpack_require__(8365);
// EXTERNAL MODULE: ./src/stores/registry.ts + 14 modules
var registry = __webpack_require__(5311);
// EXTERNAL MODULE: ./src/stores/uri.ts
var stores_uri = __webpack_require__(9468);
;// CONCATENATED MODULE: ./src/inject/access.ts
/**
 * The one way inject and the `secrets` commands touch stores: a StoreRegistry (cache, fallback) with
 * every store wrapped in AuditedStore when an audit log is configured, plus `inject` records that say
 * where values were put (the target, never the value).
 */




class SecretAccess {
    opts;
    registry;
    log;
    wrapped = new Map();
    constructor(opts) {
        this.opts = opts;
        this.registry = opts.registry ?? (0,registry/* createStoreRegistry */.BE)(opts.stores);
        if (opts.audit)
            this.log = new log/* AuditLog */.SB(opts.audit.log);
    }
    /** The store for a scheme, audited when a log is configured. */
    store(scheme) {
        let p = this.wrapped.get(scheme);
        if (!p) {
            p = this.registry.forScheme(scheme).then((s) => (this.log && this.opts.audit ? new AuditedStore(s, { log: this.log, actor: this.opts.audit.actor }) : s));
            this.wrapped.set(scheme, p);
            p.catch(() => this.wrapped.delete(scheme));
        }
        return p;
    }
    async get(uri) {
        const ref = typeof uri === 'string' ? (0,stores_uri/* parseStoreUri */.x8)(uri) : uri;
        return (await this.store(ref.scheme)).get(ref);
    }
    /** Appends one `inject` record: `uri` is the secret, `target` where it went (file, env of a process). */
    async recordInjection(uri, target, outcome = 'ok') {
        if (!this.log || !this.opts.audit)
            return;
        await this.log.append({ actor: this.opts.audit.actor, action: 'inject', uri, outcome, detail: target });
    }
    get auditFile() {
        return this.opts.audit?.log.file;
    }
    close() {
        return this.registry.close();
    }
}

;// CONCATENATED MODULE: ./src/entry/cli/store-options.ts
/**
 * Store and audit settings for the CLI, from flags and the environment (the only place the CLI's
 * store commands read them):
 *
 *   vault   VAULT_ADDR (required for vault://), VAULT_TOKEN, or VAULT_ROLE_ID + VAULT_SECRET_ID
 *           (AppRole), VAULT_NAMESPACE, VAULT_CACERT, VAULT_CLIENT_CERT, VAULT_CLIENT_KEY,
 *           VAULT_SKIP_VERIFY=1 (testing only); no token and no AppRole: ~/.vault-token like the vault CLI
 *   sops    SOPS_AGE_KEY (keys, one per line), SOPS_AGE_KEY_FILE (default
 *           $XDG_CONFIG_HOME/sops/age/keys.txt, as sops), SOPS_AGE_RECIPIENTS for new files
 *   env     env://NAME reads this process's environment; STANCH_ENV_PREFIX is prepended to names
 *   cache   STANCH_CACHE_TTL (seconds) caches reads within one run
 *   audit   --audit-log FILE or STANCH_AUDIT_LOG; default $XDG_STATE_HOME/stanch/audit.jsonl
 *           (~/.local/state/stanch/audit.jsonl); "off" (or --no-audit-log) disables it.
 *           STANCH_AUDIT_HMAC_KEY keys the chain. Actor: STANCH_ACTOR, else github:$GITHUB_ACTOR, else the OS user.
 */





function buildStoreSettings(env, flags = {}, cwd = flags.cwd ?? process.cwd()) {
    const stores = {
        env: { env, prefix: env.STANCH_ENV_PREFIX ?? '' },
        sops: {
            ageIdentities: ageIdentities(env),
            ageRecipients: splitList(env.SOPS_AGE_RECIPIENTS),
            baseDir: cwd,
        },
    };
    const vault = vaultOptions(env, flags.vaultAddr);
    if (vault)
        stores.vault = vault;
    const ttl = env.STANCH_CACHE_TTL;
    if (ttl !== undefined && ttl !== '') {
        if (!/^\d+$/.test(ttl))
            throw new errors/* StanchError */.W(`STANCH_CACHE_TTL: expected seconds, got "${ttl}"`, errors/* EXIT */.d.USAGE);
        stores.cacheTtlMs = Number(ttl) * 1000;
    }
    return { stores, audit: auditSettings(env, flags.auditLog) };
}
function defaultAuditLogPath(env) {
    const state = env.XDG_STATE_HOME && env.XDG_STATE_HOME !== '' ? env.XDG_STATE_HOME : (0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), '.local', 'state');
    return (0,external_node_path_.join)(state, 'stanch', 'audit.jsonl');
}
function auditSettings(env, flag) {
    if (flag === false)
        return undefined;
    const file = flag ?? env.STANCH_AUDIT_LOG ?? defaultAuditLogPath(env);
    if (file === '' || file.toLowerCase() === 'off')
        return undefined;
    const hmacKey = env.STANCH_AUDIT_HMAC_KEY || undefined;
    return { log: { file, hmacKey }, actor: actorFrom(env) };
}
function actorFrom(env) {
    if (env.STANCH_ACTOR)
        return env.STANCH_ACTOR;
    if (env.GITHUB_ACTOR)
        return `github:${env.GITHUB_ACTOR}`;
    try {
        return (0,external_node_os_.userInfo)().username;
    }
    catch {
        return env.USER ?? env.USERNAME ?? 'unknown';
    }
}
function splitList(v) {
    const list = (v ?? '').split(/[,\s]+/).filter(Boolean);
    return list.length > 0 ? list : undefined;
}
/** Keys from SOPS_AGE_KEY and the key file; a missing default key file is fine (sops:// then fails when used). */
function ageIdentities(env) {
    const ids = [];
    if (env.SOPS_AGE_KEY)
        ids.push(env.SOPS_AGE_KEY);
    const explicit = env.SOPS_AGE_KEY_FILE;
    const config = env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME !== '' ? env.XDG_CONFIG_HOME : (0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), '.config');
    const file = explicit && explicit !== '' ? explicit : (0,external_node_path_.join)(config, 'sops', 'age', 'keys.txt');
    try {
        ids.push((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (err) {
        if (explicit)
            throw new errors/* StanchError */.W(`SOPS_AGE_KEY_FILE: cannot read ${explicit} (${err.code ?? 'error'})`, errors/* EXIT */.d.USAGE);
    }
    return ids;
}
function vaultOptions(env, addrFlag) {
    const address = addrFlag ?? env.VAULT_ADDR;
    if (!address)
        return undefined;
    let auth;
    if (env.VAULT_TOKEN)
        auth = { method: 'token', token: env.VAULT_TOKEN };
    else if (env.VAULT_ROLE_ID)
        auth = { method: 'approle', roleId: env.VAULT_ROLE_ID, secretId: env.VAULT_SECRET_ID || undefined };
    else {
        let token = '';
        try {
            token = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), '.vault-token'), 'utf8').trim();
        }
        catch {
            // no token file
        }
        // An empty token fails with a clear message on first vault:// use, not when vault is not used at all.
        auth = { method: 'token', token };
    }
    const opts = { address, auth };
    if (env.VAULT_NAMESPACE)
        opts.namespace = env.VAULT_NAMESPACE;
    if (env.VAULT_CACERT)
        opts.caCert = env.VAULT_CACERT;
    if (env.VAULT_CLIENT_CERT)
        opts.clientCert = env.VAULT_CLIENT_CERT;
    if (env.VAULT_CLIENT_KEY)
        opts.clientKey = env.VAULT_CLIENT_KEY;
    if (env.VAULT_SKIP_VERIFY && !['0', 'false', ''].includes(env.VAULT_SKIP_VERIFY.toLowerCase()))
        opts.tlsSkipVerify = true;
    return opts;
}
/** The flags every store-touching command takes. */
function addStoreFlags(cmd) {
    return cmd
        .option('--audit-log <file>', 'append audit records here (default: $STANCH_AUDIT_LOG or ~/.local/state/stanch/audit.jsonl)')
        .option('--no-audit-log', 'do not write audit records')
        .option('--vault-addr <url>', 'Vault address (default: $VAULT_ADDR)');
}
/** Commander gives --no-audit-log as auditLog=false and the default as true. */
function openSecretAccess(flags, env = process.env) {
    const auditLog = flags.auditLog === false ? false : typeof flags.auditLog === 'string' ? flags.auditLog : undefined;
    const settings = buildStoreSettings(env, { auditLog, vaultAddr: flags.vaultAddr });
    return new SecretAccess(settings);
}


/***/ }),

/***/ 7768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ writeFileAtomicSync),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* unused harmony export isSpecialFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/**
 * The one way stanch writes a file that must never be seen half-written: a temp file in the same
 * directory (same filesystem, so the rename is atomic) created with the final mode (0600 for
 * secrets: never readable by others, even for a moment), flushed, then renamed over the target.
 * On failure the temp file is removed and the target is left as it was.
 *
 * A target that exists and is not a regular file (`/dev/null`, `/dev/stdout`, a FIFO) is written
 * in place: renaming over it would replace the device itself, which as root breaks the machine.
 */




function tempPathFor(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
}
/** True when `path` exists and is a device, FIFO or socket (not a regular file, directory or link). */
function isSpecialFile(path) {
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(path);
        return st.isCharacterDevice() || st.isBlockDevice() || st.isFIFO() || st.isSocket();
    }
    catch {
        return false;
    }
}
async function writeFileAtomic(path, data, mode = 0o600) {
    if (isSpecialFile(path))
        return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(path, data);
    const tmp = tempPathFor(path);
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(tmp, 'wx', mode);
    try {
        try {
            await fh.writeFile(data);
            await fh.chmod(mode);
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, path);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(tmp).catch(() => undefined);
        throw err;
    }
}
/** Synchronous twin for CLI reports written at exit. */
function writeFileAtomicSync(path, data, mode = 0o600) {
    if (isSpecialFile(path))
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(path, data);
    const tmp = tempPathFor(path);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(tmp, 'wx', mode);
    try {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, typeof data === 'string' ? Buffer.from(data) : data);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(fd);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, path);
    }
    catch (err) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { force: true });
        throw err;
    }
}


/***/ }),

/***/ 8151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ StoreError),
/* harmony export */   h: () => (/* binding */ isStoreError)
/* harmony export */ });
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7206);
/**
 * Store errors carry a `code` so that a fallback chain can tell "not there" (try the next store)
 * from "tampered" (stop). Messages never contain a secret value.
 */

class StoreError extends _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StanchError */ .W {
    code;
    constructor(message, code, exitCode = code === 'invalid' ? _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.USAGE : _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.STORE) {
        super(message, exitCode);
        this.code = code;
        this.name = 'StoreError';
    }
}
function isStoreError(err, ...codes) {
    return err instanceof StoreError && (codes.length === 0 || codes.includes(err.code));
}


/***/ }),

/***/ 5311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y$: () => (/* binding */ createStore),
  BE: () => (/* binding */ createStoreRegistry)
});

// UNUSED EXPORTS: StoreRegistry

// EXTERNAL MODULE: ./src/stores/uri.ts
var stores_uri = __webpack_require__(9468);
;// CONCATENATED MODULE: ./src/stores/cache.ts
/**
 * A short-lived in-memory cache in front of a store, so that one run reading the same secret for several
 * targets asks the server once. Values live only in this process's memory, for `ttlMs` at most; a write or
 * delete through the cache drops the entries of that path. Errors are never cached.
 */

class CachedStore {
    inner;
    opts;
    scheme;
    readOnly;
    entries = new Map();
    now;
    constructor(inner, opts) {
        this.inner = inner;
        this.opts = opts;
        this.scheme = inner.scheme;
        this.readOnly = inner.readOnly;
        this.now = opts.now ?? Date.now;
    }
    async get(ref) {
        const key = (0,stores_uri/* formatStoreUri */.bq)(ref);
        const hit = this.entries.get(key);
        if (hit && hit.expires > this.now())
            return hit.value;
        if (hit)
            this.entries.delete(key);
        const value = await this.inner.get(ref);
        if (this.opts.ttlMs > 0) {
            this.entries.set(key, { value, expires: this.now() + this.opts.ttlMs, path: pathKey(ref) });
            const max = this.opts.maxEntries ?? 1000;
            while (this.entries.size > max)
                this.entries.delete(this.entries.keys().next().value);
        }
        return value;
    }
    async getAll(ref) {
        if (!this.inner.getAll)
            throw new Error(`store ${this.scheme} has no getAll`);
        return this.inner.getAll(ref);
    }
    async set(ref, value, opts) {
        this.invalidate(ref);
        try {
            return await this.inner.set(ref, value, opts);
        }
        finally {
            this.invalidate(ref);
        }
    }
    list(prefix) {
        return this.inner.list(prefix);
    }
    async delete(ref) {
        this.invalidate(ref);
        await this.inner.delete(ref);
    }
    /** Forget every entry of the ref's path (all keys and versions). */
    invalidate(ref) {
        const p = pathKey(ref);
        for (const [k, e] of this.entries)
            if (e.path === p)
                this.entries.delete(k);
    }
    clear() {
        this.entries.clear();
    }
    get size() {
        return this.entries.size;
    }
    async close() {
        this.clear();
        await this.inner.close?.();
    }
}
function pathKey(ref) {
    return `${ref.scheme}://${ref.path}`;
}

// EXTERNAL MODULE: ./src/stores/errors.ts
var errors = __webpack_require__(8151);
;// CONCATENATED MODULE: ./src/stores/chain.ts
/**
 * An explicit fallback chain for development: try each store in order (e.g. Vault, then env) and use the
 * first that has the secret. Only "not there" and "cannot reach" fall through; an integrity failure (a
 * tampered sops file) or a bad request stops the chain, so tampering is never hidden by a fallback.
 * Writes go to the first writable store only (never silently to a fallback).
 */

class ChainStore {
    stores;
    opts;
    scheme;
    readOnly;
    constructor(stores, opts = {}) {
        this.stores = stores;
        this.opts = opts;
        if (stores.length === 0)
            throw new errors/* StoreError */.A('a store chain needs at least one store', 'invalid');
        this.scheme = stores[0].scheme;
        this.readOnly = stores.every((s) => s.readOnly);
    }
    async get(ref) {
        return this.firstThat(ref, async (store) => {
            const v = await store.get(ref);
            return { ...v, metadata: { ...v.metadata, store: store.scheme } };
        });
    }
    async getAll(ref) {
        return this.firstThat(ref, async (store) => {
            if (!store.getAll)
                throw new errors/* StoreError */.A(`${ref.uri}: store ${store.scheme} cannot read whole secrets`, 'not-found');
            return store.getAll(ref);
        });
    }
    list(prefix) {
        return this.firstThat(prefix, (store) => store.list(prefix));
    }
    async set(ref, value, opts) {
        return this.writer(ref).set(ref, value, opts);
    }
    async delete(ref) {
        return this.writer(ref).delete(ref);
    }
    async close() {
        for (const s of this.stores)
            await s.close?.();
    }
    writer(ref) {
        const w = this.stores.find((s) => !s.readOnly);
        if (!w)
            throw new errors/* StoreError */.A(`${ref.uri}: every store in the chain is read-only`, 'invalid');
        return w;
    }
    async firstThat(ref, op) {
        const reasons = [];
        let allNotFound = true;
        for (const store of this.stores) {
            try {
                return await op(store);
            }
            catch (err) {
                const kind = classify(err);
                const falls = kind === 'not-found' || kind === 'unavailable' || (kind === 'unknown' && this.opts.unknownErrors === 'fallback');
                if (!falls)
                    throw err;
                const reason = err instanceof Error ? err.message : String(err);
                if (kind !== 'not-found')
                    allNotFound = false;
                reasons.push(`${store.scheme}: ${reason}`);
                this.opts.onFallback?.({ scheme: store.scheme, uri: ref.uri, reason });
            }
        }
        throw new errors/* StoreError */.A(`${ref.uri}: no store in the chain could answer (${reasons.join('; ')})`, allNotFound ? 'not-found' : 'unavailable');
    }
}
/**
 * StoreError codes, plus the `kind` of errors from stores with their own error class (the Vault store's
 * VaultError: not-found/deleted, unreachable/timeout/sealed).
 */
function classify(err) {
    if ((0,errors/* isStoreError */.h)(err, 'not-found'))
        return 'not-found';
    if ((0,errors/* isStoreError */.h)(err, 'unavailable'))
        return 'unavailable';
    if (err instanceof errors/* StoreError */.A)
        return 'stop';
    const kind = err?.kind;
    if (kind === 'not-found' || kind === 'deleted')
        return 'not-found';
    if (kind === 'unreachable' || kind === 'timeout' || kind === 'sealed')
        return 'unavailable';
    if (typeof kind === 'string')
        return 'stop';
    return 'unknown';
}

;// CONCATENATED MODULE: ./src/stores/env.ts
/**
 * `env://NAME` as a SecretStore over an environment map the entry point passes in (this module never
 * reads process.env). Names follow the prefix convention: PREFIX + upper case, with `/`, `-` and `.`
 * turned into `_`; a `#key` is appended as another segment. So with prefix `STANCH_`:
 *   env://db-password        → STANCH_DB_PASSWORD
 *   vault://secret/app#token → STANCH_SECRET_APP_TOKEN   (any scheme maps, which is what a fallback chain needs)
 * `.` is mapped too because a dotted sops key path cannot be an environment name otherwise.
 */

function envNameFor(ref, prefix = '') {
    const parts = [ref.path, ...(ref.key !== undefined ? [ref.key] : [])];
    const body = parts
        .map((p) => p.replace(/^\/+|\/+$/g, ''))
        .join('_')
        .toUpperCase()
        .replace(/[/\-.]/g, '_');
    return prefix + body;
}
class EnvStore {
    opts;
    scheme = 'env';
    readOnly;
    constructor(opts) {
        this.opts = opts;
        this.readOnly = opts.writable !== true;
    }
    async get(ref) {
        if (ref.version !== undefined)
            throw new errors/* StoreError */.A(`${ref.uri}: environment variables have no versions`, 'invalid');
        const name = envNameFor(ref, this.opts.prefix);
        const value = this.opts.env[name];
        if (value === undefined)
            throw new errors/* StoreError */.A(`${ref.uri}: environment variable ${name} is not set`, 'not-found');
        return { value, metadata: { name } };
    }
    async getAll(ref) {
        const base = envNameFor(ref, this.opts.prefix);
        const data = {};
        for (const [name, value] of Object.entries(this.opts.env)) {
            if (value !== undefined && name.startsWith(`${base}_`))
                data[name.slice(base.length + 1)] = value;
        }
        if (Object.keys(data).length === 0)
            throw new errors/* StoreError */.A(`${ref.uri}: no environment variables start with ${base}_`, 'not-found');
        return { data };
    }
    async list(prefix) {
        const base = envNameFor(prefix, this.opts.prefix);
        return Object.keys(this.opts.env)
            .filter((n) => this.opts.env[n] !== undefined && (n === base || n.startsWith(`${base}_`)))
            .sort();
    }
    async set(ref, value) {
        this.assertWritable(ref);
        this.opts.env[envNameFor(ref, this.opts.prefix)] = value;
        return {};
    }
    async delete(ref) {
        this.assertWritable(ref);
        const name = envNameFor(ref, this.opts.prefix);
        if (this.opts.env[name] === undefined)
            throw new errors/* StoreError */.A(`${ref.uri}: environment variable ${name} is not set`, 'not-found');
        delete this.opts.env[name];
    }
    assertWritable(ref) {
        if (this.readOnly)
            throw new errors/* StoreError */.A(`${ref.uri}: the env store is read-only`, 'invalid');
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/fs/atomic-write.ts
var atomic_write = __webpack_require__(7768);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/stores/sops/cipher.ts
/**
 * sops' value cipher (getsops/sops aes/cipher.go), byte for byte:
 *   ENC[AES256_GCM,data:<b64 ciphertext>,iv:<b64 32-byte IV>,tag:<b64 16-byte tag>,type:<str|int|float|bool|bytes|comment>]
 * AES-256-GCM with a 32-byte nonce; the additional data is the key path joined with ':' plus a trailing ':'.
 * Empty strings are not encrypted (sops writes "" and reads "" back).
 */

const IV_BYTES = 32;
const TAG_BYTES = 16;
const ENC_RE = /^ENC\[AES256_GCM,data:(.+),iv:(.+),tag:(.+),type:(.+)\]/;
/** A comment line of a YAML or dotenv file (text after the `#`). */
class SopsComment {
    text;
    constructor(text) {
        this.text = text;
    }
}
/** A YAML timestamp, held as Go's time.MarshalText form (RFC 3339, nanoseconds trimmed): sops type `time`. */
class SopsTime {
    text;
    constructor(text) {
        this.text = text;
    }
    toString() {
        return this.text;
    }
}
function isEncryptedValue(value) {
    return typeof value === 'string' && ENC_RE.test(value);
}
/** Remembers IVs of decrypted values so an unchanged value re-encrypts to the same text (small diffs, like sops). */
class IvStash {
    ivs = new Map();
    static key(aad, type, plain) {
        return `${type}\0${aad}\0${plain.toString('base64')}`;
    }
    remember(aad, type, plain, iv) {
        this.ivs.set(IvStash.key(aad, type, plain), iv);
    }
    recall(aad, type, plain) {
        return this.ivs.get(IvStash.key(aad, type, plain));
    }
}
/** Go's strconv.FormatFloat(x, 'f', -1, 64): shortest round-trip digits, never an exponent. */
function formatGoFloat(x) {
    if (Number.isNaN(x))
        return 'NaN';
    if (x === Infinity)
        return '+Inf';
    if (x === -Infinity)
        return '-Inf';
    if (Object.is(x, -0))
        return '-0';
    const s = String(x);
    const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
    if (!m)
        return s;
    const [, sign, first, frac = '', expText] = m;
    const exp = Number(expText);
    const digits = first + frac;
    if (exp >= 0) {
        const point = 1 + exp;
        return digits.length <= point
            ? sign + digits + '0'.repeat(point - digits.length)
            : `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
    }
    return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
}
/** The bytes sops feeds to the MAC for a leaf (sops.ToBytes): bools are `True`/`False` for Python compatibility. */
function leafBytes(leaf) {
    if (typeof leaf === 'string')
        return Buffer.from(leaf, 'utf8');
    if (typeof leaf === 'bigint')
        return Buffer.from(leaf.toString(), 'utf8');
    if (typeof leaf === 'number')
        return Buffer.from(formatGoFloat(leaf), 'utf8');
    if (typeof leaf === 'boolean')
        return Buffer.from(leaf ? 'True' : 'False', 'utf8');
    if (leaf instanceof SopsTime)
        return Buffer.from(leaf.text, 'utf8');
    return Buffer.from(leaf);
}
function typeOf(leaf) {
    if (leaf instanceof SopsComment)
        return 'comment';
    if (typeof leaf === 'string')
        return 'str';
    if (typeof leaf === 'bigint')
        return 'int';
    if (typeof leaf === 'number')
        return 'float';
    if (typeof leaf === 'boolean')
        return 'bool';
    if (leaf instanceof SopsTime)
        return 'time';
    // Raw bytes come from binary files, which sops encrypts as a Go string: type str.
    return 'str';
}
function isEmpty(leaf) {
    if (leaf instanceof SopsComment)
        return leaf.text === '';
    if (typeof leaf === 'string')
        return leaf === '';
    if (leaf instanceof Uint8Array)
        return leaf.length === 0;
    return false;
}
function encryptValue(leaf, key, aad, stash) {
    if (isEmpty(leaf))
        return '';
    const type = typeOf(leaf);
    const plain = leaf instanceof SopsComment ? Buffer.from(leaf.text, 'utf8') : leafBytes(leaf);
    const iv = stash?.recall(aad, type, plain) ?? (0,external_node_crypto_.randomBytes)(IV_BYTES);
    const cipher = (0,external_node_crypto_.createCipheriv)('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const data = Buffer.concat([cipher.update(plain), cipher.final()]);
    const tag = cipher.getAuthTag();
    return `ENC[AES256_GCM,data:${data.toString('base64')},iv:${iv.toString('base64')},tag:${tag.toString('base64')},type:${type}]`;
}
class ValueDecryptError extends Error {
}
/** Decrypts one sops value. Throws ValueDecryptError (without any plaintext in the message) on a bad format or tag. */
function decryptValue(text, key, aad, opts = {}) {
    if (text === '')
        return '';
    const m = ENC_RE.exec(text);
    if (!m)
        throw new ValueDecryptError('value is not in sops ENC[AES256_GCM,...] format');
    const [, dataB64, ivB64, tagB64, type] = m;
    const data = Buffer.from(dataB64, 'base64');
    const iv = Buffer.from(ivB64, 'base64');
    const tag = Buffer.from(tagB64, 'base64');
    if (iv.length === 0 || tag.length !== TAG_BYTES)
        throw new ValueDecryptError('value has a malformed iv or tag');
    let plain;
    try {
        const decipher = (0,external_node_crypto_.createDecipheriv)('aes-256-gcm', key, iv);
        decipher.setAAD(Buffer.from(aad, 'utf8'));
        decipher.setAuthTag(tag);
        plain = Buffer.concat([decipher.update(data), decipher.final()]);
    }
    catch {
        throw new ValueDecryptError('AES-GCM authentication failed (wrong data key, moved value or tampered ciphertext)');
    }
    const leaf = fromPlainBytes(plain, type, opts.rawStrings === true);
    opts.stash?.remember(aad, type, plain, iv);
    return leaf;
}
function fromPlainBytes(plain, type, raw) {
    const text = plain.toString('utf8');
    switch (type) {
        case 'str':
            return raw ? new Uint8Array(plain) : text;
        case 'int':
        case 'int64':
            if (!/^[+-]?\d+$/.test(text))
                throw new ValueDecryptError(`value of type ${type} is not an integer`);
            return BigInt(text);
        case 'float':
            return parseGoFloat(text);
        case 'bool':
            if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text))
                return true;
            if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text))
                return false;
            throw new ValueDecryptError('value of type bool is not a boolean');
        case 'bytes':
            return new Uint8Array(plain);
        case 'time':
            if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text)) {
                throw new ValueDecryptError('value of type time is not an RFC 3339 timestamp');
            }
            return new SopsTime(text);
        case 'comment':
            return new SopsComment(text);
        default:
            throw new ValueDecryptError(`unknown sops value type "${String(type)}"`);
    }
}
function parseGoFloat(text) {
    const t = text.toLowerCase();
    if (t === '+inf' || t === 'inf' || t === '+infinity' || t === 'infinity')
        return Infinity;
    if (t === '-inf' || t === '-infinity')
        return -Infinity;
    if (t === 'nan')
        return NaN;
    const n = Number(text);
    if (text.trim() === '' || Number.isNaN(n))
        throw new ValueDecryptError('value of type float is not a number');
    return n;
}

// EXTERNAL MODULE: ./node_modules/age-encryption/dist/index.js + 51 modules
var dist = __webpack_require__(1539);
;// CONCATENATED MODULE: ./src/stores/sops/age.ts
/**
 * The data key, wrapped for each age recipient as an armored age file (what sops' age key source does).
 */


const IDENTITY_LINE = /^AGE-SECRET-KEY-(?:PQ-)?1[0-9A-Z]+$/;
/**
 * Identities from strings that may each be a bare key or a whole key file (comments, several keys).
 * That is the shape of SOPS_AGE_KEY and of SOPS_AGE_KEY_FILE's content; the entry point reads those.
 */
function parseAgeIdentities(texts) {
    const out = [];
    for (const text of texts) {
        for (const raw of text.split(/\r?\n/)) {
            const line = raw.trim();
            if (line === '' || line.startsWith('#'))
                continue;
            if (!IDENTITY_LINE.test(line)) {
                throw new errors/* StoreError */.A('an age identity is malformed (expected lines starting with AGE-SECRET-KEY-1)', 'invalid');
            }
            out.push(line);
        }
    }
    return out;
}
async function wrapDataKey(dataKey, recipients) {
    const out = [];
    for (const recipient of recipients) {
        const enc = new dist/* Encrypter */.T7();
        try {
            enc.addRecipient(recipient);
        }
        catch {
            throw new errors/* StoreError */.A(`age recipient "${recipient}" is not valid (expected age1...)`, 'invalid');
        }
        const file = await enc.encrypt(new Uint8Array(dataKey));
        out.push({ recipient, enc: dist/* armor.encode */.yE.encode(file) });
    }
    return out;
}
/** Tries every identity against every age stanza; the error names recipients, never key material. */
async function unwrapDataKey(keys, identities, file) {
    if (keys.length === 0) {
        throw new errors/* StoreError */.A(`${file}: no age recipients in the sops metadata (only age is supported natively; use the sops binary for kms/pgp)`, 'unavailable');
    }
    if (identities.length === 0) {
        throw new errors/* StoreError */.A(`${file}: no age identity given (set SOPS_AGE_KEY or SOPS_AGE_KEY_FILE)`, 'unavailable');
    }
    const dec = new dist/* Decrypter */.Hz();
    for (const id of identities)
        dec.addIdentity(id);
    for (const key of keys) {
        let raw;
        try {
            raw = dist/* armor.decode */.yE.decode(key.enc);
        }
        catch {
            continue;
        }
        try {
            const dataKey = Buffer.from(await dec.decrypt(raw));
            if (dataKey.length !== 32)
                throw new errors/* StoreError */.A(`${file}: the data key for ${key.recipient} is not 32 bytes`, 'integrity');
            return dataKey;
        }
        catch (err) {
            if (err instanceof errors/* StoreError */.A)
                throw err;
            // not our recipient; try the next stanza
        }
    }
    throw new errors/* StoreError */.A(`${file}: none of the given age identities can decrypt the data key (recipients: ${keys.map((k) => k.recipient).join(', ')})`, 'unavailable');
}

;// CONCATENATED MODULE: ./src/stores/sops/metadata.ts
/**
 * The `sops:` metadata block (getsops/sops stores/stores.go Metadata), read from and written to a plain
 * object. Keys are written in sorted order, which is what sops 3.x writes; empty fields are left out.
 * Only age recipients are handled natively; other key types are kept as they are so that a file that also
 * has (say) KMS keys can still be read with an age identity, and they are written back unchanged.
 */

const SOPS_VERSION_WRITTEN = '3.13.3';
const RULE_FIELDS = [
    ['unencryptedSuffix', 'unencrypted_suffix'],
    ['encryptedSuffix', 'encrypted_suffix'],
    ['unencryptedRegex', 'unencrypted_regex'],
    ['encryptedRegex', 'encrypted_regex'],
    ['unencryptedCommentRegex', 'unencrypted_comment_regex'],
    ['encryptedCommentRegex', 'encrypted_comment_regex'],
];
const KNOWN = new Set(['age', 'lastmodified', 'mac', 'version', 'mac_only_encrypted', ...RULE_FIELDS.map(([, f]) => f)]);
function parseMetadata(raw, file) {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new errors/* StoreError */.A(`${file}: not a sops file (no "sops" metadata block)`, 'invalid');
    }
    const obj = raw;
    const str = (field) => {
        const v = obj[field];
        if (v === undefined || v === null || v === '')
            return undefined;
        if (typeof v !== 'string')
            throw new errors/* StoreError */.A(`${file}: sops metadata field "${field}" must be a string`, 'invalid');
        return v;
    };
    const age = [];
    const rawAge = obj.age;
    if (rawAge !== undefined && rawAge !== null) {
        if (!Array.isArray(rawAge))
            throw new errors/* StoreError */.A(`${file}: sops metadata field "age" must be a list`, 'invalid');
        rawAge.forEach((entry, i) => {
            const e = entry;
            if (!e || typeof e.recipient !== 'string' || typeof e.enc !== 'string') {
                throw new errors/* StoreError */.A(`${file}: sops metadata age[${i}] needs "recipient" and "enc"`, 'invalid');
            }
            age.push({ recipient: e.recipient, enc: e.enc });
        });
    }
    const lastmodified = str('lastmodified');
    const mac = str('mac');
    if (!lastmodified)
        throw new errors/* StoreError */.A(`${file}: sops metadata has no "lastmodified"`, 'invalid');
    if (!mac)
        throw new errors/* StoreError */.A(`${file}: sops metadata has no "mac"`, 'invalid');
    const md = { age, lastmodified, mac, version: str('version') ?? '', other: {} };
    let ruleCount = 0;
    for (const [prop, field] of RULE_FIELDS) {
        const v = str(field);
        if (v !== undefined) {
            md[prop] = v;
            ruleCount++;
        }
    }
    if (ruleCount > 1) {
        throw new errors/* StoreError */.A(`${file}: sops metadata sets more than one of ${RULE_FIELDS.map(([, f]) => f).join(', ')}`, 'invalid');
    }
    const macOnly = obj.mac_only_encrypted;
    if (macOnly === true || macOnly === 'true')
        md.macOnlyEncrypted = true;
    for (const [k, v] of Object.entries(obj))
        if (!KNOWN.has(k))
            md.other[k] = v;
    return md;
}
/** The rules used for walking; with none set, sops uses unencrypted_suffix `_unencrypted`. */
function effectiveRules(md) {
    const anySet = RULE_FIELDS.some(([prop]) => md[prop]);
    return anySet ? md : { ...md, unencryptedSuffix: '_unencrypted' };
}
/** Validates rules given by a caller creating a file (same constraint sops enforces). */
function checkRules(rules, where) {
    const set = RULE_FIELDS.filter(([prop]) => rules[prop]);
    if (set.length > 1) {
        throw new errors/* StoreError */.A(`${where}: use only one of ${set.map(([, f]) => f).join(', ')}`, 'invalid');
    }
}
/** Plain object in sops' key order (sorted), ready for YAML/JSON/dotenv writers. */
function metadataToObject(md) {
    const out = { ...md.other };
    if (md.age.length > 0)
        out.age = md.age.map((a) => ({ enc: a.enc, recipient: a.recipient }));
    out.lastmodified = md.lastmodified;
    out.mac = md.mac;
    if (md.macOnlyEncrypted)
        out.mac_only_encrypted = true;
    for (const [prop, field] of RULE_FIELDS) {
        const v = md[prop];
        if (typeof v === 'string' && v !== '')
            out[field] = v;
    }
    out.version = md.version;
    const sorted = {};
    for (const k of Object.keys(out).sort())
        sorted[k] = out[k];
    return sorted;
}
/** sops' time.RFC3339 in UTC without fractions: 2006-01-02T15:04:05Z. */
function formatLastModified(d) {
    return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** dotenv/ini flattening (stores/flatten.go): `age__list_0__map_enc`. */
function flattenMetadata(obj) {
    const out = [];
    const rec = (prefix, v) => {
        if (Array.isArray(v))
            v.forEach((item, i) => rec(`${prefix}__list_${i}`, item));
        else if (v !== null && typeof v === 'object')
            for (const [k, x] of Object.entries(v))
                rec(`${prefix}__map_${k}`, x);
        else
            out.push([prefix, v]);
    };
    for (const [k, v] of Object.entries(obj))
        rec(k, v);
    return out;
}
function unflattenMetadata(entries) {
    const root = {};
    for (const [flatKey, value] of entries) {
        const parts = flatKey.split('__');
        let node = root;
        let key = parts[0];
        for (const seg of parts.slice(1)) {
            const isList = seg.startsWith('list_');
            const next = isList ? Number(seg.slice(5)) : seg.replace(/^map_/, '');
            const container = node[key] ?? (isList ? [] : {});
            node[key] = container;
            node = container;
            key = next;
        }
        node[key] = value;
    }
    return root;
}

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/stores/sops/tree.ts
/**
 * Walking a document the way sops walks its tree (sops.go walkBranch/walkSlice), deciding per leaf
 * whether it is encrypted (shouldBeEncrypted), and computing the MAC over the plaintext leaves.
 *
 * Each file format implements `walk(visit)`: it calls `visit` for every non-null leaf and every comment
 * line, in document order, with the key path (map keys only; array indexes are not part of a sops path)
 * and the stack of comments seen so far at each level; it stores whatever `visit` returns in place.
 */



/** sops.MACOnlyEncryptedInitialization: sha256("sops"), hashed first when mac_only_encrypted is on. */
const MAC_ONLY_ENCRYPTED_INIT = Buffer.from('8a3fd2ad54ce66527b1034f3d147be0b0b975b3bf44f72c6fdadec8176f27d69', 'hex');
/** Go's regexp (RE2) semantics, unanchored like regexp.Match. */
function goMatcher(pattern) {
    if (!pattern)
        return undefined;
    const re = build/* RE2JS */.L3.compile(pattern);
    return (s) => re.matcher(s).find();
}
/** Compiles the rules once; `(path, comments, isComment) → encrypted?` exactly as sops' shouldBeEncrypted. */
function encryptionPredicate(rules) {
    const unencRe = goMatcher(rules.unencryptedRegex);
    const encRe = goMatcher(rules.encryptedRegex);
    const unencCommentRe = goMatcher(rules.unencryptedCommentRegex);
    const encCommentRe = goMatcher(rules.encryptedCommentRegex);
    return (path, comments, isComment) => {
        let encrypted = true;
        if (rules.unencryptedSuffix) {
            if (path.some((p) => p.endsWith(rules.unencryptedSuffix)))
                encrypted = false;
        }
        if (rules.encryptedSuffix) {
            encrypted = path.some((p) => p.endsWith(rules.encryptedSuffix));
        }
        if (unencRe && path.some(unencRe))
            encrypted = false;
        if (encRe)
            encrypted = path.some(encRe);
        if (unencCommentRe && comments.some((level) => level.some(unencCommentRe)))
            encrypted = false;
        if (encCommentRe) {
            encrypted = false;
            const lastLevel = comments.length - 1;
            outer: for (let i = 0; i < comments.length; i++) {
                for (let j = 0; j < comments[i].length; j++) {
                    // The comment line that matches does not encrypt itself, only what follows it.
                    if (isComment && i === lastLevel && j === comments[i].length - 1)
                        continue;
                    if (encCommentRe(comments[i][j])) {
                        encrypted = true;
                        break outer;
                    }
                }
            }
        }
        return encrypted;
    };
}
function aadFor(path) {
    return `${path.join(':')}:`;
}
function newMacHash(rules) {
    const hash = (0,external_node_crypto_.createHash)('sha512');
    if (rules.macOnlyEncrypted)
        hash.update(MAC_ONLY_ENCRYPTED_INIT);
    return hash;
}
/** Encrypts every leaf the rules select, in place; returns the MAC (upper-case hex SHA-512) of the plaintext. */
function encryptTree(doc, dataKey, rules, stash) {
    const shouldEncrypt = encryptionPredicate(rules);
    const hash = newMacHash(rules);
    doc.walk((value, path, comments) => {
        const isComment = value instanceof SopsComment;
        const encrypted = shouldEncrypt(path, comments, isComment);
        if ((!rules.macOnlyEncrypted || encrypted) && !isComment)
            hash.update(leafBytes(value));
        if (!encrypted)
            return value;
        const text = encryptValue(value, dataKey, aadFor(path), stash);
        return isComment ? new SopsComment(text) : text;
    });
    return hash.digest('hex').toUpperCase();
}
class TreeDecryptError extends Error {
    keyPath;
    constructor(message, keyPath) {
        super(message);
        this.keyPath = keyPath;
    }
}
/**
 * Decrypts in place; returns the MAC recomputed over the plaintext. A comment that does not decrypt is
 * kept as it is (sops does the same: it was probably added by hand). A value that does not decrypt throws.
 */
function decryptTree(doc, dataKey, rules, opts = {}) {
    const shouldEncrypt = encryptionPredicate(rules);
    const hash = newMacHash(rules);
    doc.walk((value, path, comments) => {
        const isComment = value instanceof SopsComment;
        const encrypted = shouldEncrypt(path, comments, isComment);
        let plain = value;
        if (encrypted) {
            if (value instanceof SopsComment) {
                plain = decryptComment(value, dataKey, path, opts.stash);
            }
            else {
                if (typeof value !== 'string') {
                    throw new TreeDecryptError('value should be encrypted but is not a sops ENC[...] string', path.join('.'));
                }
                try {
                    plain = decryptValue(value, dataKey, aadFor(path), opts);
                }
                catch (err) {
                    if (err instanceof ValueDecryptError)
                        throw new TreeDecryptError(err.message, path.join('.'));
                    throw err;
                }
            }
        }
        if ((!rules.macOnlyEncrypted || encrypted) && !(plain instanceof SopsComment))
            hash.update(leafBytes(plain));
        return plain;
    });
    return hash.digest('hex').toUpperCase();
}
/**
 * A comment's additional data is the path of the collection holding it. YAML libraries disagree on which
 * collection a trailing comment belongs to, so after the expected path we try the enclosing ones.
 */
function decryptComment(comment, key, path, stash) {
    if (!comment.text.startsWith('ENC['))
        return comment;
    for (let n = path.length; n >= 0; n--) {
        try {
            const out = decryptValue(comment.text, key, aadFor(path.slice(0, n)), { stash });
            if (out instanceof SopsComment)
                return out;
            return new SopsComment(String(out));
        }
        catch {
            // try the enclosing collection
        }
    }
    return comment;
}
/** Helper for format walkers: the per-level comment stack, maintained like sops' walkBranch/walkSlice. */
class CommentStack {
    levels = [];
    enter() {
        this.levels.push([]);
    }
    leave() {
        this.levels.pop();
    }
    /** Call before visiting a comment line (sops counts the comment itself). */
    addComment(text) {
        this.levels[this.levels.length - 1].push(text);
    }
    /** Call after a non-comment item of the current level. */
    clearLevel() {
        this.levels[this.levels.length - 1] = [];
    }
    snapshot() {
        return this.levels.map((l) => [...l]);
    }
}

;// CONCATENATED MODULE: ./src/stores/sops/formats/dotenv.ts
/**
 * dotenv as sops reads it (stores/dotenv): one KEY=VALUE per line, the value taken literally (quotes
 * included) except that `\n` stands for a newline, `#` lines are comments. Metadata lives in `sops_*` lines, flattened (`sops_age__list_0__map_enc`)
 * with newlines written as `\n`. Blank lines are kept by stanch (sops drops them; harmless either way).
 */




const PREFIX = 'sops_';
class DotenvSopsDocument {
    lines;
    meta;
    file;
    format = 'dotenv';
    constructor(lines, meta, file) {
        this.lines = lines;
        this.meta = meta;
        this.file = file;
    }
    static parse(text, file) {
        const lines = [];
        const meta = [];
        const raw = text.split('\n');
        if (raw[raw.length - 1] === '')
            raw.pop();
        raw.forEach((line, idx) => {
            if (line.endsWith('\r'))
                line = line.slice(0, -1);
            if (line === '')
                return lines.push({ kind: 'blank' });
            if (line.startsWith('#'))
                return lines.push({ kind: 'comment', text: line.slice(1) });
            const eq = line.indexOf('=');
            if (eq < 0)
                throw new errors/* StoreError */.A(`${file}:${idx + 1}: invalid dotenv line (expected KEY=VALUE)`, 'invalid');
            const key = line.slice(0, eq);
            const value = line.slice(eq + 1).replaceAll('\\n', '\n');
            if (key.startsWith(PREFIX))
                meta.push([key.slice(PREFIX.length), value]);
            else
                lines.push({ kind: 'kv', key, value });
        });
        return new DotenvSopsDocument(lines, meta, file);
    }
    walk(visit) {
        const stack = new CommentStack();
        stack.enter();
        for (const line of this.lines) {
            if (line.kind === 'comment') {
                stack.addComment(line.text);
                const out = visit(new SopsComment(line.text), [], stack.snapshot());
                line.text = out instanceof SopsComment ? out.text : String(out);
            }
            else if (line.kind === 'kv') {
                const out = visit(line.value, [line.key], stack.snapshot());
                if (out instanceof SopsComment)
                    throw new Error('visitor returned a comment for a value');
                line.value = out;
                stack.clearLevel();
            }
        }
    }
    metadata() {
        return this.meta.length === 0 ? undefined : unflattenMetadata(this.meta);
    }
    setMetadata(md) {
        this.meta = md === undefined ? [] : flattenMetadata(md).map(([k, v]) => [k, String(v)]);
    }
    get(path) {
        if (path.length === 0) {
            return { kind: 'map', entries: this.kvs().map((l) => [l.key, { kind: 'leaf', value: l.value }]) };
        }
        if (path.length !== 1)
            return undefined;
        const line = this.kvs().find((l) => l.key === String(path[0]));
        return line ? { kind: 'leaf', value: line.value } : undefined;
    }
    set(path, value) {
        if (path.length !== 1)
            throw new errors/* StoreError */.A(`${this.file}: dotenv files are flat; use a single KEY`, 'invalid');
        const key = String(path[0]);
        if (!/^[^=#\s][^=\n]*$/.test(key) || key.startsWith(PREFIX)) {
            throw new errors/* StoreError */.A(`${this.file}: "${key}" cannot be a dotenv key`, 'invalid');
        }
        const line = this.kvs().find((l) => l.key === key);
        if (line)
            line.value = value;
        else
            this.lines.push({ kind: 'kv', key, value });
    }
    delete(path) {
        if (path.length !== 1)
            return false;
        const before = this.lines.length;
        this.lines = this.lines.filter((l) => !(l.kind === 'kv' && l.key === String(path[0])));
        return this.lines.length !== before;
    }
    serialize() {
        const out = [];
        for (const l of this.lines) {
            if (l.kind === 'blank')
                out.push('');
            else if (l.kind === 'comment')
                out.push(`#${l.text}`);
            else
                out.push(`${l.key}=${leafText(l.value).replaceAll('\n', '\\n')}`);
        }
        for (const [k, v] of this.meta)
            out.push(`${PREFIX}${k}=${v.replaceAll('\n', '\\n')}`);
        return Buffer.from(out.length ? `${out.join('\n')}\n` : '', 'utf8');
    }
    kvs() {
        return this.lines.filter((l) => l.kind === 'kv');
    }
}
function leafText(v) {
    if (v instanceof Uint8Array)
        return Buffer.from(v).toString('utf8');
    return String(v);
}

;// CONCATENATED MODULE: ./src/stores/sops/formats/json.ts
/**
 * JSON with key order kept exactly (a JS object would move integer-like keys) and ints told apart from
 * floats the way sops' JSON store does: a number that parses as a 64-bit integer is `int`, else `float`.
 * Written with tab indentation like sops. Also the container for binary files: {"data": ..., "sops": ...}.
 */



class JsonObject {
    entries;
    constructor(entries = []) {
        this.entries = entries;
    }
    get(key) {
        return this.entries.find(([k]) => k === key)?.[1];
    }
    set(key, value) {
        const e = this.entries.find(([k]) => k === key);
        if (e)
            e[1] = value;
        else
            this.entries.push([key, value]);
    }
    delete(key) {
        const i = this.entries.findIndex(([k]) => k === key);
        if (i < 0)
            return false;
        this.entries.splice(i, 1);
        return true;
    }
}
const INT64_MAX = 2n ** 63n - 1n;
const INT64_MIN = -(2n ** 63n);
/** A strict JSON parser producing ordered objects; errors name line and column. */
function parseOrderedJson(text, file) {
    let i = 0;
    const fail = (what) => {
        const before = text.slice(0, i);
        const line = before.split('\n').length;
        const col = i - before.lastIndexOf('\n');
        throw new errors/* StoreError */.A(`${file}:${line}:${col}: invalid JSON (${what})`, 'invalid');
    };
    const ws = () => {
        while (i < text.length && ' \t\r\n'.includes(text[i]))
            i++;
    };
    const value = () => {
        ws();
        const c = text[i];
        if (c === '{') {
            i++;
            const obj = new JsonObject();
            ws();
            if (text[i] === '}') {
                i++;
                return obj;
            }
            for (;;) {
                ws();
                if (text[i] !== '"')
                    fail('expected a string key');
                const k = str();
                ws();
                if (text[i] !== ':')
                    fail('expected ":"');
                i++;
                obj.entries.push([k, value()]);
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return obj;
                }
                fail('expected "," or "}"');
            }
        }
        if (c === '[') {
            i++;
            const arr = [];
            ws();
            if (text[i] === ']') {
                i++;
                return arr;
            }
            for (;;) {
                arr.push(value());
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return arr;
                }
                fail('expected "," or "]"');
            }
        }
        if (c === '"')
            return str();
        for (const [word, v] of [['true', true], ['false', false], ['null', null]]) {
            if (text.startsWith(word, i)) {
                i += word.length;
                return v;
            }
        }
        const m = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
        if (!m)
            return fail('unexpected character');
        i += m[0].length;
        if (!m[1] && !m[2]) {
            const n = BigInt(m[0]);
            if (n >= INT64_MIN && n <= INT64_MAX)
                return n;
        }
        return Number(m[0]);
    };
    const str = () => {
        const start = i;
        i++;
        while (i < text.length && text[i] !== '"') {
            if (text[i] === '\\')
                i++;
            else if (text.charCodeAt(i) < 0x20)
                fail('control character in string');
            i++;
        }
        if (i >= text.length)
            fail('unterminated string');
        i++;
        try {
            return JSON.parse(text.slice(start, i));
        }
        catch {
            return fail('bad escape in string');
        }
    };
    const out = value();
    ws();
    if (i < text.length)
        fail('trailing characters');
    return out;
}
function stringifyOrderedJson(v, indent = '') {
    const inner = `${indent}\t`;
    if (v instanceof JsonObject) {
        if (v.entries.length === 0)
            return '{}';
        return `{\n${v.entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${stringifyOrderedJson(x, inner)}`).join(',\n')}\n${indent}}`;
    }
    if (Array.isArray(v)) {
        if (v.length === 0)
            return '[]';
        return `[\n${v.map((x) => inner + stringifyOrderedJson(x, inner)).join(',\n')}\n${indent}]`;
    }
    if (v === null)
        return 'null';
    if (typeof v === 'bigint')
        return v.toString();
    if (typeof v === 'number') {
        if (!Number.isFinite(v))
            throw new errors/* StoreError */.A('JSON cannot hold NaN or Infinity', 'invalid');
        return String(v);
    }
    if (v instanceof Uint8Array)
        return JSON.stringify(Buffer.from(v).toString('utf8'));
    if (typeof v === 'object')
        return JSON.stringify(String(v));
    return JSON.stringify(v);
}
class JsonSopsDocument {
    root;
    file;
    format = 'json';
    constructor(root, file) {
        this.root = root;
        this.file = file;
    }
    static parse(text, file) {
        const root = parseOrderedJson(text, file);
        if (!(root instanceof JsonObject))
            throw new errors/* StoreError */.A(`${file}: a sops JSON document must be an object at the top`, 'invalid');
        return new JsonSopsDocument(root, file);
    }
    walk(visit) {
        const stack = new CommentStack();
        stack.enter();
        for (const entry of this.root.entries) {
            if (entry[0] === 'sops')
                continue;
            entry[1] = walkValue(entry[1], [entry[0]], stack, visit);
            stack.clearLevel();
        }
    }
    metadata() {
        const md = this.root.get('sops');
        return md === undefined ? undefined : toPlainJs(md);
    }
    setMetadata(md) {
        this.root.delete('sops');
        if (md !== undefined)
            this.root.entries.push(['sops', fromPlainJs(md)]);
    }
    get(path) {
        const v = this.find(path);
        return v === undefined ? undefined : toPlainNode(v);
    }
    set(path, value) {
        let node = this.root;
        for (let i = 0; i < path.length; i++) {
            const seg = path[i];
            const last = i === path.length - 1;
            if (node instanceof JsonObject) {
                if (last)
                    return node.set(String(seg), value);
                let next = node.get(String(seg));
                if (!(next instanceof JsonObject) && !Array.isArray(next)) {
                    if (next !== undefined && next !== null)
                        throw new errors/* StoreError */.A(`${this.file}: ${path.slice(0, i + 1).join('.')} is a value, not a map`, 'invalid');
                    next = typeof path[i + 1] === 'number' ? [] : new JsonObject();
                    node.set(String(seg), next);
                }
                node = next;
            }
            else if (Array.isArray(node) && typeof seg === 'number' && seg <= node.length) {
                if (last) {
                    node[seg] = value;
                    return;
                }
                let next = node[seg];
                if (!(next instanceof JsonObject) && !Array.isArray(next)) {
                    next = typeof path[i + 1] === 'number' ? [] : new JsonObject();
                    node[seg] = next;
                }
                node = next;
            }
            else {
                throw new errors/* StoreError */.A(`${this.file}: cannot set ${path.join('.')} (not a map or a valid list index)`, 'invalid');
            }
        }
    }
    delete(path) {
        if (path.length === 0)
            return false;
        const parent = this.find(path.slice(0, -1));
        const seg = path[path.length - 1];
        if (parent instanceof JsonObject)
            return !(path.length === 1 && seg === 'sops') && parent.delete(String(seg));
        if (Array.isArray(parent) && typeof seg === 'number' && seg < parent.length) {
            parent.splice(seg, 1);
            return true;
        }
        return false;
    }
    find(path) {
        let node = this.root;
        for (let i = 0; i < path.length; i++) {
            const seg = path[i];
            if (node instanceof JsonObject) {
                if (i === 0 && seg === 'sops')
                    return undefined;
                node = node.get(String(seg));
            }
            else if (Array.isArray(node) && typeof seg === 'number')
                node = node[seg];
            else
                return undefined;
        }
        return node;
    }
    serialize() {
        return Buffer.from(`${stringifyOrderedJson(this.root)}\n`, 'utf8');
    }
}
/** A binary file: sops stores the whole content as one string value under "data". */
class json_BinarySopsDocument extends JsonSopsDocument {
    format = 'binary';
    static fromPlain(bytes, file) {
        return new json_BinarySopsDocument(new JsonObject([['data', new Uint8Array(bytes)]]), file);
    }
    static parseEncrypted(text, file) {
        const doc = JsonSopsDocument.parse(text, file);
        return new json_BinarySopsDocument(doc.root, file);
    }
    /** The decrypted content. */
    content() {
        const v = this.root.get('data');
        if (v instanceof Uint8Array)
            return Buffer.from(v);
        if (typeof v === 'string')
            return Buffer.from(v, 'utf8');
        throw new errors/* StoreError */.A(`${this.file}: binary sops file has no "data" value`, 'invalid');
    }
}
function walkValue(v, path, stack, visit) {
    if (v === null)
        return v;
    if (v instanceof JsonObject) {
        stack.enter();
        for (const entry of v.entries) {
            entry[1] = walkValue(entry[1], [...path, entry[0]], stack, visit);
            stack.clearLevel();
        }
        stack.leave();
        return v;
    }
    if (Array.isArray(v)) {
        stack.enter();
        for (let i = 0; i < v.length; i++) {
            v[i] = walkValue(v[i], path, stack, visit);
            stack.clearLevel();
        }
        stack.leave();
        return v;
    }
    const out = visit(v, path, stack.snapshot());
    if (out instanceof SopsComment)
        throw new Error('visitor returned a comment for a value');
    return out;
}
function toPlainJs(v) {
    if (v instanceof JsonObject)
        return Object.fromEntries(v.entries.map(([k, x]) => [k, toPlainJs(x)]));
    if (Array.isArray(v))
        return v.map(toPlainJs);
    if (typeof v === 'bigint')
        return Number(v);
    if (v !== null && typeof v === 'object' && !(v instanceof Uint8Array))
        return String(v);
    return v;
}
function fromPlainJs(v) {
    if (Array.isArray(v))
        return v.map(fromPlainJs);
    if (v !== null && typeof v === 'object' && !(v instanceof Uint8Array)) {
        return new JsonObject(Object.entries(v).map(([k, x]) => [k, fromPlainJs(x)]));
    }
    if (typeof v === 'number' && Number.isInteger(v))
        return BigInt(v);
    return v;
}
function toPlainNode(v) {
    if (v instanceof JsonObject)
        return { kind: 'map', entries: v.entries.map(([k, x]) => [k, toPlainNode(x)]) };
    if (Array.isArray(v))
        return { kind: 'list', items: v.map(toPlainNode) };
    return { kind: 'leaf', value: v };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/stores/sops/formats/yaml-resolve.ts
/**
 * How sops' YAML library (go.yaml.in/yaml/v3, resolve.go) types an unquoted, untagged scalar. The `yaml`
 * package follows the YAML 1.2 core schema, which differs on `0777` (octal in Go), `1_000`, `0b101`,
 * `08` (a float in Go) and timestamps. Types feed the MAC and the ENC type tag, so we must agree exactly.
 */

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const yaml_resolve_INT64_MIN = -(2n ** 63n);
const yaml_resolve_INT64_MAX = 2n ** 63n - 1n;
function resolvePlainScalar(text) {
    switch (text) {
        case '':
        case '~':
        case 'null':
        case 'Null':
        case 'NULL':
            return null;
        case 'true':
        case 'True':
        case 'TRUE':
            return true;
        case 'false':
        case 'False':
        case 'FALSE':
            return false;
        case '.nan':
        case '.NaN':
        case '.NAN':
            return NaN;
        case '.inf':
        case '.Inf':
        case '.INF':
        case '+.inf':
        case '+.Inf':
        case '+.INF':
            return Infinity;
        case '-.inf':
        case '-.Inf':
        case '-.INF':
            return -Infinity;
    }
    const first = text[0];
    if (first === '.') {
        const f = goParseFloat(text);
        return f === undefined ? text : f;
    }
    if (!/[-+0-9]/.test(first))
        return text;
    const time = parseYamlTimestamp(text);
    if (time)
        return time;
    const plain = text.replaceAll('_', '');
    const i = goParseIntBase0(plain);
    if (i !== undefined && i >= yaml_resolve_INT64_MIN && i <= yaml_resolve_INT64_MAX)
        return i;
    // Values that only fit uint64 are ints to Go but sops cannot walk them; a float is the closest we can do.
    if (i !== undefined && i > 0n && i < 2n ** 64n)
        return Number(i);
    if (YAML_STYLE_FLOAT.test(plain)) {
        const f = goParseFloat(plain);
        if (f !== undefined)
            return f;
    }
    const prefixed = /^(-?)0([bo])([0-9]+)$/.exec(plain);
    if (prefixed) {
        const digits = prefixed[3];
        const base = prefixed[2] === 'b' ? 2 : 8;
        if ([...digits].every((d) => Number(d) < base)) {
            const v = BigInt(`0${prefixed[2]}${digits}`) * (prefixed[1] ? -1n : 1n);
            if (v >= yaml_resolve_INT64_MIN && v <= yaml_resolve_INT64_MAX)
                return v;
        }
    }
    return text;
}
/** strconv.ParseInt(s, 0, 64) syntax: sign, then 0x / 0o / 0b / leading-0 octal / decimal. */
function goParseIntBase0(s) {
    const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
    if (!m)
        return undefined;
    const body = m[2];
    let v;
    if (/^0[xXoObB]/.test(body))
        v = BigInt(`0${body[1].toLowerCase()}${body.slice(2)}`);
    else if (body.length > 1 && body[0] === '0')
        v = BigInt(`0o${body.slice(1)}`);
    else
        v = BigInt(body);
    return m[1] === '-' ? -v : v;
}
function goParseFloat(s) {
    if (!/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(s))
        return undefined;
    return Number(s);
}
/**
 * Go's time.Parse with yaml.v3's layouts ("2006-1-2T15:4:5.999999999Z07:00", lower-case t, space separated
 * without zone, date only), formatted as time.MarshalText (RFC 3339 with nanoseconds, zeros trimmed).
 */
function parseYamlTimestamp(s) {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2}))|(?: (\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d{1,9}))?))?$/.exec(s);
    if (!m)
        return undefined;
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    const hour = Number(m[4] ?? m[9] ?? 0);
    const min = Number(m[5] ?? m[10] ?? 0);
    const sec = Number(m[6] ?? m[11] ?? 0);
    const frac = (m[7] ?? m[12] ?? '').replace(/0+$/, '');
    const zone = m[8] ?? 'Z';
    const daysIn = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (month < 1 || month > 12 || day < 1 || day > daysIn || hour > 23 || min > 59 || sec > 59)
        return undefined;
    if (zone !== 'Z' && (Number(zone.slice(4)) > 59 || Number(zone.slice(1, 3)) > 23))
        return undefined;
    const p2 = (n) => String(n).padStart(2, '0');
    const z = zone === '+00:00' || zone === '-00:00' ? 'Z' : zone;
    return new SopsTime(`${m[1]}-${p2(month)}-${p2(day)}T${p2(hour)}:${p2(min)}:${p2(sec)}${frac ? `.${frac}` : ''}${z}`);
}
/** True when yaml.v3 would read this text, unquoted, as something other than the same string. */
function needsQuotesForGoYaml(text) {
    return resolvePlainScalar(text) !== text;
}

;// CONCATENATED MODULE: ./src/stores/sops/formats/yaml.ts
/**
 * YAML through the `yaml` Document API, edited in place so key order, comments and most formatting stay.
 * Walk order follows sops' YAML store: comments before a key, a scalar value's own comments, the value,
 * then a collection's trailing comments. A comment's path is the path of the collection that holds it.
 */





class YamlSopsDocument {
    docs;
    indent;
    file;
    format = 'yaml';
    constructor(docs, indent, file) {
        this.docs = docs;
        this.indent = indent;
        this.file = file;
    }
    static parse(text, file) {
        const docs = (0,yaml_dist/* parseAllDocuments */.hR)(text, { intAsBigInt: true, uniqueKeys: false });
        if (!Array.isArray(docs))
            throw new errors/* StoreError */.A(`${file}: not a YAML stream`, 'invalid');
        for (const d of docs) {
            const err = d.errors[0];
            if (err) {
                const line = err.linePos?.[0]?.line;
                throw new errors/* StoreError */.A(`${file}${line ? `:${line}` : ''}: invalid YAML (${err.code})`, 'invalid');
            }
            if (d.contents !== null && !(0,yaml_dist/* isMap */.jh)(d.contents)) {
                throw new errors/* StoreError */.A(`${file}: a sops YAML document must be a mapping at the top`, 'invalid');
            }
        }
        if (docs.length === 0)
            docs.push(new yaml_dist/* Document */.yo({}));
        return new YamlSopsDocument(docs, detectIndent(text), file);
    }
    walk(visit) {
        for (const doc of this.docs) {
            const stack = new CommentStack();
            stack.enter();
            this.walkComments(doc, 'commentBefore', [], stack, visit);
            if ((0,yaml_dist/* isMap */.jh)(doc.contents))
                this.walkMap(doc.contents, [], stack, visit, true);
            this.walkComments(doc, 'comment', [], stack, visit);
        }
    }
    walkComments(holder, field, path, stack, visit) {
        const text = holder[field];
        if (typeof text !== 'string' || text === '')
            return;
        holder[field] = text
            .split('\n')
            .map((line) => {
            if (line === '')
                return line;
            stack.addComment(line);
            const out = visit(new SopsComment(line), path, stack.snapshot());
            return out instanceof SopsComment ? out.text : String(out);
        })
            .join('\n');
    }
    walkMap(map, path, stack, visit, root = false) {
        if (!root)
            stack.enter();
        this.walkComments(map, 'commentBefore', path, stack, visit);
        for (const pair of map.items) {
            const key = keyText(pair.key, this.file);
            if (root && key === 'sops') {
                // Comments just above the metadata block belong to the document (sops writes the foot comment there).
                if ((0,yaml_dist/* isScalar */.jn)(pair.key))
                    this.walkComments(pair.key, 'commentBefore', path, stack, visit);
                continue;
            }
            if ((0,yaml_dist/* isScalar */.jn)(pair.key)) {
                this.walkComments(pair.key, 'commentBefore', path, stack, visit);
                this.walkComments(pair.key, 'comment', path, stack, visit);
            }
            this.walkValue(pair.value, [...path, key], path, stack, visit);
            stack.clearLevel();
        }
        this.walkComments(map, 'comment', path, stack, visit);
        if (!root)
            stack.leave();
    }
    walkSeq(seq, path, stack, visit) {
        stack.enter();
        this.walkComments(seq, 'commentBefore', path, stack, visit);
        // sops 3.x writes comments inside lists as list items (`- ENC[...,type:comment]`) and turns them back
        // into comments when decrypting; we do the same, attaching them before the next item.
        const kept = [];
        let pending = [];
        for (const item of seq.items) {
            const turned = this.walkValue(item, path, path, stack, visit);
            stack.clearLevel();
            if (turned) {
                pending.push(turned.text);
                continue;
            }
            if (pending.length > 0 && item && typeof item === 'object') {
                const holder = item;
                holder.commentBefore = [...pending, ...(holder.commentBefore ? [holder.commentBefore] : [])].join('\n');
                pending = [];
            }
            kept.push(item);
        }
        if (pending.length > 0)
            seq.comment = [...(seq.comment ? [seq.comment] : []), ...pending].join('\n');
        seq.items = kept;
        this.walkComments(seq, 'comment', path, stack, visit);
        stack.leave();
    }
    /** Returns a comment when a list item was a sops-encrypted comment (see walkSeq). */
    walkValue(node, path, parentPath, stack, visit) {
        if (node === null || node === undefined)
            return;
        if ((0,yaml_dist/* isAlias */.Vj)(node))
            throw new errors/* StoreError */.A(`${this.file}: YAML aliases are not supported in sops files (at ${path.join('.')})`, 'invalid');
        if ((0,yaml_dist/* isMap */.jh)(node))
            return void this.walkMap(node, path, stack, visit);
        if ((0,yaml_dist/* isSeq */.oP)(node))
            return void this.walkSeq(node, path, stack, visit);
        if (!(0,yaml_dist/* isScalar */.jn)(node))
            return;
        this.walkComments(node, 'commentBefore', parentPath, stack, visit);
        this.walkComments(node, 'comment', parentPath, stack, visit);
        const value = scalarLeaf(node);
        if (value === null)
            return;
        if (!isLeaf(value))
            throw new errors/* StoreError */.A(`${this.file}: unsupported YAML value at ${path.join('.')}`, 'invalid');
        const out = visit(value, path, stack.snapshot());
        if (out instanceof SopsComment) {
            if (path === parentPath)
                return out;
            throw new errors/* StoreError */.A(`${this.file}: the value at ${path.join('.')} is an encrypted comment`, 'invalid');
        }
        if (out !== value)
            setScalar(node, out);
    }
    metadata() {
        const root = this.docs[0].contents;
        if (!(0,yaml_dist/* isMap */.jh)(root))
            return undefined;
        const node = root.get('sops', true);
        return node ? node.toJSON() : undefined;
    }
    setMetadata(md) {
        for (const doc of this.docs) {
            if (!(0,yaml_dist/* isMap */.jh)(doc.contents))
                doc.contents = new yaml_dist/* YAMLMap */.CA();
            const root = doc.contents;
            for (const p of root.items) {
                const before = (0,yaml_dist/* isScalar */.jn)(p.key) && keyText(p.key, this.file) === 'sops' ? p.key.commentBefore : undefined;
                if (before)
                    root.comment = [before, ...(root.comment ? [root.comment] : [])].join('\n');
            }
            root.items = root.items.filter((p) => keyText(p.key, this.file) !== 'sops');
            if (md === undefined)
                continue;
            const node = doc.createNode(md);
            const lm = node.get('lastmodified', true);
            // Keep it a string for YAML 1.1 readers (yaml.v3 would otherwise see a timestamp).
            if ((0,yaml_dist/* isScalar */.jn)(lm))
                lm.type = 'QUOTE_DOUBLE';
            root.items.push(new yaml_dist/* Pair */.Rm(new yaml_dist/* Scalar */.X5('sops'), node));
        }
    }
    get(path) {
        const node = this.find(path);
        return node === undefined ? undefined : toPlain(node);
    }
    set(path, value) {
        const doc = this.docs[0];
        if (!(0,yaml_dist/* isMap */.jh)(doc.contents))
            doc.contents = new yaml_dist/* YAMLMap */.CA();
        let parent = doc.contents;
        for (let i = 0; i < path.length; i++) {
            const seg = path[i];
            const last = i === path.length - 1;
            if ((0,yaml_dist/* isMap */.jh)(parent)) {
                const pair = parent.items.find((p) => keyText(p.key, this.file) === String(seg));
                if (last) {
                    if (pair && (0,yaml_dist/* isScalar */.jn)(pair.value)) {
                        setScalar(pair.value, value);
                    }
                    else if (pair) {
                        pair.value = setScalar(new yaml_dist/* Scalar */.X5(null), value);
                    }
                    else {
                        parent.items.push(new yaml_dist/* Pair */.Rm(new yaml_dist/* Scalar */.X5(String(seg)), setScalar(new yaml_dist/* Scalar */.X5(null), value)));
                    }
                    return;
                }
                if (pair && ((0,yaml_dist/* isMap */.jh)(pair.value) || (0,yaml_dist/* isSeq */.oP)(pair.value))) {
                    parent = pair.value;
                }
                else if (pair && pair.value !== null && !((0,yaml_dist/* isScalar */.jn)(pair.value) && pair.value.value === null)) {
                    throw new errors/* StoreError */.A(`${this.file}: ${path.slice(0, i + 1).join('.')} is a value, not a map`, 'invalid');
                }
                else {
                    const created = typeof path[i + 1] === 'number' ? new yaml_dist/* YAMLSeq */.Rw() : new yaml_dist/* YAMLMap */.CA();
                    if (pair)
                        pair.value = created;
                    else
                        parent.items.push(new yaml_dist/* Pair */.Rm(new yaml_dist/* Scalar */.X5(String(seg)), created));
                    parent = created;
                }
            }
            else if ((0,yaml_dist/* isSeq */.oP)(parent)) {
                if (typeof seg !== 'number' || seg > parent.items.length) {
                    throw new errors/* StoreError */.A(`${this.file}: ${path.slice(0, i + 1).join('.')} is not a valid index of the list`, 'invalid');
                }
                if (last) {
                    const item = parent.items[seg];
                    if ((0,yaml_dist/* isScalar */.jn)(item))
                        setScalar(item, value);
                    else if (seg === parent.items.length)
                        parent.items.push(setScalar(new yaml_dist/* Scalar */.X5(null), value));
                    else
                        parent.items[seg] = setScalar(new yaml_dist/* Scalar */.X5(null), value);
                    return;
                }
                let item = parent.items[seg];
                if (!item || !((0,yaml_dist/* isMap */.jh)(item) || (0,yaml_dist/* isSeq */.oP)(item))) {
                    item = typeof path[i + 1] === 'number' ? new yaml_dist/* YAMLSeq */.Rw() : new yaml_dist/* YAMLMap */.CA();
                    parent.items[seg] = item;
                }
                parent = item;
            }
            else {
                throw new errors/* StoreError */.A(`${this.file}: ${path.slice(0, i).join('.')} is a value, not a map`, 'invalid');
            }
        }
    }
    delete(path) {
        if (path.length === 0)
            return false;
        const parent = this.find(path.slice(0, -1));
        const seg = path[path.length - 1];
        if ((0,yaml_dist/* isMap */.jh)(parent)) {
            const idx = parent.items.findIndex((p) => keyText(p.key, this.file) === String(seg));
            if (idx < 0 || (path.length === 1 && seg === 'sops'))
                return false;
            parent.items.splice(idx, 1);
            return true;
        }
        if ((0,yaml_dist/* isSeq */.oP)(parent) && typeof seg === 'number' && seg < parent.items.length) {
            parent.items.splice(seg, 1);
            return true;
        }
        return false;
    }
    find(path) {
        let node = this.docs[0].contents ?? undefined;
        for (let i = 0; i < path.length; i++) {
            const seg = path[i];
            if ((0,yaml_dist/* isMap */.jh)(node)) {
                if (i === 0 && seg === 'sops')
                    return undefined;
                const pair = node.items.find((p) => keyText(p.key, this.file) === String(seg));
                node = pair?.value ?? undefined;
            }
            else if ((0,yaml_dist/* isSeq */.oP)(node) && typeof seg === 'number') {
                node = node.items[seg] ?? undefined;
            }
            else {
                return undefined;
            }
        }
        return node;
    }
    serialize() {
        const text = this.docs
            .map((d) => d.toString({ indent: this.indent, lineWidth: 0, indentSeq: true }))
            .join('');
        return Buffer.from(text, 'utf8');
    }
}
function isLeaf(v) {
    return ['string', 'bigint', 'number', 'boolean'].includes(typeof v) || v instanceof SopsTime;
}
/** The value as sops (yaml.v3) types it: unquoted untagged scalars are resolved the Go way. */
function scalarLeaf(node) {
    const source = node.source;
    if (node.type === 'PLAIN' && !node.tag && typeof source === 'string')
        return resolvePlainScalar(source);
    const v = node.value;
    if (v === undefined || v === null)
        return null;
    return isLeaf(v) ? v : String(v);
}
/** Writes a leaf so that both the \`yaml\` package and yaml.v3 read it back as the same type. */
function setScalar(node, value) {
    delete node.format;
    delete node.source;
    node.tag = undefined;
    if (value instanceof SopsTime) {
        node.value = value.text;
        node.type = 'PLAIN';
    }
    else if (value instanceof Uint8Array) {
        node.value = Buffer.from(value).toString('utf8');
        node.type = undefined;
    }
    else {
        node.value = value;
        node.type = typeof value === 'string' && needsQuotesForGoYaml(value) ? 'QUOTE_DOUBLE' : undefined;
    }
    return node;
}
function keyText(key, file) {
    if ((0,yaml_dist/* isScalar */.jn)(key))
        return String(key.value);
    if (key === null || key === undefined)
        return '';
    if (typeof key === 'string')
        return key;
    throw new errors/* StoreError */.A(`${file}: complex YAML keys are not supported`, 'invalid');
}
function toPlain(node) {
    if ((0,yaml_dist/* isMap */.jh)(node)) {
        return { kind: 'map', entries: node.items.map((p) => [keyText(p.key, ''), toPlain(p.value)]) };
    }
    if ((0,yaml_dist/* isSeq */.oP)(node))
        return { kind: 'list', items: node.items.map(toPlain) };
    if ((0,yaml_dist/* isScalar */.jn)(node))
        return { kind: 'leaf', value: scalarLeaf(node) };
    return { kind: 'leaf', value: null };
}
/** The smallest indentation used in the file (sops writes 4), so rewriting a file keeps its look. */
function detectIndent(text) {
    let min = 0;
    for (const line of text.split('\n')) {
        const m = /^( +)[^ #\-\n]/.exec(line);
        if (m && (min === 0 || m[1].length < min))
            min = m[1].length;
    }
    return min >= 2 && min <= 8 ? min : 2;
}

;// CONCATENATED MODULE: ./src/stores/sops/file.ts
/**
 * Whole-file sops operations: parse by format, unwrap the data key with age, decrypt and check the MAC;
 * or encrypt, compute the MAC and write the metadata. A file whose MAC does not verify is refused.
 */










/** sops' own choice by extension (cmd/sops/formats): anything else is binary. */
function formatForPath(path) {
    const ext = (0,external_node_path_.extname)(path).toLowerCase();
    if (ext === '.yaml' || ext === '.yml')
        return 'yaml';
    if (ext === '.json')
        return 'json';
    if (ext === '.env')
        return 'dotenv';
    return 'binary';
}
function parseSopsDocument(bytes, format, file, encrypted) {
    const text = bytes.toString('utf8');
    switch (format) {
        case 'yaml':
            return YamlSopsDocument.parse(text, file);
        case 'json':
            return JsonSopsDocument.parse(text, file);
        case 'dotenv':
            return DotenvSopsDocument.parse(text, file);
        case 'binary':
            return encrypted ? json_BinarySopsDocument.parseEncrypted(text, file) : json_BinarySopsDocument.fromPlain(bytes, file);
    }
}
async function decryptSops(bytes, opts) {
    const file = opts.file ?? '<sops>';
    const format = opts.format ?? formatForPath(file);
    const doc = parseSopsDocument(bytes, format, file, true);
    const raw = doc.metadata();
    if (raw === undefined)
        throw new errors/* StoreError */.A(`${file}: not a sops file (no "sops" metadata)`, 'invalid');
    const metadata = parseMetadata(raw, file);
    const dataKey = await unwrapDataKey(metadata.age, parseAgeIdentities(opts.ageIdentities), file);
    const stash = new IvStash();
    let computed;
    try {
        computed = decryptTree(doc, dataKey, effectiveRules(metadata), { stash, rawStrings: format === 'binary' });
    }
    catch (err) {
        if (err instanceof TreeDecryptError) {
            throw new errors/* StoreError */.A(`${file}: cannot decrypt the value at "${err.keyPath}": ${err.message}; refusing the file`, 'integrity');
        }
        throw err;
    }
    let stored;
    try {
        stored = decryptValue(metadata.mac, dataKey, metadata.lastmodified);
    }
    catch {
        throw new errors/* StoreError */.A(`${file}: the sops MAC cannot be decrypted (metadata was tampered with); refusing the file`, 'integrity');
    }
    if (stored !== computed) {
        throw new errors/* StoreError */.A(`${file}: MAC mismatch: the file was changed outside sops/stanch; refusing the file`, 'integrity');
    }
    return { doc, metadata, dataKey, stash };
}
/** Encrypts a plaintext document in place and returns the file bytes. */
async function encryptSops(doc, opts) {
    const file = opts.file ?? '<sops>';
    let metadata;
    let dataKey;
    if (opts.previous) {
        dataKey = opts.previous.dataKey;
        metadata = { ...opts.previous.metadata, other: { ...opts.previous.metadata.other } };
    }
    else {
        const recipients = opts.ageRecipients ?? [];
        if (recipients.length === 0)
            throw new errors/* StoreError */.A(`${file}: no age recipient to encrypt for`, 'invalid');
        const rules = opts.rules ?? {};
        checkRules(rules, file);
        dataKey = (0,external_node_crypto_.randomBytes)(32);
        metadata = {
            ...rules,
            age: await wrapDataKey(dataKey, recipients),
            lastmodified: '',
            mac: '',
            version: SOPS_VERSION_WRITTEN,
            other: {},
        };
        // sops writes the default rule (unencrypted_suffix) explicitly, except for binary files.
        if (doc.format !== 'binary')
            Object.assign(metadata, effectiveRules(rules));
    }
    metadata.lastmodified = formatLastModified((opts.now ?? (() => new Date()))());
    metadata.version = SOPS_VERSION_WRITTEN;
    const mac = encryptTree(doc, dataKey, effectiveRules(metadata), opts.previous?.stash);
    metadata.mac = encryptValue(mac, dataKey, metadata.lastmodified);
    doc.setMetadata(metadataToObject(metadata));
    return doc.serialize();
}
/** Plaintext bytes of a decrypted document, in its own format (what `sops --decrypt` prints). */
function plaintextOf(doc) {
    if (doc instanceof BinarySopsDocument)
        return doc.content();
    doc.setMetadata(undefined);
    return doc.serialize();
}
/** Convenience: decrypt file bytes to plaintext bytes. */
async function sopsDecryptBytes(bytes, opts) {
    const { doc } = await decryptSops(bytes, opts);
    return plaintextOf(doc);
}
/** Convenience: encrypt plaintext bytes of the given format for age recipients. */
async function sopsEncryptBytes(plain, opts) {
    const file = opts.file ?? '<plaintext>';
    const doc = parseSopsDocument(plain, opts.format, file, false);
    if (doc.metadata() !== undefined)
        throw new StoreError(`${file}: already has sops metadata (already encrypted?)`, 'invalid');
    return encryptSops(doc, { ...opts, file });
}

;// CONCATENATED MODULE: ./src/stores/sops/keypath.ts
/**
 * Key paths inside a sops file: `db.password`, `servers[0].host` or `servers.0.host`.
 * A segment of digits addresses a list element (and still matches a map key of the same text).
 * A literal dot inside a key is written `\.`.
 */

function parseKeyPath(key) {
    if (key === undefined || key === '')
        return [];
    const segs = [];
    let cur = '';
    let pending = false;
    const push = () => {
        if (!pending)
            return;
        segs.push(/^(0|[1-9]\d*)$/.test(cur) ? Number(cur) : cur);
        cur = '';
        pending = false;
    };
    for (let i = 0; i < key.length; i++) {
        const c = key[i];
        if (c === '\\' && key[i + 1] === '.') {
            cur += '.';
            pending = true;
            i++;
        }
        else if (c === '.') {
            if (!pending)
                throw new errors/* StoreError */.A(`key path "${key}": empty segment`, 'invalid');
            push();
        }
        else if (c === '[') {
            const end = key.indexOf(']', i);
            const idx = key.slice(i + 1, end);
            if (end < 0 || !/^(0|[1-9]\d*)$/.test(idx))
                throw new errors/* StoreError */.A(`key path "${key}": expected [index]`, 'invalid');
            push();
            segs.push(Number(idx));
            i = end;
            if (key[i + 1] === '.')
                i++;
        }
        else {
            cur += c;
            pending = true;
        }
    }
    push();
    if (segs.length === 0)
        throw new errors/* StoreError */.A(`key path "${key}": empty`, 'invalid');
    return segs;
}
function formatKeyPath(segs) {
    return segs
        .map((s, i) => (typeof s === 'number' ? `[${s}]` : (i > 0 ? '.' : '') + s.replaceAll('.', '\\.')))
        .join('');
}

;// CONCATENATED MODULE: ./src/stores/sops/store.ts
/**
 * `sops://path/to/file.enc.yaml#a.b` as a SecretStore, natively (no sops binary).
 * Reads refuse a file whose MAC does not verify. Writes decrypt the whole file, change one value,
 * re-encrypt (unchanged values keep their ciphertext) and replace the file atomically with mode 0600.
 * New values are written as strings (type str). sops files have no versions: `?version=` is refused.
 */








class SopsStore {
    opts;
    scheme = 'sops';
    readOnly = false;
    constructor(opts) {
        this.opts = opts;
    }
    async get(ref) {
        const { file, path } = this.locate(ref);
        const dec = await this.load(file, ref);
        if (path.length === 0 && dec.doc instanceof json_BinarySopsDocument) {
            return { value: dec.doc.content().toString('utf8'), metadata: { lastmodified: dec.metadata.lastmodified } };
        }
        if (path.length === 0)
            throw new errors/* StoreError */.A(`${ref.uri}: name a key with #key (for example #db.password)`, 'invalid');
        const node = dec.doc.get(path);
        if (!node)
            throw new errors/* StoreError */.A(`${ref.uri}: key not found in ${file}`, 'not-found');
        if (node.kind !== 'leaf')
            throw new errors/* StoreError */.A(`${ref.uri}: is a ${node.kind}, not a value; name a key below it`, 'invalid');
        return { value: leafToString(node.value), metadata: { lastmodified: dec.metadata.lastmodified } };
    }
    async getAll(ref) {
        const { file, path } = this.locate(ref);
        const dec = await this.load(file, ref);
        if (dec.doc instanceof json_BinarySopsDocument)
            return { data: { data: dec.doc.content().toString('utf8') } };
        const node = dec.doc.get(path);
        if (!node)
            throw new errors/* StoreError */.A(`${ref.uri}: key not found in ${file}`, 'not-found');
        const data = {};
        for (const [k, v] of flattenLeaves(node, []))
            data[k] = leafToString(v);
        return { data };
    }
    async list(prefix) {
        const { file, path } = this.locate(prefix);
        const dec = await this.load(file, prefix);
        if (dec.doc instanceof json_BinarySopsDocument)
            return [];
        const node = dec.doc.get(path);
        if (!node)
            throw new errors/* StoreError */.A(`${prefix.uri}: key not found in ${file}`, 'not-found');
        return flattenLeaves(node, []).map(([k]) => k);
    }
    async set(ref, value) {
        const { file, path } = this.locate(ref);
        const format = this.opts.format ?? formatForPath(file);
        if (format === 'binary' && path.length > 0)
            throw new errors/* StoreError */.A(`${ref.uri}: a binary sops file holds one value; drop the #key`, 'invalid');
        if (format !== 'binary' && path.length === 0)
            throw new errors/* StoreError */.A(`${ref.uri}: name the key to set with #key`, 'invalid');
        if (format !== 'binary' && format !== 'dotenv' && path[0] === 'sops') {
            throw new errors/* StoreError */.A(`${ref.uri}: "sops" is the metadata block, not a key`, 'invalid');
        }
        const existing = await readIfExists(file);
        // An existing file keeps its data key, recipients and rules; a new one is created for ageRecipients.
        const previous = existing ? await decryptSops(existing, { ageIdentities: this.opts.ageIdentities, format, file }) : undefined;
        if (!previous && (this.opts.ageRecipients ?? []).length === 0) {
            throw new errors/* StoreError */.A(`${ref.uri}: ${file} does not exist and no age recipient was given to create it`, 'invalid');
        }
        let doc;
        if (format === 'binary') {
            doc = json_BinarySopsDocument.fromPlain(Buffer.from(value, 'utf8'), file);
        }
        else {
            doc = previous?.doc ?? parseSopsDocument(Buffer.from(format === 'json' ? '{}' : ''), format, file, false);
            doc.set(path, value);
        }
        const out = await encryptSops(doc, {
            previous,
            ageRecipients: this.opts.ageRecipients,
            rules: this.opts.rules,
            now: this.opts.now,
            file,
        });
        await (0,atomic_write/* writeFileAtomic */.Zf)(file, out);
        return {};
    }
    async delete(ref) {
        const { file, path } = this.locate(ref);
        if (path.length === 0)
            throw new errors/* StoreError */.A(`${ref.uri}: name the key to delete with #key (stanch does not delete whole files)`, 'invalid');
        const dec = await this.load(file, ref);
        if (!dec.doc.delete(path))
            throw new errors/* StoreError */.A(`${ref.uri}: key not found in ${file}`, 'not-found');
        const out = await encryptSops(dec.doc, { previous: dec, now: this.opts.now, file });
        await (0,atomic_write/* writeFileAtomic */.Zf)(file, out);
    }
    locate(ref) {
        if (ref.version !== undefined)
            throw new errors/* StoreError */.A(`${ref.uri}: sops files have no versions; drop ?version=`, 'invalid');
        const file = (0,external_node_path_.isAbsolute)(ref.path) ? ref.path : (0,external_node_path_.resolve)(this.opts.baseDir, ref.path);
        return { file, path: parseKeyPath(ref.key) };
    }
    async load(file, ref) {
        const bytes = await readIfExists(file);
        if (!bytes)
            throw new errors/* StoreError */.A(`${ref.uri}: file ${file} does not exist`, 'not-found');
        return decryptSops(bytes, { ageIdentities: this.opts.ageIdentities, format: this.opts.format ?? formatForPath(file), file });
    }
}
async function readIfExists(file) {
    try {
        return await (0,promises_.readFile)(file);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw new errors/* StoreError */.A(`${file}: cannot read (${err.code ?? 'error'})`, 'unavailable');
    }
}
function leafToString(v) {
    if (v === null)
        return '';
    if (typeof v === 'number')
        return formatGoFloat(v);
    if (v instanceof Uint8Array)
        return Buffer.from(v).toString('utf8');
    return String(v);
}
function flattenLeaves(node, path) {
    if (node.kind === 'leaf')
        return [[formatKeyPath(path), node.value]];
    if (node.kind === 'list')
        return node.items.flatMap((n, i) => flattenLeaves(n, [...path, i]));
    return node.entries.flatMap(([k, n]) => flattenLeaves(n, [...path, k]));
}

;// CONCATENATED MODULE: ./src/stores/registry.ts
/**
 * Builds stores from plain options: one per URI scheme, optionally behind a cache, optionally as a
 * fallback chain. The entry point turns flags/inputs/environment into `StoreOptions`; nothing here reads
 * the process environment.
 *
 *   const stores = createStoreRegistry({ sops: {...}, env: { env: process.env, prefix: 'STANCH_' },
 *                                        cacheTtlMs: 30_000, fallback: { vault: ['env'] } });
 *   const { value } = await stores.get('vault://secret/app/db#password');
 */






async function loadVault(opts) {
    let mod;
    try {
        // Loaded lazily: runs that never touch Vault do not load its client.
        mod = (await __webpack_require__.e(/* import() */ 85).then(__webpack_require__.bind(__webpack_require__, 8085)));
    }
    catch {
        throw new errors/* StoreError */.A('the vault store is not available in this build (src/stores/vault/index.ts missing)', 'unavailable');
    }
    if (typeof mod.createVaultStore === 'function')
        return mod.createVaultStore(opts);
    // TODO(vault): the agreed entry is createVaultStore(opts); until src/stores/vault/index.ts exports it,
    // construct the class it does export.
    if (typeof mod.VaultStore === 'function')
        return new mod.VaultStore(opts);
    throw new errors/* StoreError */.A('the vault store module exports neither createVaultStore nor VaultStore', 'unavailable');
}
/** One store for a scheme, without cache or chain. */
async function createStore(scheme, opts) {
    switch (scheme) {
        case 'sops':
            if (!opts.sops)
                throw new errors/* StoreError */.A('sops:// needs sops options (age identities, base directory)', 'invalid');
            return new SopsStore(opts.sops);
        case 'env':
            if (!opts.env)
                throw new errors/* StoreError */.A('env:// needs env options', 'invalid');
            return new EnvStore(opts.env);
        case 'vault':
            if (opts.vault === undefined)
                throw new errors/* StoreError */.A('vault:// needs vault options (address, auth)', 'invalid');
            return loadVault(opts.vault);
        default:
            throw new errors/* StoreError */.A(`unknown store scheme "${scheme}" (known: vault, sops, env)`, 'invalid');
    }
}
/** Stores by scheme, created on first use, with cache and fallback applied; close() releases them all. */
class StoreRegistry {
    opts;
    built = new Map();
    constructor(opts) {
        this.opts = opts;
    }
    /** The store that serves URIs of this scheme (with its fallback chain and cache). */
    forScheme(scheme) {
        let p = this.built.get(scheme);
        if (!p) {
            p = this.build(scheme);
            this.built.set(scheme, p);
            p.catch(() => this.built.delete(scheme));
        }
        return p;
    }
    async get(uri) {
        const ref = typeof uri === 'string' ? (0,stores_uri/* parseStoreUri */.x8)(uri) : uri;
        return (await this.forScheme(ref.scheme)).get(ref);
    }
    async close() {
        for (const p of this.built.values()) {
            const s = await p.catch(() => undefined);
            await s?.close?.();
        }
        this.built.clear();
    }
    async build(scheme) {
        const chainSchemes = [scheme, ...(this.opts.fallback?.[scheme] ?? [])];
        const members = await Promise.all(chainSchemes.map((s) => createStore(s, this.opts)));
        let store = members.length === 1 ? members[0] : new ChainStore(members, this.opts.chain);
        if (this.opts.cacheTtlMs && this.opts.cacheTtlMs > 0)
            store = new CachedStore(store, { ttlMs: this.opts.cacheTtlMs });
        return store;
    }
}
function createStoreRegistry(opts) {
    return new StoreRegistry(opts);
}


/***/ }),

/***/ 9468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ar: () => (/* binding */ makeRef),
/* harmony export */   bq: () => (/* binding */ formatStoreUri),
/* harmony export */   x8: () => (/* binding */ parseStoreUri)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8151);
/**
 * Store URIs: `scheme://path[?version=N][#key]`.
 *
 *   vault://secret/app/db#password        (vault: mount + path, KV field)
 *   vault://secret/app/db?version=3#password
 *   sops://deploy/secrets.enc.yaml#db.password   (sops: file path, dotted key path)
 *   sops:///abs/dir/secrets.enc.json#api.key     (absolute file path: three slashes)
 *   env://NAME
 *
 * `#key?version=N` (query written after the fragment) is accepted too, because people write it.
 * Path and key are percent-decoded, so `%23` and `%3F` carry a literal `#` or `?`.
 */

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
function parseStoreUri(uri) {
    const where = `store URI "${uri}"`;
    const m = SCHEME.exec(uri);
    if (!m) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StoreError */ .A(`${where}: expected scheme://path (for example vault://secret/app#key, sops://file.enc.yaml#a.b, env://NAME)`, 'invalid');
    }
    const scheme = m[1].toLowerCase();
    let rest = uri.slice(m[0].length);
    let fragment;
    const hash = rest.indexOf('#');
    if (hash >= 0) {
        fragment = rest.slice(hash + 1);
        rest = rest.slice(0, hash);
    }
    let query;
    const q = rest.indexOf('?');
    if (q >= 0) {
        query = rest.slice(q + 1);
        rest = rest.slice(0, q);
    }
    else if (fragment !== undefined) {
        const fq = fragment.indexOf('?');
        if (fq >= 0) {
            query = fragment.slice(fq + 1);
            fragment = fragment.slice(0, fq);
        }
    }
    const path = decode(rest, where, 'path');
    if (path === '' || path === '/')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StoreError */ .A(`${where}: the path is empty`, 'invalid');
    const ref = { scheme, path, uri };
    if (fragment !== undefined) {
        const key = decode(fragment, where, 'key');
        if (key === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StoreError */ .A(`${where}: the #key is empty (drop the # or name a key)`, 'invalid');
        ref.key = key;
    }
    if (query !== undefined && query !== '') {
        for (const part of query.split('&')) {
            const eq = part.indexOf('=');
            const name = eq >= 0 ? part.slice(0, eq) : part;
            const value = eq >= 0 ? part.slice(eq + 1) : '';
            if (name !== 'version') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StoreError */ .A(`${where}: unknown query parameter "${name}" (only ?version=N is supported)`, 'invalid');
            }
            if (!/^[1-9][0-9]{0,15}$/.test(value)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StoreError */ .A(`${where}: version must be a positive integer, got "${value}"`, 'invalid');
            }
            ref.version = Number(value);
        }
    }
    return ref;
}
/** The canonical URI for a ref (used in audit records and cache keys). Never contains a value. */
function formatStoreUri(ref) {
    let out = `${ref.scheme}://${encodePart(ref.path, /[#?%]/g)}`;
    if (ref.version !== undefined)
        out += `?version=${ref.version}`;
    if (ref.key !== undefined)
        out += `#${encodePart(ref.key, /[#?%]/g)}`;
    return out;
}
/** A ref with `uri` filled in canonically; handy when code builds refs from parts. */
function makeRef(parts) {
    return { ...parts, uri: formatStoreUri(parts) };
}
function decode(text, where, field) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StoreError */ .A(`${where}: bad percent-encoding in the ${field}`, 'invalid');
    }
}
function encodePart(text, chars) {
    return text.replace(chars, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}


/***/ })

};
