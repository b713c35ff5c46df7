export const id = 237;
export const ids = [237];
export const modules = {

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


/***/ })

};
