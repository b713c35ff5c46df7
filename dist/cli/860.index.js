export const id = 860;
export const ids = [860];
export const modules = {

/***/ 2860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  register: () => (/* binding */ register)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
// EXTERNAL MODULE: ./src/inject/mapping.ts
var mapping = __webpack_require__(2127);
// EXTERNAL MODULE: ./src/inject/resolve.ts
var resolve = __webpack_require__(5109);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/inject/run.ts
/**
 * `stanch run -- CMD…`: starts CMD with the parent's environment plus the secrets, nothing on disk.
 * stdio is inherited (the child talks to the terminal directly), termination signals this process
 * receives are passed on to the child, and the child's exit status becomes ours (128 + signal number
 * when it was killed by a signal, as shells report it).
 */



const DEFAULT_FORWARD = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2'];
function childEnv(base, secrets) {
    const env = {};
    for (const [k, v] of Object.entries(base))
        if (v !== undefined)
            env[k] = v;
    for (const { name, value } of secrets) {
        if (value.includes('\0'))
            throw new errors/* StanchError */.W(`${name}: the value contains a NUL byte, which no environment can hold`, errors/* EXIT */.d.USAGE);
        env[name] = value;
    }
    return env;
}
/** Resolves with the exit code to use. */
function runWithSecrets(opts) {
    const env = childEnv(opts.baseEnv, opts.secrets);
    return new Promise((resolvePromise, reject) => {
        const child = (0,external_node_child_process_.spawn)(opts.command, [...opts.args], { env, cwd: opts.cwd, stdio: 'inherit' });
        const signals = process.platform === 'win32' ? [] : (opts.forward ?? DEFAULT_FORWARD);
        const forward = (sig) => {
            if (child.exitCode === null && child.signalCode === null)
                child.kill(sig);
        };
        const cleanup = () => {
            for (const s of signals)
                process.removeListener(s, forward);
        };
        for (const s of signals)
            process.on(s, forward);
        child.once('spawn', () => opts.onSpawn?.(child.pid));
        child.once('error', (err) => {
            cleanup();
            const why = err.code === 'ENOENT' ? 'command not found' : err.code === 'EACCES' ? 'permission denied' : (err.code ?? 'cannot start');
            // 127/126 like a shell, so scripts can tell "not found" from the program's own failures.
            reject(new errors/* StanchError */.W(`${opts.command}: ${why}`, err.code === 'ENOENT' ? 127 : 126));
        });
        child.once('exit', (code, signal) => {
            cleanup();
            if (signal)
                resolvePromise(128 + (external_node_os_.constants.signals[signal] ?? 0));
            else
                resolvePromise(code ?? errors/* EXIT */.d.USAGE);
        });
    });
}

// EXTERNAL MODULE: ./src/entry/cli/store-options.ts + 2 modules
var store_options = __webpack_require__(8201);
;// CONCATENATED MODULE: ./src/entry/cli/commands/run.ts
/**
 * `stanch run --map FILE -- CMD [ARGS…]`: runs CMD with the secrets added to its environment.
 * Nothing is written to disk; the exit code is the command's (128+N when killed by signal N).
 */






function register(program) {
    // Options after the command name belong to the command (`stanch run --map m -- ls -la`).
    program.enablePositionalOptions();
    const cmd = program
        .command('run')
        .description('run a command with secrets from a mapping in its environment (nothing written to disk)')
        .option('-m, --map <file>', 'mapping file: YAML "NAME: uri" or lines "NAME=uri"')
        .argument('<command...>', 'the command and its arguments (put them after --)')
        .passThroughOptions();
    (0,store_options/* addStoreFlags */.Ki)(cmd).action(async (command, flags) => {
        if (!flags.map)
            throw new errors/* StanchError */.W('run needs --map FILE', errors/* EXIT */.d.USAGE);
        const entries = await (0,mapping/* readMappingFile */.n6)(flags.map);
        const access = (0,store_options/* openSecretAccess */.XC)(flags);
        let secrets;
        try {
            secrets = await (0,resolve/* resolveMapping */.f)(access, entries, { file: flags.map });
            for (const e of entries)
                await access.recordInjection(e.ref.uri, `process:${(0,external_node_path_.basename)(command[0])}`);
        }
        finally {
            await access.close();
        }
        process.exitCode = await runWithSecrets({ command: command[0], args: command.slice(1), baseEnv: process.env, secrets });
    });
}


/***/ }),

/***/ 2127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G1: () => (/* binding */ ENV_NAME),
/* harmony export */   n6: () => (/* binding */ readMappingFile)
/* harmony export */ });
/* unused harmony export parseMapping */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7206);
/* harmony import */ var _stores_uri_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9468);
/**
 * The mapping file that says which secret becomes which variable:
 *
 *   # YAML                                   # or .env-like lines
 *   DB_PASSWORD: vault://secret/app/db#password   DB_PASSWORD=vault://secret/app/db#password
 *   API_KEY: sops://deploy/secrets.enc.yaml#api   export API_KEY=sops://deploy/secrets.enc.yaml#api
 *
 * Names are checked ([A-Za-z_][A-Za-z0-9_]*, no duplicates) and URIs parsed up front, so a typo is
 * reported with file:line before any store is asked for anything.
 */



const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ENV_LINE = /^\s*(?:export\s+)?([^=\s:]+)\s*=(.*)$/;
/** Parses a mapping; `file` only labels errors. */
function parseMapping(text, file) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    const meaningful = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.trim() !== '' && !l.trim().startsWith('#'));
    if (meaningful.length === 0)
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StanchError */ .W(`${file}: the mapping is empty (expected lines like NAME: vault://secret/app#key)`, _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.USAGE);
    const envLike = meaningful.every(({ l }) => ENV_LINE.test(l));
    const raw = envLike ? parseEnvLines(meaningful) : parseYamlMapping(text, file);
    return validate(raw, file);
}
function parseEnvLines(lines) {
    return lines.map(({ l, i }) => {
        const m = ENV_LINE.exec(l);
        return { name: m[1], uri: unquote(m[2].trim()), line: i + 1 };
    });
}
function unquote(v) {
    return v.length >= 2 && (v[0] === '"' || v[0] === "'") && v.endsWith(v[0]) ? v.slice(1, -1) : v;
}
function parseYamlMapping(text, file) {
    const counter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: counter, uniqueKeys: false });
    const lineOf = (offset) => (offset === undefined ? 0 : counter.linePos(offset).line);
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StanchError */ .W(`${file}:${e.linePos?.[0].line ?? lineOf(e.pos[0])}: not a valid mapping (YAML: ${e.message.split('\n')[0]})`, _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.USAGE);
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents))
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StanchError */ .W(`${file}:1: expected a mapping of NAME: store-uri`, _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.USAGE);
    const out = [];
    for (const pair of doc.contents.items) {
        const key = pair.key;
        const line = lineOf((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) ? key.range?.[0] : undefined);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) || typeof key.value !== 'string')
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StanchError */ .W(`${file}:${line}: each key must be a variable name`, _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.USAGE);
        const value = pair.value;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) || typeof value.value !== 'string') {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StanchError */ .W(`${file}:${line}: ${key.value}: the value must be a store URI string (vault://…, sops://…, env://…)`, _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.USAGE);
        }
        out.push({ name: key.value, uri: value.value.trim(), line });
    }
    return out;
}
function validate(raw, file) {
    const seen = new Map();
    return raw.map(({ name, uri, line }) => {
        if (!ENV_NAME.test(name)) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StanchError */ .W(`${file}:${line}: "${name}" is not a valid variable name (letters, digits, _; not starting with a digit)`, _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.USAGE);
        }
        const first = seen.get(name);
        if (first !== undefined)
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StanchError */ .W(`${file}:${line}: ${name} is mapped twice (first at line ${first})`, _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.USAGE);
        seen.set(name, line);
        if (uri === '')
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StanchError */ .W(`${file}:${line}: ${name}: the store URI is empty`, _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.USAGE);
        let ref;
        try {
            ref = (0,_stores_uri_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStoreUri */ .x8)(uri);
        }
        catch (err) {
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StanchError */ .W(`${file}:${line}: ${name}: ${err.message}`, _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.USAGE);
        }
        return { name, uri, ref, line };
    });
}
/** Reads and parses a mapping file; a missing file is a one-line error. */
async function readMappingFile(file) {
    const { readFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
    let text;
    try {
        text = await readFile(file, 'utf8');
    }
    catch (err) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StanchError */ .W(`${file}: cannot read the mapping (${err.code ?? 'error'})`, _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.USAGE);
    }
    return parseMapping(text, file);
}


/***/ }),

/***/ 5109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ resolveMapping)
/* harmony export */ });
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7206);
/**
 * Turns a mapping into values: every URI is read before anything is written, so a missing secret
 * fails the whole injection with nothing on disk. Errors name the mapping line and variable.
 */


async function resolveMapping(access, entries, opts) {
    const out = [];
    for (const e of entries) {
        let value;
        try {
            value = (await access.get(e.ref)).value;
        }
        catch (err) {
            const code = err instanceof _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StanchError */ .W ? err.exitCode : _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.STORE;
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StanchError */ .W(`${opts.file}:${e.line}: ${e.name}: ${oneLine(err)}`, code);
        }
        opts.onValue?.(value);
        out.push({ name: e.name, value });
    }
    return out;
}
/** Store errors never carry values (their contract); still keep the first line only. */
function oneLine(err) {
    return (err instanceof Error ? err.message : String(err)).split('\n')[0];
}


/***/ })

};
