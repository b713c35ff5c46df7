#!/usr/bin/env node
/**
 * CLI entry. The bundle is also its own worker script: started as a scan worker it
 * only serves scan batches and never loads the CLI.
 */
import { fileURLToPath } from 'node:url';
import { runScanWorkerIfWorker } from '../../pipeline/worker.js';
import { cliContext } from './context.js';

if (!runScanWorkerIfWorker()) {
  // The CLI itself (commander, the command registry) is loaded only here: a scan worker, which
  // boots in every large scan, never evaluates it.
  const { handleError, main } = await import('./main.js');
  const self = fileURLToPath(import.meta.url);
  // Only a built JavaScript bundle can be started as a worker; from TypeScript sources scan in-thread.
  if (self.endsWith('.js')) cliContext.workerScript = self;
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
