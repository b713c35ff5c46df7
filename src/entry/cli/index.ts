#!/usr/bin/env node
/**
 * CLI entry. The bundle is also its own worker script: started as a scan worker it
 * only serves scan batches and never loads the CLI.
 */
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultScanThreads, prestartScanWorkers } from '../../pipeline/prestart.js';
import { runScanWorkerIfWorker } from '../../pipeline/worker.js';
import { cliContext } from './context.js';

/** Named paths workersToPrestart looks at for a directory (`xargs stanch scan` can name thousands of files). */
const PATHS_LOOKED_AT = 16;

if (!runScanWorkerIfWorker()) {
  const self = fileURLToPath(import.meta.url);
  // Only a built JavaScript bundle can be started as a worker; from TypeScript sources scan in-thread.
  if (self.endsWith('.js')) {
    cliContext.workerScript = self;
    // Scans of trees and histories: their workers boot while the CLI loads (see prestart.ts).
    const ahead = workersToPrestart(process.argv);
    if (ahead > 0) prestartScanWorkers(self, ahead);
  }
  // The CLI itself (commander, the command registry) is loaded only here: a scan worker, which
  // boots in every large scan, never evaluates it.
  const { handleError, main } = await import('./main.js');
  // Errors escaping the command (a stream error event, say) still end as one line, exit 2.
  const crash = (e: unknown) => {
    // A closed pipe (`stanch scan | head`) is the reader's choice, not an error.
    if ((e as NodeJS.ErrnoException)?.code !== 'EPIPE') process.exitCode = handleError(e, process.env);
    process.exit();
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  main(process.argv).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 2;
    },
  );
}

/**
 * Worker threads `stanch scan` or `stanch history` will start (`--workers` threads, this one
 * included; default: defaultScanThreads()), read from argv before the CLI parses it. 0 for other
 * commands, an invalid `--workers` (the CLI then reports it), and a scan that names files but no
 * directory: files and stdin are seldom big enough for workers, and a worker started for nothing
 * costs a small scan ~10 ms. Arguments that exist on disk count as named paths (others are
 * option values); none at all means the working directory.
 */
function workersToPrestart(argv: readonly string[]): number {
  if (argv[2] !== 'scan' && argv[2] !== 'history') return 0;
  let threads: number | undefined;
  let named = 0;
  let directory = false;
  for (let i = 3; i < argv.length && argv[i] !== '--'; i++) {
    if (argv[i] === '--workers') threads = Number(argv[i + 1]);
    else if (argv[i].startsWith('--workers=')) threads = Number(argv[i].slice('--workers='.length));
    else if (argv[2] === 'scan' && !argv[i].startsWith('-') && !directory && named < PATHS_LOOKED_AT) {
      const st = statSync(argv[i], { throwIfNoEntry: false });
      if (st !== undefined) named++;
      directory = st?.isDirectory() ?? false;
    }
  }
  if (argv[2] === 'scan' && named > 0 && !directory) return 0;
  threads ??= defaultScanThreads();
  return Number.isInteger(threads) && threads > 1 && threads <= 64 ? threads - 1 : 0;
}
