export const id = 589;
export const ids = [589];
export const modules = {

/***/ 1589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  register: () => (/* binding */ register)
});

// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
// EXTERNAL MODULE: ./src/audit/log.ts
var log = __webpack_require__(8365);
// EXTERNAL MODULE: ./src/audit/record.ts
var record = __webpack_require__(7114);
;// CONCATENATED MODULE: ./src/audit/query.ts
/**
 * `stanch audit query`: filter records by path, action, actor, outcome and time. Query reads; it does
 * not verify (run verify for that), and it skips lines that do not parse.
 */



function matchesFilter(r, f) {
    if (f.path !== undefined && !matchesPath(r.uri, f.path))
        return false;
    if (f.action !== undefined && !(Array.isArray(f.action) ? f.action : [f.action]).includes(r.action))
        return false;
    if (f.actor !== undefined && r.actor !== f.actor)
        return false;
    if (f.outcome !== undefined && r.outcome !== f.outcome)
        return false;
    const t = Date.parse(r.ts);
    if (f.since && !(t >= f.since.getTime()))
        return false;
    if (f.until && !(t <= f.until.getTime()))
        return false;
    return true;
}
function matchesPath(uri, pattern) {
    if (pattern.includes('*')) {
        const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
        return re.test(uri);
    }
    const bare = uri.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
    return uri.startsWith(pattern) || bare.startsWith(pattern);
}
async function queryAuditLog(file, filter = {}) {
    const out = [];
    for await (const { text } of (0,log/* readLines */.Se)(file)) {
        const r = (0,record/* parseRecord */.Hh)(text);
        if (typeof r !== 'string' && matchesFilter(r, filter)) {
            out.push(r);
            if (filter.limit !== undefined && out.length > filter.limit)
                out.shift();
        }
    }
    return out;
}
/** `2026-01-31`, `2026-01-31T10:00:00Z`, or a duration back from now: `90m`, `24h`, `7d`. */
function parseTimeFilter(text, now, field) {
    const rel = /^(\d+)([smhd])$/.exec(text.trim());
    if (rel) {
        const unit = { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3 }[rel[2]];
        return new Date(now.getTime() - Number(rel[1]) * unit);
    }
    const t = Date.parse(text);
    if (Number.isNaN(t))
        throw new errors/* StanchError */.W(`--${field}: expected a date (2026-01-31, ISO time) or a duration like 24h or 7d, got "${text}"`);
    return new Date(t);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/audit/verify.ts
/**
 * `stanch audit verify`: walks the chain and reports every break with its line. Also checks the
 * last record against the head anchor and, when given, an external anchor (count / last hash).
 */



async function verifyAuditLog(opts) {
    const problems = [];
    const max = opts.maxProblems ?? 20;
    const report = (line, reason) => {
        if (problems.length < max)
            problems.push({ line, reason });
    };
    let prevHash = record/* GENESIS */.hw;
    let expectedSeq = 1;
    let records = 0;
    let lastHash;
    for await (const { line, text } of (0,log/* readLines */.Se)(opts.file)) {
        const rec = (0,record/* parseRecord */.Hh)(text);
        if (typeof rec === 'string') {
            report(line, rec);
            expectedSeq++;
            continue;
        }
        records++;
        if (rec.seq !== expectedSeq) {
            report(line, rec.seq < expectedSeq ? `seq ${rec.seq} repeats or goes back (expected ${expectedSeq}): records reordered or duplicated` : `seq ${rec.seq} skips ahead (expected ${expectedSeq}): records deleted`);
        }
        if (rec.prev !== prevHash)
            report(line, 'prev does not match the hash of the record before: a record was removed, inserted or reordered');
        const { hash, ...rest } = rec;
        if ((0,record/* hashRecord */.OK)(rest, opts.hmacKey) !== hash)
            report(line, opts.hmacKey ? 'hash does not match the contents (edited, or wrong HMAC key)' : 'hash does not match the contents: the record was edited');
        prevHash = hash;
        lastHash = hash;
        expectedSeq = rec.seq + 1;
    }
    if (await endsWithPartialLine(opts.file))
        report(records + 1, 'the last line is incomplete (interrupted write or truncation)');
    let head;
    try {
        head = await (0,log/* readHead */.zy)(opts.file);
    }
    catch (err) {
        report(0, err.message);
    }
    if (!head && records > 0)
        report(0, 'the head anchor file is missing: truncation of the tail cannot be ruled out');
    if (head) {
        const lastSeq = expectedSeq - 1;
        if (head.seq > lastSeq)
            report(0, `truncated: the head anchor says ${head.seq} records, the log ends at ${lastSeq}`);
        else if (head.seq !== lastSeq || head.hash !== lastHash)
            report(0, 'the last record does not match the head anchor');
    }
    if (opts.expectCount !== undefined && opts.expectCount !== records) {
        report(0, `expected ${opts.expectCount} records (external anchor), found ${records}`);
    }
    if (opts.expectLastHash !== undefined && opts.expectLastHash !== lastHash) {
        report(0, 'the last hash differs from the external anchor');
    }
    return { ok: problems.length === 0, records, lastHash, head, problems };
}
async function endsWithPartialLine(file) {
    try {
        const buf = await (0,promises_.readFile)(file);
        return buf.length > 0 && buf[buf.length - 1] !== 0x0a;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/audit/commands.ts
/**
 * The `stanch audit verify` and `stanch audit query` commands as functions returning text and an exit
 * code; the CLI entry parses flags and prints. Exit codes: 0 the log verifies / query ran,
 * 1 verify found tampering (like findings), 2 bad flags.
 */



async function auditVerifyCommand(opts) {
    const r = await verifyAuditLog(opts);
    const lines = [];
    if (r.ok) {
        lines.push(`audit log ${opts.file}: OK, ${r.records} records, chain intact${r.lastHash ? `, last hash ${r.lastHash}` : ''}`);
    }
    else {
        lines.push(`audit log ${opts.file}: FAILED, ${r.records} records read, ${r.problems.length} problem(s):`);
        for (const p of r.problems)
            lines.push(p.line > 0 ? `  line ${p.line}: ${p.reason}` : `  ${p.reason}`);
    }
    return { exitCode: r.ok ? errors/* EXIT */.d.OK : errors/* EXIT */.d.FINDINGS, output: `${lines.join('\n')}\n` };
}
async function auditQueryCommand(opts) {
    const now = opts.now ?? new Date();
    const filter = {
        path: opts.path,
        action: opts.action && opts.action.length > 0 ? opts.action : undefined,
        actor: opts.actor,
        outcome: opts.outcome,
        since: opts.since ? parseTimeFilter(opts.since, now, 'since') : undefined,
        until: opts.until ? parseTimeFilter(opts.until, now, 'until') : undefined,
        limit: opts.limit,
    };
    const records = await queryAuditLog(opts.file, filter);
    const output = opts.format === 'jsonl' ? records.map((r) => JSON.stringify(r)).join('\n') : records.map(textLine).join('\n');
    return { exitCode: errors/* EXIT */.d.OK, output: records.length ? `${output}\n` : '' };
}
function textLine(r) {
    return `${r.ts}  #${r.seq}  ${r.actor}  ${r.action}  ${r.outcome}  ${r.uri}${r.detail ? `  (${r.detail})` : ''}`;
}

// EXTERNAL MODULE: ./src/entry/cli/store-options.ts + 2 modules
var store_options = __webpack_require__(8201);
;// CONCATENATED MODULE: ./src/entry/cli/commands/audit.ts



function logFile(file) {
    const f = file ?? process.env.STANCH_AUDIT_LOG ?? (0,store_options/* defaultAuditLogPath */.ip)(process.env);
    if (f === '' || f.toLowerCase() === 'off')
        throw new errors/* StanchError */.W('no audit log: name the file (STANCH_AUDIT_LOG is off)', errors/* EXIT */.d.USAGE);
    return f;
}
const collect = (v, prev) => [...prev, ...v.split(',').filter(Boolean)];
function register(program) {
    const audit = program.command('audit').description('check and search the hash-chained audit log');
    audit
        .command('verify')
        .description(`check the chain: exit 0 intact, ${errors/* EXIT */.d.FINDINGS} edited/truncated/reordered`)
        .argument('[file]', 'audit log (default: $STANCH_AUDIT_LOG or ~/.local/state/stanch/audit.jsonl)')
        .option('--expect-count <n>', 'external anchor: the log must hold exactly N records')
        .option('--expect-last-hash <hash>', 'external anchor: the last record must have this hash')
        .action(async (file, flags) => {
        let expectCount;
        if (flags.expectCount !== undefined) {
            if (!/^\d+$/.test(flags.expectCount))
                throw new errors/* StanchError */.W(`--expect-count: expected a number, got "${flags.expectCount}"`, errors/* EXIT */.d.USAGE);
            expectCount = Number(flags.expectCount);
        }
        const r = await auditVerifyCommand({
            file: logFile(file),
            hmacKey: process.env.STANCH_AUDIT_HMAC_KEY || undefined,
            expectCount,
            expectLastHash: flags.expectLastHash,
        });
        process.stdout.write(r.output);
        process.exitCode = r.exitCode;
    });
    audit
        .command('query')
        .description('print records matching all the filters given')
        .argument('[file]', 'audit log (default: $STANCH_AUDIT_LOG or ~/.local/state/stanch/audit.jsonl)')
        .option('--path <prefix>', 'URI or path prefix, or a glob with *')
        .option('--action <actions>', 'read, write, delete, list, inject, rotate (comma-separated, repeatable)', collect, [])
        .option('--actor <name>', 'exact actor')
        .option('--outcome <outcome>', 'ok, not-found, denied, integrity, error')
        .option('--since <time>', 'date, ISO time or duration back from now (24h, 7d)')
        .option('--until <time>', 'date, ISO time or duration back from now')
        .option('--limit <n>', 'only the last N matches')
        .option('--json', 'one JSON record per line')
        .action(async (file, flags) => {
        let limit;
        if (flags.limit !== undefined) {
            if (!/^\d+$/.test(flags.limit))
                throw new errors/* StanchError */.W(`--limit: expected a number, got "${flags.limit}"`, errors/* EXIT */.d.USAGE);
            limit = Number(flags.limit);
        }
        const r = await auditQueryCommand({
            file: logFile(file),
            path: flags.path,
            action: flags.action,
            actor: flags.actor,
            outcome: flags.outcome,
            since: flags.since,
            until: flags.until,
            limit,
            format: flags.json ? 'jsonl' : 'text',
        });
        process.stdout.write(r.output);
        process.exitCode = r.exitCode;
    });
}


/***/ })

};
