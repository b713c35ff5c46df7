export const id = 570;
export const ids = [570];
export const modules = {

/***/ 2393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R3: () => (/* binding */ REDACTION_MASK),
/* harmony export */   Rd: () => (/* binding */ redactText),
/* harmony export */   Y3: () => (/* binding */ redactSecret)
/* harmony export */ });
/**
 * The one redaction family. A redacted secret keeps at most a public format prefix (like `ghp_`,
 * `AKIA`, `xoxb`), truncated to 4 characters, and only when at least 12 characters remain hidden;
 * the rest becomes a fixed 8-star mask, so neither the value nor its length leaks.
 */
const REDACTION_MASK = '********';
/** Public prefixes that identify a format and carry no secret entropy. */
const PUBLIC_PREFIXES = [
    'github_pat_', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'glpat-', 'npm_', 'pypi-', 'xoxb-', 'xoxp-', 'xoxa-',
    'xoxe-', 'xapp-', 'sk_live_', 'sk_test_', 'rk_live_', 'pk_live_', 'sk-proj-', 'sk-ant-', 'sk-', 'AKIA', 'ASIA',
    'AIza', 'SG.', 'hf_', 'dop_v1_', 'shpat_', 'shpss_', 'AGE-SECRET-KEY-', '-----BEGIN',
];
const MAX_KEPT = 4;
function redactSecret(secret) {
    const prefix = PUBLIC_PREFIXES.find((p) => secret.startsWith(p));
    const kept = prefix ? prefix.slice(0, MAX_KEPT) : '';
    if (kept && secret.length - kept.length >= 12)
        return kept + REDACTION_MASK;
    return REDACTION_MASK;
}
/**
 * Replaces every occurrence of each finding's secret in `text` (a line or a match). Multi-line
 * secrets (PEM) are replaced line by line, so each line of a key is masked on its own.
 */
function redactText(text, findings) {
    let out = text;
    const pieces = new Set();
    for (const f of findings) {
        if (!f.secret)
            continue;
        pieces.add(f.secret);
        if (f.secret.includes('\n')) {
            for (const part of f.secret.split(/\r?\n/))
                if (part.trim().length >= 4)
                    pieces.add(part);
        }
    }
    // Longest first, so a shorter piece never splits a longer one.
    for (const p of [...pieces].sort((a, b) => b.length - a.length)) {
        if (out.includes(p))
            out = out.split(p).join(p.includes('\n') ? REDACTION_MASK : redactSecret(p));
    }
    return out;
}


/***/ }),

/***/ 1570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPreCommitHook: () => (/* binding */ runPreCommitHook),
  runPrePushHook: () => (/* binding */ runPrePushHook)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
// EXTERNAL MODULE: ./src/engine/redact.ts
var redact = __webpack_require__(2393);
// EXTERNAL MODULE: ./src/pipeline/findings.ts
var pipeline_findings = __webpack_require__(7906);
// EXTERNAL MODULE: ./src/git/runner.ts
var runner = __webpack_require__(6916);
// EXTERNAL MODULE: ./src/git/commands.ts
var commands = __webpack_require__(1020);
// EXTERNAL MODULE: ./src/sources/staged.ts
var staged = __webpack_require__(2078);
// EXTERNAL MODULE: ./src/sources/diff.ts + 1 modules
var diff = __webpack_require__(7831);
;// CONCATENATED MODULE: ./src/sources/prepush.ts
/**
 * Source: exactly the commits a `git push` is about to send. git gives the pre-push hook one
 * stdin line per ref: `<local ref> <local sha> <remote ref> <remote sha>`.
 *  - deletion (local sha all zeros): nothing to scan;
 *  - new branch (remote sha all zeros): commits not already on any remote-tracking ref;
 *  - update or force push: additionally not reachable from the remote's old sha (when we have it),
 *    so only what is new is scanned.
 */




const SHA_RE = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
/** Parses the pre-push hook's stdin. Blank lines are ignored; a malformed line is an error naming it. */
function parsePrePushLines(text) {
    const updates = [];
    text.split('\n').forEach((raw, i) => {
        const line = raw.replace(/\r$/, '').trim();
        if (line === '')
            return;
        const parts = line.split(/\s+/);
        if (parts.length !== 4 || !SHA_RE.test(parts[1]) || !SHA_RE.test(parts[3])) {
            throw new errors/* StanchError */.W(`pre-push input line ${i + 1}: expected "<local ref> <local sha> <remote ref> <remote sha>"`);
        }
        updates.push({ localRef: parts[0], localSha: parts[1], remoteRef: parts[2], remoteSha: parts[3] });
    });
    return updates;
}
/**
 * The commits a push of `updates` sends that are new, as a log selection, or null when it sends
 * none (only deletions). One selection for all refs (a `push --all` of many branches costs one git
 * call): a commit reachable from any remote's old sha is on that remote already, so excluding
 * every old sha at once excludes nothing that is new.
 */
function pushSelection(updates) {
    const sending = updates.filter((u) => !(0,commands/* isZeroSha */.hp)(u.localSha)).map((u) => u.localSha); // deletions send nothing
    if (sending.length === 0)
        return null;
    const remoteHad = updates.filter((u) => !(0,commands/* isZeroSha */.hp)(u.remoteSha)).map((u) => u.remoteSha);
    return { newFrom: { tips: [...new Set(sending)], exclude: [...new Set(remoteHad)] } };
}
/** What a push of `updates` sends that is new: commit SHAs, newest first, each once. */
async function commitsToPush(cwd, updates) {
    const sel = pushSelection(updates);
    return sel ? run(revList(revListSelection(sel)), { cwd }) : [];
}
/** The patches of exactly what a push sends that is new: one `git log` selecting them itself. */
class PrePushSource extends diff/* PatchSource */.Cy {
    constructor(opts) {
        super(async () => {
            const sel = pushSelection(opts.updates);
            return sel ? { args: (0,commands/* logPatchArgs */.e4)(sel) } : null;
        }, { cwd: opts.cwd, maxFragmentChars: opts.maxFragmentChars });
    }
}
function createPrePushSource(opts) {
    return new PrePushSource(opts);
}

;// CONCATENATED MODULE: ./src/entry/hooks/run.ts
/**
 * What `stanch hook pre-commit` and `stanch hook pre-push` do. Kept free of commander so a hook
 * pays only for what it uses: the detector is built only when there is something to scan, so a
 * push with no new commits (or a ref deletion) returns before loading any rule.
 */









async function runPreCommitHook(opts) {
    const root = await (0,runner/* run */.eF)((0,commands/* showToplevel */.BJ)(), { cwd: opts.cwd });
    const source = (0,staged/* createStagedSource */.K)({ cwd: root });
    const findings = await scanForHook(source, root, opts);
    return report(findings, source.notices(), opts.io, 'commit', root);
}
async function runPrePushHook(opts) {
    let updates = parsePrePushLines(opts.stdinText);
    if (updates.length === 0 && opts.toRef) {
        updates = [{ localRef: 'HEAD', localSha: opts.toRef, remoteRef: '', remoteSha: '0'.repeat(opts.toRef.length) }];
    }
    // Independent, so at once (a push is waited on by a person): where the repository is, the
    // patches of what the push sends (one `git log` that selects them), and evaluating the rule
    // modules while git works.
    void detectorModules();
    const root = (0,runner/* run */.eF)((0,commands/* showToplevel */.BJ)(), { cwd: opts.cwd });
    root.catch(() => undefined); // awaited below; git log reports the same failure
    const source = createPrePushSource({ cwd: opts.cwd, updates });
    const findings = await scanForHook(source, root, opts);
    return report(findings, source.notices(), opts.io, 'push', await root);
}
async function scanForHook(source, root, opts) {
    let detector;
    const findings = [];
    for await (const fragment of source.fragments()) {
        detector ??= await loadDetector(await root, opts.configPath);
        for (const f of detector.scan(fragment))
            findings.push(f);
    }
    if (findings.length === 0)
        return findings;
    // Pieces of a large file overlap (so multi-line secrets are whole): drop the repeats.
    return applyRepoBaseline((0,pipeline_findings/* sortFindings */.Tc)((0,pipeline_findings/* dedupeFindings */._4)(findings)), await root);
}
/** The config loader and detector modules, imported once (a separate chunk in the bundle). */
let modules;
function detectorModules() {
    modules ??= Promise.all([Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(392), __webpack_require__.e(36)]).then(__webpack_require__.bind(__webpack_require__, 1036)), Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2520))]);
    return modules;
}
async function loadDetector(root, configPath) {
    // Loaded on first use by the pre-commit hook: a commit with nothing staged never pays for the rules.
    const [{ loadConfig }, { createDetector }] = await detectorModules();
    const { config } = loadConfig({ dir: root, configPath });
    return createDetector({ config });
}
async function applyRepoBaseline(findings, root) {
    const { DEFAULT_BASELINE_FILE, parseBaseline, applyBaseline } = await __webpack_require__.e(/* import() */ 360).then(__webpack_require__.bind(__webpack_require__, 6360));
    const file = external_node_path_default().join(root, DEFAULT_BASELINE_FILE);
    if (!(0,external_node_fs_.existsSync)(file))
        return findings;
    return applyBaseline(findings, parseBaseline((0,external_node_fs_.readFileSync)(file, 'utf8'), file)).findings;
}
function report(findings, notices, io, verb, root) {
    for (const n of notices.filter((x) => /submodule|LFS/.test(x.reason)))
        io.err(`stanch: note: ${n.path}: ${n.reason}\n`);
    if (findings.length === 0)
        return errors/* EXIT */.d.OK;
    return printBlocked(findings, io, verb, root);
}
function printBlocked(findings, io, verb, root) {
    const commits = new Set(findings.map((f) => f.commit?.sha).filter(Boolean));
    const what = verb === 'commit' ? 'this commit' : `this push (${commits.size} commit${commits.size === 1 ? '' : 's'})`;
    const lines = [`stanch: blocked ${what}: ${findings.length} secret${findings.length === 1 ? '' : 's'} found`, ''];
    for (const f of findings) {
        const where = `${f.path}:${f.startLine}${f.commit ? ` in ${f.commit.sha.slice(0, 10)}${f.commit.message ? ` "${clip(f.commit.message, 50)}"` : ''}` : ''}`;
        lines.push(`  ${f.severity.toUpperCase().padEnd(8)} ${f.ruleId}  ${where}`);
        lines.push(`           ${redacted(f)}   fingerprint ${f.fingerprint}`);
    }
    const ignoreFile = (0,external_node_fs_.existsSync)(external_node_path_default().join(root, '.gitleaksignore')) && !(0,external_node_fs_.existsSync)(external_node_path_default().join(root, '.stanchignore')) ? '.gitleaksignore' : '.stanchignore';
    lines.push('', 'Remove the secret (and rotate it if it was ever shared), then try again.', verb === 'push' ? 'It is in commit history: amend or rebase the commit(s) above, deleting it in a new commit is not enough.' : '', 'If it is a false positive, allow it in one of these ways:', `  - add its fingerprint (shown above) on its own line to ${ignoreFile} and commit that file;`, '  - add a comment containing `stanch:allow` on that line;', '  - or accept every finding now in the working tree: stanch baseline (writes .stanch-baseline.json).', `Skip the check once (not recommended): git ${verb} --no-verify`);
    io.err(lines.filter((l, i) => l !== '' || lines[i - 1] !== '').join('\n') + '\n');
    return errors/* EXIT */.d.FINDINGS;
}
/** Never a raw value from a hook: the engine's one redaction function. */
const redacted = (f) => (0,redact/* redactSecret */.Y3)(f.secret);
function clip(s, n) {
    return s.length <= n ? s : s.slice(0, n - 1) + '…';
}


/***/ }),

/***/ 7906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   _4: () => (/* binding */ dedupeFindings),
/* harmony export */   gW: () => (/* binding */ shiftColumns)
/* harmony export */ });
/* unused harmony export compareFindings */
/**
 * A fragment cut from the middle of a long line starts at `startColumn`; the detector
 * counted columns from the fragment start, so shift the columns on its first line
 * (a composite finding's required matches included).
 */
function shiftColumns(findings, fragment) {
    const shift = (fragment.startColumn ?? 1) - 1;
    if (shift <= 0)
        return findings;
    const firstLine = fragment.lineNumbers?.[0] ?? fragment.startLine ?? 1;
    const shiftPlace = (p) => {
        if (p.startLine === firstLine) {
            p.startColumn += shift;
            if (p.endLine === firstLine)
                p.endColumn += shift;
        }
    };
    for (const f of findings) {
        shiftPlace(f);
        for (const r of f.required ?? [])
            shiftPlace(r);
    }
    return findings;
}
/**
 * One finding per place: overlapping chunks can report the same secret twice, and a
 * chunk that ends inside a token can report a truncated prefix of it. Keep the longest
 * match starting at a given position.
 */
function dedupeFindings(findings) {
    const best = new Map();
    for (const f of findings) {
        const key = [f.path, f.commit?.sha ?? '', f.ruleId, f.startLine, f.startColumn].join('\u0000');
        const prev = best.get(key);
        if (!prev || f.match.length > prev.match.length)
            best.set(key, f);
    }
    return [...best.values()];
}
function compareFindings(a, b) {
    return (cmp(a.path, b.path) ||
        a.startLine - b.startLine ||
        a.startColumn - b.startColumn ||
        cmp(a.ruleId, b.ruleId) ||
        cmp(a.commit?.sha ?? '', b.commit?.sha ?? '') ||
        cmp(a.fingerprint, b.fingerprint));
}
function sortFindings(findings) {
    return findings.sort(compareFindings);
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
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
