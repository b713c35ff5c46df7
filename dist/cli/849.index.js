export const id = 849;
export const ids = [849];
export const modules = {

/***/ 7849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   register: () => (/* binding */ register)
/* harmony export */ });
const io = {
    out: (s) => void process.stdout.write(s),
    err: (s) => void process.stderr.write(s),
};
async function readStdin() {
    if (process.stdin.isTTY)
        return '';
    const parts = [];
    for await (const chunk of process.stdin)
        parts.push(chunk);
    return Buffer.concat(parts).toString('utf8');
}
function register(program) {
    const hook = program.command('hook').description('run by git hooks: scan what a commit or push is about to record');
    hook
        .command('pre-commit')
        .description('scan the staged changes (index vs HEAD); exit 1 blocks the commit')
        .option('-c, --config <file>', 'config file (default: .stanch.toml or .gitleaks.toml in the repository)')
        .action(async (opts) => {
        const { runPreCommitHook } = await Promise.all(/* import() */[__webpack_require__.e(831), __webpack_require__.e(570)]).then(__webpack_require__.bind(__webpack_require__, 1570));
        process.exitCode = await runPreCommitHook({ cwd: process.cwd(), io, configPath: opts.config });
    });
    hook
        .command('pre-push')
        .description('scan the commits a push sends (reads git\'s ref lines on stdin); exit 1 blocks the push')
        .argument('[remote]', 'remote name (given by git)')
        .argument('[url]', 'remote URL (given by git)')
        .option('-c, --config <file>', 'config file (default: .stanch.toml or .gitleaks.toml in the repository)')
        .action(async (_remote, _url, opts) => {
        const { runPrePushHook } = await Promise.all(/* import() */[__webpack_require__.e(831), __webpack_require__.e(570)]).then(__webpack_require__.bind(__webpack_require__, 1570));
        const stdinText = await readStdin();
        // The pre-commit framework keeps stdin for itself and passes the pushed commit here.
        const toRef = process.env.PRE_COMMIT_TO_REF || undefined;
        process.exitCode = await runPrePushHook({ cwd: process.cwd(), io, configPath: opts.config, stdinText, toRef });
    });
}


/***/ })

};
