export const id = 904;
export const ids = [904,237];
export const modules = {

/***/ 3904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   installHooks: () => (/* binding */ installHooks)
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
 */






async function installHooks(opts) {
    const hooksPath = await (0,_git_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .eF)((0,_git_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .configGet */ .di)('core.hooksPath'), { cwd: opts.cwd });
    if (hooksPath !== null && /(^|[\\/])\.husky([\\/]_)?[\\/]?$/.test(hooksPath)) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .StanchError */ .W('core.hooksPath points to husky: add `stanch hook pre-commit` to .husky/pre-commit and `stanch hook pre-push "$@"` to .husky/pre-push instead (see docs/hooks.md)');
    }
    const hooksDir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(opts.cwd, await (0,_git_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .eF)((0,_git_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .gitPath */ .C8)('hooks'), { cwd: opts.cwd }));
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(hooksDir, { recursive: true });
    const result = { hooksDir, hooks: [] };
    for (const name of opts.hooks ?? _shims_js__WEBPACK_IMPORTED_MODULE_5__.HOOK_NAMES) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(hooksDir, name);
        const content = (0,_shims_js__WEBPACK_IMPORTED_MODULE_5__.installedHook)(name);
        const existing = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file, 'utf8').catch((e) => {
            if (e.code === 'ENOENT')
                return null;
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .StanchError */ .W(`${file}: cannot read existing hook: ${e.message}`);
        });
        let action = 'installed';
        let chainedTo;
        if (existing !== null && existing.includes(_shims_js__WEBPACK_IMPORTED_MODULE_5__.SHIM_MARKER)) {
            if (existing === content)
                action = 'unchanged';
            else
                action = 'updated';
        }
        else if (existing !== null) {
            chainedTo = file + _shims_js__WEBPACK_IMPORTED_MODULE_5__.CHAINED_SUFFIX;
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

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CHAINED_SUFFIX: () => (/* binding */ CHAINED_SUFFIX),
/* harmony export */   HOOK_NAMES: () => (/* binding */ HOOK_NAMES),
/* harmony export */   SHIM_MARKER: () => (/* binding */ SHIM_MARKER),
/* harmony export */   hookShim: () => (/* binding */ hookShim),
/* harmony export */   installedHook: () => (/* binding */ installedHook)
/* harmony export */ });
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


/***/ })

};
