export const id = 367;
export const ids = [367];
export const modules = {

/***/ 6150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  register: () => (/* binding */ register)
});

// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
// EXTERNAL MODULE: ./src/sources/files.ts
var files = __webpack_require__(6109);
// EXTERNAL MODULE: ./src/sources/chunks.ts
var sources_chunks = __webpack_require__(4150);
;// CONCATENATED MODULE: ./src/sources/stdin.ts

class StreamSource {
    opts;
    stats = { files: 0, bytes: 0, skipped: 0 };
    constructor(opts) {
        this.opts = opts;
    }
    async *fragments() {
        const stats = this.stats;
        stats.files = 1;
        const input = this.opts.input;
        async function* counted() {
            for await (const b of input) {
                stats.bytes += b.length;
                yield b;
            }
        }
        const chunks = (0,sources_chunks/* chunkByteStream */.Ir)(counted(), {
            chunkSize: this.opts.chunkSize ?? sources_chunks/* DEFAULT_CHUNK_SIZE */.WI,
            overlap: this.opts.chunkOverlap ?? sources_chunks/* DEFAULT_CHUNK_OVERLAP */.eY,
        });
        for await (const c of chunks) {
            const frag = { text: c.text, path: this.opts.path ?? '-', startLine: c.startLine };
            if (c.startColumn !== 1)
                frag.startColumn = c.startColumn;
            yield frag;
        }
    }
}

// EXTERNAL MODULE: ./src/entry/cli/io.ts
var io = __webpack_require__(7049);
// EXTERNAL MODULE: ./src/entry/cli/scan-runner.ts + 2 modules
var scan_runner = __webpack_require__(141);
;// CONCATENATED MODULE: ./src/entry/cli/commands/scan.ts





function register(program) {
    const cmd = program
        .command('scan')
        .description('scan files and directories for secrets (default: the current directory); "-" reads stdin')
        .argument('[paths...]', 'files or directories to scan, or - for standard input')
        .option('--no-gitignore', 'also scan files that .gitignore excludes')
        .option('--max-file-size <size>', 'skip files larger than SIZE (e.g. 500k, 10MB); default: no limit, large files are read in chunks');
    (0,scan_runner/* addScanOptions */.Js)(cmd).action(async (paths, opts) => {
        const cwd = process.cwd();
        const skips = [];
        let source;
        if (paths.includes('-')) {
            if (paths.length > 1)
                throw new errors/* StanchError */.W('"-" (stdin) cannot be combined with other paths', errors/* EXIT */.d.USAGE);
            source = new StreamSource({ input: process.stdin });
        }
        else {
            source = new files/* FileSource */._n({
                paths: paths.length ? paths : ['.'],
                cwd,
                gitignore: opts.gitignore,
                maxFileSize: opts.maxFileSize !== undefined ? (0,io/* parseSizeOption */.S)(opts.maxFileSize) : undefined,
                onSkip: (s) => skips.push(s),
            });
        }
        process.exitCode = await (0,scan_runner/* runScanAndReport */.Iw)({ source, opts, configDir: (0,scan_runner/* configDirFor */.FK)(paths, cwd), cwd, skips });
    });
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
