export const id = 174;
export const ids = [174];
export const modules = {

/***/ 174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  addRotateLeakedOptions: () => (/* binding */ addRotateLeakedOptions),
  exitCodeFor: () => (/* binding */ exitCodeFor),
  register: () => (/* binding */ register),
  runRotate: () => (/* binding */ runRotate),
  runScanWithLeakLoop: () => (/* binding */ runScanWithLeakLoop)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/inject/mapping.ts
var mapping = __webpack_require__(2127);
// EXTERNAL MODULE: ./src/entry/cli/commands/inject.ts + 2 modules
var inject = __webpack_require__(2192);
// EXTERNAL MODULE: ./src/audit/log.ts
var log = __webpack_require__(8365);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
// EXTERNAL MODULE: ./src/reporters/index.ts + 6 modules
var reporters = __webpack_require__(6669);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/rotation/duration.ts
/**
 * Rotation intervals as people write them: `30d`, `12h`, `2w`, `90m` (minutes), `45s`.
 * Months and years are left out on purpose: their length varies, and a policy should mean one thing.
 */
const UNIT_MS = {
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 7 * 86_400_000,
};
/** Milliseconds for `<positive integer><s|m|h|d|w>`, or undefined when the text is not one. */
function parseDuration(text) {
    const m = /^([1-9][0-9]{0,6})([smhdw])$/.exec(text.trim());
    if (!m)
        return undefined;
    return Number(m[1]) * UNIT_MS[m[2]];
}
/** A short human form (`3d 4h`, `5m`) for plans; rounds down to the largest two units. */
function formatDuration(ms) {
    const sign = ms < 0 ? '-' : '';
    let rest = Math.abs(ms);
    const parts = [];
    for (const [unit, size] of [['d', UNIT_MS.d], ['h', UNIT_MS.h], ['m', UNIT_MS.m], ['s', UNIT_MS.s]]) {
        if (rest >= size && parts.length < 2) {
            parts.push(`${Math.floor(rest / size)}${unit}`);
            rest %= size;
        }
    }
    return sign + (parts.length > 0 ? parts.join(' ') : '0s');
}

;// CONCATENATED MODULE: ./src/rotation/glob.ts
/**
 * Globs on store URIs for rotation policies: `*` matches within one path segment (not `/`),
 * `**` matches across segments, `?` one character that is not `/`. Everything else is literal,
 * including `#` and `.`, so `vault://secret/app/*#password` means "the password key of every
 * secret directly under secret/app". A pattern without `#` also matches every key of the secrets it names.
 */
function compileUriGlob(pattern) {
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(pattern))
        throw new Error(`"${pattern}" is not a URI glob (expected scheme://path, e.g. vault://secret/app/*)`);
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            re += '.*';
            i++;
        }
        else if (c === '*') {
            re += '[^/]*';
        }
        else if (c === '?') {
            re += '[^/]';
        }
        else {
            re += c.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
        }
    }
    const withKey = pattern.includes('#') ? re : `${re}(?:#.*)?`;
    const compiled = new RegExp(`^${withKey}$`);
    return (uri) => compiled.test(uri);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/rotation/hook.ts
/**
 * Runs a hook program (generator or verify command) with the least it needs:
 * argv without a shell, a minimal environment (PATH, HOME, LANG, TMPDIR plus names the policy
 * lists), context on stdin, a timeout that kills the whole process group. Its stderr goes to ours
 * (so the operator sees what it said) and is never copied into our error messages; its stdout is
 * returned to the caller and never printed.
 */



class HookError extends errors/* StanchError */.W {
    constructor(message) {
        super(message, errors/* EXIT */.d.STORE);
        this.name = 'HookError';
    }
}
const ALWAYS_PASSED = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TMPDIR', 'SYSTEMROOT'];
const MAX_STDOUT = 64 * 1024;
/** `mint.sh` for messages: the program's base name only (paths can be long and personal). */
function shortCommand(command) {
    return (0,external_node_path_.basename)(command[0] ?? '?');
}
function hookEnv(opts) {
    const env = {};
    for (const name of [...ALWAYS_PASSED, ...(opts.allowEnv ?? [])]) {
        const v = opts.baseEnv[name];
        if (v !== undefined)
            env[name] = v;
    }
    return { ...env, ...(opts.extraEnv ?? {}) };
}
function runHook(opts) {
    const name = `${opts.label} ${shortCommand(opts.command)}`;
    return new Promise((resolve, reject) => {
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(opts.command[0], opts.command.slice(1), {
                cwd: opts.cwd,
                env: hookEnv(opts),
                stdio: ['pipe', 'pipe', opts.stderr ?? 'inherit'],
                // Its own process group, so a timeout kills what it started too.
                detached: true,
            });
        }
        catch (err) {
            reject(new HookError(`${name} could not start (${err.code ?? 'error'})`));
            return;
        }
        const chunks = [];
        let size = 0;
        let tooBig = false;
        let timedOut = false;
        const killGroup = () => {
            try {
                if (child.pid)
                    process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                child.kill('SIGKILL');
            }
        };
        const timer = setTimeout(() => {
            timedOut = true;
            killGroup();
        }, opts.timeoutMs);
        child.stdout.on('data', (c) => {
            size += c.length;
            if (size > MAX_STDOUT) {
                tooBig = true;
                killGroup();
                return;
            }
            chunks.push(c);
        });
        child.on('error', (err) => {
            clearTimeout(timer);
            reject(new HookError(`${name} could not start (${err.code ?? 'error'}); check the command path and that it is executable`));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            const stdout = Buffer.concat(chunks).toString('utf8');
            chunks.length = 0;
            if (timedOut)
                return reject(new HookError(`${name} timed out after ${Math.round(opts.timeoutMs / 1000)}s and was killed`));
            if (tooBig)
                return reject(new HookError(`${name} wrote more than ${MAX_STDOUT} bytes to stdout`));
            if (code !== 0) {
                return reject(new HookError(`${name} failed (${signal ? `signal ${signal}` : `exit code ${code}`}; its stderr, if any, is shown above)`));
            }
            resolve({ stdout });
        });
        // A hook that does not read stdin closes the pipe early: that is fine.
        child.stdin.on('error', () => undefined);
        child.stdin.end(opts.stdin);
    });
}

;// CONCATENATED MODULE: ./src/rotation/generators.ts
/**
 * New secret values. `random` and `prefixed` draw from the CSPRNG with rejection sampling (no
 * modulo bias); `command` asks a hook program that creates the secret at the provider.
 */


const ALPHABETS = {
    base62: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
    hex: '0123456789abcdef',
    base64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
    lower: 'abcdefghijklmnopqrstuvwxyz0123456789',
    /** Printable ASCII without quotes, backslash and space (they break too many config formats). */
    symbols: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,-./:;<=>?@[]^_{|}~',
};
/** `length` characters drawn uniformly from `alphabet` (crypto.randomInt rejects biased draws). */
function randomString(length, alphabet) {
    const chars = [...alphabet];
    let out = '';
    for (let i = 0; i < length; i++)
        out += chars[(0,external_node_crypto_.randomInt)(chars.length)];
    return out;
}
async function generateValue(spec, context, hook) {
    switch (spec.kind) {
        case 'random':
            return randomString(spec.length, spec.alphabet);
        case 'prefixed':
            return spec.prefix + randomString(spec.length, spec.alphabet);
        case 'command': {
            const { stdout } = await runHook({
                ...hook,
                command: spec.command,
                timeoutMs: spec.timeoutMs,
                stdin: `${JSON.stringify(context)}\n`,
                label: 'generator',
            });
            // One trailing newline is what `echo` adds; anything else is part of the value.
            const value = stdout.replace(/\r?\n$/, '');
            if (value === '')
                throw new HookError(`generator ${shortCommand(spec.command)} printed no value on stdout`);
            if (/[\r\n]/.test(value))
                throw new HookError(`generator ${shortCommand(spec.command)} printed more than one line; print only the new value`);
            return value;
        }
    }
}

;// CONCATENATED MODULE: ./src/rotation/config.ts
/**
 * The `[rotation]` section of `.stanch.toml`: which secrets are managed (for leak matching), and
 * policies that say how often a secret is rotated, how a new value is made and how it is checked.
 *
 *   [rotation]
 *   managed = ["vault://secret/app/db#password", "sops://deploy/secrets.enc.yaml#db.password"]
 *
 *   [[rotation.policies]]
 *   match = "vault://secret/app/*"          # glob on URIs: * within a path segment, ** across
 *   every = "90d"                           # s, m, h, d, w; absent = only on demand / on leak
 *   generator = { kind = "random", length = 40, alphabet = "base62" }
 *   verify = { command = ["./check-db.sh"] }   # or { http = { url = "...", expectStatus = 200 } }
 *   autoRotateOnLeak = true
 *
 * Errors name the file and the field (`.stanch.toml: [[rotation.policies]] #2 field "every": ...`).
 * Nothing here reads the environment; commands are resolved against the config file's directory.
 */







const ROTATION_KEYS = new Set(['managed', 'policies']);
const POLICY_KEYS = new Set(['match', 'every', 'generator', 'verify', 'autoRotateOnLeak', 'passOldValue', 'env']);
const GENERATOR_KEYS = {
    random: new Set(['kind', 'length', 'alphabet']),
    prefixed: new Set(['kind', 'prefix', 'length', 'alphabet']),
    command: new Set(['kind', 'command', 'timeout']),
};
const DEFAULT_HOOK_TIMEOUT_MS = 30_000;
const DEFAULT_HTTP_TIMEOUT_MS = 10_000;
const MAX_LENGTH = 4096;
function isTable(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
}
class Where {
    file;
    section;
    constructor(file, section) {
        this.file = file;
        this.section = section;
    }
    fail(field, problem) {
        throw new errors/* StanchError */.W(`${this.file}: ${this.section} field "${field}": ${problem}`, errors/* EXIT */.d.USAGE);
    }
    checkKeys(t, allowed, prefix = '') {
        for (const k of Object.keys(t))
            if (!allowed.has(k))
                this.fail(prefix + k, `unknown field (known: ${[...allowed].join(', ')})`);
    }
}
/** Reads `file` and returns its `[rotation]` section (an empty config when the file has none). */
function loadRotationConfig(file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new errors/* StanchError */.W(code === 'ENOENT' ? `rotation config not found: ${file}` : `${file}: cannot read (${code})`, errors/* EXIT */.d.USAGE);
    }
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (err) {
        const e = err;
        const where = typeof e.line === 'number' ? `${file}:${e.line}` : file;
        throw new errors/* StanchError */.W(`${where}: invalid TOML: ${String(e.message ?? err).split('\n')[0]}`, errors/* EXIT */.d.USAGE);
    }
    return parseRotationSection(doc.rotation, { file, baseDir: (0,external_node_path_.dirname)((0,external_node_path_.resolve)(file)) });
}
/** Validates a parsed `[rotation]` table (undefined = none). */
function parseRotationSection(raw, ctx) {
    const top = new Where(ctx.file, '[rotation]');
    const config = { file: ctx.file, baseDir: ctx.baseDir, managed: [], policies: [] };
    if (raw === undefined)
        return config;
    if (!isTable(raw))
        throw new errors/* StanchError */.W(`${ctx.file}: "rotation" must be a table ([rotation])`, errors/* EXIT */.d.USAGE);
    top.checkKeys(raw, ROTATION_KEYS);
    if (raw.managed !== undefined) {
        if (!Array.isArray(raw.managed) || raw.managed.some((u) => typeof u !== 'string'))
            top.fail('managed', 'must be a list of store URIs');
        for (const uri of raw.managed) {
            if (!/^[a-z][a-z0-9+.-]*:\/\/./i.test(uri))
                top.fail('managed', `"${uri}" is not a store URI (vault://…, sops://…)`);
            if (uri.includes('*'))
                top.fail('managed', `"${uri}": globs belong in [[rotation.policies]] match, list exact URIs here`);
        }
        config.managed = [...new Set(raw.managed)];
    }
    if (raw.policies !== undefined) {
        if (!Array.isArray(raw.policies))
            top.fail('policies', 'must be an array of tables ([[rotation.policies]])');
        raw.policies.forEach((p, i) => config.policies.push(parsePolicy(p, new Where(ctx.file, `[[rotation.policies]] #${i + 1}`), ctx.baseDir)));
    }
    return config;
}
function parsePolicy(raw, where, baseDir) {
    if (!isTable(raw))
        where.fail('(policy)', 'must be a table');
    where.checkKeys(raw, POLICY_KEYS);
    if (typeof raw.match !== 'string' || raw.match === '')
        where.fail('match', 'required: a URI glob such as "vault://secret/app/*"');
    let matches;
    try {
        matches = compileUriGlob(raw.match);
    }
    catch (err) {
        where.fail('match', err.message);
    }
    const policy = {
        match: raw.match,
        matches,
        generator: parseGenerator(raw.generator, where, baseDir),
        autoRotateOnLeak: optBool(raw, 'autoRotateOnLeak', where) ?? false,
        passOldValue: optBool(raw, 'passOldValue', where) ?? false,
        env: [],
    };
    if (raw.every !== undefined) {
        const ms = typeof raw.every === 'string' ? parseDuration(raw.every) : undefined;
        if (ms === undefined)
            where.fail('every', `expected a duration like "30d", "12h", "2w" (units s, m, h, d, w), got ${JSON.stringify(raw.every)}`);
        policy.every = raw.every;
        policy.everyMs = ms;
    }
    if (raw.env !== undefined) {
        if (!Array.isArray(raw.env) || raw.env.some((n) => typeof n !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n))) {
            where.fail('env', 'must be a list of environment variable names');
        }
        policy.env = raw.env;
    }
    if (raw.verify !== undefined)
        policy.verify = parseVerify(raw.verify, where, baseDir);
    return policy;
}
function parseGenerator(raw, where, baseDir) {
    if (raw === undefined)
        return { kind: 'random', length: 40, alphabet: ALPHABETS.base62 };
    if (!isTable(raw))
        where.fail('generator', 'must be a table: { kind = "random" | "prefixed" | "command", ... }');
    const kind = raw.kind;
    if (typeof kind !== 'string' || !(kind in GENERATOR_KEYS))
        where.fail('generator.kind', 'must be "random", "prefixed" or "command"');
    where.checkKeys(raw, GENERATOR_KEYS[kind], 'generator.');
    if (kind === 'command') {
        return { kind: 'command', ...parseCommand(raw, where, 'generator', baseDir, DEFAULT_HOOK_TIMEOUT_MS) };
    }
    const length = raw.length ?? 40;
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 8 || length > MAX_LENGTH) {
        where.fail('generator.length', `must be an integer from 8 to ${MAX_LENGTH}`);
    }
    const alphabet = parseAlphabet(raw.alphabet, where);
    if (kind === 'prefixed') {
        if (typeof raw.prefix !== 'string' || raw.prefix === '' || /\s/.test(raw.prefix))
            where.fail('generator.prefix', 'required: a non-empty prefix without spaces, e.g. "sk_live_"');
        return { kind: 'prefixed', prefix: raw.prefix, length, alphabet };
    }
    return { kind: 'random', length, alphabet };
}
/** A named alphabet (`base62`, `hex`, …) or `custom:<characters>`. */
function parseAlphabet(raw, where) {
    if (raw === undefined)
        return ALPHABETS.base62;
    if (typeof raw !== 'string')
        where.fail('generator.alphabet', 'must be a string');
    if (raw in ALPHABETS)
        return ALPHABETS[raw];
    if (raw.startsWith('custom:')) {
        const chars = [...new Set(raw.slice('custom:'.length))];
        if (chars.length < 2)
            where.fail('generator.alphabet', 'a custom alphabet needs at least 2 distinct characters');
        return chars.join('');
    }
    return where.fail('generator.alphabet', `unknown alphabet "${raw}" (known: ${Object.keys(ALPHABETS).join(', ')}, or "custom:<characters>")`);
}
function parseVerify(raw, where, baseDir) {
    if (!isTable(raw))
        where.fail('verify', 'must be a table: { command = [...] } or { http = { url = ... } }');
    if (raw.command !== undefined && raw.http !== undefined)
        where.fail('verify', 'set either command or http, not both');
    if (raw.command !== undefined) {
        where.checkKeys(raw, new Set(['command', 'timeout', 'valueIn']), 'verify.');
        const valueIn = raw.valueIn ?? 'stdin';
        if (valueIn !== 'stdin' && valueIn !== 'env')
            where.fail('verify.valueIn', 'must be "stdin" or "env"');
        return { kind: 'command', valueIn, ...parseCommand(raw, where, 'verify', baseDir, DEFAULT_HOOK_TIMEOUT_MS) };
    }
    if (!isTable(raw.http))
        where.fail('verify', 'needs command = [...] or http = { url = "https://..." }');
    where.checkKeys(raw, new Set(['http']), 'verify.');
    const h = raw.http;
    where.checkKeys(h, new Set(['url', 'method', 'expectStatus', 'headers', 'timeout']), 'verify.http.');
    if (typeof h.url !== 'string' || !/^https?:\/\/./.test(h.url))
        where.fail('verify.http.url', 'required: an http(s) URL');
    if (h.url.includes('${NEW_VALUE}'))
        where.fail('verify.http.url', '${NEW_VALUE} is not allowed in the URL (it would be logged); use a header');
    const method = h.method ?? 'GET';
    if (typeof method !== 'string' || !/^[A-Z]+$/.test(method))
        where.fail('verify.http.method', 'must be an HTTP method such as "GET"');
    const expectStatus = h.expectStatus ?? 200;
    if (typeof expectStatus !== 'number' || !Number.isInteger(expectStatus) || expectStatus < 100 || expectStatus > 599) {
        where.fail('verify.http.expectStatus', 'must be an HTTP status code (100-599)');
    }
    const headers = {};
    if (h.headers !== undefined) {
        if (!isTable(h.headers))
            where.fail('verify.http.headers', 'must be a table of strings');
        for (const [k, v] of Object.entries(h.headers)) {
            if (typeof v !== 'string')
                where.fail(`verify.http.headers.${k}`, 'must be a string');
            headers[k] = v;
        }
    }
    return { kind: 'http', url: h.url, method, expectStatus, headers, timeoutMs: parseTimeout(h.timeout, where, 'verify.http.timeout', DEFAULT_HTTP_TIMEOUT_MS) };
}
function parseCommand(raw, where, field, baseDir, defaultTimeout) {
    const cmd = raw.command;
    if (!Array.isArray(cmd) || cmd.length === 0 || cmd.some((a) => typeof a !== 'string') || cmd[0] === '') {
        where.fail(`${field}.command`, 'must be a non-empty list of strings (argv, no shell): ["./mint.sh", "--env", "prod"]');
    }
    const argv = [...cmd];
    // "./x" and "dir/x" are relative to the config file; a bare name is looked up on PATH.
    if (!(0,external_node_path_.isAbsolute)(argv[0]) && argv[0].includes('/'))
        argv[0] = (0,external_node_path_.resolve)(baseDir, argv[0]);
    return { command: argv, timeoutMs: parseTimeout(raw.timeout, where, `${field}.timeout`, defaultTimeout) };
}
function parseTimeout(raw, where, field, fallback) {
    if (raw === undefined)
        return fallback;
    const ms = typeof raw === 'string' ? parseDuration(raw) : undefined;
    if (ms === undefined || ms > 3_600_000)
        where.fail(field, 'expected a duration up to 1h such as "30s" or "2m"');
    return ms;
}
function optBool(t, key, where) {
    const v = t[key];
    if (v === undefined)
        return undefined;
    if (typeof v !== 'boolean')
        where.fail(key, 'must be true or false');
    return v;
}
/** The first policy whose glob matches the URI (order in the file decides, so put specific ones first). */
function policyFor(config, uri) {
    const bare = uri.replace(/\?version=\d+/, '');
    return config.policies.find((p) => p.matches(bare));
}

// EXTERNAL MODULE: ./src/stores/uri.ts
var stores_uri = __webpack_require__(9468);
;// CONCATENATED MODULE: ./src/rotation/leak-match.ts
/**
 * Matches scanner findings against managed secrets without either side leaving memory in a
 * comparable form: each managed value is read, keyed-hashed (HMAC-SHA256 with a key made fresh
 * for this run by crypto.randomBytes and never stored) and dropped; each finding's secret is
 * keyed-hashed the same way; digests are compared with timingSafeEqual. The result says which
 * store URI matched which finding (location and fingerprint) and nothing else.
 *
 * Variants hashed on both sides: the raw value and the value with surrounding whitespace trimmed
 * (a value read from a file often carries a newline the committed copy lacks, or the reverse).
 */

function variants(value) {
    const trimmed = value.trim();
    return trimmed !== value && trimmed !== '' ? [value, trimmed] : [value];
}
function createLeakMatcher() {
    // Per run: digests from one run cannot be compared with another run's, or with any stored list.
    const key = (0,external_node_crypto_.randomBytes)(32);
    const mac = (v) => (0,external_node_crypto_.createHmac)('sha256', key).update(v, 'utf8').digest();
    const managed = [];
    return {
        addManaged(uri, value) {
            if (value === '')
                return;
            managed.push({ uri, digests: variants(value).map(mac) });
        },
        match(findings) {
            const out = [];
            for (const f of findings) {
                if (!f.secret)
                    continue;
                const found = variants(f.secret).map(mac);
                for (const m of managed) {
                    let hit = false;
                    // Every pair is compared (no early exit on the first byte), so timing says nothing about values.
                    for (const a of found)
                        for (const b of m.digests)
                            hit = (0,external_node_crypto_.timingSafeEqual)(a, b) || hit;
                    if (hit) {
                        out.push({
                            uri: m.uri,
                            fingerprint: f.fingerprint,
                            ruleId: f.ruleId,
                            path: f.path,
                            startLine: f.startLine,
                            ...(f.commit?.sha ? { commit: f.commit.sha } : {}),
                        });
                    }
                }
            }
            return out;
        },
        get size() {
            return managed.length;
        },
    };
}

// EXTERNAL MODULE: ./src/stores/registry.ts + 14 modules
var registry = __webpack_require__(5311);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/fs/atomic-write.ts
var atomic_write = __webpack_require__(7768);
;// CONCATENATED MODULE: ./src/rotation/backends.ts
/**
 * What rotation needs from a store, per kind of store: read the current version, write a new one
 * that fails if someone changed the secret meanwhile, put the old one back, and remember when it
 * was rotated.
 *
 * - Vault KV v2: versions. The new version is written check-and-set against the version read;
 *   rollback writes the old version's data as a newer version (check-and-set against ours) and
 *   soft-deletes the version that failed. Last rotation: custom_metadata `stanch_rotated_at`
 *   (and `stanch_rotated_at#<key>` per key); `stanch_rotate_every` there overrides the config.
 * - SOPS: no versions. A version is named by the file's SHA-256 (`sha256:<12 hex>`, ciphertext
 *   only). The write refuses if the file changed since it was read; rollback rewrites the exact
 *   bytes read before, if the file is still what we wrote. Last rotation: the file's sops
 *   `lastmodified` (any edit of the file counts).
 */





class RotationError extends errors/* StanchError */.W {
    constructor(message, exitCode = errors/* EXIT */.d.STORE) {
        super(message, exitCode);
        this.name = 'RotationError';
    }
}
function isVaultLike(s) {
    const v = s;
    return typeof v.readVersion === 'function' && typeof v.restoreVersion === 'function' && typeof v.locate === 'function';
}
function backendFor(store, opts) {
    if (store.readOnly) {
        throw new RotationError(`the ${store.scheme} store is read-only: stanch cannot rotate ${store.scheme}:// secrets; rotate the value where it comes from and inject it again`, errors/* EXIT */.d.USAGE);
    }
    if (store.scheme === 'vault' && isVaultLike(store))
        return new VaultBackend(store);
    if (store.scheme === 'sops')
        return new SopsBackend(store, opts.sopsBaseDir);
    throw new RotationError(`rotation is supported on vault:// (KV v2) and sops:// secrets, not ${store.scheme}://`, errors/* EXIT */.d.USAGE);
}
const ROTATED_AT = 'stanch_rotated_at';
const ROTATE_EVERY = 'stanch_rotate_every';
class VaultBackend {
    store;
    kind = 'vault';
    constructor(store) {
        this.store = store;
    }
    async requireV2(ref) {
        const loc = await this.store.locate(ref);
        if (loc.kvVersion !== 2) {
            throw new RotationError(`${ref.uri}: rotation needs KV v2 (versions for rollback), but mount '${loc.mount}' is KV v1`, errors/* EXIT */.d.USAGE);
        }
        return loc;
    }
    key(ref) {
        if (!ref.key)
            throw new RotationError(`${ref.uri}: name the key to rotate (vault://mount/path#key)`, errors/* EXIT */.d.USAGE);
        return ref.key;
    }
    async facts(ref) {
        await this.requireV2(ref);
        const meta = await this.store.metadata(bare(ref));
        const custom = meta.customMetadata ?? {};
        // Per key first: rotating one key of a secret says nothing about its other keys. Otherwise the
        // last write of the secret is the best guess of when the value was set.
        const stamp = custom[`${ROTATED_AT}#${ref.key ?? ''}`] ?? meta.versions[meta.currentVersion]?.createdTime;
        const at = stamp ? new Date(stamp) : undefined;
        return { lastRotated: at && !Number.isNaN(at.getTime()) ? at : undefined, every: custom[ROTATE_EVERY] };
    }
    async snapshot(ref) {
        await this.requireV2(ref);
        const key = this.key(ref);
        const cur = await this.store.readVersion(bare(ref));
        const value = cur.data[key];
        if (value === undefined)
            throw new RotationError(`${ref.uri}: key '${key}' not found`, errors/* EXIT */.d.STORE);
        if (typeof value !== 'string')
            throw new RotationError(`${ref.uri}: key '${key}' is not a string value; stanch rotates strings only`, errors/* EXIT */.d.USAGE);
        if (cur.version === undefined)
            throw new RotationError(`${ref.uri}: Vault did not report the version read`, errors/* EXIT */.d.STORE);
        return { value, version: `v${cur.version}`, state: { data: cur.data, version: cur.version } };
    }
    async writeNew(ref, before, value) {
        const { data, version } = before.state;
        // Check-and-set against the version read: a concurrent change fails the write instead of being lost.
        const res = await this.store.write(bare(ref), { ...data, [this.key(ref)]: value }, { cas: version });
        // Rollback goes by version number; the old data (with the old value) is not needed any more.
        before.state.data = undefined;
        if (res.version === undefined)
            throw new RotationError(`${ref.uri}: Vault did not report the new version`, errors/* EXIT */.d.STORE);
        return { version: `v${res.version}`, state: res.version };
    }
    async rollback(ref, before, written) {
        const old = before.state.version;
        const ours = written.state;
        const res = await this.store.restoreVersion(bare(ref), old, { cas: ours });
        // The value that failed verification should not stay readable as a recent version.
        await this.store.softDelete(bare(ref), [ours]).catch(() => undefined);
        return res.version !== undefined ? `v${res.version}` : '?';
    }
    async markRotated(ref, at, policy) {
        const loc = await this.requireV2(ref);
        const meta = await this.store.metadata(bare(ref));
        const stamp = at.toISOString();
        const custom = { ...(meta.customMetadata ?? {}), [ROTATED_AT]: stamp, [`${ROTATED_AT}#${ref.key ?? ''}`]: stamp, stanch_rotation_policy: policy.slice(0, 512) };
        const mount = loc.mount.replace(/^\/+|\/+$/g, '').split('/').map(encodeURIComponent).join('/');
        const rel = loc.relPath.split('/').map(encodeURIComponent).join('/');
        // POST metadata replaces custom_metadata as a whole, hence the merge above.
        await this.store.client.request({ method: 'POST', path: `${mount}/metadata/${rel}`, token: await this.store.token(), body: { custom_metadata: custom } });
    }
}
class SopsBackend {
    store;
    baseDir;
    kind = 'sops';
    constructor(store, baseDir) {
        this.store = store;
        this.baseDir = baseDir;
    }
    file(ref) {
        return (0,external_node_path_.isAbsolute)(ref.path) ? ref.path : (0,external_node_path_.resolve)(this.baseDir, ref.path);
    }
    async facts(ref) {
        const got = await this.store.get(ref);
        const stamp = got.metadata?.lastmodified;
        const at = typeof stamp === 'string' ? new Date(stamp) : undefined;
        return { lastRotated: at && !Number.isNaN(at.getTime()) ? at : undefined };
    }
    async snapshot(ref) {
        const bytes = await (0,promises_.readFile)(this.file(ref));
        const got = await this.store.get(ref);
        return { value: got.value, version: fileVersion(bytes), state: bytes };
    }
    async writeNew(ref, before, value) {
        const file = this.file(ref);
        const now = await (0,promises_.readFile)(file);
        if (!now.equals(before.state))
            throw new RotationError(`${ref.uri}: ${file} changed while rotating; run again`, errors/* EXIT */.d.STORE);
        await this.store.set(ref, value);
        const after = await (0,promises_.readFile)(file);
        return { version: fileVersion(after), state: after };
    }
    async rollback(ref, before, written) {
        const file = this.file(ref);
        const now = await (0,promises_.readFile)(file);
        if (!now.equals(written.state)) {
            throw new RotationError(`${ref.uri}: ${file} changed after the new value was written; not rolling back over someone else's change`, errors/* EXIT */.d.STORE);
        }
        await (0,atomic_write/* writeFileAtomic */.Zf)(file, before.state);
        return before.version;
    }
    async markRotated() {
        // The rewrite itself moved sops `lastmodified`; nothing else to record.
    }
}
function fileVersion(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex').slice(0, 12)}`;
}
/** The ref without a version pin: rotation always works on the latest version. */
function bare(ref) {
    if (ref.version === undefined)
        return ref;
    const { version: _v, ...rest } = ref;
    return rest;
}

;// CONCATENATED MODULE: ./src/rotation/due.ts
/** When a secret is due: last rotation + interval. Unknown last rotation = due now. */

function dueState(args) {
    const everyMs = args.every !== undefined ? parseDuration(args.every) : undefined;
    const last = args.lastRotated?.toISOString();
    // No interval (or an unreadable one in store metadata): rotated only on demand or on a leak.
    if (everyMs === undefined)
        return { due: false, ...(last ? { lastRotated: last } : {}) };
    if (!args.lastRotated)
        return { due: true, every: args.every };
    const dueAt = new Date(args.lastRotated.getTime() + everyMs);
    return { due: dueAt.getTime() <= args.now.getTime(), every: args.every, lastRotated: last, dueAt: dueAt.toISOString() };
}

;// CONCATENATED MODULE: ./src/rotation/verify.ts

async function runVerify(spec, ctx) {
    if (spec.kind === 'command') {
        try {
            await runHook({
                command: spec.command,
                cwd: ctx.cwd,
                timeoutMs: spec.timeoutMs,
                stdin: spec.valueIn === 'stdin' ? ctx.newValue : '',
                baseEnv: ctx.baseEnv,
                allowEnv: ctx.allowEnv,
                extraEnv: { STANCH_URI: ctx.uri, ...(spec.valueIn === 'env' ? { STANCH_NEW_VALUE: ctx.newValue } : {}) },
                stderr: ctx.stderr,
                label: 'verify',
            });
            return { ok: true };
        }
        catch (err) {
            if (err instanceof HookError)
                return { ok: false, reason: err.message };
            throw err;
        }
    }
    const shown = describeUrl(spec.url);
    const headers = {};
    for (const [k, v] of Object.entries(spec.headers))
        headers[k] = v.split('${NEW_VALUE}').join(ctx.newValue);
    try {
        const res = await fetch(spec.url, { method: spec.method, headers, signal: AbortSignal.timeout(spec.timeoutMs), redirect: 'manual' });
        // The body is not read into anything we print; drain it so the connection is released.
        await res.arrayBuffer().catch(() => undefined);
        if (res.status === spec.expectStatus)
            return { ok: true };
        return { ok: false, reason: `verify ${spec.method} ${shown} answered ${res.status}, expected ${spec.expectStatus}` };
    }
    catch (err) {
        const e = err;
        const why = e.name === 'TimeoutError' ? `timed out after ${Math.round(spec.timeoutMs / 1000)}s` : `failed (${e.cause?.code ?? e.name ?? 'error'})`;
        return { ok: false, reason: `verify ${spec.method} ${shown} ${why}` };
    }
}
/** Origin and path only: a query string may carry tokens of its own. */
function describeUrl(url) {
    try {
        const u = new URL(url);
        return `${u.origin}${u.pathname}`;
    }
    catch {
        return '(invalid URL)';
    }
}

;// CONCATENATED MODULE: ./src/rotation/rotator.ts
/**
 * Rotates one secret: read the current version, make a new value, write it check-and-set, run the
 * verify step, and on failure put the previous version back. Every attempt ends in one audit record
 * (old version, new version, who, why, outcome). Values live only in local variables here; results,
 * errors and audit details carry URIs and version labels, never a value.
 */








class Rotator {
    opts;
    stores = new Map();
    constructor(opts) {
        this.opts = opts;
    }
    now() {
        return (this.opts.now ?? (() => new Date()))();
    }
    /** The real store for a scheme (created once per rotator; close() releases them). */
    store(scheme) {
        let p = this.stores.get(scheme);
        if (!p) {
            p = (0,registry/* createStore */.y$)(scheme, this.opts.stores);
            this.stores.set(scheme, p);
            p.catch(() => this.stores.delete(scheme));
        }
        return p;
    }
    async backend(uri) {
        const ref = (0,stores_uri/* parseStoreUri */.x8)(uri);
        return backendFor(await this.store(ref.scheme), { sopsBaseDir: this.opts.stores.sops?.baseDir ?? this.opts.config.baseDir });
    }
    /** The policy for a URI, or a usage error that says how to add one. */
    policy(uri) {
        const p = policyFor(this.opts.config, uri);
        if (!p) {
            const where = this.opts.config.file ?? 'the config';
            throw new RotationError(`${uri}: no [[rotation.policies]] entry in ${where} matches; add one with match and generator`, errors/* EXIT */.d.USAGE);
        }
        return p;
    }
    /** Is this URI due for rotation under its policy (reads metadata only for Vault)? */
    async due(uri) {
        const policy = this.policy(uri);
        const facts = await (await this.backend(uri)).facts((0,stores_uri/* parseStoreUri */.x8)(uri));
        return dueState({ lastRotated: facts.lastRotated, every: facts.every ?? policy.every, now: this.now() });
    }
    /** What would happen, without reading or writing any value. */
    async plan(req, message) {
        const base = { uri: req.uri, status: 'planned', reason: req.reason };
        try {
            const policy = this.policy(req.uri);
            await this.backend(req.uri);
            return { ...base, ...describePolicy(policy), ...(message ? { message } : {}) };
        }
        catch (err) {
            return { ...base, status: 'failed', message: messageOf(err) };
        }
    }
    /** Rotates now. Never throws for a failed rotation: the result says what happened. */
    async rotate(req) {
        const result = { uri: req.uri, status: 'failed', reason: req.reason };
        let policy;
        let backend;
        try {
            policy = this.policy(req.uri);
            Object.assign(result, describePolicy(policy));
            backend = await this.backend(req.uri);
        }
        catch (err) {
            result.message = messageOf(err);
            await this.record(req, result);
            return result;
        }
        const ref = (0,stores_uri/* parseStoreUri */.x8)(req.uri);
        let before;
        try {
            before = await backend.snapshot(ref);
            result.oldVersion = before.version;
        }
        catch (err) {
            result.message = messageOf(err);
            await this.record(req, result);
            return result;
        }
        let newValue;
        try {
            newValue = await generateValue(policy.generator, { uri: req.uri, policy: policy.match, reason: req.reason, ...(policy.passOldValue ? { oldValue: before.value } : {}) }, { cwd: this.opts.config.baseDir, baseEnv: this.opts.baseEnv, allowEnv: policy.env, stderr: this.opts.hookStderr });
            if (newValue === before.value)
                throw new RotationError(`the generator returned the current value again; nothing was written`);
        }
        catch (err) {
            result.message = messageOf(err);
            await this.record(req, result);
            return result;
        }
        const oldValueGone = () => {
            // Drop our reference to the old value as soon as it is not needed (GC can then reclaim it).
            before.value = '';
        };
        oldValueGone();
        let written;
        try {
            written = await backend.writeNew(ref, before, newValue);
            result.newVersion = written.version;
        }
        catch (err) {
            result.message = messageOf(err);
            await this.record(req, result);
            return result;
        }
        if (policy.verify) {
            const outcome = await runVerify(policy.verify, {
                uri: req.uri,
                newValue,
                cwd: this.opts.config.baseDir,
                baseEnv: this.opts.baseEnv,
                allowEnv: policy.env,
                stderr: this.opts.hookStderr,
            }).catch((err) => ({ ok: false, reason: messageOf(err) }));
            newValue = '';
            if (!outcome.ok) {
                try {
                    result.restoredVersion = await backend.rollback(ref, before, written);
                    result.status = 'rolled-back';
                    result.message = `${outcome.reason}; the previous version serves again`;
                }
                catch (err) {
                    result.status = 'failed';
                    result.message = `${outcome.reason}; ROLLBACK FAILED: ${messageOf(err)} (the new, unverified version is current)`;
                }
                await this.record(req, result);
                return result;
            }
        }
        newValue = '';
        try {
            await backend.markRotated(ref, this.now(), policy.match);
        }
        catch (err) {
            // The rotation itself worked; a missing timestamp only makes the next --due run early.
            result.message = `rotated, but recording the rotation time failed: ${messageOf(err)}`;
        }
        result.status = 'rotated';
        await this.record(req, result);
        return result;
    }
    async close() {
        for (const p of this.stores.values()) {
            const s = await p.catch(() => undefined);
            await s?.close?.();
        }
        this.stores.clear();
    }
    /** One audit record per attempt. An audit failure is fatal: rotation must not go unrecorded. */
    async record(req, r) {
        if (!this.opts.audit)
            return;
        const outcome = r.status === 'rotated' ? 'ok' : r.status === 'rolled-back' ? 'rolled-back' : 'error';
        const parts = [`old=${r.oldVersion ?? '-'}`, `new=${r.newVersion ?? '-'}`];
        if (r.restoredVersion)
            parts.push(`restored=${r.restoredVersion}`);
        parts.push(`reason=${req.reason}`);
        if (req.detail)
            parts.push(req.detail);
        if (r.policy)
            parts.push(`policy=${r.policy}`);
        if (r.message && r.status !== 'rotated')
            parts.push(`error=${r.message}`);
        await this.opts.audit.append({ actor: this.opts.actor, action: 'rotate', uri: req.uri, outcome, detail: parts.join(' ') });
    }
}
function describePolicy(p) {
    const g = p.generator;
    const generator = g.kind === 'random' ? `random(${g.length})` : g.kind === 'prefixed' ? `prefixed(${g.prefix}…, ${g.length})` : `command(${g.command[0].split('/').pop()})`;
    const verify = !p.verify ? undefined : p.verify.kind === 'http' ? `http ${p.verify.method} ${safeUrl(p.verify.url)}` : `command(${p.verify.command[0].split('/').pop()})`;
    return { policy: p.match, generator, ...(verify ? { verify } : {}) };
}
function safeUrl(url) {
    try {
        const u = new URL(url);
        return `${u.origin}${u.pathname}`;
    }
    catch {
        return '(invalid URL)';
    }
}
/** A one-line, value-free message for any error. Non-stanch errors show only their kind. */
function messageOf(err) {
    if (err instanceof errors/* StanchError */.W)
        return err.message.split('\n')[0];
    const e = err;
    return `unexpected ${e?.name ?? 'error'}${e?.code ? ` (${e.code})` : ''}`;
}

;// CONCATENATED MODULE: ./src/rotation/managed.ts


const MAX_DEPTH = 6;
const MAX_SECRETS = 1000;
async function managedUris(config, openStore) {
    const uris = new Set(config.managed);
    const problems = [];
    for (const policy of config.policies) {
        const glob = policy.match;
        if (!/[*?]/.test(glob)) {
            if (glob.includes('#'))
                uris.add(glob);
            continue;
        }
        try {
            const scheme = glob.slice(0, glob.indexOf('://'));
            const store = await openStore(scheme);
            for (const uri of await expandGlob(glob, scheme, store))
                if (policy.matches(uri))
                    uris.add(uri);
        }
        catch (err) {
            problems.push({ uri: glob, message: messageOf(err) });
        }
    }
    return { uris: [...uris], problems };
}
async function expandGlob(glob, scheme, store) {
    const body = glob.slice(scheme.length + 3);
    const hash = body.indexOf('#');
    const pathPart = hash >= 0 ? body.slice(0, hash) : body;
    const keyPart = hash >= 0 ? body.slice(hash + 1) : undefined;
    if (scheme === 'sops') {
        if (/[*?]/.test(pathPart))
            throw new Error('sops globs must name the file literally (only the #key may use * and **)');
        const keys = await store.list((0,stores_uri/* parseStoreUri */.x8)(`sops://${pathPart}`));
        return keys.map((k) => (0,stores_uri/* makeRef */.Ar)({ scheme, path: pathPart, key: k }).uri);
    }
    if (scheme !== 'vault')
        return [];
    const literal = pathPart.slice(0, pathPart.search(/[*?]/));
    const folder = literal.slice(0, literal.lastIndexOf('/') + 1);
    const secrets = [];
    await walk(store, folder, 0, secrets);
    const out = [];
    for (const path of secrets) {
        if (keyPart !== undefined && !/[*?]/.test(keyPart)) {
            out.push((0,stores_uri/* makeRef */.Ar)({ scheme, path, key: keyPart }).uri);
            continue;
        }
        // The keys of a Vault secret are only known by reading it; the values are dropped at once.
        const all = await store.getAll((0,stores_uri/* makeRef */.Ar)({ scheme, path }));
        for (const k of Object.keys(all.data))
            out.push((0,stores_uri/* makeRef */.Ar)({ scheme, path, key: k }).uri);
    }
    return out;
}
async function walk(store, folder, depth, out) {
    if (depth > MAX_DEPTH || out.length >= MAX_SECRETS)
        return;
    const names = await store.list((0,stores_uri/* makeRef */.Ar)({ scheme: 'vault', path: folder }));
    for (const name of names) {
        if (out.length >= MAX_SECRETS)
            return;
        if (name.endsWith('/'))
            await walk(store, folder + name, depth + 1, out);
        else
            out.push(folder + name);
    }
}

;// CONCATENATED MODULE: ./src/rotation/leak-loop.ts





async function runLeakLoop(opts) {
    const rotator = new Rotator({
        config: opts.config,
        stores: opts.stores,
        audit: opts.audit,
        actor: opts.actor,
        baseEnv: opts.baseEnv,
        now: opts.now,
        hookStderr: opts.hookStderr,
    });
    try {
        const matcher = createLeakMatcher();
        const managed = await managedUris(opts.config, (s) => rotator.store(s));
        const problems = [...managed.problems];
        for (const uri of managed.uris) {
            try {
                const ref = (0,stores_uri/* parseStoreUri */.x8)(uri);
                const store = await rotator.store(ref.scheme);
                // The value is hashed and the reference dropped within this statement.
                matcher.addManaged(uri, (await store.get(ref)).value);
            }
            catch (err) {
                problems.push({ uri, message: messageOf(err) });
            }
        }
        const matches = opts.findings.length > 0 && matcher.size > 0 ? matcher.match(opts.findings) : [];
        const byFingerprint = new Map();
        for (const f of opts.findings) {
            const m = matches.find((x) => x.fingerprint === f.fingerprint && x.path === f.path && x.startLine === f.startLine && x.commit === f.commit?.sha);
            if (m)
                byFingerprint.set(f, m.uri);
        }
        const results = [];
        for (const uri of [...new Set(matches.map((m) => m.uri))]) {
            const first = matches.find((m) => m.uri === uri);
            const where = `${first.path}:${first.startLine}${first.commit ? `@${first.commit.slice(0, 12)}` : ''}`;
            const detail = `leak=${first.fingerprint} at=${where}`;
            const policy = policyFor(opts.config, uri);
            let result;
            if (!policy) {
                result = { uri, status: 'planned', reason: 'leak', message: 'no [[rotation.policies]] entry matches: rotate it by hand, or add a policy' };
            }
            else if (!opts.rotate || opts.dryRun) {
                result = await rotator.plan({ uri, reason: 'leak', detail }, opts.dryRun ? 'dry run: would rotate now' : 'rotation on leak is not enabled for this run (--rotate-leaked / rotate-leaked input)');
            }
            else if (!policy.autoRotateOnLeak) {
                result = await rotator.plan({ uri, reason: 'leak', detail }, `policy ${policy.match} has autoRotateOnLeak = false: run "stanch rotate ${uri}"`);
            }
            else {
                result = await rotator.rotate({ uri, reason: 'leak', detail });
                if (result.status === 'rotated' && opts.onRotated) {
                    try {
                        await opts.onRotated(uri, result);
                    }
                    catch (err) {
                        result.message = `rotated, but refreshing injected outputs failed: ${messageOf(err)}`;
                    }
                }
            }
            results.push(result);
        }
        for (const [f, uri] of byFingerprint) {
            const r = results.find((x) => x.uri === uri);
            f.managed = { uri, rotated: r?.status === 'rotated', ...(r?.status === 'rotated' && r.newVersion ? { newVersion: r.newVersion } : {}) };
        }
        const unmanaged = opts.findings
            .filter((f) => !byFingerprint.has(f))
            .map((f) => ({
            fingerprint: f.fingerprint,
            ruleId: f.ruleId,
            path: f.path,
            startLine: f.startLine,
            ...(f.commit?.sha ? { commit: f.commit.sha } : {}),
            ...(f.revokeUrl ? { revokeUrl: f.revokeUrl } : {}),
        }));
        return { matches, results, unmanaged, problems };
    }
    finally {
        await rotator.close();
    }
}

;// CONCATENATED MODULE: ./src/rotation/report.ts
const MARK = {
    rotated: 'rotated',
    'rolled-back': 'ROLLED BACK',
    failed: 'FAILED',
    planned: 'plan',
    'not-due': 'not due',
};
function renderRotationText(results) {
    if (results.length === 0)
        return 'stanch rotate: nothing to rotate\n';
    const lines = [];
    for (const r of results) {
        const versions = r.oldVersion || r.newVersion ? ` ${r.oldVersion ?? '?'} -> ${r.newVersion ?? '?'}${r.restoredVersion ? ` -> restored ${r.restoredVersion}` : ''}` : '';
        lines.push(`${MARK[r.status].padEnd(11)} ${r.uri}${versions}  (${r.reason})`);
        const how = [r.policy && `policy ${r.policy}`, r.generator && `generator ${r.generator}`, r.verify && `verify ${r.verify}`].filter(Boolean);
        if (how.length > 0)
            lines.push(`            ${how.join(', ')}`);
        if (r.due) {
            const d = r.due;
            lines.push(`            ${d.every ? `every ${d.every}` : 'no interval'}${d.lastRotated ? `, last rotated ${d.lastRotated}` : ', never rotated by stanch'}${d.dueAt ? `, due ${d.dueAt}` : ''}`);
        }
        if (r.message)
            lines.push(`            ${r.message}`);
    }
    return `${lines.join('\n')}\n`;
}
function renderRotationJson(results) {
    return `${JSON.stringify({ results }, null, 2)}\n`;
}
/** The leak loop's outcome for the text console: matches, what was rotated or planned, unmanaged leaks. */
function renderLeakLoopText(r) {
    const lines = [];
    for (const m of r.matches) {
        lines.push(`managed secret leaked: ${m.uri} at ${m.path}:${m.startLine}${m.commit ? ` (commit ${m.commit.slice(0, 12)})` : ''} [${m.fingerprint}]`);
    }
    if (r.results.length > 0)
        lines.push(renderRotationText(r.results).trimEnd());
    for (const u of r.unmanaged) {
        lines.push(`unmanaged secret leaked: ${u.ruleId} at ${u.path}:${u.startLine}; not in any store stanch manages: revoke it at the provider${u.revokeUrl ? ` (${u.revokeUrl})` : ''}`);
    }
    for (const p of r.problems)
        lines.push(`warning: managed secret ${p.uri} could not be checked: ${p.message}`);
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}
/** A Markdown section for the job summary and the PR comment. Empty string when there is nothing to say. */
function renderLeakLoopMarkdown(r) {
    if (r.matches.length === 0 && r.unmanaged.length === 0 && r.problems.length === 0)
        return '';
    const out = ['### Secret rotation', ''];
    if (r.results.length > 0) {
        out.push('| Managed secret | Outcome | Versions | Note |', '| --- | --- | --- | --- |');
        for (const x of r.results) {
            const versions = x.oldVersion || x.newVersion ? `${x.oldVersion ?? '?'} → ${x.newVersion ?? '?'}${x.restoredVersion ? ` → ${x.restoredVersion}` : ''}` : '';
            const outcome = x.status === 'rotated' ? '✅ rotated' : x.status === 'rolled-back' ? '↩️ rolled back' : x.status === 'failed' ? '❌ failed' : '📝 planned';
            out.push(`| \`${cell(x.uri)}\` | ${outcome} | ${versions} | ${cell(x.message ?? '')} |`);
        }
        out.push('');
        const where = r.matches.map((m) => `\`${cell(m.path)}:${m.startLine}\`${m.commit ? ` (${m.commit.slice(0, 7)})` : ''} → \`${cell(m.uri)}\``);
        out.push(`Leaked at: ${where.join(', ')}`, '');
    }
    if (r.unmanaged.length > 0) {
        out.push(`**${r.unmanaged.length} leaked secret${r.unmanaged.length === 1 ? ' is' : 's are'} not managed by stanch**: revoke ${r.unmanaged.length === 1 ? 'it' : 'them'} at the provider.`, '');
        for (const u of r.unmanaged.slice(0, 20)) {
            out.push(`- \`${cell(u.ruleId)}\` at \`${cell(u.path)}:${u.startLine}\`${u.revokeUrl ? `: [revoke](${u.revokeUrl})` : ''}`);
        }
        if (r.unmanaged.length > 20)
            out.push(`- … and ${r.unmanaged.length - 20} more`);
        out.push('');
    }
    for (const p of r.problems)
        out.push(`> ⚠️ \`${cell(p.uri)}\` could not be checked: ${cell(p.message)}`);
    return `${out.join('\n').trimEnd()}\n`;
}

// EXTERNAL MODULE: ./src/entry/cli/io.ts
var io = __webpack_require__(7049);
// EXTERNAL MODULE: ./src/entry/cli/scan-runner.ts + 2 modules
var scan_runner = __webpack_require__(141);
// EXTERNAL MODULE: ./src/entry/cli/store-options.ts + 2 modules
var store_options = __webpack_require__(8201);
// EXTERNAL MODULE: ./src/entry/cli/version.ts + 1 modules
var version = __webpack_require__(8423);
;// CONCATENATED MODULE: ./src/entry/cli/commands/rotate.ts
/**
 * `stanch rotate <uri>` rotates one secret now; `stanch rotate --due` rotates every managed secret
 * whose policy interval has passed; `--dry-run` prints the plan. Also the `--rotate-leaked` step of
 * `stanch history` (runScanWithLeakLoop), which reuses the scan runner's pieces.
 *
 * Exit codes: 0 done (or nothing due), 2 usage/config error (no policy, read-only env store),
 * 3 a rotation failed (store, generator, or a rollback that failed), 4 verify failed and was rolled back.
 * With --rotate-leaked the scan's own exit code applies when every rotation went through.
 */
















function register(program) {
    const cmd = program
        .command('rotate [uri]')
        .description('rotate a managed secret now (vault:// KV v2, sops://), or every one that is due (--due)')
        .option('--due', 'rotate every managed secret whose policy interval has passed')
        .option('--dry-run', 'show the plan; read no value, write nothing')
        .option('-c, --config <file>', 'file with the [rotation] section', '.stanch.toml')
        .option('-f, --format <format>', 'text|json', 'text');
    (0,store_options/* addStoreFlags */.Ki)(cmd).action(async (uri, opts) => {
        const { code, output } = await runRotate(uri, opts, process.cwd(), process.env);
        process.stdout.write(output);
        process.exitCode = code;
    });
}
function storeSettings(opts, cwd, env) {
    const auditLog = opts.auditLog === false ? false : typeof opts.auditLog === 'string' ? opts.auditLog : undefined;
    const settings = (0,store_options/* buildStoreSettings */.le)(env, { auditLog, vaultAddr: opts.vaultAddr, cwd });
    return { stores: settings.stores, audit: settings.audit ? new log/* AuditLog */.SB(settings.audit.log) : undefined, actor: settings.audit?.actor ?? 'unknown' };
}
async function runRotate(uri, opts, cwd, env) {
    if (opts.format !== 'text' && opts.format !== 'json')
        throw new errors/* StanchError */.W(`--format: expected text or json, got "${opts.format}"`, errors/* EXIT */.d.USAGE);
    if (!uri && !opts.due)
        throw new errors/* StanchError */.W('rotate: name a secret URI (stanch rotate vault://secret/app#key) or pass --due', errors/* EXIT */.d.USAGE);
    if (uri && opts.due)
        throw new errors/* StanchError */.W('rotate: give a URI or --due, not both', errors/* EXIT */.d.USAGE);
    const config = loadRotationConfig((0,external_node_path_.resolve)(cwd, opts.config ?? '.stanch.toml'));
    const { stores, audit, actor } = storeSettings(opts, cwd, env);
    const rotator = new Rotator({ config, stores, audit, actor, baseEnv: env });
    const results = [];
    try {
        if (uri) {
            (0,stores_uri/* parseStoreUri */.x8)(uri);
            // Usage problems (no policy, read-only store, KV v1) stop here with exit code 2.
            rotator.policy(uri);
            await rotator.backend(uri);
            results.push(opts.dryRun ? await rotator.plan({ uri, reason: 'manual' }, 'dry run: would rotate now') : await rotator.rotate({ uri, reason: 'manual' }));
        }
        else {
            const managed = await managedUris(config, (s) => rotator.store(s));
            for (const p of managed.problems)
                results.push({ uri: p.uri, status: 'failed', reason: 'schedule', message: `cannot list: ${p.message}` });
            for (const u of managed.uris)
                results.push(await rotateIfDue(rotator, u, opts.dryRun === true));
        }
    }
    finally {
        await rotator.close();
    }
    const output = opts.format === 'json' ? renderRotationJson(results) : renderRotationText(results);
    return { code: exitCodeFor(results), output };
}
async function rotateIfDue(rotator, uri, dryRun) {
    try {
        const due = await rotator.due(uri);
        if (!due.due)
            return { uri, status: 'not-due', reason: 'schedule', due };
        const r = dryRun ? await rotator.plan({ uri, reason: 'schedule' }, 'dry run: due, would rotate now') : await rotator.rotate({ uri, reason: 'schedule' });
        return { ...r, due };
    }
    catch (err) {
        return { uri, status: 'failed', reason: 'schedule', message: messageOf(err) };
    }
}
function exitCodeFor(results) {
    if (results.some((r) => r.status === 'failed'))
        return errors/* EXIT */.d.STORE;
    if (results.some((r) => r.status === 'rolled-back'))
        return errors/* EXIT */.d.ROLLBACK;
    return errors/* EXIT */.d.OK;
}
/** Adds the leak→rotate flags to a scanning command (used by history). */
function addRotateLeakedOptions(cmd) {
    cmd
        .option('--rotate-leaked', 'match findings against managed secrets; rotate those whose policy has autoRotateOnLeak = true')
        .option('--rotation-config <file>', 'file with the [rotation] section (default: .stanch.toml in the repository)')
        .option('--rotate-dry-run', 'with --rotate-leaked: match and plan, change nothing')
        .option('--refresh-map <file>', 'after a rotation, rewrite the env file of this mapping (as stanch inject --map) with the new values')
        .option('--refresh-output <file>', 'the env file --refresh-map rewrites (default .env)');
    return (0,store_options/* addStoreFlags */.Ki)(cmd);
}
/**
 * The scan runner's steps with the leak loop between scanning and reporting, so the report shows
 * which findings are managed secrets and whether they were rotated. The loop's own lines go to stderr.
 */
async function runScanWithLeakLoop(args) {
    const { opts, cwd } = args;
    const env = args.env ?? process.env;
    const exitCode = (0,io/* parseExitCodeOption */.Wu)(opts.exitCode);
    const failOn = (0,io/* parseSeverityOption */.go)(opts.failOn ?? scan_runner/* DEFAULT_FAIL_ON */.VQ);
    const prepared = (0,scan_runner/* prepareScan */.JU)(opts, args.configDir, cwd);
    const rotationConfig = loadRotationConfig((0,external_node_path_.resolve)(opts.rotationConfig ? cwd : args.configDir, opts.rotationConfig ?? '.stanch.toml'));
    if (rotationConfig.managed.length === 0 && rotationConfig.policies.length === 0) {
        throw new errors/* StanchError */.W(`--rotate-leaked: ${rotationConfig.file} has no [rotation] section (managed URIs and [[rotation.policies]]); see docs/rotation.md`, errors/* EXIT */.d.USAGE);
    }
    const result = await (0,scan_runner/* runScan */.Hk)(args.source, prepared, { quiet: opts.quiet, progress: opts.progress, label: args.label });
    const { stores, audit, actor } = storeSettings(opts, cwd, env);
    const rotated = new Set();
    const loop = await runLeakLoop({
        onRotated: (uri) => {
            rotated.add(uri);
        },
        findings: result.findings,
        config: rotationConfig,
        stores,
        audit,
        actor,
        baseEnv: env,
        rotate: true,
        dryRun: opts.rotateDryRun === true,
    });
    const reporter = (0,reporters/* createReporter */.A5)(opts.format, { color: false });
    const report = reporter.render(result.findings, { toolVersion: version/* TOOL_VERSION */.w, showSecrets: opts.showSecrets === true, rules: prepared.config.rules, root: cwd });
    if (opts.report !== undefined)
        (0,io/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(cwd, opts.report), report, { secret: opts.showSecrets === true });
    else
        process.stdout.write(report);
    const text = renderLeakLoopText(loop);
    // The rotation outcome is shown even with --quiet: it changed stores.
    if (text)
        process.stderr.write(`${text.trimEnd().replace(/^/gm, 'stanch: ')}\n`);
    if (opts.refreshMap !== undefined && rotated.size > 0)
        await refreshInjected(opts, cwd, rotated);
    const rotationCode = exitCodeFor(loop.results);
    return rotationCode !== errors/* EXIT */.d.OK ? rotationCode : (0,scan_runner/* failingExitCode */.I6)(result.findings, { failOn, exitCode });
}
/** Rewrites an injected env file when one of its secrets was just rotated, so the app gets the new value. */
async function refreshInjected(opts, cwd, rotated) {
    const map = (0,external_node_path_.resolve)(cwd, opts.refreshMap);
    const entries = await (0,mapping/* readMappingFile */.n6)(map);
    if (!entries.some((e) => rotated.has(e.ref.uri)))
        return;
    await (0,inject.withAccess)(opts, (access) => (0,inject.injectEnvFile)(access, map, entries, (0,external_node_path_.resolve)(cwd, opts.refreshOutput ?? '.env'), 'dotenv'));
}


/***/ })

};
