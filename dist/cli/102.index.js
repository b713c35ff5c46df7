export const id = 102;
export const ids = [102,36];
export const modules = {

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

/***/ 9102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  register: () => (/* binding */ register)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(1036);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ./src/engine/detector.ts + 23 modules
var engine_detector = __webpack_require__(2520);
;// CONCATENATED MODULE: ./src/redact/options.ts
const DEFAULT_MARKER = '[REDACTED:{rule}]';
function renderMarker(marker, event) {
    if (typeof marker === 'function')
        return marker(event);
    return (marker ?? DEFAULT_MARKER).split('{rule}').join(event.ruleId);
}

// EXTERNAL MODULE: ./src/engine/lines.ts
var engine_lines = __webpack_require__(6621);
;// CONCATENATED MODULE: ./src/redact/spans.ts

/**
 * Turns findings of a fragment scanned with startLine 1 back into offsets, ordered and without
 * overlaps (the engine already dedupes; this guards against decoded spans nesting).
 */
function secretSpans(text, findings) {
    if (findings.length === 0)
        return [];
    const lines = new engine_lines/* LineIndex */.r(text);
    const spans = [];
    for (const f of findings) {
        if (f.secret === '' && f.match === '')
            continue; // path-only rules flag a file, not a span
        // A finding's columns cover the rule's whole match; the secret is the part of it to replace.
        // A decoded secret (base64 inside the match) is not in the text: the whole match goes.
        const matchStart = lines.lineStart(f.startLine - 1) + f.startColumn - 1;
        const matchEnd = lines.lineStart(f.endLine - 1) + f.endColumn;
        const at = f.secret ? text.indexOf(f.secret, matchStart) : -1;
        const inside = at >= 0 && at + f.secret.length <= matchEnd;
        const start = inside ? at : matchStart;
        const end = inside ? at + f.secret.length : matchEnd;
        if (end > start)
            spans.push({ start, end, finding: f });
    }
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const merged = [];
    for (const s of spans) {
        const last = merged[merged.length - 1];
        if (last && s.start < last.end) {
            if (s.end > last.end)
                last.end = s.end;
            continue;
        }
        merged.push({ ...s });
    }
    return merged;
}
/** Replaces each span with `replacement(span)`; spans must be sorted and disjoint. */
function replaceSpans(text, spans, replacement) {
    if (spans.length === 0)
        return text;
    let out = '';
    let at = 0;
    for (const s of spans) {
        out += text.slice(at, s.start) + replacement(s);
        at = s.end;
    }
    return out + text.slice(at);
}

;// CONCATENATED MODULE: ./src/redact/scanner.ts




const TEXT_PATH = 'text';
function eventOf(f, valuePath) {
    const e = {
        ruleId: f.ruleId,
        description: f.description,
        severity: f.severity,
        confidence: f.confidence,
        line: f.startLine,
        column: f.startColumn,
        fingerprint: f.fingerprint,
    };
    if (valuePath !== undefined)
        e.valuePath = valuePath;
    return e;
}
/**
 * Synchronous scanning and redaction of text and values, built once (rules compiled once).
 * Findings returned by `scanText` hold raw values for the caller's own use; everything this
 * class emits by itself (markers, events) carries none.
 */
class Scanner {
    detector;
    opts;
    constructor(detector, opts) {
        this.detector = detector;
        this.opts = opts;
    }
    scanText(text) {
        return this.detector.scan({ text, path: TEXT_PATH, startLine: 1 });
    }
    /** Secret spans of `text`, ordered and disjoint. */
    spans(text) {
        return secretSpans(text, this.scanText(text));
    }
    /** `text` with each secret replaced by the marker; alerts through onFinding. */
    redact(text) {
        const spans = this.spans(text);
        const out = this.replace(text, spans);
        if (spans.length > 0 && looksLikeJson(text))
            return this.keepJsonValid(text, out);
        return out;
    }
    /** Replaces already-found spans; `locate` moves event positions (the stream redactor's window offset). */
    replace(text, spans, locate) {
        return replaceSpans(text, spans, (s) => {
            const event = eventOf(s.finding);
            locate?.(event);
            this.opts.onFinding?.(event);
            return renderMarker(this.opts.marker, event);
        });
    }
    /**
     * A deep copy of `value` with secrets in strings redacted. A string under a key is scanned
     * together with its key (`password = "…"`), so name-driven rules see their context.
     */
    redactValue(value) {
        return this.walk(value, '$', undefined, new WeakSet());
    }
    walk(value, path, key, seen) {
        if (typeof value === 'string')
            return this.redactString(value, key, path);
        if (value === null || typeof value !== 'object')
            return value;
        if (seen.has(value))
            return '[Circular]';
        seen.add(value);
        if (Array.isArray(value))
            return value.map((v, i) => this.walk(v, `${path}[${i}]`, key, seen));
        const proto = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null)
            return value;
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = this.walk(v, `${path}.${k}`, k, seen);
        return out;
    }
    redactString(value, key, valuePath) {
        // Scan `key = "value"` so that `password`-style rules see the name; spans inside the value map back.
        const prefix = key === undefined ? '' : `${key.replace(/[\r\n]/g, ' ')} = "`;
        const text = prefix + value + (key === undefined ? '' : '"');
        const spans = secretSpans(text, this.scanText(text))
            .filter((s) => s.end > prefix.length && s.start < prefix.length + value.length)
            .map((s) => ({ ...s, start: Math.max(s.start, prefix.length) - prefix.length, end: Math.min(s.end, prefix.length + value.length) - prefix.length }));
        return replaceSpans(value, spans, (s) => {
            const event = eventOf(s.finding, valuePath);
            this.opts.onFinding?.(event);
            return renderMarker(this.opts.marker, event);
        });
    }
    /** If span replacement broke a JSON document (a span cut an escape), redact it structurally instead. */
    keepJsonValid(original, redacted) {
        try {
            JSON.parse(redacted);
            return redacted;
        }
        catch {
            const doc = JSON.parse(original);
            const silent = new Scanner(this.detector, { ...this.opts, onFinding: undefined });
            return JSON.stringify(silent.redactValue(doc), null, jsonIndent(original));
        }
    }
}
function looksLikeJson(text) {
    const t = text.trim();
    if (!((t.startsWith('{') && t.endsWith('}')) || (t.startsWith('[') && t.endsWith(']'))))
        return false;
    try {
        JSON.parse(t);
        return true;
    }
    catch {
        return false;
    }
}
function jsonIndent(text) {
    const m = /\n( +)"/.exec(text);
    return m ? m[1].length : 0;
}
async function scanner_createScanner(opts = {}) {
    const detector = await (0,engine_detector.createDetector)({
        config: opts.config ?? (0,load.defaultConfig)(),
        minConfidence: opts.minConfidence,
        includeRules: opts.includeRules,
        excludeRules: opts.excludeRules,
        regexEngine: opts.regexEngine,
    });
    return new Scanner(detector, opts);
}

;// CONCATENATED MODULE: ./src/redact/stream.ts



const DEFAULT_MAX_SECRET = 8192;
const BLOCK_START = /-----BEGIN[ A-Z0-9]*(?:PRIVATE KEY|PRIVATE KEY BLOCK)-----/g;
/**
 * Incremental redaction over a text stream. Invariant: text is emitted only once no secret that
 * starts in it can still be completed by later input, i.e. it ends at least `maxSecretLength`
 * before the end of what was received (or before the last newline in line mode), and never in
 * the middle of a found secret. The last `maxSecretLength` emitted chars stay as left context so
 * a rule's keyword (`password = "`) just before the cut is still seen.
 */
class StreamRedactor {
    scanner;
    opts;
    ctx = '';
    buf = '';
    /** Position of ctx[0] in the whole stream (1-based line, 0-based column). */
    ctxLine = 1;
    ctxCol = 0;
    hold;
    constructor(scanner, opts = {}) {
        this.scanner = scanner;
        this.opts = opts;
        this.hold = Math.max(64, opts.maxSecretLength ?? DEFAULT_MAX_SECRET);
    }
    /** Feeds text; returns what can be emitted now (possibly ''). */
    push(text) {
        this.buf += text;
        if (this.opts.lineMode)
            return text.includes('\n') ? this.flushTo(this.lineBoundary()) : '';
        // Scan in batches of at least `hold` new chars, so each char is scanned a bounded number of times.
        if (this.buf.length < 2 * this.hold)
            return '';
        return this.flushTo(this.buf.length - this.hold);
    }
    /** Ends the stream: everything left is emitted (redacted). */
    end() {
        return this.flushTo(this.buf.length);
    }
    lineBoundary() {
        let b = this.buf.lastIndexOf('\n') + 1;
        // Hold an unfinished private-key block, but never more than `hold` chars of it.
        const window = this.buf.slice(0, b);
        let lastStart = -1;
        for (const m of window.matchAll(BLOCK_START))
            lastStart = m.index ?? -1;
        if (lastStart >= 0 && !/-----END[ A-Z0-9]*-----/.test(window.slice(lastStart)) && b - lastStart < this.hold)
            b = lastStart;
        return b;
    }
    flushTo(boundary) {
        if (boundary <= 0)
            return '';
        const window = this.ctx + this.buf;
        const offset = this.ctx.length;
        const found = this.scanner.spans(window);
        let b = boundary;
        for (const s of found)
            if (s.start - offset < b && s.end - offset > b)
                b = Math.max(0, s.start - offset);
        if (b <= 0)
            return '';
        const emit = [];
        for (const s of found) {
            const start = Math.max(s.start - offset, 0);
            const end = s.end - offset;
            if (end <= 0 || start >= b)
                continue; // already emitted, or held back
            emit.push({ ...s, start, end: Math.min(end, b) });
        }
        const out = this.buf.slice(0, b);
        const redacted = this.scanner.replace(out, emit, (e) => {
            if (e.line === 1)
                e.column += this.ctxCol;
            e.line += this.ctxLine - 1;
        });
        this.advance(out);
        return redacted;
    }
    /** Moves `out` from the buffer into the left context, trimming context to `hold` chars. */
    advance(out) {
        this.buf = this.buf.slice(out.length);
        const ctx = this.ctx + out;
        const drop = Math.max(0, ctx.length - this.hold);
        const dropped = ctx.slice(0, drop);
        for (let i = dropped.indexOf('\n'); i !== -1; i = dropped.indexOf('\n', i + 1)) {
            this.ctxLine++;
            this.ctxCol = -(i + 1);
        }
        this.ctxCol += dropped.length;
        this.ctx = ctx.slice(drop);
    }
}
/** Redacts an async stream of chunks (strings or UTF-8 bytes), yielding redacted text. */
async function* redactStream(source, opts = {}) {
    const redactor = new StreamRedactor(await createScanner(opts), opts);
    const decoder = new StringDecoder('utf8');
    for await (const chunk of source) {
        const text = typeof chunk === 'string' ? chunk : decoder.write(Buffer.from(chunk));
        const out = redactor.push(text);
        if (out)
            yield out;
    }
    const out = redactor.push(decoder.end()) + redactor.end();
    if (out)
        yield out;
}
/** A Transform stream that redacts what flows through it (bytes or strings in, UTF-8 out). */
function createRedactor(opts = {}) {
    const ready = scanner_createScanner(opts).then((s) => new StreamRedactor(s, opts));
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    return new external_node_stream_.Transform({
        transform(chunk, _enc, done) {
            ready.then((r) => done(null, r.push(typeof chunk === 'string' ? chunk : decoder.write(chunk)) || undefined), (err) => done(err));
        },
        flush(done) {
            ready.then((r) => done(null, r.push(decoder.end()) + r.end() || undefined), (err) => done(err));
        },
    });
}

// EXTERNAL MODULE: ./src/entry/cli/io.ts
var io = __webpack_require__(7049);
;// CONCATENATED MODULE: ./src/entry/cli/commands/redact.ts
/** `stanch redact [FILE|-]`: copies a stream to stdout with secrets replaced, line by line. */






const collect = (v, prev) => [...prev, ...v.split(',').filter(Boolean)];
function register(program) {
    program
        .command('redact')
        .description('copy FILE (or stdin) to stdout with secrets replaced by [REDACTED:<rule>]; alerts go to stderr')
        .argument('[file]', 'file to read, or - for standard input', '-')
        .option('-c, --config <file>', 'config file (default: .stanch.toml or .gitleaks.toml in the cwd)')
        .option('--min-confidence <n>', 'redact only findings whose rule confidence is at least N (0..1)')
        .option('--rule <ids>', 'only these rule ids (comma-separated, repeatable)', collect, [])
        .option('--exclude-rule <ids>', 'never these rule ids (comma-separated, repeatable)', collect, [])
        .option('--marker <text>', 'replacement text; {rule} becomes the rule id', '[REDACTED:{rule}]')
        .option('--max-secret-length <size>', 'longest text a secret can span (held back until complete)', '8k')
        .option('--buffered', 'hold output in blocks instead of emitting every complete line at once')
        .option('--fail-on-finding', `exit ${errors/* EXIT */.d.FINDINGS} when anything was redacted`)
        .option('-q, --quiet', 'no alerts on stderr')
        .action(async (file, opts) => {
        if (file !== '-' && !(0,external_node_fs_.existsSync)(file))
            throw new errors/* StanchError */.W(`${file}: no such file`, errors/* EXIT */.d.USAGE);
        const { config } = (0,load.loadConfig)({ dir: process.cwd(), configPath: opts.config });
        let count = 0;
        const alert = (e) => {
            count++;
            if (!opts.quiet)
                process.stderr.write(`stanch: redacted ${e.ruleId} (${e.severity}) at line ${e.line}:${e.column} [${e.fingerprint}]\n`);
        };
        const input = file === '-' ? process.stdin : (0,external_node_fs_.createReadStream)(file);
        const redactor = createRedactor({
            config,
            minConfidence: opts.minConfidence !== undefined ? (0,io/* parseConfidenceOption */.Ne)(opts.minConfidence) : undefined,
            includeRules: opts.rule,
            excludeRules: opts.excludeRule,
            marker: opts.marker,
            maxSecretLength: (0,io/* parseSizeOption */.S)(opts.maxSecretLength ?? '8k'),
            lineMode: !opts.buffered,
            onFinding: alert,
        });
        await (0,promises_.pipeline)(input, redactor, process.stdout);
        process.exitCode = count > 0 && opts.failOnFinding ? errors/* EXIT */.d.FINDINGS : errors/* EXIT */.d.OK;
    });
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


/***/ })

};
