export const id = 974;
export const ids = [974];
export const modules = {

/***/ 3974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  handleError: () => (/* binding */ handleError),
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: buildProgram

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(8179);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
;// CONCATENATED MODULE: ./src/entry/cli/commands/index.ts
const commands = [
    { name: 'scan', load: () => Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(502), __webpack_require__.e(298), __webpack_require__.e(392), __webpack_require__.e(141), __webpack_require__.e(367)]).then(__webpack_require__.bind(__webpack_require__, 6150)) },
    { name: 'baseline', load: () => Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(502), __webpack_require__.e(298), __webpack_require__.e(392), __webpack_require__.e(141), __webpack_require__.e(992)]).then(__webpack_require__.bind(__webpack_require__, 6113)) },
    { name: 'history', load: () => Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(521), __webpack_require__.e(502), __webpack_require__.e(392), __webpack_require__.e(201), __webpack_require__.e(141), __webpack_require__.e(831), __webpack_require__.e(192), __webpack_require__.e(174), __webpack_require__.e(903)]).then(__webpack_require__.bind(__webpack_require__, 9903)) },
    { name: 'staged', load: () => Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(502), __webpack_require__.e(392), __webpack_require__.e(141), __webpack_require__.e(831), __webpack_require__.e(902)]).then(__webpack_require__.bind(__webpack_require__, 1252)) },
    { name: 'hook', load: () => __webpack_require__.e(/* import() */ 849).then(__webpack_require__.bind(__webpack_require__, 7849)) },
    { name: 'hooks', load: () => __webpack_require__.e(/* import() */ 544).then(__webpack_require__.bind(__webpack_require__, 3544)) },
    { name: 'redact', load: () => Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(392), __webpack_require__.e(102)]).then(__webpack_require__.bind(__webpack_require__, 9102)) },
    { name: 'inject', load: () => Promise.all(/* import() */[__webpack_require__.e(521), __webpack_require__.e(201), __webpack_require__.e(192)]).then(__webpack_require__.bind(__webpack_require__, 2192)) },
    { name: 'run', load: () => Promise.all(/* import() */[__webpack_require__.e(521), __webpack_require__.e(201), __webpack_require__.e(860)]).then(__webpack_require__.bind(__webpack_require__, 2860)) },
    { name: 'secrets', load: () => Promise.all(/* import() */[__webpack_require__.e(521), __webpack_require__.e(201), __webpack_require__.e(218)]).then(__webpack_require__.bind(__webpack_require__, 8218)) },
    { name: 'audit', load: () => Promise.all(/* import() */[__webpack_require__.e(521), __webpack_require__.e(201), __webpack_require__.e(589)]).then(__webpack_require__.bind(__webpack_require__, 1589)) },
    { name: 'rotate', load: () => Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(521), __webpack_require__.e(502), __webpack_require__.e(392), __webpack_require__.e(201), __webpack_require__.e(141), __webpack_require__.e(192), __webpack_require__.e(174)]).then(__webpack_require__.bind(__webpack_require__, 174)) },
    { name: 'version', load: () => __webpack_require__.e(/* import() */ 40).then(__webpack_require__.bind(__webpack_require__, 40)) },
];
/**
 * The modules `argv` needs: just the named command when the first operand names one, else all
 * of them (top-level help, `help <cmd>`, an unknown command's error with suggestions).
 */
async function loadCommands(argv) {
    const first = argv.slice(2).find((a) => !a.startsWith('-'));
    const named = commands.find((c) => c.name === first);
    return Promise.all((named ? [named] : commands).map((c) => c.load()));
}

// EXTERNAL MODULE: ./src/entry/cli/version.ts + 1 modules
var version = __webpack_require__(8423);
;// CONCATENATED MODULE: ./src/entry/cli/main.ts
/**
 * The CLI program: commander setup, one-line errors, documented exit codes.
 * Exit codes: 0 clean, 1 findings (or --exit-code), 2 usage/config/input error.
 */




function buildProgram(commands) {
    const program = new esm/* Command */.uB('stanch')
        .description('Stops credential leaks: scans files, stdin and git history for secrets.')
        .version(version/* TOOL_VERSION */.w, '-V, --version', 'print the version')
        .exitOverride()
        .configureOutput({ outputError: writeUsageError });
    for (const c of commands)
        c.register(program);
    // Subcommands inherit exit handling and error format.
    for (const sub of program.commands)
        applyErrorHandling(sub);
    return program;
}
/** Commander's usage errors as our one line: `stanch: <what> (see --help)`. */
function writeUsageError(str, write) {
    write(`stanch: ${str.replace(/^error: /, '').split('\n')[0].trimEnd()} (see --help)\n`);
}
function applyErrorHandling(cmd) {
    cmd.exitOverride();
    cmd.configureOutput({ outputError: writeUsageError });
    for (const sub of cmd.commands)
        applyErrorHandling(sub);
}
/** Runs the CLI; resolves to the exit code (never throws). */
async function main(argv, env = process.env) {
    try {
        const program = buildProgram(await loadCommands(argv));
        process.exitCode = undefined;
        await program.parseAsync([...argv]);
        return typeof process.exitCode === 'number' ? process.exitCode : errors/* EXIT */.d.OK;
    }
    catch (e) {
        return handleError(e, env);
    }
}
function handleError(e, env) {
    if (e instanceof esm/* CommanderError */.b7) {
        // help and --version end here too, with exit code 0; commander already printed.
        if (e.exitCode === 0)
            return errors/* EXIT */.d.OK;
        return errors/* EXIT */.d.USAGE;
    }
    if (e instanceof errors/* StanchError */.W) {
        process.stderr.write(`stanch: ${oneLine(e.message)}\n`);
        return e.exitCode;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    if (env.STANCH_DEBUG) {
        process.stderr.write(`${err.stack ?? err.message}\n`);
    }
    else {
        process.stderr.write(`stanch: unexpected error: ${oneLine(err.message)} (run with STANCH_DEBUG=1 for details)\n`);
    }
    return errors/* EXIT */.d.USAGE;
}
function oneLine(s) {
    return s.split('\n')[0];
}


/***/ }),

/***/ 8423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ TOOL_VERSION)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/entry/cli/version.ts

/** The package version, inlined into the bundle at build time. */
const TOOL_VERSION = package_namespaceObject.rE;


/***/ })

};
