export const id = 141;
export const ids = [141,36,360];
export const modules = {

/***/ 6360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_BASELINE_FILE: () => (/* binding */ DEFAULT_BASELINE_FILE),
/* harmony export */   applyBaseline: () => (/* binding */ applyBaseline),
/* harmony export */   ky: () => (/* binding */ serializeBaseline),
/* harmony export */   parseBaseline: () => (/* binding */ parseBaseline),
/* harmony export */   wu: () => (/* binding */ createBaseline)
/* harmony export */ });
/* unused harmony export BASELINE_VERSION */
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7206);
/* harmony import */ var _engine_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2393);
/**
 * Baseline files: the findings a team has accepted, by fingerprint, so a scan only
 * reports new ones. The file is meant to live in git: sorted entries, stable key order,
 * no timestamps, one entry per line (two branches adding entries merge cleanly), and
 * never a secret value — only a redacted hint.
 */


const BASELINE_VERSION = 1;
const DEFAULT_BASELINE_FILE = '.stanch-baseline.json';
function createBaseline(findings) {
    const byFp = new Map();
    for (const f of findings) {
        if (byFp.has(f.fingerprint))
            continue;
        byFp.set(f.fingerprint, { fingerprint: f.fingerprint, ruleId: f.ruleId, path: f.path, hint: (0,_engine_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecret */ .Y3)(f.secret) });
    }
    return { version: BASELINE_VERSION, entries: sortEntries([...byFp.values()]) };
}
function sortEntries(entries) {
    return entries.sort((a, b) => cmp(a.path, b.path) || cmp(a.ruleId, b.ruleId) || cmp(a.fingerprint, b.fingerprint));
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Stable text form: fixed key order, one entry per line, trailing newline. */
function serializeBaseline(b) {
    const lines = sortEntries([...b.entries]).map((e) => JSON.stringify({ fingerprint: e.fingerprint, ruleId: e.ruleId, path: e.path, hint: e.hint }));
    const body = lines.length === 0 ? '[]' : `[\n    ${lines.join(',\n    ')}\n  ]`;
    return `{\n  "version": ${b.version},\n  "tool": "stanch",\n  "entries": ${body}\n}\n`;
}
function parseBaseline(text, source) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (e) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StanchError */ .W(`${source}: not valid JSON: ${e.message.split('\n')[0]}`, _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.USAGE);
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StanchError */ .W(`${source}: a baseline must be a JSON object with "entries"`, _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.USAGE);
    }
    const obj = raw;
    if (obj.version !== BASELINE_VERSION) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StanchError */ .W(`${source}: field "version": expected ${BASELINE_VERSION}`, _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.USAGE);
    }
    if (!Array.isArray(obj.entries))
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StanchError */ .W(`${source}: field "entries" must be an array`, _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.USAGE);
    const entries = obj.entries.map((e, i) => {
        const where = `${source}: entries[${i}]`;
        if (typeof e !== 'object' || e === null)
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StanchError */ .W(`${where} must be an object`, _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.USAGE);
        const r = e;
        for (const k of ['fingerprint', 'ruleId', 'path']) {
            if (typeof r[k] !== 'string' || r[k] === '') {
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StanchError */ .W(`${where}.${k} must be a non-empty string`, _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.USAGE);
            }
        }
        return {
            fingerprint: r.fingerprint,
            ruleId: r.ruleId,
            path: r.path,
            hint: typeof r.hint === 'string' ? r.hint : '',
        };
    });
    return { version: BASELINE_VERSION, entries };
}
function applyBaseline(findings, baseline) {
    const known = new Set(baseline.entries.map((e) => e.fingerprint));
    const matched = new Set();
    const kept = [];
    let suppressed = 0;
    for (const f of findings) {
        if (known.has(f.fingerprint)) {
            matched.add(f.fingerprint);
            suppressed++;
        }
        else {
            kept.push(f);
        }
    }
    const stale = baseline.entries.filter((e) => !matched.has(e.fingerprint));
    return { findings: kept, suppressed, stale };
}


/***/ }),

/***/ 1036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CONFIG_FILE_NAMES: () => (/* binding */ CONFIG_FILE_NAMES),
/* harmony export */   DEFAULT_MAX_DECODE_DEPTH: () => (/* binding */ DEFAULT_MAX_DECODE_DEPTH),
/* harmony export */   IGNORE_FILE_NAMES: () => (/* binding */ IGNORE_FILE_NAMES),
/* harmony export */   defaultConfig: () => (/* binding */ defaultConfig),
/* harmony export */   loadConfig: () => (/* binding */ loadConfig),
/* harmony export */   parseIgnoreFile: () => (/* binding */ parseIgnoreFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7206);
/* harmony import */ var _rules_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2392);
/**
 * Finds and loads the user's configuration: `.stanch.toml`, or `.gitleaks.toml` for
 * teams migrating from gitleaks, plus `.gitleaksignore`. With no config file the
 * built-in rules apply. The result is a plain, serializable StanchConfig (workers
 * rebuild their detector from it).
 */




/** File names looked up in the scan root, first match wins. */
const CONFIG_FILE_NAMES = ['.stanch.toml', '.gitleaks.toml'];
const IGNORE_FILE_NAMES = ['.stanchignore', '.gitleaksignore'];
/** How deep nested base64/hex/percent decoding goes unless the config says otherwise. */
const DEFAULT_MAX_DECODE_DEPTH = 2;
/** `[extend] path` chains longer than this are almost certainly a cycle. */
const MAX_EXTEND_DEPTH = 8;
function loadConfig(opts) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(opts.dir);
    const configFile = opts.configPath ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(opts.configPath) : findFirst(dir, CONFIG_FILE_NAMES);
    if (opts.configPath && !isFile(configFile)) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .StanchError */ .W(`config file not found: ${opts.configPath}`, _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.USAGE);
    }
    const show = (f) => displayName(f, opts.displayBase);
    const config = configFile ? loadConfigFile(configFile, 0, new Set(), show) : defaultConfig();
    // Both ignore files count: a team migrating from gitleaks may have entries in each.
    const ignoreFiles = opts.noIgnoreFile ? [] : IGNORE_FILE_NAMES.map((n) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, n)).filter(isFile);
    for (const f of ignoreFiles)
        config.ignoredFingerprints.push(...parseIgnoreFile(readText(f, show)));
    config.ignoredFingerprints = [...new Set(config.ignoredFingerprints)];
    return { config, configFile, ignoreFile: ignoreFiles[0], ignoreFiles };
}
/** Built-in rules only. */
function defaultConfig() {
    return {
        rules: (0,_rules_load_js__WEBPACK_IMPORTED_MODULE_3__.builtinRules)(),
        allowlists: (0,_rules_load_js__WEBPACK_IMPORTED_MODULE_3__.builtinAllowlists)(),
        ignoredFingerprints: [],
        disabledRules: [],
        maxDecodeDepth: DEFAULT_MAX_DECODE_DEPTH,
    };
}
/**
 * `.gitleaksignore` format: one fingerprint per line (`[commit:]path:rule-id:line`
 * or a stanch fingerprint); `#` starts a comment.
 */
function parseIgnoreFile(text) {
    return text
        .split(/\r?\n/)
        .map((l) => l.replace(/\s+#.*$/, '').trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
}
/**
 * Loads one config file and whatever it extends. gitleaks semantics: `[extend]
 * useDefault = true` means built-in rules plus this file's; `extend.path` names a base
 * config (relative to this file). Rules in the extending file replace same-id rules of
 * the base. A file that defines no rules and extends nothing also gets the built-in
 * rules (a file holding only allowlists is the common case and should not switch
 * detection off).
 */
function loadConfigFile(file, depth, seen, show) {
    const name = show(file);
    if (depth > MAX_EXTEND_DEPTH || seen.has(file)) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .StanchError */ .W(`${name}: [extend] path forms a cycle or is nested too deep`, _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.USAGE);
    }
    seen.add(file);
    const text = readText(file, show);
    let parsed;
    try {
        parsed = (0,_rules_load_js__WEBPACK_IMPORTED_MODULE_3__.parseConfigToml)(text, name);
    }
    catch (e) {
        if (e instanceof _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .StanchError */ .W)
            throw e;
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .StanchError */ .W(`${name}: ${firstLine(e)}`, _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.USAGE);
    }
    let base;
    if (parsed.extendPath) {
        const basePath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), parsed.extendPath);
        if (!isFile(basePath))
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .StanchError */ .W(`${name}: [extend] path: file not found: ${parsed.extendPath}`, _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.USAGE);
        base = loadConfigFile(basePath, depth + 1, seen, show);
        if (parsed.useDefault)
            base = mergeConfigs(defaultConfig(), base);
    }
    else if (parsed.useDefault || parsed.rules.length === 0) {
        base = defaultConfig();
    }
    const own = {
        rules: parsed.rules,
        allowlists: parsed.allowlists,
        ignoredFingerprints: [],
        disabledRules: parsed.disabledRules,
        maxDecodeDepth: base?.maxDecodeDepth ?? DEFAULT_MAX_DECODE_DEPTH,
    };
    const merged = base ? mergeConfigs(base, own) : own;
    (0,_rules_load_js__WEBPACK_IMPORTED_MODULE_3__.checkRequiredIds)(parsed.rules, merged.rules, name);
    return merged;
}
/** `over` extends `base`: same-id rules replaced, allowlists and disabled ids added up. */
function mergeConfigs(base, over) {
    return {
        rules: mergeRules(base.rules, over.rules),
        allowlists: [...base.allowlists, ...over.allowlists],
        ignoredFingerprints: [...base.ignoredFingerprints, ...over.ignoredFingerprints],
        disabledRules: [...new Set([...base.disabledRules, ...over.disabledRules])],
        maxDecodeDepth: over.maxDecodeDepth,
    };
}
function mergeRules(base, own) {
    const byId = new Map();
    for (const r of base)
        byId.set(r.id, r);
    for (const r of own)
        byId.set(r.id, r);
    return [...byId.values()];
}
function findFirst(dir, names) {
    for (const n of names) {
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, n);
        if (isFile(p))
            return p;
    }
    return undefined;
}
function isFile(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}
function readText(file, show) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch (e) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .StanchError */ .W(`cannot read ${show(file)}: ${e.code ?? firstLine(e)}`, _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.USAGE);
    }
}
function displayName(file, base) {
    if (!base)
        return file;
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(base, file);
    return rel === '' || rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) ? file : rel;
}
function firstLine(e) {
    return String(e instanceof Error ? e.message : e).split('\n')[0];
}


/***/ }),

/***/ 2393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R3: () => (/* binding */ REDACTION_MASK),
/* harmony export */   Rd: () => (/* binding */ redactText),
/* harmony export */   Y3: () => (/* binding */ redactSecret)
/* harmony export */ });
/**
 * The one redaction family. A redacted secret keeps at most a public format prefix (like `ghp_`,
 * `AKIA`, `xoxb`), truncated to 4 characters, and only when at least 12 characters remain hidden;
 * the rest becomes a fixed 8-star mask, so neither the value nor its length leaks.
 */
const REDACTION_MASK = '********';
/** Public prefixes that identify a format and carry no secret entropy. */
const PUBLIC_PREFIXES = [
    'github_pat_', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'glpat-', 'npm_', 'pypi-', 'xoxb-', 'xoxp-', 'xoxa-',
    'xoxe-', 'xapp-', 'sk_live_', 'sk_test_', 'rk_live_', 'pk_live_', 'sk-proj-', 'sk-ant-', 'sk-', 'AKIA', 'ASIA',
    'AIza', 'SG.', 'hf_', 'dop_v1_', 'shpat_', 'shpss_', 'AGE-SECRET-KEY-', '-----BEGIN',
];
const MAX_KEPT = 4;
function redactSecret(secret) {
    const prefix = PUBLIC_PREFIXES.find((p) => secret.startsWith(p));
    const kept = prefix ? prefix.slice(0, MAX_KEPT) : '';
    if (kept && secret.length - kept.length >= 12)
        return kept + REDACTION_MASK;
    return REDACTION_MASK;
}
/**
 * Replaces every occurrence of each finding's secret in `text` (a line or a match). Multi-line
 * secrets (PEM) are replaced line by line, so each line of a key is masked on its own.
 */
function redactText(text, findings) {
    let out = text;
    const pieces = new Set();
    for (const f of findings) {
        if (!f.secret)
            continue;
        pieces.add(f.secret);
        if (f.secret.includes('\n')) {
            for (const part of f.secret.split(/\r?\n/))
                if (part.trim().length >= 4)
                    pieces.add(part);
        }
    }
    // Longest first, so a shorter piece never splits a longer one.
    for (const p of [...pieces].sort((a, b) => b.length - a.length)) {
        if (out.includes(p))
            out = out.split(p).join(p.includes('\n') ? REDACTION_MASK : redactSecret(p));
    }
    return out;
}


/***/ }),

/***/ 7049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mg: () => (/* binding */ wantColor),
/* harmony export */   Ne: () => (/* binding */ parseConfidenceOption),
/* harmony export */   P2: () => (/* binding */ parseWorkersOption),
/* harmony export */   S: () => (/* binding */ parseSizeOption),
/* harmony export */   Wu: () => (/* binding */ parseExitCodeOption),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   go: () => (/* binding */ parseSeverityOption)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7768);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7206);
/* harmony import */ var _model_severity_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1502);
/** Small helpers the CLI commands share: option parsers, atomic report writes, colour choice. */





function parseSeverityOption(v) {
    const s = v.toLowerCase();
    if (!(0,_model_severity_js__WEBPACK_IMPORTED_MODULE_4__/* .isSeverity */ ._Z)(s))
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .StanchError */ .W(`--fail-on: expected critical, high, medium or low, got "${v}"`, _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.USAGE);
    return s;
}
function parseConfidenceOption(v) {
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .StanchError */ .W(`--min-confidence: expected a number from 0 to 1, got "${v}"`, _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.USAGE);
    }
    return n;
}
function parseExitCodeOption(v) {
    const n = Number(v);
    if (!/^\d+$/.test(v) || n > 255)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .StanchError */ .W(`--exit-code: expected an integer 0..255, got "${v}"`, _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.USAGE);
    return n;
}
function parseWorkersOption(v) {
    const n = Number(v);
    if (!/^\d+$/.test(v) || n > 64)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .StanchError */ .W(`--workers: expected an integer 0..64, got "${v}"`, _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.USAGE);
    return n;
}
const SIZE_UNITS = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };
/** "500k", "10MB", "1g" or plain bytes. */
function parseSizeOption(v) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(v);
    const unit = m ? SIZE_UNITS[m[2].toLowerCase()] : undefined;
    if (!m || unit === undefined)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .StanchError */ .W(`--max-file-size: expected a size like 500k, 10MB or 1g, got "${v}"`, _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.USAGE);
    return Math.floor(Number(m[1]) * unit);
}
/** Writes a report or baseline atomically (src/fs/atomic-write.ts); `secret` files get mode 0600. */
function writeFileAtomic(file, content, opts = {}) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(file);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(abs), { recursive: true });
        (0,_fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomicSync */ .Q3)(abs, content, opts.secret ? 0o600 : 0o644);
    }
    catch (e) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .StanchError */ .W(`cannot write ${file}: ${e.code ?? e.message}`, _model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.USAGE);
    }
}
/** Colour on a TTY unless NO_COLOR is set (https://no-color.org) or FORCE_COLOR asks for it. */
function wantColor(stream, env) {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0')
        return true;
    return stream.isTTY === true;
}


/***/ }),

/***/ 7414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ createProgress)
/* harmony export */ });
/* harmony import */ var cli_progress__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8502);
/* harmony import */ var cli_progress__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(cli_progress__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Progress on stderr for long scans (files, history): items, MB, rate and, when a
 * total is known, a bar with ETA. Only on a TTY and never under CI, where redraws
 * become log noise. `update` takes running totals, not increments.
 */

const MB = 1024 * 1024;
function createProgress(opts) {
    const stream = opts.stream ?? process.stderr;
    const enabled = opts.enabled ?? (stream.isTTY === true && !process.env.CI);
    if (!enabled)
        return { update() { }, stop() { } };
    const byBytes = opts.totalBytes !== undefined && opts.totalBytes > 0;
    const total = byBytes ? opts.totalBytes : (opts.totalItems ?? 0);
    const hasTotal = total > 0;
    const itemsOf = opts.totalItems ? `/${opts.totalItems}` : '';
    const format = hasTotal
        ? `${opts.label} [{bar}] {percentage}% | {items}${itemsOf} items | {mb} MB | {rate} MB/s | ETA {eta_formatted}`
        : `${opts.label} {items} items | {mb} MB | {rate} MB/s | {duration_formatted}`;
    const bar = new (cli_progress__WEBPACK_IMPORTED_MODULE_0___default().SingleBar)({ format, stream, hideCursor: true, clearOnComplete: true, etaBuffer: 50, fps: 5, noTTYOutput: false }, (cli_progress__WEBPACK_IMPORTED_MODULE_0___default().Presets).shades_classic);
    const started = Date.now();
    let items = 0;
    let bytes = 0;
    const payload = () => {
        const secs = Math.max((Date.now() - started) / 1000, 0.001);
        return { items, mb: (bytes / MB).toFixed(1), rate: (bytes / MB / secs).toFixed(1) };
    };
    bar.start(hasTotal ? total : 1, 0, payload());
    let stopped = false;
    return {
        update(p) {
            if (stopped)
                return;
            if (p.items !== undefined)
                items = p.items;
            if (p.bytes !== undefined)
                bytes = p.bytes;
            const value = hasTotal ? Math.min(byBytes ? bytes : items, total) : 0;
            bar.update(value, payload());
        },
        stop() {
            if (stopped)
                return;
            stopped = true;
            bar.stop();
        },
    };
}


/***/ }),

/***/ 141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VQ: () => (/* reexport */ DEFAULT_FAIL_ON),
  Js: () => (/* binding */ addScanOptions),
  FK: () => (/* binding */ configDirFor),
  I6: () => (/* binding */ failingExitCode),
  JU: () => (/* binding */ prepareScan),
  Hk: () => (/* binding */ runScan),
  Iw: () => (/* binding */ runScanAndReport)
});

// UNUSED EXPORTS: readBaselineFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(1036);
// EXTERNAL MODULE: ./src/baseline/baseline.ts
var baseline = __webpack_require__(6360);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
// EXTERNAL MODULE: ./src/pipeline/prestart.ts
var prestart = __webpack_require__(6107);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/engine/detector.ts + 23 modules
var engine_detector = __webpack_require__(2520);
// EXTERNAL MODULE: ./src/pipeline/findings.ts
var findings = __webpack_require__(7906);
// EXTERNAL MODULE: ./src/pipeline/worker.ts
var worker = __webpack_require__(5930);
;// CONCATENATED MODULE: ./src/pipeline/scan.ts
/**
 * scanSource: the one scan loop the CLI, the Action and the hooks share.
 * Fragments from any Source go through a detector — in this thread for small scans,
 * or spread over worker threads (one detector each, built from the serializable
 * DetectorOptions) once the input is big enough to pay for their start-up. Findings
 * come back column-corrected, deduplicated, sorted, and filtered by the baseline.
 */







const DEFAULT_WORKER_THRESHOLD = 8 * 1024 * 1024;
/** Batches sent to a worker are about this many characters of text. */
const BATCH_CHARS = 512 * 1024;
/** Batches in flight per worker: enough to keep it busy while this thread scans a batch of its own, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 4;
async function scanSource(opts) {
    if (!opts.detector && !opts.detectorOptions)
        throw new Error('scanSource needs detector or detectorOptions');
    const progress = { fragments: 0, bytes: 0, findings: 0 };
    const seenPaths = new Set();
    const collected = [];
    const source = opts.source;
    const record = (item, found, outcome) => {
        if (outcome !== null)
            source.settle?.(item, outcome);
        if (outcome !== null && 'skip' in outcome)
            return;
        collected.push(...(0,findings/* shiftColumns */.gW)(found, (0,worker/* isFileRef */._G)(item) ? {} : item));
        progress.fragments++;
        progress.bytes += outcome !== null ? outcome.bytes : item.text.length;
        progress.findings = collected.length;
        seenPaths.add(item.path);
        opts.onProgress?.({ ...progress });
    };
    const wantWorkers = (opts.workers ?? 0) > 1 && opts.workerScript !== undefined && opts.detectorOptions !== undefined;
    // With workers, files are read where they are scanned: their text never crosses threads.
    const items = wantWorkers && source.deferred && source.settle ? source.deferred() : source.fragments();
    const iterator = items[Symbol.asyncIterator]();
    const threshold = opts.workerThreshold ?? DEFAULT_WORKER_THRESHOLD;
    // Look ahead until we know whether the input is big enough for workers.
    const head = [];
    let headChars = 0;
    let exhausted = false;
    if (wantWorkers) {
        while (headChars < threshold) {
            const r = await iterator.next();
            if (r.done) {
                exhausted = true;
                break;
            }
            head.push(r.value);
            headChars += (0,worker/* isFileRef */._G)(r.value) ? r.value.size : r.value.text.length;
        }
    }
    let workersUsed = 0;
    if (wantWorkers && !exhausted) {
        workersUsed = opts.workers;
        // This thread is one of the scanners: it starts at once while the worker threads boot
        // (~0.1 s each), and one thread fewer to boot and feed.
        const pool = new WorkerPool(opts.workerScript, opts.detectorOptions, workersUsed - 1, opts.detector ?? (await (0,engine_detector.createDetector)(opts.detectorOptions)));
        try {
            await pool.run(withHead(head, iterator), record);
        }
        finally {
            await pool.close();
            (0,prestart/* stopPrestarted */.bo)();
        }
    }
    else {
        (0,prestart/* stopPrestarted */.bo)();
        const detector = opts.detector ?? (await (0,engine_detector.createDetector)(opts.detectorOptions));
        for await (const item of withHead(head, iterator)) {
            const r = (0,worker/* scanItem */.zc)(detector, item);
            record(item, r.findings, r.outcome);
        }
    }
    const unique = (0,findings/* sortFindings */.Tc)((0,findings/* dedupeFindings */._4)(collected));
    const base = opts.baseline ? (0,baseline.applyBaseline)(unique, opts.baseline) : { findings: unique, suppressed: 0, stale: [] };
    const sourceStats = opts.source.stats;
    const stats = sourceStats
        ? { files: sourceStats.files, bytes: sourceStats.bytes, skipped: sourceStats.skipped }
        : { files: seenPaths.size, bytes: progress.bytes, skipped: 0 };
    return { findings: base.findings, stats, suppressed: base.suppressed, stale: base.stale, workersUsed };
}
async function* withHead(head, rest) {
    yield* head;
    head.length = 0;
    for (;;) {
        const r = await rest.next();
        if (r.done)
            return;
        yield r.value;
    }
}
/**
 * A fixed set of scan workers fed in batches with bounded in-flight work, and this thread, which
 * scans a batch itself whenever every worker has enough queued.
 */
class WorkerPool {
    local;
    workers = [];
    inFlight = [];
    pending = new Map();
    nextId = 1;
    failure;
    wake;
    onResult;
    constructor(script, detectorOptions, count, local) {
        this.local = local;
        const workerData = { [worker/* SCAN_WORKER_MARK */.zd]: true, detectorOptions };
        for (let i = 0; i < count; i++) {
            let w = (0,prestart/* takePrestarted */.gD)(script);
            if (w !== undefined)
                w.postMessage({ setup: detectorOptions });
            else
                w = new external_node_worker_threads_.Worker(script, { workerData, stdout: false, stderr: false });
            w.on('message', (msg) => this.handle(i, msg));
            w.on('error', (e) => this.fail(new errors/* StanchError */.W(`scan worker failed: ${e.message.split('\n')[0]}`, errors/* EXIT */.d.USAGE)));
            w.on('exit', (code) => {
                if (code !== 0 && this.pending.size > 0)
                    this.fail(new errors/* StanchError */.W(`scan worker exited with code ${code}`, errors/* EXIT */.d.USAGE));
            });
            this.workers.push(w);
            this.inFlight.push(0);
        }
    }
    async run(items, onResult) {
        this.onResult = onResult;
        let batch = [];
        let chars = 0;
        for await (const item of items) {
            batch.push(item);
            chars += (0,worker/* isFileRef */._G)(item) ? item.size : item.text.length;
            if (chars >= BATCH_CHARS) {
                await this.send(batch);
                batch = [];
                chars = 0;
            }
        }
        if (batch.length)
            await this.send(batch);
        while (this.pending.size > 0 && !this.failure)
            await this.waitForChange();
        if (this.failure)
            throw this.failure;
    }
    async close() {
        await Promise.all(this.workers.map((w) => w.terminate()));
    }
    async send(items) {
        for (;;) {
            if (this.failure)
                throw this.failure;
            let idx = -1;
            for (let i = 0; i < this.workers.length; i++) {
                if (this.inFlight[i] < IN_FLIGHT_PER_WORKER && (idx < 0 || this.inFlight[i] < this.inFlight[idx]))
                    idx = i;
            }
            if (idx >= 0) {
                const id = this.nextId++;
                this.pending.set(id, { items, worker: idx });
                this.inFlight[idx]++;
                this.workers[idx].postMessage({ id, items });
                return;
            }
            for (const item of items) {
                const r = (0,worker/* scanItem */.zc)(this.local, item);
                this.onResult(item, r.findings, r.outcome);
            }
            // Let the workers' results in before the next batch.
            await new Promise((resolve) => setImmediate(resolve));
            return;
        }
    }
    handle(worker, msg) {
        const p = this.pending.get(msg.id);
        if (!p)
            return;
        this.pending.delete(msg.id);
        this.inFlight[worker]--;
        if ('error' in msg) {
            this.fail(new errors/* StanchError */.W(`scan worker failed: ${msg.error.split('\n')[0]}`, errors/* EXIT */.d.USAGE));
            return;
        }
        p.items.forEach((item, i) => this.onResult(item, msg.findings[i] ?? [], msg.outcomes[i] ?? null));
        this.notify();
    }
    fail(e) {
        this.failure ??= e;
        this.notify();
    }
    notify() {
        const w = this.wake;
        this.wake = undefined;
        w?.();
    }
    waitForChange() {
        return new Promise((resolve) => {
            this.wake = resolve;
        });
    }
}

// EXTERNAL MODULE: ./src/model/severity.ts
var severity = __webpack_require__(1502);
;// CONCATENATED MODULE: ./src/pipeline/fail-policy.ts

/**
 * What fails a check by default: a live secret of high or critical severity. Medium and low findings
 * (generic assignments, test-mode keys) are reported but pass, so a check is not red on every placeholder.
 */
const DEFAULT_FAIL_ON = 'high';
/**
 * The one rule for "does this scan fail": any finding at or above `failOn` (`never`: none).
 * A leaked managed secret always fails: it is known to be live, whatever its rule's severity.
 */
function failsCheck(findings, failOn = DEFAULT_FAIL_ON) {
    if (failOn === 'never')
        return false;
    const min = (0,severity/* severityRank */.qs)(failOn);
    return findings.some((f) => f.managed !== undefined || (0,severity/* severityRank */.qs)(f.severity) >= min);
}

// EXTERNAL MODULE: ./src/reporters/index.ts + 6 modules
var reporters = __webpack_require__(6669);
// EXTERNAL MODULE: ./src/entry/cli/context.ts
var context = __webpack_require__(2766);
// EXTERNAL MODULE: ./src/entry/cli/io.ts
var io = __webpack_require__(7049);
// EXTERNAL MODULE: ./src/entry/cli/progress.ts
var cli_progress = __webpack_require__(7414);
// EXTERNAL MODULE: ./src/entry/cli/version.ts + 1 modules
var version = __webpack_require__(8423);
;// CONCATENATED MODULE: ./src/entry/cli/scan-runner.ts
/**
 * What `stanch scan` does, as functions other commands reuse (history and staged
 * scans build their own Source and call runScanAndReport): load config, scan with
 * workers and progress, apply the baseline, write the report, pick the exit code.
 */













function addScanOptions(cmd) {
    return cmd
        .option('-f, --format <format>', `report format: ${reporters/* REPORT_FORMATS */.EL.join('|')}`, 'text')
        .option('-r, --report <file>', 'write the report to FILE (atomically) instead of stdout')
        .option('-c, --config <file>', 'config file (default: .stanch.toml, else .gitleaks.toml, in the scanned directory or cwd)')
        .option('-b, --baseline <file>', 'hide findings listed in this baseline file; report stale entries')
        .option('--min-confidence <n>', 'drop findings whose rule confidence is below N (0..1)')
        .option('--show-secrets', 'show raw secret values in the report (default: redacted)')
        .option('--exit-code <n>', 'exit code when findings fail the scan', String(errors/* EXIT */.d.FINDINGS))
        .option('--fail-on <severity>', 'fail on findings at or above this severity: critical|high|medium|low (default: high, i.e. live high and critical secrets)')
        .option('--workers <n>', 'threads for large scans, this one included (0 or 1 = this thread alone; default: CPU count, max 4)')
        .option('--no-progress', 'no progress bar')
        .option('-v, --verbose', 'list every skipped file')
        .option('-q, --quiet', 'nothing on stderr but errors (the report is still written)');
}
/** Where config is looked up: a scanned directory that has one, else the cwd. */
function configDirFor(paths, cwd) {
    const first = paths[0];
    if (first && first !== '-') {
        const abs = (0,external_node_path_.resolve)(cwd, first);
        try {
            if ((0,external_node_fs_.statSync)(abs).isDirectory() && load.CONFIG_FILE_NAMES.some((n) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(abs, n))))
                return abs;
        }
        catch {
            // a missing path is reported by the source with its own message
        }
    }
    return cwd;
}
function prepareScan(opts, configDir, cwd) {
    if (opts.format !== undefined && !(0,reporters/* isReportFormat */._S)(opts.format)) {
        throw new errors/* StanchError */.W(`--format: unknown format "${opts.format}" (expected one of: ${reporters/* REPORT_FORMATS */.EL.join(', ')})`, errors/* EXIT */.d.USAGE);
    }
    const { config } = (0,load.loadConfig)({ dir: configDir, configPath: opts.config ? (0,external_node_path_.resolve)(cwd, opts.config) : undefined, displayBase: cwd });
    const prepared = {
        config,
        workers: opts.workers !== undefined ? (0,io/* parseWorkersOption */.P2)(opts.workers) : (0,prestart/* defaultScanThreads */.KA)(),
    };
    if (opts.minConfidence !== undefined)
        prepared.minConfidence = (0,io/* parseConfidenceOption */.Ne)(opts.minConfidence);
    if (opts.baseline)
        prepared.baseline = readBaselineFile((0,external_node_path_.resolve)(cwd, opts.baseline), opts.baseline);
    return prepared;
}
function readBaselineFile(abs, shown) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(abs, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new errors/* StanchError */.W(code === 'ENOENT' ? `baseline file not found: ${shown}` : `cannot read baseline ${shown}: ${code}`, errors/* EXIT */.d.USAGE);
    }
    return (0,baseline.parseBaseline)(text, shown);
}
/** Runs the scan with a progress bar on stderr (TTY only). */
async function runScan(source, prepared, opts) {
    const progress = (0,cli_progress/* createProgress */.m)({ label: opts.label ?? 'scanning', enabled: opts.quiet || opts.progress === false ? false : undefined });
    try {
        return await scanSource({
            source,
            detectorOptions: { config: prepared.config, minConfidence: prepared.minConfidence },
            baseline: prepared.baseline,
            workers: prepared.workers,
            workerScript: context/* cliContext */.o.workerScript,
            onProgress: (p) => progress.update({ items: p.fragments, bytes: p.bytes }),
        });
    }
    finally {
        progress.stop();
    }
}
/** Full scan command: scan, write the report, print notices; returns the exit code. */
async function runScanAndReport(args) {
    const { opts, cwd } = args;
    const exitCode = (0,io/* parseExitCodeOption */.Wu)(opts.exitCode);
    const failOn = (0,io/* parseSeverityOption */.go)(opts.failOn ?? DEFAULT_FAIL_ON);
    const prepared = prepareScan(opts, args.configDir, cwd);
    const started = Date.now();
    const result = await runScan(args.source, prepared, { quiet: opts.quiet, progress: opts.progress, label: args.label });
    const note = (s) => {
        if (!opts.quiet)
            process.stderr.write(s + '\n');
    };
    const toFile = opts.report !== undefined;
    const reporter = (0,reporters/* createReporter */.A5)(opts.format, { color: !toFile && opts.format === 'text' && (0,io/* wantColor */.Mg)(process.stdout, process.env) });
    const report = reporter.render(result.findings, {
        toolVersion: version/* TOOL_VERSION */.w,
        showSecrets: opts.showSecrets === true,
        rules: prepared.config.rules,
        root: cwd,
    });
    if (toFile) {
        (0,io/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(cwd, opts.report), report, { secret: opts.showSecrets === true });
    }
    else {
        process.stdout.write(report);
    }
    const skips = args.skips ?? [];
    if (skips.length > 0) {
        if (opts.verbose)
            for (const s of skips)
                note(`stanch: skipped ${s.path}: ${s.reason}`);
        else
            note(`stanch: skipped ${skips.length} file${skips.length === 1 ? '' : 's'} (${reasonCounts(skips)}); --verbose lists them`);
    }
    if (result.suppressed > 0)
        note(`stanch: ${result.suppressed} known finding${result.suppressed === 1 ? '' : 's'} hidden by the baseline`);
    if (result.stale.length > 0) {
        note(`stanch: baseline ${opts.baseline}: ${result.stale.length} stale entr${result.stale.length === 1 ? 'y' : 'ies'} (no longer found; remove them or re-run stanch baseline):`);
        for (const e of result.stale)
            note(`  ${e.path}  ${e.ruleId}  ${e.fingerprint}`);
    }
    if (opts.verbose && result.workersUsed > 0)
        note(`stanch: scanned with ${result.workersUsed} threads (this one and ${result.workersUsed - 1} worker${result.workersUsed === 2 ? '' : 's'})`);
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    const mb = (result.stats.bytes / (1024 * 1024)).toFixed(1);
    const files = `${result.stats.files} file${result.stats.files === 1 ? '' : 's'}`;
    if (toFile || opts.format !== 'text') {
        const found = result.findings.length === 0 ? 'no secrets found' : (0,reporters/* summaryLine */.dC)(result.findings, new Set(result.findings.map((f) => f.path)).size);
        note(`stanch: ${found}; scanned ${files} (${mb} MB) in ${secs}s${toFile ? `; ${opts.format} report written to ${opts.report}` : ''}`);
    }
    else {
        note(`stanch: scanned ${files} (${mb} MB) in ${secs}s`);
    }
    return failingExitCode(result.findings, { failOn, exitCode });
}

/** Exit code: `exitCode` when the findings fail the check at `failOn` (src/pipeline/fail-policy.ts), else 0. */
function failingExitCode(findings, opts) {
    return failsCheck(findings, opts.failOn ?? 'low') ? opts.exitCode : errors/* EXIT */.d.OK;
}
function reasonCounts(skips) {
    const counts = new Map();
    for (const s of skips) {
        const key = s.reason.replace(/\s*\(.*\)$/, '');
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts].map(([r, n]) => `${n} ${r}`).join(', ');
}


/***/ }),

/***/ 7906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   _4: () => (/* binding */ dedupeFindings),
/* harmony export */   gW: () => (/* binding */ shiftColumns)
/* harmony export */ });
/* unused harmony export compareFindings */
/**
 * A fragment cut from the middle of a long line starts at `startColumn`; the detector
 * counted columns from the fragment start, so shift the columns on its first line
 * (a composite finding's required matches included).
 */
function shiftColumns(findings, fragment) {
    const shift = (fragment.startColumn ?? 1) - 1;
    if (shift <= 0)
        return findings;
    const firstLine = fragment.lineNumbers?.[0] ?? fragment.startLine ?? 1;
    const shiftPlace = (p) => {
        if (p.startLine === firstLine) {
            p.startColumn += shift;
            if (p.endLine === firstLine)
                p.endColumn += shift;
        }
    };
    for (const f of findings) {
        shiftPlace(f);
        for (const r of f.required ?? [])
            shiftPlace(r);
    }
    return findings;
}
/**
 * One finding per place: overlapping chunks can report the same secret twice, and a
 * chunk that ends inside a token can report a truncated prefix of it. Keep the longest
 * match starting at a given position.
 */
function dedupeFindings(findings) {
    const best = new Map();
    for (const f of findings) {
        const key = [f.path, f.commit?.sha ?? '', f.ruleId, f.startLine, f.startColumn].join('\u0000');
        const prev = best.get(key);
        if (!prev || f.match.length > prev.match.length)
            best.set(key, f);
    }
    return [...best.values()];
}
function compareFindings(a, b) {
    return (cmp(a.path, b.path) ||
        a.startLine - b.startLine ||
        a.startColumn - b.startColumn ||
        cmp(a.ruleId, b.ruleId) ||
        cmp(a.commit?.sha ?? '', b.commit?.sha ?? '') ||
        cmp(a.fingerprint, b.fingerprint));
}
function sortFindings(findings) {
    return findings.sort(compareFindings);
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 6669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EL: () => (/* binding */ REPORT_FORMATS),
  A5: () => (/* binding */ createReporter),
  _S: () => (/* binding */ isReportFormat),
  dC: () => (/* reexport */ summaryLine)
});

// UNUSED EXPORTS: presentFinding, presentFindings

// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
// EXTERNAL MODULE: ./src/engine/redact.ts
var redact = __webpack_require__(2393);
;// CONCATENATED MODULE: ./src/reporters/present.ts

/** Characters of context kept either side of the match in `line`. */
const LINE_CONTEXT = 80;
/**
 * Presents a whole report's findings. A line can hold several secrets (`KEY=… SECRET=…`):
 * each finding's `line` and `match` are redacted with the secrets of every finding on the
 * same lines, not only its own.
 */
function presentFindings(findings, showSecrets) {
    if (showSecrets)
        return findings.map((f) => presentFinding(f, true));
    const byLine = new Map();
    // A composite finding also counts as on the lines of its required findings, whose values it hides.
    const keys = (f) => {
        const out = [];
        for (const at of [f, ...(f.required ?? [])]) {
            for (let l = at.startLine; l <= Math.max(at.startLine, at.endLine); l++)
                out.push(`${f.commit?.sha ?? ''}\u0000${f.path}\u0000${l}`);
        }
        return out;
    };
    for (const f of findings) {
        for (const k of keys(f)) {
            const list = byLine.get(k);
            if (list)
                list.push(f);
            else
                byLine.set(k, [f]);
        }
    }
    return findings.map((f) => {
        const near = new Set();
        for (const k of keys(f))
            for (const g of byLine.get(k) ?? [])
                near.add(g);
        return presentFinding(f, false, [...near]);
    });
}
/** One finding; `sameLine` are the findings sharing its lines (for redaction), itself included or not. */
function presentFinding(f, showSecrets, sameLine = [f]) {
    const line = clipLine(f.line, f.match);
    // A decoded secret (base64, hex…) does not appear verbatim in the line or match, so
    // replacing it there would leave the encoded form readable: hide those wholesale.
    const encoded = sameLine.some((g) => (g.decodedFrom?.length ?? 0) > 0) || (f.decodedFrom?.length ?? 0) > 0;
    // A composite rule's required values (a key id beside its key) often sit on the same line: hide them too.
    const findings = sameLine.includes(f) ? sameLine : [f, ...sameLine];
    const secrets = findings.some((g) => g.required?.length) ? [...findings, ...findings.flatMap((g) => g.required ?? [])] : findings;
    const hide = (text) => (showSecrets ? text : encoded ? redact/* REDACTION_MASK */.R3 : (0,redact/* redactText */.Rd)(text, secrets));
    const p = {
        ruleId: f.ruleId,
        description: f.description,
        severity: f.severity,
        confidence: f.confidence,
        path: f.path,
        startLine: f.startLine,
        endLine: f.endLine,
        startColumn: f.startColumn,
        endColumn: f.endColumn,
        secret: showSecrets ? f.secret : (0,redact/* redactSecret */.Y3)(f.secret),
        match: hide(f.match),
        line: hide(line),
        fingerprint: f.fingerprint,
        tags: [...f.tags],
        entropy: round(f.entropy, 3),
    };
    if (f.commit)
        p.commit = { ...f.commit };
    if (f.required?.length)
        p.required = f.required.map((r) => ({ ...r, secret: showSecrets ? r.secret : (0,redact/* redactSecret */.Y3)(r.secret) }));
    if (f.decodedFrom?.length)
        p.decodedFrom = [...f.decodedFrom];
    if (f.managed)
        p.managed = { ...f.managed };
    if (f.revokeUrl)
        p.revokeUrl = f.revokeUrl;
    return p;
}
/** "aws-key-id at 3:12, region at 4:1": where a composite finding's required rules matched. */
function requiredSummary(required) {
    return required.map((r) => `${r.ruleId} at ${r.startLine}:${r.startColumn}`).join(', ');
}
/** Keeps a window of the line around the match so huge lines do not flood reports. */
function clipLine(line, match) {
    const max = match.length + 2 * LINE_CONTEXT;
    if (line.length <= max)
        return line;
    const at = Math.max(0, line.indexOf(match));
    const from = Math.max(0, at - LINE_CONTEXT);
    const to = Math.min(line.length, at + match.length + LINE_CONTEXT);
    return (from > 0 ? '…' : '') + line.slice(from, to) + (to < line.length ? '…' : '');
}
function round(n, digits) {
    const k = 10 ** digits;
    return Math.round(n * k) / k;
}

;// CONCATENATED MODULE: ./src/reporters/csv.ts

const COLUMNS = [
    ['rule_id', (p) => p.ruleId],
    ['description', (p) => p.description],
    ['severity', (p) => p.severity],
    ['confidence', (p) => p.confidence],
    ['path', (p) => p.path],
    ['start_line', (p) => p.startLine],
    ['end_line', (p) => p.endLine],
    ['start_column', (p) => p.startColumn],
    ['end_column', (p) => p.endColumn],
    ['secret', (p) => p.secret],
    ['match', (p) => p.match],
    ['fingerprint', (p) => p.fingerprint],
    ['commit', (p) => p.commit?.sha ?? ''],
    ['author', (p) => p.commit?.author ?? ''],
    ['email', (p) => p.commit?.email ?? ''],
    ['date', (p) => p.commit?.date ?? ''],
    ['tags', (p) => p.tags.join(' ')],
];
/** RFC 4180 CSV (CRLF line ends), with spreadsheet formula injection neutralised. */
const csvReporter = {
    format: 'csv',
    render(findings, ctx) {
        const rows = [COLUMNS.map(([name]) => name)];
        for (const p of presentFindings(findings, ctx.showSecrets)) {
            rows.push(COLUMNS.map(([, get]) => csvCell(get(p))));
        }
        return rows.map((r) => r.join(',')).join('\r\n') + '\r\n';
    },
};
/**
 * A cell as RFC 4180 wants it. Text starting with = + - @ (or tab/CR, which some
 * spreadsheets also evaluate) gets a leading apostrophe so a crafted path or secret
 * cannot run as a formula when the report is opened in a spreadsheet.
 */
function csvCell(value) {
    if (typeof value === 'number')
        return String(value);
    let s = value;
    if (/^[=+\-@\t\r]/.test(s))
        s = `'${s}`;
    if (/[",\r\n]/.test(s))
        s = `"${s.replace(/"/g, '""')}"`;
    return s;
}

;// CONCATENATED MODULE: ./src/reporters/json.ts

/** A JSON array of findings (redacted unless showSecrets). */
const jsonReporter = {
    format: 'json',
    render(findings, ctx) {
        return JSON.stringify(presentFindings(findings, ctx.showSecrets), null, 2) + '\n';
    },
};
/** One JSON object per line; streams well into log pipelines. */
const jsonlReporter = {
    format: 'jsonl',
    render(findings, ctx) {
        return presentFindings(findings, ctx.showSecrets).map((p) => JSON.stringify(p) + '\n').join('');
    },
};

;// CONCATENATED MODULE: ./src/reporters/junit.ts

/** JUnit XML: one failing test case per finding, so CI systems show leaks as test failures. */
const junitReporter = {
    format: 'junit',
    render(findings, ctx) {
        const cases = presentFindings(findings, ctx.showSecrets).map((p) => {
            const where = `${p.path}:${p.startLine}:${p.startColumn}`;
            const details = [
                `${p.description} (${p.ruleId})`,
                `location: ${where}`,
                `severity: ${p.severity}, confidence: ${p.confidence}`,
                `secret: ${p.secret}`,
                `fingerprint: ${p.fingerprint}`,
                ...(p.required ? [`requires: ${requiredSummary(p.required)}`] : []),
                ...(p.commit ? [`commit: ${p.commit.sha}${p.commit.author ? ` (${p.commit.author})` : ''}`] : []),
            ].join('\n');
            return (`    <testcase classname="${xml(p.path)}" name="${xml(`${p.ruleId} at ${where}`)}">\n` +
                `      <failure type="${xml(p.severity)}" message="${xml(`${p.description} at ${where}`)}">${xml(details)}</failure>\n` +
                `    </testcase>\n`);
        });
        if (cases.length === 0)
            cases.push(`    <testcase classname="stanch" name="no secrets found"/>\n`);
        const n = Math.max(findings.length, 1);
        const attrs = `tests="${n}" failures="${findings.length}" errors="0"`;
        return (`<?xml version="1.0" encoding="UTF-8"?>\n` +
            `<testsuites name="stanch" ${attrs}>\n` +
            `  <testsuite name="stanch ${xml(ctx.toolVersion)}" ${attrs} skipped="0">\n` +
            cases.join('') +
            `  </testsuite>\n</testsuites>\n`);
    },
};
/** Escapes XML specials and drops characters XML 1.0 cannot hold at all. */
function xml(s) {
    return s
        .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;');
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/reporters/sarif.ts
/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF consumers.
 * Levels come from severity; `security-severity` (a CVSS-like 0..10 score GitHub
 * uses to rank alerts) sits in each rule's properties; our content fingerprint goes
 * into `partialFingerprints` so alerts survive line moves.
 */


const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/stanch-dev/stanch';
/** Key under which our fingerprint goes into `partialFingerprints`. */
const PARTIAL_FINGERPRINT_KEY = 'stanchFingerprint/v1';
const SRCROOT = '%SRCROOT%';
function sarifLevel(s) {
    return s === 'critical' || s === 'high' ? 'error' : s === 'medium' ? 'warning' : 'note';
}
function securitySeverity(s) {
    return s === 'critical' ? '9.5' : s === 'high' ? '8.0' : s === 'medium' ? '5.5' : '3.0';
}
const sarifReporter = {
    format: 'sarif',
    render(findings, ctx) {
        const rulesById = new Map(ctx.rules.map((r) => [r.id, r]));
        // Only the rules that produced results: keeps reports small, and stable across
        // rule-set additions that did not fire.
        const usedIds = [...new Set(findings.map((f) => f.ruleId))].sort();
        const ruleIndex = new Map(usedIds.map((id, i) => [id, i]));
        const rules = usedIds.map((id) => ruleDescriptor(id, rulesById.get(id), findings));
        const results = presentFindings(findings, ctx.showSecrets).map((p) => {
            const properties = {
                severity: p.severity,
                confidence: p.confidence,
                secret: p.secret,
                tags: p.tags,
            };
            if (p.commit)
                properties.commit = p.commit;
            if (p.decodedFrom)
                properties.decodedFrom = p.decodedFrom;
            if (p.revokeUrl)
                properties.revokeUrl = p.revokeUrl;
            const where = p.commit ? ` in commit ${p.commit.sha.slice(0, 12)}` : '';
            return {
                ruleId: p.ruleId,
                ruleIndex: ruleIndex.get(p.ruleId),
                level: sarifLevel(p.severity),
                message: { text: `${p.description}: ${p.secret}${where}` },
                locations: [
                    {
                        physicalLocation: {
                            artifactLocation: { uri: encodeUriPath(p.path), uriBaseId: SRCROOT },
                            region: {
                                startLine: p.startLine,
                                startColumn: p.startColumn,
                                endLine: p.endLine,
                                // SARIF endColumn is one past the last character; ours is inclusive.
                                endColumn: p.endColumn + 1,
                                snippet: { text: p.match },
                            },
                        },
                    },
                ],
                ...(p.required ? { relatedLocations: p.required.map((r, i) => relatedLocation(p.path, r, i)) } : {}),
                partialFingerprints: { [PARTIAL_FINGERPRINT_KEY]: p.fingerprint },
                properties,
            };
        });
        const run = {
            tool: {
                driver: {
                    name: 'stanch',
                    version: ctx.toolVersion,
                    semanticVersion: ctx.toolVersion,
                    informationUri: INFORMATION_URI,
                    rules,
                },
            },
            results,
            columnKind: 'utf16CodeUnits',
        };
        if (ctx.root) {
            run.originalUriBaseIds = { [SRCROOT]: { uri: dirUri(ctx.root) } };
        }
        return JSON.stringify({ $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] }, null, 2) + '\n';
    },
};
/** A composite rule's required finding, as a related location of the result. */
function relatedLocation(path, r, id) {
    return {
        id,
        message: { text: `required rule ${r.ruleId}` },
        physicalLocation: {
            artifactLocation: { uri: encodeUriPath(path), uriBaseId: SRCROOT },
            region: { startLine: r.startLine, startColumn: r.startColumn, endLine: r.endLine, endColumn: r.endColumn + 1 },
        },
    };
}
function ruleDescriptor(id, rule, findings) {
    // A finding can come from a rule the context does not list (e.g. a synthetic
    // path-only rule); fall back to what the finding itself carries.
    const sample = findings.find((f) => f.ruleId === id);
    const severity = rule?.severity ?? sample.severity;
    const description = rule?.description ?? sample.description;
    const tags = [...new Set(['security', 'secret', ...(rule?.tags ?? sample.tags)])];
    const help = [
        `${description}.`,
        'Remove the secret from the code, rotate (revoke and re-issue) it, and load it at run time instead.',
        ...(rule?.revokeUrl ? [`Revoke at: ${rule.revokeUrl}`] : []),
    ].join(' ');
    const descriptor = {
        id,
        name: pascalCase(id),
        shortDescription: { text: description },
        fullDescription: { text: description },
        help: { text: help },
        defaultConfiguration: { level: sarifLevel(severity) },
        properties: {
            tags,
            precision: precision(rule?.confidence ?? sample.confidence),
            'security-severity': securitySeverity(severity),
            severity,
        },
    };
    if (rule?.revokeUrl)
        descriptor.helpUri = rule.revokeUrl;
    return descriptor;
}
function precision(confidence) {
    return confidence >= 0.9 ? 'very-high' : confidence >= 0.75 ? 'high' : confidence >= 0.5 ? 'medium' : 'low';
}
function pascalCase(id) {
    return id
        .split(/[^a-zA-Z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}
/** Relative URI reference for a `/`-separated path (spaces, `%`, `#`, `?` escaped). */
function encodeUriPath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
function dirUri(root) {
    const href = (0,external_node_url_.pathToFileURL)(root).href;
    return href.endsWith('/') ? href : `${href}/`;
}

// EXTERNAL MODULE: ./src/model/severity.ts
var severity = __webpack_require__(1502);
;// CONCATENATED MODULE: ./src/reporters/text.ts


const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', yellow: '\x1b[33m', cyan: '\x1b[36m', magenta: '\x1b[35m', green: '\x1b[32m' };
function createTextReporter(opts = {}) {
    const paint = (code, s) => (opts.color ? `${code}${s}${ANSI.reset}` : s);
    const sevColor = (s) => s === 'critical' ? ANSI.magenta + ANSI.bold : s === 'high' ? ANSI.red : s === 'medium' ? ANSI.yellow : ANSI.cyan;
    return {
        format: 'text',
        render(findings, ctx) {
            if (findings.length === 0)
                return paint(ANSI.green, 'No secrets found.') + '\n';
            const out = [];
            const presented = presentFindings(findings, ctx.showSecrets);
            const byFile = new Map();
            for (const f of presented) {
                const list = byFile.get(f.path) ?? [];
                list.push(f);
                byFile.set(f.path, list);
            }
            for (const [path, list] of byFile) {
                out.push(paint(ANSI.bold, path));
                for (const p of list) {
                    const sev = paint(sevColor(p.severity), p.severity.padEnd(8));
                    out.push(`  ${`${p.startLine}:${p.startColumn}`.padEnd(9)} ${sev} ${p.ruleId}  ${p.description}`);
                    out.push(paint(ANSI.dim, `            secret: ${p.secret}   fingerprint: ${p.fingerprint}`));
                    const context = firstLine(p.line);
                    if (context)
                        out.push(paint(ANSI.dim, `            line: ${context}`));
                    if (p.commit) {
                        const who = [p.commit.author, p.commit.date].filter(Boolean).join(', ');
                        out.push(paint(ANSI.dim, `            commit: ${p.commit.sha.slice(0, 12)}${who ? ` (${who})` : ''}`));
                    }
                    if (p.required)
                        out.push(paint(ANSI.dim, `            requires: ${requiredSummary(p.required)}`));
                    if (p.decodedFrom?.length)
                        out.push(paint(ANSI.dim, `            decoded from: ${p.decodedFrom.join(' → ')}`));
                    if (p.revokeUrl)
                        out.push(paint(ANSI.dim, `            revoke: ${p.revokeUrl}`));
                }
                out.push('');
            }
            out.push(summaryLine(findings, byFile.size, opts.color === true));
            return out.join('\n') + '\n';
        },
    };
}
/** The (already redacted) line, first line only, trimmed for a terminal. */
function firstLine(line) {
    const l = line.split(/\r?\n/)[0].trim();
    return l.length > 160 ? `${l.slice(0, 159)}…` : l;
}
/** e.g. "3 secrets found in 2 files (1 critical, 2 high)". */
function summaryLine(findings, files, color = false) {
    const counts = severity/* SEVERITIES */.oC.map((s) => [s, findings.filter((f) => f.severity === s).length])
        .filter(([, n]) => n > 0)
        .map(([s, n]) => `${n} ${s}`)
        .join(', ');
    const n = findings.length;
    const line = `${n} secret${n === 1 ? '' : 's'} found in ${files} file${files === 1 ? '' : 's'} (${counts})`;
    return color ? `${ANSI.bold}${ANSI.red}${line}${ANSI.reset}` : line;
}

;// CONCATENATED MODULE: ./src/reporters/index.ts






const REPORT_FORMATS = ['text', 'json', 'jsonl', 'sarif', 'csv', 'junit'];
function isReportFormat(s) {
    return REPORT_FORMATS.includes(s);
}
function createReporter(format, opts = {}) {
    switch (format) {
        case 'text':
            return createTextReporter({ color: opts.color });
        case 'json':
            return jsonReporter;
        case 'jsonl':
            return jsonlReporter;
        case 'sarif':
            return sarifReporter;
        case 'csv':
            return csvReporter;
        case 'junit':
            return junitReporter;
        default:
            throw new errors/* StanchError */.W(`unknown report format "${format}" (expected one of: ${REPORT_FORMATS.join(', ')})`, errors/* EXIT */.d.USAGE);
    }
}




/***/ })

};
