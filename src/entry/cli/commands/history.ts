/**
 * `stanch history`: scans every commit's added lines (all refs by default), with an optional
 * state file for incremental scheduled audits. Also home of `runGitScan`, shared by `stanch staged`.
 */
import type { Command } from 'commander';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseWorkersOption, wantColor, writeFileAtomic } from '../io.js';
import { TOOL_VERSION } from '../version.js';
import { StanchError, EXIT } from '../../../model/errors.js';
import type { Finding } from '../../../model/finding.js';
import type { SkipNotice } from '../../../model/contracts.js';
import type { PatchSource } from '../../../sources/diff.js';

export interface GitScanCliOptions {
  format: string;
  report?: string;
  config?: string;
  baseline?: string;
  showSecrets?: boolean;
  progress: boolean;
  workers?: string;
}

export interface GitScanOutcome {
  findings: Finding[];
  notices: SkipNotice[];
}

/** Adds the output/config options every git scan command takes. */
export function addScanOptions(cmd: Command): Command {
  return cmd
    .option('-f, --format <format>', 'text, json, jsonl, sarif, csv or junit', 'text')
    .option('-o, --report <file>', 'write the report to a file instead of stdout')
    .option('-c, --config <file>', 'config file (default: .stanch.toml or .gitleaks.toml at the repository top)')
    .option('--baseline <file>', 'hide findings listed in this baseline file')
    .option('--show-secrets', 'print raw secret values in the report (never use in CI logs)')
    .option('--workers <n>', 'scan threads (default: CPU count, for large scans)')
    .option('--no-progress', 'no progress display (it is shown only on a terminal, never in CI)');
}

/** Progress display only on an interactive terminal, never in CI or when piped. */
function progressWanted(opts: GitScanCliOptions): boolean {
  return opts.progress && process.stderr.isTTY === true && !process.env.CI;
}

/**
 * Scans a git patch source with the shared pipeline and writes the report. Returns the exit
 * code (1 when findings remain).
 */
export async function runGitScan(
  source: PatchSource,
  root: string,
  opts: GitScanCliOptions,
  progress?: { label: string; totalItems?: Promise<number> },
): Promise<GitScanOutcome & { exitCode: number }> {
  const [{ loadConfig }, { scanSource }, { createReporter, summaryLine }, { parseBaseline }] = await Promise.all([
    import('../../../config/load.js'),
    import('../../../pipeline/scan.js'),
    import('../../../reporters/index.js'),
    import('../../../baseline/baseline.js'),
  ]);
  const reporter = createReporter(opts.format, { color: !opts.report && wantColor(process.stdout, process.env) });
  const { config } = loadConfig({ dir: root, configPath: opts.config });
  const baseline = opts.baseline ? parseBaseline(readText(opts.baseline), opts.baseline) : undefined;
  const workers = opts.workers === undefined ? availableParallelism() : parseWorkersOption(opts.workers);

  let bar: { update(p: { items?: number; bytes?: number }): void; stop(): void } | undefined;
  if (progress && progressWanted(opts)) {
    const { createProgress } = await import('../progress.js');
    const total = await progress.totalItems?.catch(() => undefined);
    bar = createProgress({ label: progress.label, totalItems: total, enabled: true });
  }
  let result;
  try {
    result = await scanSource({
      source,
      detectorOptions: { config },
      baseline,
      workers,
      workerScript: workerScript(),
      onProgress: () => bar?.update({ items: source.stats.commits, bytes: source.stats.bytes }),
    });
  } finally {
    bar?.stop();
  }
  const ctx = { toolVersion: TOOL_VERSION, showSecrets: opts.showSecrets === true, rules: config.rules, root };
  const text = reporter.render(result.findings, ctx);
  if (opts.report) writeFileAtomic(opts.report, text, { secret: opts.showSecrets === true });
  else process.stdout.write(text.endsWith('\n') || text === '' ? text : text + '\n');
  const notices = source.notices();
  printNotices(notices);
  if (opts.format === 'text' || opts.report) process.stderr.write(summaryLine(result.findings, result.stats.files) + '\n');
  return { findings: result.findings, notices, exitCode: result.findings.length > 0 ? EXIT.FINDINGS : EXIT.OK };
}

function printNotices(notices: SkipNotice[]): void {
  const byReason = new Map<string, string[]>();
  for (const n of notices) {
    const kind = n.reason.split(':')[0]!;
    byReason.set(kind, [...(byReason.get(kind) ?? []), n.path]);
  }
  for (const [kind, paths] of byReason) {
    const shown = paths.slice(0, 5).join(', ') + (paths.length > 5 ? `, … (${paths.length} in all)` : '');
    const why = notices.find((n) => n.reason.startsWith(kind))!.reason.replace(/ \(first seen in [0-9a-f]+\)$/, '');
    process.stderr.write(`stanch: not scanned: ${shown}: ${why}\n`);
  }
}

/** The running bundle doubles as the scan worker script (its entry calls runScanWorkerIfWorker). */
function workerScript(): string | undefined {
  const main = process.argv[1];
  return main && /\.(c|m)?js$/.test(main) ? main : undefined;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new StanchError(`${file}: cannot read: ${(err as Error).message}`);
  }
}

/** Prints a StanchError as one line and sets the exit code; anything else is a bug and propagates. */
export async function guarded(fn: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await fn();
  } catch (err) {
    if (!(err instanceof StanchError)) throw err;
    process.stderr.write(`stanch: ${err.message}\n`);
    process.exitCode = err.exitCode ?? EXIT.USAGE;
  }
}

interface HistoryCliOptions extends GitScanCliOptions {
  range?: string;
  all?: boolean;
  since?: string;
  state?: string;
}

export function register(program: Command): void {
  const cmd = program
    .command('history')
    .description('scan every commit\'s added lines: secrets committed and later deleted are still leaked')
    .option('--range <rev-range>', 'only commits in this range, e.g. main..HEAD or v1.2.0..')
    .option('--all', 'every ref (the default when no --range is given)')
    .option('--since <date>', 'only commits after this date (anything git log --since accepts)')
    .option('--state <file>', 'incremental audits: skip commits recorded in this file, then record the new ones');
  addScanOptions(cmd).action((opts: HistoryCliOptions) => guarded(() => runHistory(opts)));
}

async function runHistory(opts: HistoryCliOptions): Promise<number> {
  const [{ createHistorySource, countHistoryCommits }, { loadHistoryState, saveHistoryState }, { run }, { showToplevel }] = await Promise.all([
    import('../../../sources/history.js'),
    import('../../../sources/history-state.js'),
    import('../../../git/runner.js'),
    import('../../../git/commands.js'),
  ]);
  const root = await run(showToplevel(), { cwd: process.cwd() });
  const known = opts.state ? await loadHistoryState(opts.state) : undefined;
  const sourceOpts = { cwd: root, range: opts.range, all: opts.all, since: opts.since, skipCommits: known };
  const source = await createHistorySource(sourceOpts);
  const warning = source.shallowWarning();
  if (warning) process.stderr.write(`stanch: warning: ${warning}\n`);
  const outcome = await runGitScan(source, root, opts, {
    label: 'commits',
    totalItems: progressWanted(opts) ? countHistoryCommits(sourceOpts) : undefined,
  });
  if (opts.state) {
    await saveHistoryState(path.resolve(opts.state), [...(known ?? []), ...source.scannedCommits()]);
  }
  return outcome.exitCode;
}
