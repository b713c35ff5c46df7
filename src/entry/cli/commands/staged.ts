/** `stanch staged`: scans what `git commit` is about to record (index vs HEAD, first commit included). */
import type { Command } from 'commander';
import { addScanOptions, guarded, runGitScan, type GitScanCliOptions } from './history.js';

export function register(program: Command): void {
  const cmd = program.command('staged').description('scan the staged changes: what `git commit` is about to record');
  addScanOptions(cmd).action((opts: GitScanCliOptions) =>
    guarded(async () => {
      const [{ createStagedSource }, { run }, { showToplevel }] = await Promise.all([
        import('../../../sources/staged.js'),
        import('../../../git/runner.js'),
        import('../../../git/commands.js'),
      ]);
      const root = await run(showToplevel(), { cwd: process.cwd() });
      return (await runGitScan(createStagedSource({ cwd: root }), root, { ...opts, workers: opts.workers ?? '0' })).exitCode;
    }),
  );
}
