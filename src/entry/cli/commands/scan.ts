/** `stanch scan [PATH…]`: files and directories (or `-` for stdin), honouring .gitignore. */
import type { Command } from 'commander';
import type { SkipNotice, Source } from '../../../model/contracts.js';
import { EXIT, StanchError } from '../../../model/errors.js';
import { FileSource } from '../../../sources/files.js';
import { StreamSource } from '../../../sources/stdin.js';
import { parseSizeOption } from '../io.js';
import { addScanOptions, configDirFor, runScanAndReport, type ScanCliOptions } from '../scan-runner.js';

interface ScanCommandOptions extends ScanCliOptions {
  gitignore: boolean;
  maxFileSize?: string;
}

export function register(program: Command): void {
  const cmd = program
    .command('scan')
    .description('scan files and directories for secrets (default: the current directory); "-" reads stdin')
    .argument('[paths...]', 'files or directories to scan, or - for standard input')
    .option('--no-gitignore', 'also scan files that .gitignore excludes')
    .option('--max-file-size <size>', 'skip files larger than SIZE (e.g. 500k, 10MB); default: no limit, large files are read in chunks');
  addScanOptions(cmd).action(async (paths: string[], opts: ScanCommandOptions) => {
    const cwd = process.cwd();
    const skips: SkipNotice[] = [];
    let source: Source;
    if (paths.includes('-')) {
      if (paths.length > 1) throw new StanchError('"-" (stdin) cannot be combined with other paths', EXIT.USAGE);
      source = new StreamSource({ input: process.stdin });
    } else {
      source = new FileSource({
        paths: paths.length ? paths : ['.'],
        cwd,
        gitignore: opts.gitignore,
        maxFileSize: opts.maxFileSize !== undefined ? parseSizeOption(opts.maxFileSize) : undefined,
        onSkip: (s) => skips.push(s),
      });
    }
    process.exitCode = await runScanAndReport({ source, opts, configDir: configDirFor(paths, cwd), cwd, skips });
  });
}
