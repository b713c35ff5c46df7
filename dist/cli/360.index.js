export const id = 360;
export const ids = [360];
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


/***/ })

};
