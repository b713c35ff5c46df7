export const id = 902;
export const ids = [902];
export const modules = {

/***/ 1252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   register: () => (/* binding */ register)
/* harmony export */ });
/* harmony import */ var _git_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6916);
/* harmony import */ var _git_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1020);
/* harmony import */ var _sources_staged_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2078);
/* harmony import */ var _scan_runner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(141);




function register(program) {
    const cmd = program.command('staged').description('scan the staged changes: what `git commit` is about to record');
    (0,_scan_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .addScanOptions */ .Js)(cmd).action(async (opts) => {
        const cwd = process.cwd();
        const root = await (0,_git_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)((0,_git_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .showToplevel */ .BJ)(), { cwd });
        const skips = [];
        const source = (0,_sources_staged_js__WEBPACK_IMPORTED_MODULE_2__/* .createStagedSource */ .K)({ cwd: root, onSkip: (s) => skips.push(s) });
        // A commit's changes are small: workers would cost more to start than they save.
        process.exitCode = await (0,_scan_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .runScanAndReport */ .Iw)({ source, opts: { ...opts, workers: opts.workers ?? '0' }, configDir: root, cwd, skips });
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


/***/ }),

/***/ 2078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ createStagedSource)
/* harmony export */ });
/* harmony import */ var _git_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1020);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7831);


function createStagedSource(opts) {
    return new _diff_js__WEBPACK_IMPORTED_MODULE_1__/* .PatchSource */ .Cy(async () => ({ args: (0,_git_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .diffCachedArgs */ .D9)() }), { cwd: opts.cwd, maxFragmentChars: opts.maxFragmentChars, onSkip: opts.onSkip });
}


/***/ })

};
