/** `stanch baseline [PATH…] [-o FILE]`: record today's findings so later scans report only new ones. */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { createBaseline, DEFAULT_BASELINE_FILE, serializeBaseline } from '../../../baseline/baseline.js';
import type { SkipNotice } from '../../../model/contracts.js';
import { EXIT } from '../../../model/errors.js';
import { FileSource } from '../../../sources/files.js';
import { parseSizeOption, writeFileAtomic } from '../io.js';
import { configDirFor, prepareScan, runScan } from '../scan-runner.js';

interface BaselineCommandOptions {
  output: string;
  config?: string;
  minConfidence?: string;
  gitignore: boolean;
  maxFileSize?: string;
  workers?: string;
  progress: boolean;
  quiet?: boolean;
}

export function register(program: Command): void {
  program
    .command('baseline')
    .description('write a baseline of current findings (fingerprints and redacted hints, never values)')
    .argument('[paths...]', 'files or directories to scan (default: .)')
    .option('-o, --output <file>', 'baseline file to write', DEFAULT_BASELINE_FILE)
    .option('-c, --config <file>', 'config file (default: .stanch.toml, else .gitleaks.toml)')
    .option('--min-confidence <n>', 'drop findings whose rule confidence is below N (0..1)')
    .option('--no-gitignore', 'also scan files that .gitignore excludes')
    .option('--max-file-size <size>', 'skip files larger than SIZE (e.g. 500k, 10MB)')
    .option('--workers <n>', 'threads for large scans, this one included (0 or 1 = this thread alone)')
    .option('--no-progress', 'no progress bar')
    .option('-q, --quiet', 'nothing on stderr but errors')
    .action(async (paths: string[], opts: BaselineCommandOptions) => {
      const cwd = process.cwd();
      const skips: SkipNotice[] = [];
      const prepared = prepareScan({ ...opts, format: undefined }, configDirFor(paths, cwd), cwd);
      const source = new FileSource({
        paths: paths.length ? paths : ['.'],
        cwd,
        gitignore: opts.gitignore,
        maxFileSize: opts.maxFileSize !== undefined ? parseSizeOption(opts.maxFileSize) : undefined,
        onSkip: (s) => skips.push(s),
      });
      const result = await runScan(source, prepared, { quiet: opts.quiet, progress: opts.progress, label: 'baseline' });
      const baseline = createBaseline(result.findings);
      writeFileAtomic(resolve(cwd, opts.output), serializeBaseline(baseline));
      if (!opts.quiet) {
        const n = baseline.entries.length;
        process.stderr.write(`stanch: wrote ${n} entr${n === 1 ? 'y' : 'ies'} to ${opts.output} (scanned ${result.stats.files} files)\n`);
      }
      process.exitCode = EXIT.OK;
    });
}
