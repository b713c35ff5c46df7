export const id = 36;
export const ids = [36];
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


/***/ })

};
