export const id = 831;
export const ids = [831];
export const modules = {

/***/ 1020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ showToplevel),
/* harmony export */   C8: () => (/* binding */ gitPath),
/* harmony export */   D9: () => (/* binding */ diffCachedArgs),
/* harmony export */   HP: () => (/* binding */ revListCount),
/* harmony export */   Hw: () => (/* binding */ isShallowRepository),
/* harmony export */   R6: () => (/* binding */ isBareRepository),
/* harmony export */   WL: () => (/* binding */ resolveCommit),
/* harmony export */   Zz: () => (/* binding */ resolveRevisions),
/* harmony export */   di: () => (/* binding */ configGet),
/* harmony export */   e4: () => (/* binding */ logPatchArgs),
/* harmony export */   gB: () => (/* binding */ revListSelection),
/* harmony export */   hp: () => (/* binding */ isZeroSha),
/* harmony export */   ki: () => (/* binding */ revList),
/* harmony export */   nM: () => (/* binding */ COMMIT_MARKER),
/* harmony export */   qG: () => (/* binding */ COMMIT_FIELD_SEP)
/* harmony export */ });
/* unused harmony exports assertRevision, ZERO_SHA_RE, emptyTree, PATCH_FORMAT_ARGS, COMMIT_FORMAT, forEachRef */
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7206);

const lines = (s) => s.split('\n').filter((l) => l !== '');
/** A revision or range given by a user; refuses anything git could read as an option. */
function assertRevision(rev, field = 'revision') {
    if (rev === '' || rev.startsWith('-') || /[\0\n]/.test(rev)) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StanchError */ .W(`invalid ${field} ${JSON.stringify(rev)}: expected a commit, branch or range like main..HEAD`);
    }
    return rev;
}
const ZERO_SHA_RE = /^0+$/;
const isZeroSha = (sha) => ZERO_SHA_RE.test(sha);
/** `git rev-parse --is-shallow-repository` */
const isShallowRepository = () => ({
    args: ['rev-parse', '--is-shallow-repository'],
    parse: (out) => out.trim() === 'true',
});
/** `git rev-parse --is-bare-repository` */
const isBareRepository = () => ({
    args: ['rev-parse', '--is-bare-repository'],
    parse: (out) => out.trim() === 'true',
});
/** `git rev-parse --show-toplevel` */
const showToplevel = () => ({
    args: ['rev-parse', '--show-toplevel'],
    parse: (out) => out.trim(),
});
/** `git rev-parse --git-path <name>`: honours core.hooksPath for `hooks`; relative to cwd. */
const gitPath = (name) => ({
    args: ['rev-parse', '--git-path', name],
    parse: (out) => out.trim(),
});
/** `git rev-parse --verify --quiet <rev>^{commit}`: the commit SHA, or null if it does not exist. */
const resolveCommit = (rev) => ({
    args: ['rev-parse', '--verify', '--quiet', '--end-of-options', `${assertRevision(rev)}^{commit}`],
    okExitCodes: [0, 1, 128],
    parse: (out) => out.trim() || null,
});
/** `git rev-list <args>`: SHAs, one a line. */
const revList = (args) => ({
    args: ['rev-list', ...args],
    parse: lines,
});
/** `git rev-list --count <args>` */
const revListCount = (args) => ({
    args: ['rev-list', '--count', ...args],
    parse: (out) => Number.parseInt(out.trim(), 10) || 0,
});
/** `git hash-object -t tree --stdin` on empty input: the empty tree of this repo's hash (sha1 or sha256). */
const emptyTree = () => ({
    args: ['hash-object', '-t', 'tree', '--stdin'],
    parse: (out) => out.trim(),
});
/** `git config --get <key>`: value or null when unset. */
const configGet = (key) => ({
    args: ['config', '--get', key],
    okExitCodes: [0, 1],
    parse: (out) => (out === '' ? null : out.replace(/\n$/, '')),
});
/**
 * Options shared by every patch-producing command (log, diff): fixed, machine-readable output
 * whatever the user's config says (no colour, no external diff or textconv, a/ b/ prefixes,
 * submodules as one "Subproject commit" line, renames detected so a move adds nothing).
 */
const PATCH_FORMAT_ARGS = [
    '-U0',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-relative',
    '--submodule=short',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    '-M',
];
/** Field separator inside the commit marker line (ASCII unit separator). */
const COMMIT_FIELD_SEP = '\x1f';
/** First character of a commit marker line (ASCII record separator): never the start of a diff line. */
const COMMIT_MARKER = '\x1e';
/** %H sha, %P parents, %an author, %ae email, %aI ISO date, %s subject. */
const COMMIT_FORMAT = `--format=%x1e%H%x1f%P%x1f%an%x1f%ae%x1f%aI%x1f%s`;
/**
 * `git log -p --cc`: every commit's patch against its parent. Merges use the combined diff
 * (`--cc`), which shows only lines that differ from every parent: a conflict resolution or an
 * "evil merge" line is new and scanned, while lines brought in from a branch were already scanned
 * in the branch's own commits and are not reported twice.
 */
function logPatchArgs(opts) {
    // --root: the first commit's content is shown even if the user set log.showRoot=false.
    const args = ['log', '--cc', '--root', ...PATCH_FORMAT_ARGS, COMMIT_FORMAT, '--no-mailmap'];
    if (opts.skip !== undefined)
        args.push(`--skip=${opts.skip}`);
    if (opts.maxCount !== undefined)
        args.push(`--max-count=${opts.maxCount}`);
    return [...args, ...mergeArgs(opts), ...selectionArgs(opts)];
}
function mergeArgs(opts) {
    if (opts.merges === 'only')
        return ['--merges', '--no-renames']; // after -M: the last one wins
    if (opts.merges === 'none')
        return ['--no-merges'];
    return [];
}
/** Arguments selecting the commits `logPatchArgs` would show, for `rev-list` (counting, state). */
function revListSelection(opts) {
    return [...mergeArgs(opts).filter((a) => a !== '--no-renames'), ...selectionArgs(opts)];
}
function selectionArgs(opts) {
    const args = [];
    if (opts.since !== undefined) {
        if (opts.since.trim() === '' || /[\0\n]/.test(opts.since))
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StanchError */ .W(`invalid --since date ${JSON.stringify(opts.since)}`);
        args.push(`--since=${opts.since}`);
    }
    if (opts.newFrom) {
        const shas = (list) => list.map((r) => assertRevision(r, 'commit'));
        args.push('--ignore-missing', ...shas(opts.newFrom.tips), '--not', '--remotes', ...shas(opts.newFrom.exclude));
    }
    else if (opts.stdin === 'exact' || opts.stdin === true)
        args.push('--no-walk=unsorted', '--stdin');
    else if (opts.stdin === 'walk')
        args.push('--stdin');
    else if (opts.all || !opts.revisions?.length)
        args.push('--all');
    else
        args.push('--end-of-options', ...opts.revisions.map((r) => assertRevision(r, 'range')));
    args.push('--');
    return args;
}
/**
 * `git rev-parse <selection> --`: the selection as fixed SHAs (tips and `^exclusions`), so
 * several processes walking "the same history" see the same commits even if refs move. Not
 * `--revs-only`, which drops an unknown revision silently (`typo..HEAD` would scan all of HEAD);
 * the trailing `--` makes git fail on it instead. rev-parse echoes `--`, which is dropped.
 */
const resolveRevisions = (opts) => ({
    args: ['rev-parse', ...(opts.all || !opts.revisions?.length ? ['--all'] : opts.revisions.map((r) => assertRevision(r, 'range'))), '--'],
    parse: (out) => lines(out).filter((l) => l !== '--'),
});
/** `git diff --cached`: what `git commit` would record (works on an unborn branch too). */
function diffCachedArgs() {
    return ['diff', '--cached', ...PATCH_FORMAT_ARGS, '--'];
}
/** `git for-each-ref <patterns>` */
const forEachRef = (patterns) => ({
    args: ['for-each-ref', '--format=%(objectname) %(refname)', ...patterns],
    parse: (out) => lines(out).map((l) => {
        const i = l.indexOf(' ');
        return { sha: l.slice(0, i), ref: l.slice(i + 1) };
    }),
});


/***/ }),

/***/ 6916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eF: () => (/* binding */ run),
/* harmony export */   t1: () => (/* binding */ streamGit)
/* harmony export */ });
/* unused harmony export runGit */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7206);
/**
 * The one git runner. Every git invocation in stanch goes through here: no shell
 * (arguments are passed as an array, so paths and revisions are never interpreted),
 * stdout streamed so history of any size is read in bounded memory.
 */


/**
 * Forced for every call: settings that would change git's output format under us, and
 * core.fsmonitor off so a scanned repository's config cannot make us run its command.
 */
const FIXED_CONFIG = ['-c', 'core.quotePath=true', '-c', 'color.ui=never', '-c', 'log.showSignature=false', '-c', 'core.fsmonitor=false'];
function gitEnv(extra) {
    // Never prompt for credentials; never page.
    return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', GIT_OPTIONAL_LOCKS: '0', ...extra };
}
function gitFailure(args, code, signal, stderr) {
    const first = stderr.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
    const how = signal ? `was killed by ${signal}` : `exited with ${code}`;
    return new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StanchError */ .W(`git ${args[0] ?? ''} ${how}${first ? `: ${first}` : ''}`, _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.USAGE);
}
function spawnGit(args, opts) {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...FIXED_CONFIG, ...args], {
        cwd: opts.cwd,
        env: gitEnv(opts.env),
        stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        windowsHide: true,
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d) => {
        if (stderr.length < 65536)
            stderr += d;
    });
    if (opts.input !== undefined) {
        child.stdin.on('error', () => undefined); // git may exit before reading all input
        child.stdin.end(opts.input);
    }
    const exited = new Promise((resolve, reject) => {
        child.on('error', (err) => reject(err.code === 'ENOENT'
            ? new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StanchError */ .W('git was not found on PATH: install git to scan history', _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.USAGE)
            : new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .StanchError */ .W(`could not run git: ${err.message}`, _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.USAGE)));
        child.on('close', (code, signal) => resolve({ code, signal }));
    });
    return { child, exited, stderr: () => stderr };
}
/**
 * Streams git's stdout chunk by chunk. Throws a StanchError (naming git's first stderr line)
 * if git fails. Stopping the iteration early kills git.
 */
async function* streamGit(args, opts) {
    const { child, exited, stderr } = spawnGit(args, opts);
    let finished = false;
    try {
        for await (const chunk of child.stdout)
            yield chunk;
        const { code, signal } = await exited;
        finished = true;
        if (!(opts.okExitCodes ?? [0]).includes(code ?? -1))
            throw gitFailure(args, code, signal, stderr());
    }
    finally {
        if (!finished && child.exitCode === null)
            child.kill('SIGTERM');
    }
}
/** Runs git to completion and returns stdout (for small outputs) and the exit code. */
async function runGit(args, opts) {
    const { child, exited, stderr } = spawnGit(args, opts);
    const parts = [];
    child.stdout.on('data', (d) => parts.push(d));
    const { code, signal } = await exited;
    if (!(opts.okExitCodes ?? [0]).includes(code ?? -1))
        throw gitFailure(args, code, signal, stderr());
    return { stdout: Buffer.concat(parts).toString('utf8'), code: code ?? -1 };
}
/** Runs a typed git command and parses its output. */
async function run(cmd, opts) {
    const { stdout } = await runGit(cmd.args, { okExitCodes: cmd.okExitCodes, ...opts });
    return cmd.parse(stdout);
}


/***/ }),

/***/ 7831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cy: () => (/* binding */ PatchSource),
  _$: () => (/* binding */ mergesApart)
});

// UNUSED EXPORTS: commitInfo, createDiffSource, exactCommitsCommands, mergeStreams, readPatch, toFragment

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ./src/git/runner.ts
var runner = __webpack_require__(6916);
// EXTERNAL MODULE: ./src/git/commands.ts
var commands = __webpack_require__(1020);
;// CONCATENATED MODULE: ./src/git/patch-parser.ts
/**
 * Pure, incremental parser of `git log -p --cc -U0` / `git diff -U0` output. Fed one line at a
 * time (without the trailing newline), it keeps only the added lines of the file being read, so
 * memory stays bounded whatever the history size. Hunks are read by their line counts, never by
 * guessing from a line's first characters, so an added line that looks like a header
 * ("+++ b/x", "diff --git …") is still content.
 */

/** Lines repeated at the start of the next piece of a large file: room for a 4096-bit PEM key. */
const OVERLAP_LINES = 64;
const OVERLAP_CHARS = 16 * 1024;
const LFS_POINTER_FIRST_LINE = 'version https://git-lfs.github.com/spec/v1';
const HUNK_RANGE_RE = /^([-+])(\d+)(?:,(\d+))?$/;
class PatchParser {
    /** Events produced so far; the caller drains (reads and empties) it after each `push`. */
    out = [];
    commit;
    file;
    hunk;
    maxPieceChars;
    constructor(opts = {}) {
        this.maxPieceChars = opts.maxPieceChars ?? 1 << 20;
    }
    /** The file being read (for notices about the current line), or '' between files. */
    get currentPath() {
        return this.file?.path ?? '';
    }
    get currentCommit() {
        return this.commit;
    }
    push(line) {
        if (this.hunk !== undefined && this.hunkLine(line))
            return;
        this.headerLine(line);
    }
    /** Flushes the last file. */
    end() {
        this.endFile();
    }
    /** Returns false when the line cannot belong to the hunk (the hunk is then closed). */
    hunkLine(line) {
        const h = this.hunk;
        if (h.parents === 1) {
            const c = line.charCodeAt(0);
            if (c === 43 /* + */) {
                this.added(line.slice(1), h.newLine++);
                h.newRemaining--;
            }
            else if (c === 45 /* - */) {
                h.oldRemaining[0]--;
            }
            else if (c === 32 /* space */) {
                h.newLine++;
                h.newRemaining--;
                h.oldRemaining[0]--;
            }
            else if (c === 92 /* \ No newline at end of file */) {
                return true;
            }
            else {
                this.hunk = undefined;
                return false;
            }
        }
        else {
            const cols = line.slice(0, h.parents);
            if (cols.length < h.parents || /[^ +-]/.test(cols)) {
                if (line.charCodeAt(0) === 92)
                    return true;
                this.hunk = undefined;
                return false;
            }
            if (cols.includes('-')) {
                for (let i = 0; i < h.parents; i++)
                    if (cols[i] === '-')
                        h.oldRemaining[i]--;
            }
            else {
                for (let i = 0; i < h.parents; i++)
                    if (cols[i] === ' ')
                        h.oldRemaining[i]--;
                // New against every parent: a conflict resolution or an evil-merge line. A line new
                // against only some parents came from another parent's branch and was scanned there.
                if (!cols.includes(' '))
                    this.added(line.slice(h.parents), h.newLine);
                h.newLine++;
                h.newRemaining--;
            }
        }
        if (h.newRemaining <= 0 && h.oldRemaining.every((n) => n <= 0))
            this.hunk = undefined;
        return true;
    }
    added(text, lineNumber) {
        const f = this.file;
        if (f.submodule || f.binary)
            return;
        if (text.charCodeAt(text.length - 1) === 13)
            text = text.slice(0, -1); // CRLF files
        if (lineNumber === 1 && text === LFS_POINTER_FIRST_LINE)
            f.lfs = true;
        f.lines.push(text);
        f.lineNumbers.push(lineNumber);
        f.chars += text.length + 1;
        if (f.chars >= this.maxPieceChars)
            this.flushLines(true);
    }
    /**
     * Hands out the lines gathered so far. When a large file is cut into pieces (`overlap`), the
     * next piece starts again with the last few lines, so a multi-line secret (a PEM key) that
     * straddles the cut is whole in one piece; the pipeline drops the duplicate findings.
     */
    flushLines(overlap = false) {
        const f = this.file;
        if (f.lines.length === 0)
            return;
        this.out.push({ kind: 'added', commit: this.commit, path: f.path, lines: f.lines, lineNumbers: f.lineNumbers });
        let keep = 0;
        let keptChars = 0;
        if (overlap) {
            const maxChars = Math.min(OVERLAP_CHARS, this.maxPieceChars / 4);
            while (keep < OVERLAP_LINES && keep < f.lines.length - 1) {
                const len = f.lines[f.lines.length - 1 - keep].length + 1;
                if (keptChars + len > maxChars)
                    break;
                keptChars += len;
                keep++;
            }
        }
        f.lines = keep ? f.lines.slice(-keep) : [];
        f.lineNumbers = keep ? f.lineNumbers.slice(-keep) : [];
        f.chars = keptChars;
    }
    endFile() {
        const f = this.file;
        if (f === undefined)
            return;
        this.hunk = undefined;
        if (f.submodule)
            this.out.push({ kind: 'skipped', commit: this.commit, path: f.path, reason: 'submodule' });
        else if (f.binary)
            this.out.push({ kind: 'skipped', commit: this.commit, path: f.path, reason: 'binary' });
        else {
            if (f.lfs)
                this.out.push({ kind: 'skipped', commit: this.commit, path: f.path, reason: 'lfs-pointer' });
            this.flushLines();
        }
        this.file = undefined;
    }
    startFile(path) {
        this.endFile();
        this.file = { path, binary: false, submodule: false, lfs: false, lines: [], lineNumbers: [], chars: 0 };
    }
    headerLine(line) {
        if (line.charCodeAt(0) === 0x1e && line.startsWith(commands/* COMMIT_MARKER */.nM)) {
            this.endFile();
            this.commit = parseCommitMarker(line);
            this.out.push({ kind: 'commit', commit: this.commit });
            return;
        }
        if (line.startsWith('diff --git '))
            return this.startFile(pathFromDiffGit(line.slice(11)));
        if (line.startsWith('diff --cc '))
            return this.startFile(unquoteGitPath(line.slice(10)));
        if (line.startsWith('diff --combined '))
            return this.startFile(unquoteGitPath(line.slice(16)));
        const f = this.file;
        if (f === undefined)
            return;
        if (line.startsWith('@@')) {
            this.hunk = parseHunkHeader(line);
            return;
        }
        if (line.startsWith('+++ ')) {
            const p = unquoteGitPath(stripTab(line.slice(4)));
            if (p.startsWith('b/'))
                f.path = p.slice(2);
            return;
        }
        if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
            f.path = unquoteGitPath(line.slice(line.indexOf(' to ') + 4));
            return;
        }
        if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
            f.binary = true;
            return;
        }
        if ((line.startsWith('new file mode ') || line.startsWith('new mode ') || line.startsWith('index ') || line.startsWith('mode ')) &&
            / 160000(?:,|$)|mode 160000/.test(line)) {
            f.submodule = true;
        }
    }
}
function parseCommitMarker(line) {
    const [sha = '', parents = '', author = '', email = '', date = '', subject = ''] = line.slice(1).split(commands/* COMMIT_FIELD_SEP */.qG);
    return { sha, parents: parents === '' ? [] : parents.split(' '), author, email, date, subject };
}
/** `@@ -a,b +c,d @@` or, for an n-parent merge, `@@@ -a,b -c,d +e,f @@@` (n+1 '@'). */
function parseHunkHeader(line) {
    let at = 0;
    while (line.charCodeAt(at) === 64)
        at++;
    const close = line.indexOf(' ' + '@'.repeat(at), at);
    if (at < 2 || close < 0)
        return undefined;
    const ranges = line.slice(at + 1, close).split(' ');
    const oldRemaining = [];
    let newRemaining = 0;
    let newLine = 0;
    for (const r of ranges) {
        const m = HUNK_RANGE_RE.exec(r);
        if (!m)
            return undefined;
        const count = m[3] === undefined ? 1 : Number(m[3]);
        if (m[1] === '-')
            oldRemaining.push(count);
        else {
            newRemaining = count;
            newLine = Number(m[2]);
        }
    }
    if (oldRemaining.length !== at - 1)
        return undefined;
    return { parents: at - 1, oldRemaining, newRemaining, newLine };
}
function stripTab(s) {
    // git ends ---/+++ names that contain a space with a TAB (for GNU patch).
    return s.endsWith('\t') ? s.slice(0, -1) : s;
}
/** Best-effort path from `diff --git a/X b/Y` (the +++ / rename lines, when present, win). */
function pathFromDiffGit(rest) {
    if (rest.startsWith('"')) {
        const end = endOfQuoted(rest);
        const b = rest.slice(end + 1).trimStart();
        const p = unquoteGitPath(b);
        return p.startsWith('b/') ? p.slice(2) : p;
    }
    // Unquoted: "a/P b/P" for the common same-name case.
    const half = (rest.length - 1) / 2;
    if (Number.isInteger(half) && rest.startsWith('a/') && rest.slice(half + 1).startsWith('b/') && rest.slice(2, half) === rest.slice(half + 3)) {
        return rest.slice(half + 3);
    }
    const i = rest.lastIndexOf(' b/');
    if (i >= 0)
        return rest.slice(i + 3);
    const q = rest.lastIndexOf(' "b/');
    return q >= 0 ? unquoteGitPath(rest.slice(q + 1)).slice(2) : rest;
}
function endOfQuoted(s) {
    for (let i = 1; i < s.length; i++) {
        if (s[i] === '\\')
            i++;
        else if (s[i] === '"')
            return i;
    }
    return s.length;
}
const C_ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
/** Undoes git's C-style quoting of paths (core.quotePath): `"t\303\244st"` → `täst`. */
function unquoteGitPath(s) {
    if (!s.startsWith('"'))
        return s;
    const bytes = [];
    const end = endOfQuoted(s);
    for (let i = 1; i < end; i++) {
        const ch = s[i];
        if (ch !== '\\') {
            for (const b of Buffer.from(ch, 'utf8'))
                bytes.push(b);
            continue;
        }
        const next = s[++i] ?? '';
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(s.slice(i, i + 3), 8));
            i += 2;
        }
        else
            bytes.push(C_ESCAPES[next] ?? next.charCodeAt(0));
    }
    return Buffer.from(bytes).toString('utf8');
}

;// CONCATENATED MODULE: ./src/sources/diff.ts
/**
 * The patch-reading core shared by the history, diff-range, staged and pre-push sources:
 * streams a git patch command, splits it into lines without holding more than one line
 * (plus a chunk) in memory, parses it and turns each (commit, file) piece into a Fragment.
 * Also: `createDiffSource` for the commits of a range (a pull request's `base..head`).
 */




/**
 * Streams git's patch output as parser events. Invalid UTF-8 is decoded to U+FFFD instead of
 * failing; a line longer than `maxLineChars` is cut there (and reported) so one huge line cannot
 * exhaust memory.
 */
async function* readPatch(args, opts) {
    const maxLine = opts.maxLineChars ?? 16 * 1024 * 1024;
    const parser = new PatchParser({ maxPieceChars: opts.maxFragmentChars });
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    let pending = '';
    let dropping = false; // inside the cut-off tail of an over-long line
    const drain = function* () {
        yield* parser.out;
        parser.out.length = 0;
    };
    let cut; // a line was cut since the last drain
    const noteCut = () => {
        cut ??= { kind: 'long-line', commit: parser.currentCommit, path: parser.currentPath };
    };
    const pushLine = (line) => {
        if (line.length > maxLine) {
            noteCut();
            parser.push(line.slice(0, maxLine));
        }
        else
            parser.push(line);
    };
    for await (const chunk of (0,runner/* streamGit */.t1)(args, { cwd: opts.cwd, input: opts.input })) {
        opts.onBytes?.(chunk.length);
        const text = decoder.write(chunk);
        let start = 0;
        let nl = text.indexOf('\n');
        if (nl >= 0) {
            // Finish the line carried over from the previous chunk.
            if (dropping)
                dropping = false;
            else
                pushLine(pending + text.slice(0, nl));
            pending = '';
            start = nl + 1;
            while ((nl = text.indexOf('\n', start)) >= 0) {
                pushLine(text.slice(start, nl));
                start = nl + 1;
            }
        }
        if (!dropping) {
            pending += start === 0 ? text : text.slice(start);
            if (pending.length > maxLine) {
                // Keep memory bounded: scan the beginning, drop the rest of this line as it arrives.
                noteCut();
                parser.push(pending.slice(0, maxLine));
                pending = '';
                dropping = true;
            }
        }
        yield* drain();
        if (cut) {
            yield cut;
            cut = undefined;
        }
    }
    const tail = decoder.end();
    if (!dropping && pending + tail !== '')
        pushLine(pending + tail);
    parser.end();
    yield* drain();
    if (cut)
        yield cut;
}
function commitInfo(c) {
    return { sha: c.sha, author: c.author, email: c.email, date: c.date, message: c.subject };
}
function toFragment(ev) {
    return {
        text: ev.lines.join('\n'),
        path: ev.path,
        startLine: ev.lineNumbers[0],
        lineNumbers: ev.lineNumbers,
        ...(ev.commit ? { commit: commitInfo(ev.commit) } : {}),
    };
}
const REASONS = {
    binary: 'binary file: not scanned',
    submodule: 'submodule: not scanned (scan the submodule repository separately)',
    'lfs-pointer': 'Git LFS pointer: the object it points to (stored outside git) was not scanned',
    'long-line': 'line longer than the limit: only its beginning was scanned',
};
/**
 * A Source over git patch commands (usually one; several run side by side, e.g. two halves of a
 * history walk on two cores). Remembers what it skipped (each path once per reason) and which
 * commits it read, so callers can report them and record them in a state file.
 */
class PatchSource {
    commands;
    opts;
    stats = { commits: 0, bytes: 0, fragments: 0, files: 0, skipped: 0 };
    skipped = new Map();
    seenCommits = [];
    completed = false;
    constructor(commands, opts) {
        this.commands = commands;
        this.opts = opts;
    }
    async *fragments() {
        const got = await this.commands();
        const cmds = got === null ? [] : Array.isArray(got) ? got : [got];
        const streams = cmds.map((cmd) => readPatch(cmd.args, {
            ...this.opts,
            input: cmd.input,
            onBytes: (n) => {
                this.stats.bytes += n;
            },
        }));
        // Per stream: pieces of one large file arrive back to back, count the file once.
        const last = streams.map(() => ({ path: '', commit: undefined }));
        for await (const [i, ev] of mergeStreams(streams)) {
            switch (ev.kind) {
                case 'commit':
                    this.stats.commits++;
                    if (this.opts.recordCommits)
                        this.seenCommits.push(ev.commit.sha);
                    this.opts.onProgress?.(this.stats);
                    break;
                case 'added': {
                    this.stats.fragments++;
                    const l = last[i];
                    if (ev.path !== l.path || ev.commit !== l.commit)
                        this.stats.files++;
                    l.path = ev.path;
                    l.commit = ev.commit;
                    yield toFragment(ev);
                    break;
                }
                default:
                    this.note(ev.path, ev.kind === 'long-line' ? 'long-line' : ev.reason, ev.commit?.sha);
            }
        }
        this.completed = true;
        this.opts.onProgress?.(this.stats);
    }
    note(path, reason, sha) {
        const key = `${reason}\0${path}`;
        if (this.skipped.has(key))
            return;
        const where = sha ? ` (first seen in ${sha.slice(0, 12)})` : '';
        const notice = { path, reason: `${REASONS[reason] ?? reason}${where}` };
        this.skipped.set(key, notice);
        this.stats.skipped = this.skipped.size;
        this.opts.onSkip?.(notice);
    }
    /** What was not scanned, each path once per reason. */
    notices() {
        return [...this.skipped.values()];
    }
    /** SHAs of the commits read, once the whole stream was read (empty before that). */
    scannedCommits() {
        return this.completed ? this.seenCommits : [];
    }
}
/**
 * Interleaves several async streams, each item tagged with its stream's index, taking whichever
 * is ready first. At most one item per stream is pending, so memory stays bounded. If one
 * stream fails or the consumer stops, the others are closed (which stops their git).
 */
async function* mergeStreams(streams) {
    if (streams.length === 1) {
        for await (const v of streams[0])
            yield [0, v];
        return;
    }
    const pull = (i) => streams[i].next().then((r) => ({ i, r }));
    const pending = new Map(streams.map((_, i) => [i, pull(i)]));
    let finished = false;
    try {
        while (pending.size > 0) {
            const { i, r } = await Promise.race(pending.values());
            if (r.done) {
                pending.delete(i);
                continue;
            }
            pending.set(i, pull(i));
            yield [i, r.value];
        }
        finished = true;
    }
    finally {
        if (!finished) {
            // Let pending pulls settle (ignoring their errors), then close every stream.
            await Promise.allSettled(pending.values());
            await Promise.allSettled(streams.map((s) => s.return(undefined)));
        }
    }
}
/**
 * The commits `selection` picks as two git processes: the non-merge commits, and the merges
 * without rename detection (see LogPatchOptions.merges; with it, git diffs a merge in full against
 * each parent to pair renames, which cost history scans a fifth of their git time for nothing
 * shown).
 */
function mergesApart(selection, input) {
    return [
        { args: (0,commands/* logPatchArgs */.e4)({ ...selection, merges: 'none' }), input },
        { args: (0,commands/* logPatchArgs */.e4)({ ...selection, merges: 'only' }), input },
    ];
}
/** Commands reading exactly `commits` (SHAs, as a push or pull request check selects them), or null when there are none. */
function exactCommitsCommands(commits) {
    return commits.length === 0 ? null : mergesApart({ stdin: 'exact' }, commits.join('\n') + '\n');
}
/** The commits in `base..head` (what a pull request adds), each scanned as a patch, merges apart. */
function createDiffSource(opts) {
    const range = `${assertRevision(opts.base, 'base')}..${assertRevision(opts.head ?? 'HEAD', 'head')}`;
    return new PatchSource(async () => mergesApart({ revisions: [range] }), {
        cwd: opts.cwd,
        maxFragmentChars: opts.maxFragmentChars,
    });
}


/***/ })

};
