/**
 * `stanch history`: scans every commit's added lines (all refs by default), with an optional
 * state file for incremental scheduled audits.
 */
import type { Command } from 'commander';
import path from 'node:path';
import { availableParallelism } from 'node:os';
import type { SkipNotice } from '../../../model/contracts.js';
import { StanchError } from '../../../model/errors.js';
import { repoRoot } from '../../../git/repo.js';
import { createHistorySource, countHistoryCommits } from '../../../sources/history.js';
import { loadHistoryState, saveHistoryState } from '../../../sources/history-state.js';
import type { PatchSourceStats } from '../../../sources/diff.js';
import { addScanOptions, runScanAndReport, type ScanCliOptions } from '../scan-runner.js';
import { createProgress } from '../progress.js';
// --- rotation (ROTATION engineer): --rotate-leaked ---
import { addRotateLeakedOptions, runScanWithLeakLoop, type RotateLeakedCliOptions } from './rotate.js';

interface HistoryCliOptions extends ScanCliOptions, RotateLeakedCliOptions {
  range?: string;
  all?: boolean;
  since?: string;
  state?: string;
  gitProcesses?: string;
}

export function register(program: Command): void {
  const cmd = program
    .command('history')
    .description("scan every commit's added lines: a secret committed and later deleted is still leaked")
    .option('--range <rev-range>', 'only commits in this range, e.g. main..HEAD or v1.2.0..')
    .option('--all', 'every ref (the default when no --range is given)')
    .option('--since <date>', 'only commits after this date (anything git log --since accepts)')
    .option('--state <file>', 'incremental audits: skip commits recorded in FILE, then add the ones scanned')
    .option('--git-processes <n>', 'git processes producing patches side by side (default: 2 on 2+ cores)');
  addRotateLeakedOptions(cmd); // --- rotation (ROTATION engineer) ---
  addScanOptions(cmd).action(async (opts: HistoryCliOptions) => {
    process.exitCode = await runHistory(opts, process.cwd());
  });
}

export async function runHistory(opts: HistoryCliOptions, cwd: string): Promise<number> {
  if (opts.all && opts.range) throw new StanchError('--all and --range exclude each other: --all scans every ref, --range only the commits in it');
  const root = await repoRoot(cwd);
  const known = opts.state ? await loadHistoryState(path.resolve(cwd, opts.state)) : undefined;
  const skips: SkipNotice[] = [];
  const selection = { cwd: root, range: opts.range, all: opts.all, since: opts.since, skipCommits: known };
  // Our own progress: commits and patch MB read from git, with an ETA from the commit count
  // (counted only when the display will show: a terminal, not CI, not --quiet/--no-progress).
  const show = !opts.quiet && opts.progress !== false && process.stderr.isTTY === true && !process.env.CI;
  const total = show ? await countHistoryCommits(selection).catch(() => undefined) : undefined;
  const progress = createProgress({ label: 'commits', totalItems: total, enabled: show });
  const source = await createHistorySource({
    ...selection,
    recordCommits: opts.state !== undefined,
    // Producing patches is git's cost: on 2+ cores, two git processes split the walk.
    gitProcesses: opts.gitProcesses !== undefined ? parseGitProcesses(opts.gitProcesses) : Math.min(2, availableParallelism()),
    onSkip: (s) => skips.push(s),
    onProgress: (s: PatchSourceStats) => progress.update({ items: s.commits, bytes: s.bytes }),
  });
  const warning = source.shallowWarning();
  if (warning && !opts.quiet) process.stderr.write(`stanch: warning: ${warning}\n`);
  let code: number;
  try {
    // Two git processes already keep 2 cores busy: scan threads would only compete with them
    // (measured in bench-notes/perf.md). More cores: the usual worker default.
    const workers = opts.workers ?? (availableParallelism() <= 2 ? '0' : undefined);
    const scanArgs = { source, opts: { ...opts, workers, progress: false }, configDir: root, cwd, skips, label: 'commits' };
    // --- rotation (ROTATION engineer): the leak→rotate loop runs between scan and report ---
    code = opts.rotateLeaked ? await runScanWithLeakLoop(scanArgs) : await runScanAndReport(scanArgs);
  } finally {
    progress.stop();
  }
  if (opts.state) await saveHistoryState(path.resolve(cwd, opts.state), [...(known ?? []), ...source.scannedCommits()]);
  return code;
}

function parseGitProcesses(v: string): number {
  if (!/^[1-8]$/.test(v)) throw new StanchError(`--git-processes: expected an integer 1..8, got "${v}"`);
  return Number(v);
}
