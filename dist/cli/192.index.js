export const id = 192;
export const ids = [192];
export const modules = {

/***/ 2192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  injectEnvFile: () => (/* binding */ injectEnvFile),
  register: () => (/* binding */ register),
  withAccess: () => (/* binding */ withAccess)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
// EXTERNAL MODULE: ./src/inject/env-file.ts
var env_file = __webpack_require__(9993);
// EXTERNAL MODULE: ./src/inject/mapping.ts
var mapping = __webpack_require__(2127);
// EXTERNAL MODULE: ./src/inject/secure-file.ts
var secure_file = __webpack_require__(91);
;// CONCATENATED MODULE: ./src/inject/files.ts
/**
 * One file per secret, for programs that read `<NAME>_FILE` (the official postgres, mysql, redis
 * images and many others): `<dir>/<NAME>` holds exactly the value (no trailing newline added), mode
 * 0400 by default, in a 0700 directory. All files are written or none: on a failure the ones already
 * written are shredded again.
 */





async function writeSecretFiles(dir, entries, mode = 0o400) {
    const abs = (0,external_node_path_.resolve)(dir);
    const warning = await (0,secure_file/* ensurePrivateDir */.rh)(abs);
    const files = [];
    try {
        for (const { name, value } of entries) {
            if (!mapping/* ENV_NAME */.G1.test(name))
                throw new errors/* StanchError */.W(`${name}: not a valid file name for a secret`, errors/* EXIT */.d.USAGE);
            const path = (0,external_node_path_.join)(abs, name);
            await (0,secure_file/* writeSecretFile */.AK)(path, value, mode);
            files.push({ name, path });
        }
    }
    catch (err) {
        for (const f of files)
            await (0,secure_file/* shredFile */.vg)(f.path).catch(() => undefined);
        throw err;
    }
    return { dir: abs, files, warning };
}
/** `NAME_FILE=/path` lines (no secrets in them) for an env file or `docker --env-file`. */
function fileVariables(files) {
    return files.map((f) => ({ name: `${f.name}_FILE`, value: f.path }));
}
/** Shreds `<dir>/<NAME>` for each name (or every regular file in dir when names is undefined), then the dir if empty. */
async function removeSecretFiles(dir, names) {
    const abs = (0,external_node_path_.resolve)(dir);
    const list = names ?? (await (0,promises_.readdir)(abs).catch(() => [])).filter((n) => mapping/* ENV_NAME */.G1.test(n));
    let removed = 0;
    for (const n of list) {
        const p = (0,external_node_path_.join)(abs, n);
        const st = await (0,promises_.lstat)(p).catch(() => undefined);
        if (st && (st.isFile() || st.isSymbolicLink()) && (await (0,secure_file/* shredFile */.vg)(p)))
            removed++;
    }
    await (0,secure_file/* removeDirIfEmpty */.u2)(abs);
    return removed;
}

// EXTERNAL MODULE: ./src/inject/resolve.ts
var resolve = __webpack_require__(5109);
// EXTERNAL MODULE: ./src/stores/uri.ts
var uri = __webpack_require__(9468);
;// CONCATENATED MODULE: ./src/inject/template.ts
/**
 * Config templates with secret references:
 *
 *   password: [[stanch:vault://secret/app/db#password]]
 *   "token": [[stanch:sops://deploy/secrets.enc.yaml#api.token | json]]
 *
 * Why `[[stanch:…]]`: `{{ }}` belongs to Go templates, Helm, Jinja, Mustache and Actions (`${{ }}`),
 * `${…}` to shells, compose and Spring, `((…))` to Concourse. A file can go through one of those and
 * through stanch without the two fighting over the same braces.
 *
 * Filters: `| json` writes a JSON string literal (quotes and escapes included), `| base64` base64,
 * `| raw` (default) the value as is. `\[[stanch:` writes a literal `[[stanch:`.
 * A reference that is malformed or cannot be resolved is an error naming file:line; the output file
 * is only written when every reference resolved.
 */


const START = /\\?\[\[[ \t]*stanch:/g;
const FULL = /(\\?)\[\[[ \t]*stanch:([^\s|\]]+)[ \t]*(?:\|[ \t]*([a-z0-9]+)[ \t]*)?\]\]/y;
const FILTERS = new Set(['raw', 'json', 'base64']);
function findReferences(text, file) {
    const refs = [];
    START.lastIndex = 0;
    for (let m = START.exec(text); m; m = START.exec(text)) {
        const line = lineAt(text, m.index);
        if (m[0].startsWith('\\')) {
            refs.push({ uri: '', filter: 'raw', line, start: m.index, end: m.index + m[0].length, escaped: true });
            continue;
        }
        FULL.lastIndex = m.index;
        const full = FULL.exec(text);
        if (!full)
            throw new errors/* StanchError */.W(`${file}:${line}: malformed reference (expected [[stanch:scheme://path#key]] or [[stanch:URI | json]])`, errors/* EXIT */.d.USAGE);
        const filter = (full[3] ?? 'raw');
        if (!FILTERS.has(filter))
            throw new errors/* StanchError */.W(`${file}:${line}: unknown filter "${full[3]}" (known: raw, json, base64)`, errors/* EXIT */.d.USAGE);
        try {
            (0,uri/* parseStoreUri */.x8)(full[2]);
        }
        catch (err) {
            throw new errors/* StanchError */.W(`${file}:${line}: ${err.message}`, errors/* EXIT */.d.USAGE);
        }
        refs.push({ uri: full[2], filter, line, start: m.index, end: m.index + full[0].length, escaped: false });
        START.lastIndex = m.index + full[0].length;
    }
    return refs;
}
/** Reads every distinct URI once (in order of first use), then substitutes; nothing is returned on any failure. */
async function renderTemplate(text, file, read) {
    const refs = findReferences(text, file);
    const values = new Map();
    for (const r of refs) {
        if (r.escaped || values.has(r.uri))
            continue;
        try {
            values.set(r.uri, await read(r.uri));
        }
        catch (err) {
            const code = err instanceof errors/* StanchError */.W ? err.exitCode : errors/* EXIT */.d.STORE;
            throw new errors/* StanchError */.W(`${file}:${r.line}: cannot resolve ${r.uri}: ${err.message.split('\n')[0]}`, code);
        }
    }
    let out = '';
    let pos = 0;
    for (const r of refs) {
        out += text.slice(pos, r.start);
        out += r.escaped ? text.slice(r.start + 1, r.end) : applyFilter(values.get(r.uri), r.filter);
        pos = r.end;
    }
    out += text.slice(pos);
    return { output: out, uris: [...values.keys()] };
}
function applyFilter(value, filter) {
    if (filter === 'json')
        return JSON.stringify(value);
    if (filter === 'base64')
        return Buffer.from(value, 'utf8').toString('base64');
    return value;
}
function lineAt(text, index) {
    let n = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}

// EXTERNAL MODULE: ./src/entry/cli/store-options.ts + 2 modules
var store_options = __webpack_require__(8201);
;// CONCATENATED MODULE: ./src/entry/cli/commands/inject.ts
/**
 * `stanch inject`: puts secrets where a program reads them.
 *
 *   stanch inject --map secrets.yaml [-o .env] [--format dotenv|docker] [--read-only]
 *   stanch inject --map secrets.yaml --files /run/app-secrets      (one 0400 file per secret)
 *   stanch inject --template config.tmpl -o config.yaml
 *   stanch inject --cleanup [-o .env] [--files DIR]                (overwrite, then remove)
 *
 * Every value is read before anything is written; each injected secret gets an `inject` audit record.
 */










function register(program) {
    const cmd = program
        .command('inject')
        .description('write secrets from a mapping (NAME: store-uri) to an env file, per-secret files or a template')
        .option('-m, --map <file>', 'mapping file: YAML "NAME: uri" or lines "NAME=uri"')
        .option('-o, --output <file>', 'env file to write (default .env), or the rendered template')
        .option('-f, --format <format>', 'env file dialect: dotenv (quoted, multi-line) or docker (docker run --env-file)', 'dotenv')
        .option('--read-only', 'make the env file or rendered template 0400 instead of 0600')
        .option('--files <dir>', 'write one 0400 file per secret into DIR (0700) and print NAME_FILE=path lines')
        .option('-t, --template <file>', 'replace [[stanch:URI]] references in FILE and write the result to --output')
        .option('--cleanup', 'overwrite with zeros and remove what inject wrote (--output and/or --files)');
    (0,store_options/* addStoreFlags */.Ki)(cmd).action(async (flags) => {
        if (flags.cleanup)
            return cleanup(flags);
        if (flags.format !== 'dotenv' && flags.format !== 'docker') {
            throw new errors/* StanchError */.W(`--format: expected dotenv or docker, got "${flags.format}"`, errors/* EXIT */.d.USAGE);
        }
        if (flags.template) {
            if (flags.map || flags.files)
                throw new errors/* StanchError */.W('--template renders one file; use it without --map and --files', errors/* EXIT */.d.USAGE);
            if (!flags.output)
                throw new errors/* StanchError */.W('--template needs -o/--output for the rendered file', errors/* EXIT */.d.USAGE);
            return withAccess(flags, (access) => injectTemplate(access, flags.template, flags.output, flags.readOnly));
        }
        if (!flags.map)
            throw new errors/* StanchError */.W('inject needs --map FILE (or --template FILE, or --cleanup)', errors/* EXIT */.d.USAGE);
        const entries = await (0,mapping/* readMappingFile */.n6)(flags.map);
        if (flags.files) {
            if (flags.output)
                throw new errors/* StanchError */.W('--files writes one file per secret; use it without --output', errors/* EXIT */.d.USAGE);
            return withAccess(flags, (access) => injectFiles(access, flags.map, entries, flags.files));
        }
        const output = flags.output ?? '.env';
        return withAccess(flags, (access) => injectEnvFile(access, flags.map, entries, output, flags.format, flags.readOnly));
    });
}
async function withAccess(flags, fn) {
    const access = (0,store_options/* openSecretAccess */.XC)(flags);
    try {
        await fn(access);
    }
    finally {
        await access.close();
    }
}
async function injectEnvFile(access, map, entries, output, format, readOnly) {
    const values = await (0,resolve/* resolveMapping */.f)(access, entries, { file: map });
    // Formatting validates every value (docker: one line each) before the file is touched.
    let text = '';
    values.forEach((v, i) => {
        try {
            text += (0,env_file/* formatEnvLine */.nK)(v, format);
        }
        catch (err) {
            throw new errors/* StanchError */.W(`${map}:${entries[i].line}: ${err.message}`, errors/* EXIT */.d.USAGE);
        }
    });
    const target = `env-file:${(0,external_node_path_.resolve)(output)}`;
    try {
        const res = await (0,secure_file/* writeSecretFile */.AK)(output, text, readOnly ? 0o400 : 0o600);
        if (res.warning)
            process.stderr.write(`stanch: warning: ${res.warning}\n`);
    }
    catch (err) {
        for (const e of entries)
            await access.recordInjection(e.ref.uri, target, 'error');
        throw err;
    }
    for (const e of entries)
        await access.recordInjection(e.ref.uri, target);
    process.stderr.write(`stanch: wrote ${values.length} variable(s) to ${output} (${format}, mode ${readOnly ? '0400' : '0600'})\n`);
}
async function injectFiles(access, map, entries, dir) {
    const values = await (0,resolve/* resolveMapping */.f)(access, entries, { file: map });
    let res;
    try {
        res = await writeSecretFiles(dir, values, 0o400);
    }
    catch (err) {
        for (const e of entries)
            await access.recordInjection(e.ref.uri, `file:${(0,external_node_path_.join)((0,external_node_path_.resolve)(dir), e.name)}`, 'error');
        throw err;
    }
    if (res.warning)
        process.stderr.write(`stanch: warning: ${res.warning}\n`);
    for (const e of entries)
        await access.recordInjection(e.ref.uri, `file:${(0,external_node_path_.join)((0,external_node_path_.resolve)(dir), e.name)}`);
    process.stdout.write((0,env_file/* formatEnvFile */.Fx)(fileVariables(res.files), 'docker'));
    process.stderr.write(`stanch: wrote ${res.files.length} file(s) to ${dir} (mode 0400)\n`);
}
async function injectTemplate(access, template, output, readOnly) {
    let text;
    try {
        text = await (0,promises_.readFile)(template, 'utf8');
    }
    catch (err) {
        throw new errors/* StanchError */.W(`${template}: cannot read the template (${err.code ?? 'error'})`, errors/* EXIT */.d.USAGE);
    }
    const { output: rendered, uris } = await renderTemplate(text, template, async (uri) => (await access.get(uri)).value);
    const res = await (0,secure_file/* writeSecretFile */.AK)(output, rendered, readOnly ? 0o400 : 0o600);
    if (res.warning)
        process.stderr.write(`stanch: warning: ${res.warning}\n`);
    for (const uri of uris)
        await access.recordInjection(uri, `template:${(0,external_node_path_.resolve)(output)}`);
    process.stderr.write(`stanch: rendered ${template} to ${output} (${uris.length} secret(s), mode ${readOnly ? '0400' : '0600'})\n`);
}
async function cleanup(flags) {
    let done = 0;
    if (flags.files)
        done += await removeSecretFiles(flags.files);
    if (flags.output || !flags.files) {
        const output = flags.output ?? '.env';
        // The directory stays: it may be the working directory or hold other files.
        if (await (0,secure_file/* shredFile */.vg)(output))
            done++;
    }
    process.stderr.write(`stanch: removed ${done} file(s)\n`);
}


/***/ }),

/***/ 9993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ formatEnvFile),
/* harmony export */   nK: () => (/* binding */ formatEnvLine),
/* harmony export */   qd: () => (/* binding */ parseDotenv)
/* harmony export */ });
/* unused harmony exports DOCKER_MAX_LINE, dotenvValue, parseDockerEnvFile */
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7206);
/* harmony import */ var _mapping_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2127);
/**
 * Env files in the two dialects people feed them to:
 *
 * - `dotenv` (motdotla/dotenv and parsers that follow it: docker compose, python-dotenv, Node's
 *   --env-file): a value may be quoted with ', " or `. Inside single quotes and backticks the
 *   text is literal (newlines included); inside double quotes dotenv turns `\n` and `\r` into
 *   newline and carriage return and does nothing else. An unquoted value ends at `#` and is trimmed.
 *   So we always quote, and pick the first quote that can carry the value unchanged.
 * - `docker` (`docker run --env-file`): each line is `NAME=value`, the value taken literally to the
 *   end of the line: no quotes, no escapes, no multi-line values. `#` starts a comment only at the
 *   start of a line; leading whitespace of the line is dropped, the value's spaces are kept. Lines are
 *   read with Go's bufio.Scanner (a trailing \r is dropped, 64 KiB per line at most) and must be UTF-8.
 *
 * Errors name the variable, never the value.
 */


/** Go's bufio.MaxScanTokenSize: docker cannot read a longer line. */
const DOCKER_MAX_LINE = 64 * 1024;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function formatEnvFile(entries, format) {
    return entries.map((e) => formatEnvLine(e, format)).join('');
}
function formatEnvLine({ name, value }, format) {
    if (!_mapping_js__WEBPACK_IMPORTED_MODULE_1__/* .ENV_NAME */ .G1.test(name))
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StanchError */ .W(`${name}: not a valid variable name`, _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.USAGE);
    if (value.includes('\0'))
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StanchError */ .W(`${name}: the value contains a NUL byte, which no environment can hold`, _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.USAGE);
    if (LONE_SURROGATE.test(value))
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StanchError */ .W(`${name}: the value is not valid Unicode text`, _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.USAGE);
    return format === 'docker' ? `${name}=${dockerValue(name, value)}\n` : `${name}=${dotenvValue(name, value)}\n`;
}
function dockerValue(name, value) {
    if (/[\r\n]/.test(value)) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StanchError */ .W(`${name}: the value spans several lines, which docker --env-file cannot carry; use --format dotenv (docker compose reads it), "stanch run", or file outputs`, _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.USAGE);
    }
    if (Buffer.byteLength(`${name}=${value}`) >= DOCKER_MAX_LINE) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StanchError */ .W(`${name}: the value is longer than docker --env-file reads (64 KiB per line); use file outputs`, _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.USAGE);
    }
    return value;
}
/**
 * The quoted form dotenv reads back as exactly `value`:
 * - '…' or `…` when the value does not contain that quote: literal. Not when the value ends with a
 *   backslash (dotenv would take `\'` as an escaped quote) or holds \r (dotenv normalises line ends).
 * - "…" otherwise, with \r and newline written as \r and \n; only possible when the value holds no `"`
 *   and no literal backslash-n / backslash-r (dotenv would turn those into control characters).
 */
function dotenvValue(name, value) {
    for (const q of ["'", '`']) {
        if (!value.includes(q) && !value.includes('\r') && !value.endsWith('\\'))
            return `${q}${value}${q}`;
    }
    if (!value.includes('"') && !/\\[nr]/.test(value) && !value.endsWith('\\')) {
        return `"${value.replace(/\r/g, '\\r').replace(/\n/g, '\\n')}"`;
    }
    throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StanchError */ .W(`${name}: the value mixes quote characters (' " \`) or backslashes in a way dotenv cannot read back unchanged; use "stanch run" or file outputs`, _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.USAGE);
}
/**
 * Reads a dotenv file by dotenv's rules (for `stanch secrets import`): `[export ]NAME=value`, quoted
 * values may span lines, double-quoted ones expand \n and \r, unquoted ones end at ` #` and are trimmed.
 * Malformed lines are errors naming file:line (dotenv itself skips them silently).
 */
function parseDotenv(text, file) {
    const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const out = [];
    let pos = 0;
    let line = 1;
    while (pos < src.length) {
        const eol = src.indexOf('\n', pos);
        const end = eol === -1 ? src.length : eol;
        const raw = src.slice(pos, end);
        const startLine = line;
        const trimmed = raw.trim();
        if (trimmed === '' || trimmed.startsWith('#')) {
            pos = end + 1;
            line++;
            continue;
        }
        const m = /^\s*(?:export\s+)?([\w.-]+)\s*(?:=|:\s)\s*/.exec(raw);
        if (!m)
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StanchError */ .W(`${file}:${startLine}: expected NAME=value`, _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.USAGE);
        const name = m[1];
        const valueStart = pos + m[0].length;
        const q = src[valueStart];
        let value;
        if ((q === "'" || q === '"' || q === '`') && closingQuote(src, valueStart, q) !== -1) {
            const close = closingQuote(src, valueStart, q);
            value = src.slice(valueStart + 1, close);
            if (q === '"')
                value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
            const after = src.indexOf('\n', close);
            const stop = after === -1 ? src.length : after;
            line += countNewlines(src, pos, stop) + 1;
            pos = stop + 1;
        }
        else {
            let v = raw.slice(m[0].length);
            const hash = v.indexOf('#');
            if (hash !== -1)
                v = v.slice(0, hash);
            value = v.trim();
            pos = end + 1;
            line++;
        }
        if (!_mapping_js__WEBPACK_IMPORTED_MODULE_1__/* .ENV_NAME */ .G1.test(name))
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StanchError */ .W(`${file}:${startLine}: "${name}" is not a valid variable name`, _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.USAGE);
        out.push({ name, value, line: startLine });
    }
    return out;
}
/** The quote closing a value that starts at `open`: followed only by spaces and an optional # comment. */
function closingQuote(src, open, q) {
    for (let i = src.indexOf(q, open + 1); i !== -1; i = src.indexOf(q, i + 1)) {
        const rest = /^[ \t]*(?:#[^\n]*)?(?:\n|$)/.exec(src.slice(i + 1, i + 1 + 4096));
        if (rest)
            return i;
    }
    return -1;
}
function countNewlines(s, from, to) {
    let n = 0;
    for (let i = s.indexOf('\n', from); i !== -1 && i < to; i = s.indexOf('\n', i + 1))
        n++;
    return n;
}
/**
 * Reads a file the way `docker run --env-file` does (docker/cli opts/envfile.go): used by tests and to
 * check what we wrote. Lines without `=` (take the value from the host) are returned with value undefined.
 */
function parseDockerEnvFile(text) {
    const out = [];
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    lines.forEach((rawLine, i) => {
        let l = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
        if (i === 0)
            l = l.replace(/^\uFEFF/, '');
        l = l.replace(/^\s+/u, '');
        if (l === '' || l.startsWith('#'))
            return;
        const eq = l.indexOf('=');
        const name = (eq === -1 ? l : l.slice(0, eq)).replace(/^[ \t]+/, '');
        if (name === '')
            throw new Error(`line ${i + 1}: no variable name`);
        if (/[ \t]/.test(name))
            throw new Error(`line ${i + 1}: variable '${name}' contains whitespaces`);
        out.push({ name, value: eq === -1 ? undefined : l.slice(eq + 1) });
    });
    return out;
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


/***/ }),

/***/ 91:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ writeSecretFile),
/* harmony export */   rh: () => (/* binding */ ensurePrivateDir),
/* harmony export */   u2: () => (/* binding */ removeDirIfEmpty),
/* harmony export */   vg: () => (/* binding */ shredFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7206);
/* harmony import */ var _fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7768);
/**
 * Writing and removing files that hold secrets.
 *
 * Writing: the parent directory is created with mode 0700 when missing; the file is written to a temp
 * file in the same directory (created 0600, flushed), then renamed over the target, so a reader sees
 * the old file or the whole new one, never a part. The final mode is 0600 or 0400.
 *
 * Removing: the file is overwritten with zeros (flushed) before it is unlinked. On copy-on-write or
 * journaling filesystems and SSDs the old blocks may survive; the overwrite still defeats the easy
 * recoveries (a process that keeps the file open, a careless backup of the directory).
 */




/** Creates `dir` (and parents) with 0700 when missing; returns a warning when an existing one is open to others. */
async function ensurePrivateDir(dir) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir);
    const before = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(abs).catch(() => undefined);
    if (!before) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(abs, { recursive: true, mode: 0o700 });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(abs, 0o700);
        return undefined;
    }
    if (!before.isDirectory())
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .StanchError */ .W(`${dir}: exists and is not a directory`, _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.USAGE);
    if ((before.mode & 0o077) !== 0) {
        return `${dir} is accessible to other users (mode ${(before.mode & 0o777).toString(8)}); the file itself is private (0600/0400), but a 0700 directory is safer`;
    }
    return undefined;
}
async function writeSecretFile(path, content, mode = 0o600) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(abs).catch(() => undefined);
    if (existing && !existing.isFile() && !existing.isSymbolicLink())
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .StanchError */ .W(`${path}: exists and is not a regular file`, _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.USAGE);
    const warning = await ensurePrivateDir((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(abs));
    try {
        await (0,_fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(abs, content, mode);
    }
    catch (err) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .StanchError */ .W(`cannot write ${path}: ${err.code ?? 'write failed'}`, _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.USAGE);
    }
    return { path: abs, warning };
}
/** Overwrites a file with zeros, flushes, unlinks. A missing file is not an error (returns false). */
async function shredFile(path) {
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(path).catch(() => undefined);
    if (!st)
        return false;
    if (st.isSymbolicLink()) {
        // Never follow a link to overwrite whatever it points at; just remove the link.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(path);
        return true;
    }
    if (!st.isFile())
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .StanchError */ .W(`${path}: not a regular file; refusing to remove it`, _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.USAGE);
    if ((st.mode & 0o200) === 0)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(path, 0o600);
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r+');
    try {
        const chunk = Buffer.alloc(Math.min(st.size, 1 << 20));
        for (let off = 0; off < st.size; off += chunk.length) {
            await fh.write(chunk, 0, Math.min(chunk.length, st.size - off), off);
        }
        await fh.sync();
    }
    finally {
        await fh.close();
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(path);
    return true;
}
/** Removes a directory if it is empty (after the files in it were shredded); keeps it otherwise. */
async function removeDirIfEmpty(dir) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rmdir)(dir);
        return true;
    }
    catch {
        return false;
    }
}


/***/ })

};
