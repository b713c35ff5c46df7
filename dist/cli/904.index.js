export const id = 904;
export const ids = [904,237];
export const modules = {

/***/ 3904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   installHooks: () => (/* binding */ installHooks),
/* harmony export */   uninstallHooks: () => (/* binding */ uninstallHooks)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _git_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6916);
/* harmony import */ var _git_commands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1020);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7206);
/* harmony import */ var _shims_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2237);
/**
 * `stanch hooks install`: writes the pre-commit and pre-push hooks into the repository's hooks
 * directory (honouring core.hooksPath). Idempotent: a stanch hook is rewritten in place. Never
 * clobbers: a foreign hook is renamed `<name>.pre-stanch` and run first by the new hook.
 * `stanch hooks uninstall` undoes it: removes stanch's hooks and puts the renamed ones back.
 */






async function installHooks(opts) {
    const hooksDir = await hooksDirectory(opts.cwd, 'add `stanch hook pre-commit` to .husky/pre-commit and `stanch hook pre-push "$@"` to .husky/pre-push instead');
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(hooksDir, { recursive: true });
    const result = { hooksDir, hooks: [] };
    for (const name of opts.hooks ?? _shims_js__WEBPACK_IMPORTED_MODULE_5__.HOOK_NAMES) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(hooksDir, name);
        const content = (0,_shims_js__WEBPACK_IMPORTED_MODULE_5__/* .installedHook */ .QC)(name);
        const existing = await readHook(file);
        let action = 'installed';
        let chainedTo;
        if (existing !== null && existing.includes(_shims_js__WEBPACK_IMPORTED_MODULE_5__/* .SHIM_MARKER */ .Ps)) {
            if (existing === content)
                action = 'unchanged';
            else
                action = 'updated';
        }
        else if (existing !== null) {
            chainedTo = file + _shims_js__WEBPACK_IMPORTED_MODULE_5__/* .CHAINED_SUFFIX */ .Xt;
            if (await exists(chainedTo)) {
                throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .StanchError */ .W(`${file}: a hook is there and ${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(chainedTo)} already exists; merge them by hand, then rerun`);
            }
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(file, chainedTo);
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.chmod(chainedTo, 0o755).catch(() => undefined);
            action = 'chained';
        }
        if (action !== 'unchanged')
            await writeExecutable(file, content);
        result.hooks.push({ name, path: file, action, ...(chainedTo ? { chainedTo } : {}) });
    }
    return result;
}
/**
 * Removes the hooks `installHooks` wrote and renames each `<name>.pre-stanch` back to `<name>`.
 * A hook without stanch's marker is someone else's (or was edited by hand): it is left alone.
 */
async function uninstallHooks(opts) {
    const hooksDir = await hooksDirectory(opts.cwd, 'remove the `stanch hook` lines from .husky/pre-commit and .husky/pre-push instead');
    const result = { hooksDir, hooks: [] };
    for (const name of opts.hooks ?? _shims_js__WEBPACK_IMPORTED_MODULE_5__.HOOK_NAMES) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(hooksDir, name);
        const chained = file + _shims_js__WEBPACK_IMPORTED_MODULE_5__/* .CHAINED_SUFFIX */ .Xt;
        const existing = await readHook(file);
        let action;
        if (existing !== null && !existing.includes(_shims_js__WEBPACK_IMPORTED_MODULE_5__/* .SHIM_MARKER */ .Ps))
            action = 'not-stanch';
        else if (await exists(chained)) {
            // rename replaces the stanch hook in one step: git never finds the hook missing.
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(chained, file);
            action = 'restored';
        }
        else if (existing !== null) {
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(file);
            action = 'removed';
        }
        else
            action = 'absent';
        result.hooks.push({ name, path: file, action });
    }
    return result;
}
/** The repository's hooks directory (honouring core.hooksPath); husky's is refused with `huskyHint`. */
async function hooksDirectory(cwd, huskyHint) {
    const hooksPath = await (0,_git_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .eF)((0,_git_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .configGet */ .di)('core.hooksPath'), { cwd });
    if (hooksPath !== null && /(^|[\\/])\.husky([\\/]_)?[\\/]?$/.test(hooksPath)) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .StanchError */ .W(`core.hooksPath points to husky: ${huskyHint} (see docs/hooks.md)`);
    }
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, await (0,_git_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .eF)((0,_git_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .gitPath */ .C8)('hooks'), { cwd }));
}
/** A hook's text, or null when there is none. */
async function readHook(file) {
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file, 'utf8').catch((e) => {
        if (e.code === 'ENOENT')
            return null;
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .StanchError */ .W(`${file}: cannot read existing hook: ${e.message}`);
    });
}
async function exists(p) {
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.access(p).then(() => true, () => false);
}
/** Temp file in the same directory, then rename: git never sees a half-written hook. */
async function writeExecutable(file, content) {
    const tmp = `${file}.${process.pid}.tmp`;
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(tmp, content, { mode: 0o755 });
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.chmod(tmp, 0o755);
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(tmp, file);
}


/***/ }),

/***/ 2237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HOOK_NAMES: () => (/* binding */ HOOK_NAMES),
/* harmony export */   Ps: () => (/* binding */ SHIM_MARKER),
/* harmony export */   QC: () => (/* binding */ installedHook),
/* harmony export */   Xt: () => (/* binding */ CHAINED_SUFFIX)
/* harmony export */ });
/* unused harmony export hookShim */
/**
 * The POSIX shell shims git runs as hooks. They only find and start the CLI; all logic is in
 * `stanch hook <name>`. The same text is shipped as hooks/pre-commit and hooks/pre-push (for
 * core.hooksPath, husky, lefthook) and written by `stanch hooks install`, which adds a call to
 * the hook it found there before (never clobbered: kept as `<name>.pre-stanch` and run first).
 */
const HOOK_NAMES = ['pre-commit', 'pre-push'];
/** A line every stanch shim carries; install uses it to recognise its own hooks (idempotence). */
const SHIM_MARKER = '# stanch-hook: v1';
/** Suffix of the renamed hook that existed before `stanch hooks install`. */
const CHAINED_SUFFIX = '.pre-stanch';
// Finds the CLI: $STANCH_BIN, the project's node_modules, stanch on PATH, then npx (offline).
// Git starts hooks at the top of the working tree, so ./node_modules is the project's.
const FIND_CLI = `stanch_run() {
  if [ -n "\${STANCH_BIN:-}" ]; then "$STANCH_BIN" "$@"
  elif [ -x ./node_modules/.bin/stanch ]; then ./node_modules/.bin/stanch "$@"
  elif command -v stanch >/dev/null 2>&1; then stanch "$@"
  elif command -v npx >/dev/null 2>&1; then npx --no-install --offline stanch "$@"
  else
    echo "stanch: CLI not found (npm install --save-dev stanch). To skip this check once: git \${STANCH_GIT_VERB:-commit} --no-verify" >&2
    return 1
  fi
}`;
const HEADER = (name) => `#!/bin/sh
${SHIM_MARKER}
# git ${name} hook: ${name === 'pre-commit' ? 'blocks a commit that adds a secret' : 'blocks a push whose new commits add a secret'}.
# Runs \`stanch hook ${name}\`. Skip once (not recommended): git ${name === 'pre-commit' ? 'commit' : 'push'} --no-verify`;
/** The shim shipped in hooks/<name> (no chaining). */
function hookShim(name) {
    const verb = name === 'pre-commit' ? 'commit' : 'push';
    return `${HEADER(name)}
STANCH_GIT_VERB=${verb}
${FIND_CLI}
stanch_run hook ${name} "$@"
`;
}
/** The hook `stanch hooks install` writes: runs the previous hook (if any) first, then stanch. */
function installedHook(name) {
    const verb = name === 'pre-commit' ? 'commit' : 'push';
    const chained = `"$(dirname "$0")/${name}${CHAINED_SUFFIX}"`;
    const body = name === 'pre-push'
        ? // Both hooks need the ref lines git writes to stdin: read them once, give each a copy.
            `stanch_input=$(cat)
if [ -x ${chained} ]; then
  printf '%s\\n' "$stanch_input" | ${chained} "$@" || exit $?
fi
printf '%s\\n' "$stanch_input" | stanch_run hook pre-push "$@"`
        : `if [ -x ${chained} ]; then
  ${chained} "$@" || exit $?
fi
stanch_run hook pre-commit "$@"`;
    return `${HEADER(name)}
# Installed by \`stanch hooks install\`; a hook that was here before runs first (${name}${CHAINED_SUFFIX}).
STANCH_GIT_VERB=${verb}
${FIND_CLI}
${body}
`;
}


/***/ }),

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


/***/ })

};
