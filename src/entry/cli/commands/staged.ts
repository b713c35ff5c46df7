/** `stanch staged`: scans what `git commit` is about to record (index vs HEAD, first commit included). */
import type { Command } from 'commander';
import type { SkipNotice } from '../../../model/contracts.js';
import { run } from '../../../git/runner.js';
import { showToplevel } from '../../../git/commands.js';
import { createStagedSource } from '../../../sources/staged.js';
import { addScanOptions, runScanAndReport, type ScanCliOptions } from '../scan-runner.js';

export function register(program: Command): void {
  const cmd = program.command('staged').description('scan the staged changes: what `git commit` is about to record');
  addScanOptions(cmd).action(async (opts: ScanCliOptions) => {
    const cwd = process.cwd();
    const root = await run(showToplevel(), { cwd });
    const skips: SkipNotice[] = [];
    const source = createStagedSource({ cwd: root, onSkip: (s) => skips.push(s) });
    // A commit's changes are small: workers would cost more to start than they save.
    process.exitCode = await runScanAndReport({ source, opts: { ...opts, workers: opts.workers ?? '0' }, configDir: root, cwd, skips });
  });
}
