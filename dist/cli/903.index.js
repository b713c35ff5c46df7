export const id = 903;
export const ids = [903];
export const modules = {

/***/ 9903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  register: () => (/* binding */ register),
  runHistory: () => (/* binding */ runHistory)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
// EXTERNAL MODULE: ./src/git/runner.ts
var runner = __webpack_require__(6916);
// EXTERNAL MODULE: ./src/git/commands.ts
var commands = __webpack_require__(1020);
;// CONCATENATED MODULE: ./src/git/repo.ts
/** Where a repository is, for commands that scan it. */


/**
 * The directory to run git in and to look for config: the top of the working tree, or the
 * repository itself when it is bare (a `git clone --mirror` audited on a schedule).
 */
async function repoRoot(cwd) {
    if (await (0,runner/* run */.eF)((0,commands/* isBareRepository */.R6)(), { cwd }))
        return cwd;
    return (0,runner/* run */.eF)((0,commands/* showToplevel */.BJ)(), { cwd });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/sources/diff.ts + 1 modules
var diff = __webpack_require__(7831);
;// CONCATENATED MODULE: ./src/sources/history.ts
/**
 * Source: every commit's added lines, from one streaming `git log -p --cc -U0`.
 * Merges are read as combined diffs (see logPatchArgs), renames are detected (a move adds
 * nothing), deleted files add nothing, binary files and submodules are skipped and noted.
 */





/** Below this many commits per process, a second git costs more to start than it saves. */
const MIN_COMMITS_PER_PROCESS = 200;
class HistorySource extends diff/* PatchSource */.Cy {
    shallow;
    constructor(opts, 
    /** Set when the repository is a shallow clone. */
    shallow) {
        super(() => historyCommands(opts), {
            cwd: opts.cwd,
            maxFragmentChars: opts.maxFragmentChars,
            maxLineChars: opts.maxLineChars,
            onProgress: opts.onProgress,
            recordCommits: opts.recordCommits ?? opts.skipCommits !== undefined,
            onSkip: opts.onSkip,
        });
        this.shallow = shallow;
    }
    /** The warning to show for a shallow clone, or null. */
    shallowWarning() {
        if (!this.shallow)
            return null;
        const b = this.shallow.boundary;
        const list = b.slice(0, 5).map((s) => s.slice(0, 12)).join(', ') + (b.length > 5 ? `, … (${b.length} in all)` : '');
        return (`shallow clone: history before ${list || 'the grafted commits'} was not scanned, and the grafted ` +
            `commit(s) were scanned as if they added their whole tree; run \`git fetch --unshallow\` to scan everything`);
    }
}
function selectionOf(opts) {
    return { revisions: opts.range ? [opts.range] : undefined, all: opts.all, since: opts.since };
}
/**
 * The git log command(s) producing this history's patches, or null when nothing is left to scan:
 * the non-merge commits, split between `gitProcesses` processes, and the merges in one more
 * process of their own (read without rename detection; see LogPatchOptions.merges).
 */
async function historyCommands(opts) {
    const sel = selectionOf(opts);
    const procs = Math.max(1, Math.floor(opts.gitProcesses ?? 1));
    const minPer = Math.max(1, opts.minCommitsPerProcess ?? MIN_COMMITS_PER_PROCESS);
    const skip = opts.skipCommits;
    if (skip && skip.size > 0) {
        // Incremental: the exact commits not scanned yet, split in contiguous runs.
        const todo = (await (0,runner/* run */.eF)((0,commands/* revList */.ki)((0,commands/* revListSelection */.gB)(sel)), { cwd: opts.cwd })).filter((c) => !skip.has(c));
        if (todo.length === 0)
            return null;
        const parts = Math.min(procs, Math.max(1, Math.floor(todo.length / minPer)));
        const size = Math.ceil(todo.length / parts);
        const all = todo.join('\n') + '\n';
        return [
            ...Array.from({ length: parts }, (_, i) => ({
                args: (0,commands/* logPatchArgs */.e4)({ stdin: 'exact', merges: 'none' }),
                input: todo.slice(i * size, (i + 1) * size).join('\n') + '\n',
            })),
            { args: (0,commands/* logPatchArgs */.e4)({ stdin: 'exact', merges: 'only' }), input: all },
        ];
    }
    // Fix the tips once so every process walks exactly the same commits even if refs move.
    const revs = await (0,runner/* run */.eF)((0,commands/* resolveRevisions */.Zz)(sel), { cwd: opts.cwd });
    if (sel.all || !sel.revisions?.length) {
        const head = await (0,runner/* run */.eF)((0,commands/* resolveCommit */.WL)('HEAD'), { cwd: opts.cwd }); // a detached HEAD is in `log --all`
        if (head !== null)
            revs.push(head);
    }
    if (revs.length === 0)
        return null; // no commits at all
    const input = revs.join('\n') + '\n';
    const [nonMerges, merges] = (0,diff/* mergesApart */._$)({ since: sel.since, stdin: 'walk' }, input);
    if (procs === 1)
        return [nonMerges, merges];
    const total = await (0,runner/* run */.eF)((0,commands/* revListCount */.HP)((0,commands/* revListSelection */.gB)({ since: sel.since, stdin: 'walk', merges: 'none' })), { cwd: opts.cwd, input });
    const parts = Math.min(procs, Math.max(1, Math.floor(total / minPer)));
    const size = Math.ceil(total / parts);
    return [
        ...Array.from({ length: parts }, (_, i) => ({
            args: (0,commands/* logPatchArgs */.e4)({ since: sel.since, stdin: 'walk', merges: 'none', skip: i * size, ...(i < parts - 1 ? { maxCount: size } : {}) }),
            input,
        })),
        merges,
    ];
}
async function createHistorySource(opts) {
    return new HistorySource(opts, await shallowInfo(opts.cwd));
}
/** Reads the grafted boundary of a shallow clone (`$GIT_DIR/shallow`), or null when not shallow. */
async function shallowInfo(cwd) {
    if (!(await (0,runner/* run */.eF)((0,commands/* isShallowRepository */.Hw)(), { cwd })))
        return null;
    const file = external_node_path_default().resolve(cwd, await (0,runner/* run */.eF)((0,commands/* gitPath */.C8)('shallow'), { cwd }));
    const text = await external_node_fs_.promises.readFile(file, 'utf8').catch(() => '');
    return { boundary: text.split('\n').filter((l) => l !== '') };
}
/** How many commits a history scan will read (for a progress ETA). */
async function countHistoryCommits(opts) {
    const n = await (0,runner/* run */.eF)((0,commands/* revListCount */.HP)((0,commands/* revListSelection */.gB)(selectionOf(opts))), { cwd: opts.cwd });
    return opts.skipCommits ? Math.max(0, n - opts.skipCommits.size) : n;
}

;// CONCATENATED MODULE: ./src/sources/history-state.ts
/**
 * The state file of incremental history audits: the set of commit SHAs already scanned.
 * Keyed by commit SHA (not by ref position), so a force-push neither hides new commits nor
 * re-reports old ones: rewritten commits have new SHAs and are scanned, surviving ones are not.
 */



const HISTORY_STATE_VERSION = 1;
const SHA_RE = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
/** Reads the scanned-commit set; a missing file is an empty set (first run). */
async function loadHistoryState(file) {
    let text;
    try {
        text = await external_node_fs_.promises.readFile(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return new Set();
        throw new errors/* StanchError */.W(`${file}: cannot read state file: ${err.message}`);
    }
    return parseHistoryState(text, file);
}
function parseHistoryState(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new errors/* StanchError */.W(`${file}: state file is not valid JSON (delete it to rescan everything)`);
    }
    if (data === null || typeof data !== 'object' || data.version !== HISTORY_STATE_VERSION || !Array.isArray(data.commits)) {
        throw new errors/* StanchError */.W(`${file}: field "version"/"commits": not a stanch history state file (version ${HISTORY_STATE_VERSION})`);
    }
    const bad = data.commits.findIndex((c) => typeof c !== 'string' || !SHA_RE.test(c));
    if (bad >= 0)
        throw new errors/* StanchError */.W(`${file}: field "commits[${bad}]": not a commit SHA`);
    return new Set(data.commits);
}
/** Writes the state atomically: a temp file in the same directory, then a rename. */
async function saveHistoryState(file, commits) {
    const data = {
        version: HISTORY_STATE_VERSION,
        tool: 'stanch',
        updated: new Date().toISOString(),
        commits: [...new Set(commits)].sort(),
    };
    const dir = external_node_path_default().dirname(external_node_path_default().resolve(file));
    await external_node_fs_.promises.mkdir(dir, { recursive: true });
    const tmp = external_node_path_default().join(dir, `.${external_node_path_default().basename(file)}.${process.pid}.${Date.now()}.tmp`);
    try {
        await external_node_fs_.promises.writeFile(tmp, JSON.stringify(data) + '\n', { mode: 0o644, flag: 'wx' });
        await external_node_fs_.promises.rename(tmp, file);
    }
    catch (err) {
        await external_node_fs_.promises.rm(tmp, { force: true });
        throw new errors/* StanchError */.W(`${file}: cannot write state file: ${err.message}`);
    }
}

// EXTERNAL MODULE: ./src/entry/cli/scan-runner.ts + 2 modules
var scan_runner = __webpack_require__(141);
// EXTERNAL MODULE: ./src/entry/cli/progress.ts
var cli_progress = __webpack_require__(7414);
// EXTERNAL MODULE: ./src/entry/cli/commands/rotate.ts + 13 modules
var rotate = __webpack_require__(174);
;// CONCATENATED MODULE: ./src/entry/cli/commands/history.ts








// --- rotation (ROTATION engineer): --rotate-leaked ---

function register(program) {
    const cmd = program
        .command('history')
        .description("scan every commit's added lines: a secret committed and later deleted is still leaked")
        .option('--range <rev-range>', 'only commits in this range, e.g. main..HEAD or v1.2.0..')
        .option('--all', 'every ref (the default when no --range is given)')
        .option('--since <date>', 'only commits after this date (anything git log --since accepts)')
        .option('--state <file>', 'incremental audits: skip commits recorded in FILE, then add the ones scanned')
        .option('--git-processes <n>', 'git processes producing patches side by side (default: 2 on 2+ cores)');
    (0,rotate.addRotateLeakedOptions)(cmd); // --- rotation (ROTATION engineer) ---
    (0,scan_runner/* addScanOptions */.Js)(cmd).action(async (opts) => {
        process.exitCode = await runHistory(opts, process.cwd());
    });
}
async function runHistory(opts, cwd) {
    if (opts.all && opts.range)
        throw new errors/* StanchError */.W('--all and --range exclude each other: --all scans every ref, --range only the commits in it');
    const root = await repoRoot(cwd);
    const known = opts.state ? await loadHistoryState(external_node_path_default().resolve(cwd, opts.state)) : undefined;
    const skips = [];
    const selection = { cwd: root, range: opts.range, all: opts.all, since: opts.since, skipCommits: known };
    // Our own progress: commits and patch MB read from git, with an ETA from the commit count
    // (counted only when the display will show: a terminal, not CI, not --quiet/--no-progress).
    const show = !opts.quiet && opts.progress !== false && process.stderr.isTTY === true && !process.env.CI;
    const total = show ? await countHistoryCommits(selection).catch(() => undefined) : undefined;
    const progress = (0,cli_progress/* createProgress */.m)({ label: 'commits', totalItems: total, enabled: show });
    const source = await createHistorySource({
        ...selection,
        recordCommits: opts.state !== undefined,
        // Producing patches is git's cost: on 2+ cores, two git processes split the walk.
        gitProcesses: opts.gitProcesses !== undefined ? parseGitProcesses(opts.gitProcesses) : Math.min(2, (0,external_node_os_.availableParallelism)()),
        onSkip: (s) => skips.push(s),
        onProgress: (s) => progress.update({ items: s.commits, bytes: s.bytes }),
    });
    const warning = source.shallowWarning();
    if (warning && !opts.quiet)
        process.stderr.write(`stanch: warning: ${warning}\n`);
    let code;
    try {
        // Two git processes already keep 2 cores busy: scan threads would only compete with them
        // (measured in bench-notes/perf.md). More cores: the usual worker default.
        const workers = opts.workers ?? ((0,external_node_os_.availableParallelism)() <= 2 ? '0' : undefined);
        const scanArgs = { source, opts: { ...opts, workers, progress: false }, configDir: root, cwd, skips, label: 'commits' };
        // --- rotation (ROTATION engineer): the leak→rotate loop runs between scan and report ---
        code = opts.rotateLeaked ? await (0,rotate.runScanWithLeakLoop)(scanArgs) : await (0,scan_runner/* runScanAndReport */.Iw)(scanArgs);
    }
    finally {
        progress.stop();
    }
    if (opts.state)
        await saveHistoryState(external_node_path_default().resolve(cwd, opts.state), [...(known ?? []), ...source.scannedCommits()]);
    return code;
}
function parseGitProcesses(v) {
    if (!/^[1-8]$/.test(v))
        throw new errors/* StanchError */.W(`--git-processes: expected an integer 1..8, got "${v}"`);
    return Number(v);
}


/***/ })

};
