export const id = 544;
export const ids = [544];
export const modules = {

/***/ 3544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   register: () => (/* binding */ register)
/* harmony export */ });
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7206);

function register(program) {
    const hooks = program.command('hooks').description('manage stanch git hooks');
    hooks
        .command('install')
        .description('install pre-commit and pre-push hooks (idempotent; a hook already there is kept and run first)')
        .option('--only <hook>', 'install just one hook: pre-commit or pre-push')
        .action(async (opts) => {
        const [{ installHooks }, hooks] = await Promise.all([__webpack_require__.e(/* import() */ 904).then(__webpack_require__.bind(__webpack_require__, 3904)), onlyHooks(opts.only)]);
        const res = await installHooks({ cwd: process.cwd(), hooks });
        for (const h of res.hooks) {
            const extra = h.chainedTo ? ` (the hook that was there runs first, now at ${h.chainedTo})` : '';
            process.stdout.write(`${h.name}: ${h.action} ${h.path}${extra}\n`);
        }
    });
    hooks
        .command('uninstall')
        .description('remove the hooks `hooks install` wrote and put back the hooks it had renamed; other hooks are left alone')
        .option('--only <hook>', 'uninstall just one hook: pre-commit or pre-push')
        .action(async (opts) => {
        const [{ uninstallHooks }, hooks] = await Promise.all([__webpack_require__.e(/* import() */ 904).then(__webpack_require__.bind(__webpack_require__, 3904)), onlyHooks(opts.only)]);
        const res = await uninstallHooks({ cwd: process.cwd(), hooks });
        const said = { removed: 'removed', restored: 'removed; the hook that was there before is back at', absent: 'no hook at', 'not-stanch': 'left alone (not a stanch hook):' };
        for (const h of res.hooks)
            process.stdout.write(`${h.name}: ${said[h.action]} ${h.path}\n`);
    });
}
/** The hooks `--only` names (undefined: both); a usage error for anything else. */
async function onlyHooks(only) {
    const { HOOK_NAMES } = await __webpack_require__.e(/* import() */ 237).then(__webpack_require__.bind(__webpack_require__, 2237));
    if (only === undefined)
        return undefined;
    if (!HOOK_NAMES.includes(only))
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .StanchError */ .W(`--only: expected pre-commit or pre-push, got ${JSON.stringify(only)}`);
    return [only];
}


/***/ })

};
