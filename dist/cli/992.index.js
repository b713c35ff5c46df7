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
        const source = new _sources_files_js__WEBPACK_IMPORTED_MODULE_3__/* .FileSource */ ._({
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


/***/ }),

/***/ 4150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ir: () => (/* binding */ chunkByteStream),
/* harmony export */   WI: () => (/* binding */ DEFAULT_CHUNK_SIZE),
/* harmony export */   eY: () => (/* binding */ DEFAULT_CHUNK_OVERLAP)
/* harmony export */ });
/**
 * Splits a byte stream into overlapping text chunks with bounded memory, so a 100 MB
 * file (even a single 100 MB line) is scanned without holding it whole. Each chunk
 * knows the line and column it starts at. Consecutive chunks overlap by at least
 * `overlap` bytes (the next chunk starts at the first line start inside the overlap
 * window when there is one, else mid-line), so a PEM block or token crossing a chunk
 * boundary is whole in the next chunk. Duplicate findings from the overlap are
 * removed by the pipeline.
 */
const DEFAULT_CHUNK_SIZE = 4 * 1024 * 1024;
const DEFAULT_CHUNK_OVERLAP = 64 * 1024;
async function* chunkByteStream(input, opts) {
    const { chunkSize, overlap } = opts;
    if (!(overlap * 2 < chunkSize))
        throw new Error('chunk overlap must be less than half the chunk size');
    let pending = Buffer.alloc(0);
    let line = 1;
    let column = 1;
    let first = true;
    const it = input[Symbol.asyncIterator]();
    let done = false;
    for (;;) {
        while (!done && pending.length < chunkSize) {
            const r = await it.next();
            if (r.done)
                done = true;
            else
                pending = pending.length === 0 ? Buffer.from(r.value) : Buffer.concat([pending, r.value]);
        }
        const isLast = done && pending.length <= chunkSize;
        const end = isLast ? pending.length : charBoundary(pending, Math.min(chunkSize, pending.length));
        let text = pending.subarray(0, end).toString('utf8');
        if (first && text.charCodeAt(0) === 0xfeff) {
            text = text.slice(1); // UTF-8 byte order mark is not content
        }
        first = false;
        if (text.length > 0 || line === 1)
            yield { text, startLine: line, startColumn: column };
        if (isLast)
            return;
        const next = nextChunkStart(pending, end, overlap);
        const skipped = pending.subarray(0, next);
        const newlines = countNewlines(skipped);
        if (newlines > 0) {
            line += newlines;
            column = 1 + skipped.subarray(skipped.lastIndexOf(0x0a) + 1).toString('utf8').length;
        }
        else {
            column += utf16Length(skipped, line === 1 && column === 1);
        }
        pending = pending.subarray(next);
    }
}
/** Where the next chunk starts: the first line start in the overlap window, else a char boundary. */
function nextChunkStart(buf, end, overlap) {
    const windowStart = Math.max(1, end - overlap);
    const nl = buf.indexOf(0x0a, windowStart);
    if (nl >= 0 && nl + 1 < end)
        return nl + 1;
    const at = charBoundary(buf, windowStart);
    return at > 0 ? at : end;
}
/** Moves `i` back so it does not split a UTF-8 sequence. */
function charBoundary(buf, i) {
    let j = i;
    while (j > 0 && j > i - 4 && j < buf.length && (buf[j] & 0xc0) === 0x80)
        j--;
    return j;
}
function countNewlines(buf) {
    let n = 0;
    for (let i = buf.indexOf(0x0a); i >= 0; i = buf.indexOf(0x0a, i + 1))
        n++;
    return n;
}
function utf16Length(buf, atFileStart) {
    const s = buf.toString('utf8');
    return atFileStart && s.charCodeAt(0) === 0xfeff ? s.length - 1 : s.length;
}


/***/ }),

/***/ 6109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ FileSource)
/* harmony export */ });
/* unused harmony export BINARY_EXTENSIONS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(298);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(ignore__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7206);
/* harmony import */ var _chunks_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4150);
/* harmony import */ var _read_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1595);
/**
 * Files on disk as fragments: walks the given paths (default `.`), honours nested
 * .gitignore files (and .git/info/exclude) unless told not to, always skips `.git/`,
 * skips binaries and reports every skip, never follows a symlink out of the scan root,
 * and reads large files in overlapping chunks so memory stays bounded.
 */







const DEFAULT_WHOLE_FILE_LIMIT = 8 * 1024 * 1024;
/** Extensions that are binary often enough that reading them is wasted work. */
const BINARY_EXTENSIONS = new Set(('png jpg jpeg gif bmp ico icns webp tif tiff psd heic avif ' +
    'pdf zip gz tgz bz2 xz zst 7z rar lz4 ' +
    'jar war ear class dex apk aab ipa exe dll so dylib o a lib obj pdb bin iso dmg img msi deb rpm ' +
    'woff woff2 ttf otf eot ' +
    'mp3 mp4 m4a m4v mov avi mkv wav flac ogg oga webm wmv ' +
    'pyc pyo whl wasm node sqlite sqlite3 db parquet avro orc ' +
    'npy npz pt pth onnx h5 pkl').split(' '));
class FileSource {
    stats = { files: 0, bytes: 0, skipped: 0 };
    opts;
    constructor(opts = {}) {
        this.opts = {
            paths: opts.paths?.length ? opts.paths : ['.'],
            cwd: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(opts.cwd ?? process.cwd()),
            gitignore: opts.gitignore ?? true,
            maxFileSize: opts.maxFileSize,
            wholeFileLimit: opts.wholeFileLimit ?? DEFAULT_WHOLE_FILE_LIMIT,
            chunkSize: opts.chunkSize ?? _chunks_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_CHUNK_SIZE */ .WI,
            chunkOverlap: opts.chunkOverlap ?? _chunks_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_CHUNK_OVERLAP */ .eY,
            onSkip: opts.onSkip,
        };
    }
    fragments() {
        return this.walk(false);
    }
    /** As fragments(), with the files read in one piece left to the scan workers (see Source). */
    deferred() {
        return this.walk(true);
    }
    settle(ref, outcome) {
        if ('skip' in outcome)
            this.skip(ref.file, outcome.skip);
        else {
            this.stats.files++;
            this.stats.bytes += outcome.bytes;
        }
    }
    async *walk(defer) {
        for (const p of this.opts.paths) {
            const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(this.opts.cwd, p);
            let st;
            try {
                st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(abs);
            }
            catch {
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .StanchError */ .W(`path not found: ${p}`, _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .d.USAGE);
            }
            if (st.isDirectory()) {
                const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(abs);
                const matchers = this.opts.gitignore ? await ancestorMatchers(abs) : [];
                yield* this.walkDir(abs, root, matchers, defer);
            }
            else if (st.isFile()) {
                // A file named on the command line is scanned even if .gitignore lists it.
                yield* this.scanFile(abs, st.size, defer);
            }
            else {
                this.skip(abs, 'not a regular file');
            }
        }
    }
    /**
     * Depth first in name order, with an explicit stack instead of nested generators (each level of
     * `yield*` costs every fragment a promise hop), and synchronous directory reads: a thread-pool
     * round trip per directory kept this thread waiting while the scan workers starved.
     */
    async *walkDir(top, root, topMatchers, defer) {
        // `display`: the directory's path as findings show it ('' for the working directory). Inside
        // the working directory child paths are built by appending names: path.join and
        // path.relative per file cost more than the directory reads. A walk from outside it can come
        // back into it, where relative paths get shorter: there each path is computed.
        const stack = [];
        const enter = (dir, display, parentMatchers) => {
            let entries;
            try {
                entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
            }
            catch (e) {
                this.skip(dir, `unreadable directory (${e.code ?? 'error'})`);
                return;
            }
            let matchers = parentMatchers;
            // Only a .gitignore the listing shows is read: trying one in every directory cost an ENOENT each.
            if (this.opts.gitignore && entries.some((e) => e.name === '.gitignore' && !e.isDirectory())) {
                const own = loadMatcher(dir, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '.gitignore'));
                if (own)
                    matchers = [...parentMatchers, own];
            }
            entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
            stack.push({ dir, display, matchers, entries, next: 0 });
        };
        const fromTop = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(this.opts.cwd, top);
        const inside = !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(fromTop) && fromTop !== '..' && !fromTop.startsWith('..' + node_path__WEBPACK_IMPORTED_MODULE_2__.sep);
        enter(top, fromTop.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'), topMatchers);
        while (stack.length > 0) {
            const frame = stack[stack.length - 1];
            if (frame.next >= frame.entries.length) {
                stack.pop();
                continue;
            }
            const ent = frame.entries[frame.next++];
            if (ent.name === '.git')
                continue; // repository internals, never content
            const abs = frame.dir.endsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) ? frame.dir + ent.name : frame.dir + node_path__WEBPACK_IMPORTED_MODULE_2__.sep + ent.name;
            const display = !inside ? this.displayPath(abs) : frame.display === '' ? ent.name : `${frame.display}/${ent.name}`;
            const matchers = frame.matchers;
            if (ent.isSymbolicLink()) {
                yield* this.followSymlink(abs, root, matchers, defer, display);
                continue;
            }
            const isDir = ent.isDirectory();
            if (matchers.length && isIgnored(matchers, abs, isDir))
                continue;
            if (isDir) {
                enter(abs, display, matchers);
            }
            else if (ent.isFile()) {
                let size;
                try {
                    // Synchronous on purpose, like the read in scanFile: see there.
                    size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs).size;
                }
                catch {
                    this.skip(abs, 'vanished while scanning');
                    continue;
                }
                yield* this.scanFile(abs, size, defer, display);
            }
        }
    }
    /** Symlinked files inside the root are scanned; links out of the root and to directories are not. */
    async *followSymlink(abs, root, matchers, defer, display) {
        let target;
        try {
            target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(abs);
        }
        catch {
            this.skip(abs, 'broken symlink');
            return;
        }
        if (target !== root && !target.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_2__.sep)) {
            this.skip(abs, 'symlink points outside the scan root');
            return;
        }
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(target);
        if (!st.isFile()) {
            this.skip(abs, 'symlink to a directory (its target is scanned directly)');
            return;
        }
        if (matchers.length && isIgnored(matchers, abs, false))
            return;
        yield* this.scanFile(abs, st.size, defer, display);
    }
    /** `display`: the path findings show, when the walk has it already (else computed from `abs`). */
    async *scanFile(abs, size, defer, display) {
        const path = display ?? this.displayPath(abs);
        if (this.opts.maxFileSize !== undefined && size > this.opts.maxFileSize) {
            this.skip(abs, `larger than the size limit (${size} bytes)`);
            return;
        }
        if (BINARY_EXTENSIONS.has((0,node_path__WEBPACK_IMPORTED_MODULE_2__.extname)(abs).slice(1).toLowerCase())) {
            this.skip(abs, 'binary file (by extension)');
            return;
        }
        if (size <= this.opts.wholeFileLimit) {
            const ref = { file: abs, path, size };
            if (defer) {
                yield ref;
                return;
            }
            const read = (0,_read_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readWholeFile */ .M4)(ref);
            this.settle(ref, read);
            if ('fragment' in read)
                yield read.fragment;
            return;
        }
        if (await looksBinary(abs)) {
            this.skip(abs, 'binary file (NUL byte)');
            return;
        }
        this.stats.files++;
        this.stats.bytes += size;
        const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(abs, { highWaterMark: 1024 * 1024 });
        for await (const chunk of (0,_chunks_js__WEBPACK_IMPORTED_MODULE_6__/* .chunkByteStream */ .Ir)(stream, { chunkSize: this.opts.chunkSize, overlap: this.opts.chunkOverlap })) {
            const frag = { text: chunk.text, path, startLine: chunk.startLine };
            if (chunk.startColumn !== 1)
                frag.startColumn = chunk.startColumn;
            yield frag;
        }
    }
    displayPath(abs) {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(this.opts.cwd, abs);
        return (rel === '' ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(abs) : rel).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
    }
    skip(abs, reason) {
        this.stats.skipped++;
        this.opts.onSkip?.({ path: this.displayPath(abs), reason });
    }
}
async function looksBinary(abs) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(abs, 'r');
    try {
        const buf = Buffer.alloc(_read_file_js__WEBPACK_IMPORTED_MODULE_5__/* .BINARY_SNIFF_BYTES */ .Ly);
        const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
        const head = buf.subarray(0, bytesRead);
        if (head[0] === 0xff && head[1] === 0xfe)
            return true; // huge UTF-16: not chunked
        return head.includes(0);
    }
    finally {
        await fh.close();
    }
}
function loadMatcher(base, file) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
    return { base, ig: ignore__WEBPACK_IMPORTED_MODULE_3___default()().add(text) };
}
/**
 * Matchers that apply above the scanned directory: `.git/info/exclude` and the
 * .gitignore files from the repository root down to (not including) `dir`.
 */
async function ancestorMatchers(dir) {
    const chain = [];
    let cur = dir;
    let repoRoot;
    for (let i = 0; i < 64; i++) {
        chain.unshift(cur);
        if (await exists((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cur, '.git'))) {
            repoRoot = cur;
            break;
        }
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(cur);
        if (up === cur)
            break;
        cur = up;
    }
    if (!repoRoot)
        return [];
    const out = [];
    const exclude = loadMatcher(repoRoot, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repoRoot, '.git', 'info', 'exclude'));
    if (exclude)
        out.push(exclude);
    for (const d of chain.slice(0, -1)) {
        const m = loadMatcher(d, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(d, '.gitignore'));
        if (m)
            out.push(m);
    }
    return out;
}
/** Git semantics: later (deeper) files override earlier ones; `!pattern` re-includes. */
function isIgnored(matchers, abs, isDir) {
    let ignored = false;
    for (const m of matchers) {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(m.base, abs);
        if (rel === '' || rel.startsWith('..'))
            continue;
        const r = m.ig.test(rel.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/') + (isDir ? '/' : ''));
        if (r.ignored)
            ignored = true;
        else if (r.unignored)
            ignored = false;
    }
    return ignored;
}
async function exists(p) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(p);
        return true;
    }
    catch {
        return false;
    }
}


/***/ })

};
