export const id = 992;
export const ids = [992];
export const modules = {

/***/ 6113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   register: () => (/* binding */ register)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _baseline_baseline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6360);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7206);
/* harmony import */ var _sources_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6109);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7049);
/* harmony import */ var _scan_runner_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(141);
/** `stanch baseline [PATH…] [-o FILE]`: record today's findings so later scans report only new ones. */






function register(program) {
    program
        .command('baseline')
        .description('write a baseline of current findings (fingerprints and redacted hints, never values)')
        .argument('[paths...]', 'files or directories to scan (default: .)')
        .option('-o, --output <file>', 'baseline file to write', _baseline_baseline_js__WEBPACK_IMPORTED_MODULE_1__.DEFAULT_BASELINE_FILE)
        .option('-c, --config <file>', 'config file (default: .stanch.toml, else .gitleaks.toml)')
        .option('--min-confidence <n>', 'drop findings whose rule confidence is below N (0..1)')
        .option('--no-gitignore', 'also scan files that .gitignore excludes')
        .option('--max-file-size <size>', 'skip files larger than SIZE (e.g. 500k, 10MB)')
        .option('--workers <n>', 'threads for large scans, this one included (0 or 1 = this thread alone)')
        .option('--no-progress', 'no progress bar')
        .option('-q, --quiet', 'nothing on stderr but errors')
        .action(async (paths, opts) => {
        const cwd = process.cwd();
        const skips = [];
        const prepared = (0,_scan_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .prepareScan */ .JU)({ ...opts, format: undefined }, (0,_scan_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .configDirFor */ .FK)(paths, cwd), cwd);
        const source = new _sources_files_js__WEBPACK_IMPORTED_MODULE_3__/* .FileSource */ ._n({
            paths: paths.length ? paths : ['.'],
            cwd,
            gitignore: opts.gitignore,
            maxFileSize: opts.maxFileSize !== undefined ? (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSizeOption */ .S)(opts.maxFileSize) : undefined,
            onSkip: (s) => skips.push(s),
        });
        const result = await (0,_scan_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .runScan */ .Hk)(source, prepared, { quiet: opts.quiet, progress: opts.progress, label: 'baseline' });
        const baseline = (0,_baseline_baseline_js__WEBPACK_IMPORTED_MODULE_1__/* .createBaseline */ .wu)(result.findings);
        (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, opts.output), (0,_baseline_baseline_js__WEBPACK_IMPORTED_MODULE_1__/* .serializeBaseline */ .ky)(baseline));
        if (!opts.quiet) {
            const n = baseline.entries.length;
            process.stderr.write(`stanch: wrote ${n} entr${n === 1 ? 'y' : 'ies'} to ${opts.output} (scanned ${result.stats.files} files)\n`);
        }
        process.exitCode = _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.OK;
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
